package org.wirescope.nlp.baseline;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import org.wirescope.model.Article;
import org.wirescope.model.Quote;
import org.wirescope.model.Span;
import org.wirescope.model.TextSpan;

/**
 * Stanford CoreNLP's own quotation finder and speaker attribution ({@code quote} annotator with
 * {@code quote.attributeQuotes=true}), run on an article and reported as Wirescope {@link Quote}s,
 * so that Wirescope's quote stage can be measured against it on the same texts.
 *
 * <pre>{@code
 * CoreNlpQuoteBaseline baseline = CoreNlpQuoteBaseline.create();   // loads the models, ~1 minute
 * for (Quote q : baseline.quotes(article)) {
 *     System.out.println(q.speaker().name() + ": " + q.text());
 * }
 * }</pre>
 *
 * <p>The pipeline is {@code tokenize,ssplit,pos,lemma,ner,depparse,coref,quote} with CoreNLP's
 * defaults, and coreference set to {@code statistical}: the algorithm CoreNLP picks for English when
 * none is named, and the one its own English settings pair with the dependency parser.
 *
 * <p>What comes out, for each top-level quotation CoreNLP finds (quotations nested in another are
 * dropped):
 * <ul>
 *   <li>{@code span} and {@code text}: the quoted words without their marks, as offsets into
 *       {@code article.text()}; kind {@link Quote.Kind#DIRECT}; no cue, no relays.</li>
 *   <li>speaker {@code name}: CoreNLP's speaker, else the canonical mention of the attributed
 *       mention, else the mention's own words ("he"), else empty when CoreNLP attributed nothing;
 *       {@code mention}: where that mention stands in the text; no actor, no role.</li>
 * </ul>
 *
 * <p>An article on which CoreNLP fails yields no quotes and one line on standard error. Calls are
 * serialised: CoreNLP's attribution annotator keeps per-document state, and every instance shares
 * CoreNLP's process-wide annotator pool.
 */
public final class CoreNlpQuoteBaseline {

    /** Guards the shared quote annotator, which CoreNLP caches once per process for equal settings. */
    private static final Object CORENLP = new Object();

    private final StanfordCoreNLP pipeline;

    private CoreNlpQuoteBaseline(StanfordCoreNLP pipeline) {
        this.pipeline = pipeline;
    }

    /** Loads the full pipeline (reused from CoreNLP's pool when another instance loaded it already). */
    public static CoreNlpQuoteBaseline create() {
        return new CoreNlpQuoteBaseline(new StanfordCoreNLP(properties()));
    }

    /** The CoreNLP settings of the baseline; a fresh copy each call. */
    static Properties properties() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
        p.setProperty("coref.algorithm", "statistical");
        p.setProperty("quote.attributeQuotes", "true");
        return p;
    }

    /** CoreNLP's quotations in {@code article}, in text order; empty when CoreNLP fails on it. */
    public List<Quote> quotes(Article article) {
        Objects.requireNonNull(article, "article");
        String text = article.text();
        try {
            Annotation doc = new Annotation(text);
            synchronized (CORENLP) {
                pipeline.annotate(doc);
            }
            return convert(text, doc);
        } catch (RuntimeException | StackOverflowError e) {
            System.err.println("corenlp-baseline: " + article.source().uri() + ": no quotes, CoreNLP failed: "
                    + String.valueOf(e).replace('\n', ' '));
            return List.of();
        }
    }

    private static List<Quote> convert(String text, Annotation doc) {
        List<CoreMap> found = doc.get(CoreAnnotations.QuotationsAnnotation.class);
        if (found == null || found.isEmpty()) return List.of();
        List<CoreLabel> tokens = doc.get(CoreAnnotations.TokensAnnotation.class);
        Map<Span, CoreMap> bySpan = new HashMap<>();
        for (CoreMap quote : found) {
            Integer begin = quote.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            Integer end = quote.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            if (begin == null || end == null) continue;
            QuoteContent.inner(text, begin, end).ifPresent(span -> bySpan.putIfAbsent(span, quote));
        }
        List<Quote> quotes = new ArrayList<>();
        for (Span span : QuoteContent.outermost(new ArrayList<>(bySpan.keySet()))) {
            quotes.add(new Quote("q" + (quotes.size() + 1), span.in(text), span, Quote.Kind.DIRECT,
                    speaker(text, tokens, bySpan.get(span)), Optional.empty(), List.of()));
        }
        return quotes;
    }

    private static Quote.Speaker speaker(String text, List<CoreLabel> tokens, CoreMap quote) {
        Optional<TextSpan> mention = mentionSpan(text, tokens,
                quote.get(QuoteAttributionAnnotator.MentionBeginAnnotation.class),
                quote.get(QuoteAttributionAnnotator.MentionEndAnnotation.class));
        String name = firstNonBlank(
                quote.get(QuoteAttributionAnnotator.SpeakerAnnotation.class),
                quote.get(QuoteAttributionAnnotator.CanonicalMentionAnnotation.class),
                quote.get(QuoteAttributionAnnotator.MentionAnnotation.class));
        return new Quote.Speaker(Optional.empty(), name, Optional.empty(), mention);
    }

    /** The characters of document tokens {@code first..last} (both inclusive, as CoreNLP sets them). */
    static Optional<TextSpan> mentionSpan(String text, List<CoreLabel> tokens, Integer first, Integer last) {
        if (tokens == null || first == null || last == null) return Optional.empty();
        if (first < 0 || last < first || last >= tokens.size()) return Optional.empty();
        int start = tokens.get(first).beginPosition();
        int end = tokens.get(last).endPosition();
        if (start < 0 || end < start || end > text.length()) return Optional.empty();
        return Optional.of(TextSpan.of(new Span(start, end), text));
    }

    private static String firstNonBlank(String... candidates) {
        for (String c : candidates) {
            if (c != null && !c.isBlank()) return c.strip();
        }
        return "";
    }
}
