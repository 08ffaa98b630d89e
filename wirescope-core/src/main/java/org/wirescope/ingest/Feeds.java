package org.wirescope.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Date;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.wirescope.config.Limits;
import org.wirescope.model.RawDocument;
import org.wirescope.model.Source;

/**
 * Reads an RSS or Atom feed with Rome, one document per item. An item with full content
 * ({@code content:encoded}, Atom {@code content}) is an {@link Source.Format#HTML} document of that
 * markup; an item with only a summary is a plain-text document {@code "title\n\ndescription"} (the
 * description's markup, if any, kept as text). Both carry the item title and date
 * ({@link RawDocument.Given}) and its link as {@code url}; the URI is the file's with the item's
 * 1-based position as fragment. A feed is parsed whole (feeds are small); a malformed one is one
 * {@code Failed} item.
 */
final class Feeds {

    private static final int SNIFF_BYTES = 4096;

    private Feeds() {}

    /** Whether the head of an {@code .xml} file shows an RSS, RDF or Atom root element. */
    static boolean looksLikeFeed(Input.File file) {
        try (InputStream in = stream(file)) {
            String head = new String(in.readNBytes(SNIFF_BYTES), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
            return head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:rdf");
        } catch (IOException e) {
            return false;
        }
    }

    static ItemReader read(Input.File file, Limits limits) {
        String uri = file.uri();
        byte[] bytes;
        try (InputStream in = stream(file)) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8L, limits.maxDocumentBytes() + 1));
        } catch (IOException e) {
            return ItemReader.of(Items.failed(uri, InputFormat.isGzip(file.path()) ? Reasons.ofGzip(e) : Reasons.of(e), file.size()));
        }
        if (bytes.length > limits.maxDocumentBytes()) {
            return ItemReader.of(Items.failed(uri, Reasons.tooLargeStream(limits.maxDocumentBytes()), file.size()));
        }
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(new XmlReader(new ByteArrayInputStream(bytes)));
        } catch (FeedException | IOException | RuntimeException e) {
            return ItemReader.of(Items.failed(uri, "malformed feed: " + message(e), file.size()));
        }
        List<Ingested> items = new ArrayList<>();
        List<SyndEntry> entries = feed.getEntries();
        for (int i = 0; i < entries.size(); i++) {
            long accounted = i == 0 ? file.size() : 0;
            items.add(item(Source.of(uri, Source.Format.RSS).part(i + 1), entries.get(i), accounted));
        }
        if (items.isEmpty()) items.add(Items.failed(uri, "feed has no items", file.size()));
        return reader(items.iterator());
    }

    private static Ingested item(Source part, SyndEntry entry, long accounted) {
        Optional<String> title = text(entry.getTitle());
        Optional<String> link = text(entry.getLink());
        Optional<String> published = date(entry.getPublishedDate()).or(() -> date(entry.getUpdatedDate()));
        RawDocument.Given given = new RawDocument.Given(title, published, Optional.empty());
        Optional<String> content = entry.getContents().stream()
                .map(SyndContent::getValue)
                .filter(value -> value != null && !value.isBlank())
                .findFirst();
        if (content.isPresent()) {
            Source source = new Source(part.uri(), Source.Format.HTML, link, Optional.empty());
            return PlainText.fromBytes(source, content.get().getBytes(StandardCharsets.UTF_8), accounted, given);
        }
        String summary = entry.getDescription() == null ? "" : text(entry.getDescription().getValue()).orElse("");
        String text = title.map(t -> summary.isEmpty() ? t : t + "\n\n" + summary).orElse(summary);
        Source source = new Source(part.uri(), Source.Format.RSS, link, Optional.empty());
        return PlainText.fromBytes(source, text.getBytes(StandardCharsets.UTF_8), accounted, given);
    }

    private static Optional<String> text(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    private static Optional<String> date(Date date) {
        return date == null ? Optional.empty() : Optional.of(date.toInstant().toString());
    }

    private static InputStream stream(Input.File file) throws IOException {
        InputStream raw = Files.newInputStream(file.path());
        if (!InputFormat.isGzip(file.path())) return raw;
        try {
            return new GZIPInputStream(raw, 64 * 1024);
        } catch (IOException e) {
            raw.close();
            throw e;
        }
    }

    private static String message(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    private static ItemReader reader(Iterator<Ingested> items) {
        return new ItemReader() {
            @Override
            public boolean hasNext() {
                return items.hasNext();
            }

            @Override
            public Ingested next() {
                if (!items.hasNext()) throw new NoSuchElementException();
                return items.next();
            }

            @Override
            public void close() {
                while (items.hasNext()) items.next();
            }
        };
    }
}
