package org.wirescope.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Title, authors, publication date and language from what a page declares about itself: JSON-LD
 * first, then meta tags, then {@code <time datetime>}, then a date in the URL, then a visible date in
 * an element marked as one (provenance {@code dateline}).
 */
record PageMeta(String title, List<String> authors, Optional<String> published, String publishedHow,
        Optional<String> language, Optional<String> articleBody) {

    private static final String[] DATE_METAS = {"article:published_time", "og:published_time", "published_time",
        "article.published", "datepublished", "publishdate", "publish-date", "pubdate", "date", "dc.date",
        "dc.date.issued", "dcterms.date", "dcterms.created", "parsely-pub-date", "sailthru.date", "citation_publication_date",
        "article:published", "og:article:published_time", "cxenseparse:recs:publishtime"};
    private static final String[] AUTHOR_METAS = {"author", "article:author", "parsely-author", "sailthru.author",
        "dc.creator", "byl", "citation_author", "twitter:creator"};

    private static final Pattern BY = Pattern.compile("(?i)^(written |posted )?by:?\\s+");
    private static final Pattern NAME_SEPARATOR = Pattern.compile("\\s*(?:,|;|\\band\\b|&)\\s*");
    /** Words templates put where a name belongs ("By", "Author", "admin"). */
    private static final Set<String> PLACEHOLDERS = Set.of("by", "author", "the author", "authors", "admin", "administrator",
            "unknown", "anonymous", "guest", "user", "posted by", "written by");
    private static final Pattern NOT_A_NAME = Pattern.compile(".*(\\d|@|http|\\{|\\w\\.\\w).*");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\s,;:|/\\-–—]+|[\\s,;:|/\\-–—]+$");
    private static final Pattern REGION = Pattern.compile("[-_]");

    static PageMeta of(Document page, Optional<String> url, HeadScan scan) {
        JsonLd ld = JsonLd.of(scan.jsonLd);
        Optional<String> published = ld.published();
        String how = "json-ld";
        if (published.isEmpty()) {
            published = firstMeta(scan, DATE_METAS).filter(v -> PageDates.parse(v).isPresent());
            how = "meta";
        }
        if (published.isEmpty()) {
            published = timeElement(scan);
            how = "time";
        }
        if (published.isEmpty()) {
            published = url.flatMap(PageDates::inUrl);
            how = "url";
        }
        if (published.isEmpty()) {
            published = visibleDate(scan);
            how = "dateline";
        }
        if (published.isEmpty()) how = "none";
        List<String> authors = ld.authors().isEmpty() ? metaAuthors(scan) : ld.authors();
        if (authors.isEmpty()) authors = domAuthors(scan);
        return new PageMeta(title(page, scan, ld), authors, published, how, language(page, scan, ld), ld.body());
    }

    private static String title(Document page, HeadScan scan, JsonLd ld) {
        Optional<String> og = meta(scan, "og:title").or(() -> meta(scan, "twitter:title"));
        String docTitle = Whitespace.normalise(page.title());
        List<String> h1s = new ArrayList<>();
        for (Element h1 : scan.h1s) {
            String t = Whitespace.normalise(h1.text());
            if (!t.isEmpty() && t.length() <= 400) h1s.add(t);
        }
        List<String> declared = new ArrayList<>();
        ld.headline().ifPresent(declared::add);
        og.ifPresent(declared::add);
        if (!docTitle.isEmpty()) declared.add(docTitle);
        for (String h1 : h1s) {
            String key = h1.toLowerCase(Locale.ROOT);
            for (String d : declared) {
                if (d.toLowerCase(Locale.ROOT).contains(key)) return h1;
            }
        }
        if (ld.headline().isPresent()) return ld.headline().get();
        if (og.isPresent()) return withoutSiteName(og.get());
        if (h1s.size() == 1) return h1s.get(0);
        return withoutSiteName(docTitle);
    }

    /** Drops a trailing " | Site" or " - Site" part when what is left still reads as a headline. */
    static String withoutSiteName(String title) {
        for (String separator : new String[] {" | ", " – ", " — ", " - ", " :: ", " · "}) {
            int at = title.lastIndexOf(separator);
            if (at > 15 && title.length() - at < at) return title.substring(0, at).strip();
        }
        return title;
    }

    private static List<String> metaAuthors(HeadScan scan) {
        List<String> out = new ArrayList<>();
        firstMeta(scan, AUTHOR_METAS)
                .filter(v -> !v.startsWith("http") && !v.startsWith("@"))
                .ifPresent(v -> out.addAll(splitNames(v)));
        return out;
    }

    private static List<String> domAuthors(HeadScan scan) {
        for (Element e : scan.authors) {
            String t = Whitespace.normalise(e.text());
            if (t.isEmpty() || t.length() > 80) continue;
            return splitNames(t);
        }
        return List.of();
    }

    static List<String> splitNames(String byline) {
        String s = BY.matcher(byline).replaceFirst("").strip();
        List<String> names = new ArrayList<>();
        for (String part : NAME_SEPARATOR.split(s)) {
            String name = EDGE_PUNCTUATION.matcher(part).replaceAll("");
            if (plausibleName(name) && !names.contains(name)) names.add(name);
        }
        return names;
    }

    /** A person's or desk's name: letters, at most six words, no digits, addresses or template keys. */
    static boolean plausibleName(String name) {
        if (name.isEmpty() || name.length() > 60 || name.split(" ").length > 6) return false;
        if (PLACEHOLDERS.contains(name.toLowerCase(Locale.ROOT))) return false;
        if (NOT_A_NAME.matcher(name).matches()) return false;
        return name.chars().anyMatch(Character::isLetter);
    }

    /**
     * "Posted on March 4, 2031" in an element marked as a date: the first such short text that reads as
     * a date, unless it says it is an update.
     */
    private static Optional<String> visibleDate(HeadScan scan) {
        for (Element marked : scan.dateMarked) {
            String text = Whitespace.normalise(marked.text());
            if (text.isEmpty() || text.length() > 80 || UPDATED.matcher(text).find()) continue;
            // kept as it stands, like a meta tag's value: it is the evidence, and it is read as a date later
            if (PageDates.parse(text).isPresent()) return Optional.of(text);
        }
        return Optional.empty();
    }

    private static final Pattern UPDATED = Pattern.compile("(?i)\\b(updated|modified|edited)\\b");

    private static Optional<String> timeElement(HeadScan scan) {
        Element best = null;
        for (Element time : scan.times) {
            if (best == null) best = time;
            if (time.hasAttr("pubdate") || "datePublished".equals(time.attr("itemprop"))) {
                best = time;
                break;
            }
        }
        if (best == null) {
            for (Element item : scan.datePublished) {
                String v = item.hasAttr("content") ? item.attr("content") : item.hasAttr("datetime") ? item.attr("datetime") : item.text();
                Optional<String> date = nonBlank(v).filter(d -> PageDates.parse(d).isPresent());
                if (date.isPresent()) return date;
            }
            return Optional.empty();
        }
        return nonBlank(best.attr("datetime")).filter(d -> PageDates.parse(d).isPresent());
    }

    private static Optional<String> language(Document page, HeadScan scan, JsonLd ld) {
        Element html = page.child(0);
        Optional<String> declared = html == null ? Optional.empty() : nonBlank(html.attr("lang"));
        declared = declared.or(() -> meta(scan, "content-language")).or(() -> meta(scan, "og:locale")).or(ld::language);
        return declared.map(l -> REGION.split(l)[0].strip().toLowerCase(Locale.ROOT))
                .filter(l -> l.length() >= 2 && l.length() <= 3 && l.chars().allMatch(Character::isLetter));
    }

    private static Optional<String> firstMeta(HeadScan scan, String[] names) {
        for (String name : names) {
            Optional<String> v = meta(scan, name);
            if (v.isPresent()) return v;
        }
        return Optional.empty();
    }

    /** The content of the first meta tag whose name, property, itemprop or http-equiv is {@code name} (any case). */
    static Optional<String> meta(HeadScan scan, String name) {
        return Optional.ofNullable(scan.metas.get(name.toLowerCase(Locale.ROOT)));
    }

    private static Optional<String> nonBlank(String s) {
        String t = Whitespace.normalise(s);
        return t.isEmpty() ? Optional.empty() : Optional.of(t);
    }
}
