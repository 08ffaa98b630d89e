package org.wirescope.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.wirescope.model.Annotated;
import org.wirescope.model.Article;
import org.wirescope.model.EntityMention;
import org.wirescope.model.Sentence;
import org.wirescope.model.Token;

/**
 * The nlp stage: turns a clean {@link Article} into an {@link Annotated} document with sentences,
 * tokens (part of speech, lemma, named-entity class), entity mentions and, for the sentences worth
 * it, a dependency tree. The only code in Wirescope that knows Stanford CoreNLP.
 *
 * <pre>{@code
 * NlpStage nlp = NlpStage.shared(NlpConfig.DEFAULTS);      // loads the models once per process
 * Annotated doc = nlp.annotate(article);                    // from any number of threads
 * for (Token t : doc.tokens()) {
 *     if (t.relation().equals("nsubj")) System.out.println(t.text() + " → " + doc.tokens().get(t.head()).text());
 * }
 * System.err.println(nlp.stats());
 * }</pre>
 *
 * <p>What comes out:
 * <ul>
 *   <li>Token offsets index into {@code article.text()}, and {@code text.substring(start, end)} equals
 *       the token's text; quotation marks are tokens of their own. A blank line always ends a sentence.</li>
 *   <li>Part of speech: Penn Treebank tags. Entities: the 4-class CoNLL model (PERSON, ORGANIZATION,
 *       LOCATION, MISC), merged into mentions as maximal same-class runs within a sentence.</li>
 *   <li>Dependencies: basic Universal Dependencies (a tree: one head per token) from CoreNLP's neural
 *       parser, not the enhanced graphs. {@code Token.head} is the article-level index of the governor,
 *       {@link Token#ROOT} for the root; tokens of an unparsed sentence have {@link Token#UNPARSED} and
 *       an empty relation, and their {@link Sentence#parsed()} is false.</li>
 * </ul>
 *
 * <p>Thread-safe. All instances with the same settings share one copy of the models (the tagger,
 * NER classifier and parser together hold about 430 MB of heap once loaded), so several workers
 * need no more model memory than one: two workers annotate comfortably in a 1 GB heap.
 */
public final class NlpStage {

    private static final Map<NlpConfig, NlpStage> SHARED = new ConcurrentHashMap<>();

    private final NlpConfig config;
    private final CoreNlpBackend backend;
    private final Counters counters = new Counters();

    private NlpStage(NlpConfig config, CoreNlpBackend backend) {
        this.config = config;
        this.backend = backend;
    }

    /** A new stage with its own counters; models already loaded by another stage are reused. */
    public static NlpStage create(NlpConfig config) {
        Objects.requireNonNull(config, "config");
        return new NlpStage(config, CoreNlpBackend.load(config.ner(), config.parse() != ParseMode.NONE));
    }

    /** The one stage of this process for {@code config}, created on first use. */
    public static NlpStage shared(NlpConfig config) {
        Objects.requireNonNull(config, "config");
        return SHARED.computeIfAbsent(config, NlpStage::create);
    }

    public NlpConfig config() {
        return config;
    }

    /** Counts of what this stage has annotated, parsed and skipped so far. */
    public NlpStats stats() {
        return counters.snapshot();
    }

    public Annotated annotate(Article article) {
        Objects.requireNonNull(article, "article");
        String text = article.text();
        CoreNlpBackend.Tagged tagged = backend.tag(text);
        List<Token> tokens = new ArrayList<>(tagged.tokens());
        int sentenceCount = tagged.sentenceStarts().size();

        List<List<Token>> bySentence = new ArrayList<>(sentenceCount);
        for (int i = 0; i < sentenceCount; i++) {
            bySentence.add(tokens.subList(tagged.sentenceStarts().get(i), tagged.sentenceEnd(i)));
        }
        List<ParsePlan.Decision> decisions = ParsePlan.decide(config, List.copyOf(bySentence));

        List<Sentence> sentences = new ArrayList<>(sentenceCount);
        long parsedTokens = 0;
        for (int i = 0; i < sentenceCount; i++) {
            int first = tagged.sentenceStarts().get(i);
            int end = tagged.sentenceEnd(i);
            boolean parse = decisions.get(i) == ParsePlan.Decision.PARSE;
            if (parse) {
                Heads.apply(tokens, first, end - first, backend.parse(tagged, i));
                parsedTokens += end - first;
            }
            sentences.add(new Sentence(i, tokens.get(first).start(), tokens.get(end - 1).end(), first, end, parse));
        }
        List<EntityMention> entities = config.ner() ? EntitySpans.merge(text, tokens) : List.of();
        counters.article(tokens.size(), decisions, parsedTokens);
        return new Annotated(article, tokens, sentences, entities);
    }

    @Override
    public String toString() {
        return "NlpStage[" + config + "]";
    }
}
