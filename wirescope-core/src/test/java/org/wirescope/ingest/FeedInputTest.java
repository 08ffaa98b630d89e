package org.wirescope.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wirescope.ingest.Ingest.all;
import static org.wirescope.ingest.Ingest.document;
import static org.wirescope.ingest.Ingest.only;
import static org.wirescope.ingest.Ingest.reason;
import static org.wirescope.ingest.Ingest.spec;
import static org.wirescope.ingest.Ingest.write;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirescope.model.RawDocument;
import org.wirescope.model.Source;

class FeedInputTest {

    private static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
              <channel>
                <title>Harbour Gazette</title>
                <link>https://gazette.example/</link>
                <description>Made-up news</description>
                <item>
                  <title>Bridge reopens</title>
                  <link>https://gazette.example/bridge</link>
                  <pubDate>Tue, 07 May 2024 09:30:00 GMT</pubDate>
                  <description>The bridge is open again.</description>
                  <content:encoded><![CDATA[<p>The harbour bridge reopened on Tuesday, the council said.</p>]]></content:encoded>
                </item>
                <item>
                  <title>Ferry delayed</title>
                  <link>https://gazette.example/ferry</link>
                  <pubDate>Wed, 08 May 2024 07:00:00 GMT</pubDate>
                  <description>The morning ferry left two hours late.</description>
                </item>
              </channel>
            </rss>
            """;

    private static final String ATOM = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title>Valley Courier</title>
              <id>urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6</id>
              <updated>2024-05-09T12:00:00Z</updated>
              <entry>
                <title>Dam inspection finished</title>
                <link href="https://courier.example/dam"/>
                <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
                <published>2024-05-09T11:00:00Z</published>
                <updated>2024-05-09T12:00:00Z</updated>
                <content type="html">&lt;p&gt;Engineers found no cracks in the dam, the utility said.&lt;/p&gt;</content>
              </entry>
            </feed>
            """;

    @TempDir
    Path dir;

    @Test
    void anRssItemWithFullContentBecomesAnHtmlDocumentWithTitleLinkAndDate() {
        List<Ingested> items = all(spec(write(dir.resolve("gazette.rss"), RSS)));

        RawDocument full = document(items.get(0));
        assertThat(full.source().format()).isEqualTo(Source.Format.HTML);
        assertThat(full.source().url()).contains("https://gazette.example/bridge");
        assertThat(full.source().uri()).endsWith("gazette.rss#1");
        assertThat(full.text()).contains("<p>The harbour bridge reopened");
        assertThat(full.given().title()).contains("Bridge reopens");
        assertThat(full.given().published()).contains("2024-05-07T09:30:00Z");
    }

    @Test
    void anRssItemWithOnlyASummaryBecomesTitleAndDescriptionAsText() {
        List<Ingested> items = all(spec(write(dir.resolve("gazette.rss"), RSS)));

        assertThat(items).hasSize(2);
        RawDocument summary = document(items.get(1));
        assertThat(summary.source().format()).isEqualTo(Source.Format.RSS);
        assertThat(summary.text()).isEqualTo("Ferry delayed\n\nThe morning ferry left two hours late.");
        assertThat(summary.source().url()).contains("https://gazette.example/ferry");
        assertThat(summary.given().published()).contains("2024-05-08T07:00:00Z");
    }

    @Test
    void anAtomEntryWithContentBecomesAnHtmlDocument() {
        RawDocument entry = document(only(spec(write(dir.resolve("courier.atom"), ATOM))));

        assertThat(entry.source().format()).isEqualTo(Source.Format.HTML);
        assertThat(entry.text()).contains("<p>Engineers found no cracks");
        assertThat(entry.given().title()).contains("Dam inspection finished");
        assertThat(entry.given().published()).contains("2024-05-09T11:00:00Z");
        assertThat(entry.source().url()).contains("https://courier.example/dam");
    }

    @Test
    void anXmlFileIsReadAsAFeedOnlyWhenItsRootIsOne() {
        assertThat(all(spec(write(dir.resolve("feed.xml"), ATOM)))).singleElement()
                .satisfies(item -> assertThat(document(item).given().title()).contains("Dam inspection finished"));

        RawDocument other = document(only(spec(write(dir.resolve("notes.xml"), "<notes><note>Call the council</note></notes>"))));
        assertThat(other.source().format()).isEqualTo(Source.Format.TEXT);
    }

    @Test
    void aMalformedFeedIsOneReject() {
        Path file = write(dir.resolve("broken.rss"), "<rss version=\"2.0\"><channel><item><title>Oops</title></channel>");

        assertThat(reason(only(spec(file)))).startsWith("malformed feed");
    }
}
