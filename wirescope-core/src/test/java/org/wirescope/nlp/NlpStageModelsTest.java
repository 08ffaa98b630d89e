package org.wirescope.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.wirescope.model.Annotated;
import org.wirescope.model.Article;
import org.wirescope.model.EntityMention;
import org.wirescope.model.Sentence;
import org.wirescope.model.Token;

@Tag("models")
class NlpStageModelsTest {

    private static final String TRICKY = "“We won’t back down,” said Ilse Varga (the harbour minister). "
            + "She added: \"It's the U.S.-made cranes... they cannot wait\" — and left at 5:30 p.m.\n"
            + "Details: see www.alder-port.example/news?id=7 or mail press@alder.example.\n\n"
            + "Dock workers' pay rose 3.5% to €1,200 a month \uD83D\uDE00 in 2024\u00A0– a first.";

    private static NlpStage stage() {
        return NlpStage.shared(NlpConfig.DEFAULTS);
    }

    private static Annotated annotate(NlpConfig config, String text) {
        return NlpStage.shared(config).annotate(TestArticles.of(text));
    }

    private static Token token(Annotated doc, String text) {
        return doc.tokens().stream().filter(t -> t.text().equals(text)).findFirst().orElseThrow();
    }

    @Test
    void everyTokenOffsetRoundTripsIntoTheArticleText() {
        Annotated doc = stage().annotate(TestArticles.of(TRICKY));
        assertThat(doc.tokens()).isNotEmpty().allSatisfy(t -> {
            assertThat(TRICKY.substring(t.start(), t.end())).isEqualTo(t.text());
            assertThat(t.text()).isNotBlank().isEqualTo(t.text().strip());
        });
        for (int i = 1; i < doc.tokens().size(); i++) {
            assertThat(doc.tokens().get(i).start()).isGreaterThanOrEqualTo(doc.tokens().get(i - 1).end());
            assertThat(doc.tokens().get(i).index()).isEqualTo(i);
        }
    }

    @Test
    void tokenizerReportsOriginalCharactersAtItsOffsets() {
        Annotation ann = new Annotation(TRICKY);
        new StanfordCoreNLP(CoreNlpBackend.taggerProperties(false)).annotate(ann);
        List<CoreLabel> labels = ann.get(CoreAnnotations.TokensAnnotation.class);
        assertThat(labels).allSatisfy(l ->
                assertThat(TRICKY.substring(l.beginPosition(), l.endPosition())).isEqualTo(l.originalText()));
    }

    @Test
    void quotationMarksAreTokensOfTheirOwn() {
        Annotated doc = stage().annotate(TestArticles.of(TRICKY));
        List<String> texts = doc.tokens().stream().map(Token::text).toList();
        assertThat(texts).contains("“", "”", "\"").doesNotContain("“We", "down,”");
        assertThat(token(doc, "“").pos()).isEqualTo("``");
    }

    @Test
    void parenthesesKeepTheirCharactersAndBracketTags() {
        Annotated doc = stage().annotate(TestArticles.of("Ilse Varga (the harbour minister) left."));
        assertThat(token(doc, "(").pos()).isEqualTo("-LRB-");
        assertThat(token(doc, ")").pos()).isEqualTo("-RRB-");
        assertThat(token(doc, "minister").pos()).isEqualTo("NN");
    }

    @Test
    void blankLineEndsASentenceButASingleNewlineDoesNot() {
        Annotated doc = annotate(NlpConfig.DEFAULTS, "Talks began in the morning\nand ran late\n\nThe minister left");
        assertThat(doc.sentences()).hasSize(2);
        assertThat(doc.tokensOf(doc.sentences().get(0))).extracting(Token::text).endsWith("ran", "late");
        assertThat(doc.tokensOf(doc.sentences().get(1))).extracting(Token::text).startsWith("The");
    }

    @Test
    void sentencesCoverTheirTokensInOrder() {
        Annotated doc = stage().annotate(TestArticles.of(TRICKY));
        int next = 0;
        for (Sentence s : doc.sentences()) {
            assertThat(s.firstToken()).isEqualTo(next);
            assertThat(s.start()).isEqualTo(doc.tokens().get(s.firstToken()).start());
            assertThat(s.end()).isEqualTo(doc.tokens().get(s.endToken() - 1).end());
            assertThat(doc.tokensOf(s)).allSatisfy(t -> assertThat(t.sentence()).isEqualTo(s.index()));
            next = s.endToken();
        }
        assertThat(next).isEqualTo(doc.tokens().size());
    }

    @Test
    void findsAPersonAndAnOrganization() {
        Annotated doc = annotate(NlpConfig.DEFAULTS,
                "Harbour minister Ilse Varga told the Port Alder Workers Union on Monday that the docks would reopen.");
        assertThat(doc.entities()).extracting(EntityMention::type).contains("PERSON", "ORGANIZATION");
        assertThat(doc.entities()).filteredOn(m -> m.type().equals("PERSON"))
                .extracting(EntityMention::text).contains("Ilse Varga");
        assertThat(doc.entities()).filteredOn(m -> m.type().equals("ORGANIZATION"))
                .extracting(EntityMention::text).anySatisfy(t -> assertThat(t).contains("Workers Union"));
        assertThat(doc.entities()).allSatisfy(m -> assertThat(doc.text().substring(m.start(), m.end())).isEqualTo(m.text()));
    }

    @Test
    void saidSentenceIsParsedWithTheSpeakerAsSubject() {
        Annotated doc = annotate(NlpConfig.DEFAULTS, "Ilse Varga said the strike was over.");
        assertThat(doc.sentences().get(0).parsed()).isTrue();
        Token varga = token(doc, "Varga");
        Token said = token(doc, "said");
        assertThat(varga.relation()).isEqualTo("nsubj");
        assertThat(varga.head()).isEqualTo(said.index());
        assertThat(said.head()).isEqualTo(Token.ROOT);
        assertThat(said.relation()).isEqualTo("root");
        assertThat(doc.children(said)).extracting(Token::text).contains("Varga", "was");
    }

    @Test
    void parsedSentenceGivesEveryTokenAHeadInsideItAndOneRoot() {
        Annotated doc = annotate(NlpConfig.DEFAULTS.withParse(ParseMode.ALL), TRICKY);
        for (Sentence s : doc.sentences()) {
            assertThat(s.parsed()).isTrue();
            List<Token> tokens = doc.tokensOf(s);
            assertThat(tokens).filteredOn(t -> t.head() == Token.ROOT).hasSize(1);
            assertThat(tokens).allSatisfy(t -> {
                assertThat(t.relation()).isNotEmpty();
                if (t.head() != Token.ROOT) assertThat(t.head()).isBetween(s.firstToken(), s.endToken() - 1);
            });
        }
    }

    @Test
    void selectedModeLeavesPlainSentencesUnparsed() {
        NlpStage nlp = NlpStage.create(NlpConfig.DEFAULTS);
        Annotated doc = nlp.annotate(TestArticles.of("The weather was mild. Varga said the talks would resume."));
        assertThat(doc.sentences()).extracting(Sentence::parsed).containsExactly(false, true);
        assertThat(doc.tokensOf(doc.sentences().get(0))).allSatisfy(t -> {
            assertThat(t.head()).isEqualTo(Token.UNPARSED);
            assertThat(t.relation()).isEmpty();
        });
        assertThat(nlp.stats().sentencesParsed()).isEqualTo(1);
        assertThat(nlp.stats().sentencesNotSelected()).isEqualTo(1);
    }

    @Test
    void sentenceOverMaxParseTokensIsSkippedAndCounted() {
        NlpStage nlp = NlpStage.create(NlpConfig.DEFAULTS.withMaxParseTokens(12));
        String longSentence = "Varga said that the port, the rail yard, the two ferry terminals and the old grain silos "
                + "would all reopen next week.";
        Annotated doc = nlp.annotate(TestArticles.of(longSentence + " Kovacs said no."));
        assertThat(doc.sentences()).extracting(Sentence::parsed).containsExactly(false, true);
        NlpStats stats = nlp.stats();
        assertThat(stats.sentencesTooLong()).isEqualTo(1);
        assertThat(stats.sentencesParsed()).isEqualTo(1);
        assertThat(stats.sentences()).isEqualTo(2);
        assertThat(stats.tokens()).isEqualTo(doc.tokens().size());
        assertThat(stats.parsedTokens()).isEqualTo(doc.sentences().get(1).tokenCount());
    }

    @Test
    void articleOverMaxArticleTokensIsAnnotatedWithoutParseAndCounted() {
        NlpStage nlp = NlpStage.create(NlpConfig.DEFAULTS.withMaxArticleTokens(5));
        Annotated doc = nlp.annotate(TestArticles.of("Varga said the strike was over. Kovacs said no."));
        assertThat(doc.sentences()).extracting(Sentence::parsed).containsOnly(false);
        assertThat(doc.tokens()).extracting(Token::pos).doesNotContain("");
        assertThat(nlp.stats().articlesTooLong()).isEqualTo(1);
        assertThat(nlp.stats().sentencesInLongArticles()).isEqualTo(2);
    }

    @Test
    void withoutNerEveryTokenIsOutsideAndThereAreNoMentions() {
        Annotated doc = annotate(NlpConfig.DEFAULTS.withNer(false).withParse(ParseMode.NONE), "Ilse Varga visited Berlin.");
        assertThat(doc.tokens()).extracting(Token::ner).containsOnly("O");
        assertThat(doc.entities()).isEmpty();
        assertThat(doc.sentences()).extracting(Sentence::parsed).containsOnly(false);
    }

    @Test
    void emptyTextGivesAnEmptyDocument() {
        Annotated doc = stage().annotate(TestArticles.of(""));
        assertThat(doc.tokens()).isEmpty();
        assertThat(doc.sentences()).isEmpty();
    }

    @Test
    void fourThreadsGiveTheSameAnnotationAsOne() throws Exception {
        Article article = TestArticles.of(TRICKY + "\n\nHarbour minister Ilse Varga told the Port Alder Workers Union "
                + "on Monday that the docks would reopen. \"We will be ready,\" the union said.");
        NlpStage nlp = NlpStage.shared(NlpConfig.DEFAULTS.withParse(ParseMode.ALL));
        Annotated expected = nlp.annotate(article);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Annotated>> runs = new ArrayList<>();
            for (int i = 0; i < 16; i++) runs.add(pool.submit(() -> nlp.annotate(article)));
            for (Future<Annotated> run : runs) assertThat(run.get()).isEqualTo(expected);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void sharedReturnsOneStagePerConfig() {
        assertThat(NlpStage.shared(NlpConfig.DEFAULTS)).isSameAs(NlpStage.shared(NlpConfig.DEFAULTS));
        assertThat(NlpStage.shared(NlpConfig.DEFAULTS.withParse(ParseMode.NONE))).isNotSameAs(NlpStage.shared(NlpConfig.DEFAULTS));
    }
}
