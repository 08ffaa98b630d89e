package org.wirescope.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.wirescope.model.Token;

/**
 * Everything that touches CoreNLP: the tagging pipeline (tokenize, ssplit, pos, lemma, optionally
 * ner) and the neural dependency parser, and the conversion of their output into model tokens.
 *
 * <p>Models are loaded once per process. CoreNLP keeps the annotators of every
 * {@link StanfordCoreNLP} in its own pool, keyed by their properties, so two backends with the
 * same settings share the tagger and the NER classifier; the parser is kept here, one per model.
 * Annotators and parser are safe to call from several threads at once (CoreNLP's own
 * multi-threaded mode and server share them the same way), so one backend serves all workers.
 */
final class CoreNlpBackend {

    static final String POS_MODEL = "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger";
    static final String NER_MODEL = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";
    static final String PARSER_MODEL = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";

    private static final Map<String, DependencyParser> PARSERS = new ConcurrentHashMap<>();

    private final StanfordCoreNLP tagger;
    private final boolean ner;
    private final DependencyParser parser;

    private CoreNlpBackend(StanfordCoreNLP tagger, boolean ner, DependencyParser parser) {
        this.tagger = tagger;
        this.ner = ner;
        this.parser = parser;
    }

    /** @param parse whether to load the parser (not needed under {@link ParseMode#NONE}) */
    static CoreNlpBackend load(boolean ner, boolean parse) {
        StanfordCoreNLP tagger = new StanfordCoreNLP(taggerProperties(ner));
        DependencyParser parser = parse
                ? PARSERS.computeIfAbsent(PARSER_MODEL, m -> DependencyParser.loadFromModelFile(m, new Properties()))
                : null;
        return new CoreNlpBackend(tagger, ner, parser);
    }

    /**
     * The tagging pipeline's settings. The English PTB tokenizer runs invertible and without PTB3
     * escaping, which is CoreNLP 4's own English default and what its tagger and parser models were
     * trained on: words keep their characters (a parenthesis stays {@code (} and is tagged
     * {@code -LRB-}; with escaping on it becomes {@code -LRB-} and the tagger mistakes it for a verb),
     * and every token's character offsets point at its original characters. Quotation marks are
     * tokens of their own. Characters the tokenizer does not know are kept as tokens, not dropped.
     * A blank line ends a sentence, as it ends a paragraph of {@code Article.text}.
     */
    static Properties taggerProperties(boolean ner) {
        Properties p = new Properties();
        p.setProperty("annotators", ner ? "tokenize,ssplit,pos,lemma,ner" : "tokenize,ssplit,pos,lemma");
        p.setProperty("tokenize.language", "en");
        p.setProperty("tokenize.options", "invertible,ptb3Escaping=false,untokenizable=noneKeep");
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        p.setProperty("pos.model", POS_MODEL);
        if (ner) {
            p.setProperty("ner.model", NER_MODEL);
            p.setProperty("ner.statisticalOnly", "true");
            p.setProperty("ner.applyFineGrained", "false");
            p.setProperty("ner.buildEntityMentions", "false");
            p.setProperty("ner.useSUTime", "false");
            p.setProperty("ner.applyNumericClassifiers", "false");
        }
        return p;
    }

    /** Tokens and sentences of {@code text}, tagged and lemmatised; heads unparsed. */
    Tagged tag(String text) {
        Annotation doc = new Annotation(text);
        tagger.annotate(doc);
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        List<Token> tokens = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        List<CoreMap> kept = new ArrayList<>();
        if (sentences != null) {
            for (CoreMap sentence : sentences) {
                List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
                if (labels == null || labels.isEmpty()) continue;
                int s = kept.size();
                starts.add(tokens.size());
                kept.add(sentence);
                for (CoreLabel label : labels) tokens.add(token(text, label, tokens.size(), s));
            }
        }
        return new Tagged(tokens, starts, kept);
    }

    private Token token(String text, CoreLabel label, int index, int sentence) {
        int start = label.beginPosition();
        int end = label.endPosition();
        String tag = label.tag();
        String lemma = label.lemma();
        String entity = ner ? label.ner() : null;
        return new Token(index, sentence, start, end, text.substring(start, end),
                tag == null ? "" : tag,
                lemma == null ? label.word() : lemma,
                entity == null ? EntitySpans.OUTSIDE : entity,
                Token.UNPARSED, "");
    }

    /** The basic UD dependencies of sentence {@code i} of {@code tagged}, in sentence-local positions. */
    List<Dependency> parse(Tagged tagged, int i) {
        if (parser == null) throw new IllegalStateException("backend loaded without a parser");
        GrammaticalStructure gs = parser.predict(tagged.sentences().get(i));
        List<Dependency> arcs = new ArrayList<>();
        for (TypedDependency td : gs.typedDependencies()) {
            int dep = td.dep().index() - 1;
            int gov = td.gov().index() == 0 ? Dependency.ROOT : td.gov().index() - 1;
            arcs.add(new Dependency(dep, gov, td.reln().toString()));
        }
        return arcs;
    }

    /**
     * A tagged article: its tokens, the first token of each sentence, and CoreNLP's sentences
     * (kept only so that the parser can be run on some of them).
     */
    record Tagged(List<Token> tokens, List<Integer> sentenceStarts, List<CoreMap> sentences) {

        Tagged {
            tokens = List.copyOf(tokens);
            sentenceStarts = List.copyOf(sentenceStarts);
            sentences = List.copyOf(sentences);
        }

        int sentenceEnd(int i) {
            return i + 1 < sentenceStarts.size() ? sentenceStarts.get(i + 1) : tokens.size();
        }
    }
}
