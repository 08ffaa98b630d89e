package org.wirescope.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.wirescope.actors.ActorStage;
import org.wirescope.clean.Cleaner;
import org.wirescope.clean.RejectedInputException;
import org.wirescope.events.EventStage;
import org.wirescope.config.Limits;
import org.wirescope.model.Actor;
import org.wirescope.model.Annotated;
import org.wirescope.model.Article;
import org.wirescope.model.Caption;
import org.wirescope.model.DateMention;
import org.wirescope.model.Event;
import org.wirescope.model.Quote;
import org.wirescope.model.RawDocument;
import org.wirescope.model.Record;
import org.wirescope.model.Reject;
import org.wirescope.nlp.NlpConfig;
import org.wirescope.nlp.NlpStage;
import org.wirescope.nlp.NlpStats;
import org.wirescope.nlp.ParseSelector;
import org.wirescope.quotes.Cues;
import org.wirescope.quotes.QuoteStage;
import org.wirescope.time.TimeStage;

/**
 * The stages wired in order: raw document → clean articles → dates → (nlp → actors → quotes → events) →
 * records. The one place the stages are put together; thread-safe, so one instance serves every worker.
 *
 * <pre>{@code
 * Pipeline pipeline = Pipeline.create(Limits.DEFAULTS, Stages.ALL);
 * Outcome out = pipeline.process(rawDocument);
 * out.records().forEach(r -> System.out.println(r.article().title() + ": " + r.quotes().size() + " quotes"));
 * out.rejects().forEach(r -> System.err.println(r.line()));
 * }</pre>
 */
public final class Pipeline {

    /**
     * Sentences worth the parser: the nlp stage's own cue list, any verb or noun the quotes stage reads
     * as speech, and any cue of the event patterns (one instance, so that {@link NlpStage#shared} finds
     * the same configuration again).
     */
    private static final ParseSelector PARSE_WHERE_NEEDED = sentence -> ParseSelector.cues().wantsParse(sentence)
            || sentence.stream().anyMatch(t -> t.isVerb() && Cues.isSpeech(t.lemma()) || t.isNoun() && Cues.isSpeechNoun(t.lemma())
                    || EventStage.isCue(t));
    private static final NlpConfig NLP = NlpConfig.DEFAULTS.withSelector(PARSE_WHERE_NEEDED);
    /** The parser's share without events: the sentences the quote stage needs parsed, none for event cues alone. */
    private static final ParseSelector PARSE_FOR_QUOTES = sentence -> ParseSelector.cues().wantsParse(sentence)
            || sentence.stream().anyMatch(t -> t.isVerb() && Cues.isSpeech(t.lemma()));
    private static final NlpConfig NLP_FOR_QUOTES = NlpConfig.DEFAULTS.withSelector(PARSE_FOR_QUOTES);

    private final Cleaner cleaner;
    private final TimeStage time;
    private final Stages stages;
    private final NlpStage nlp;
    private final QuoteStage quotes;
    private final ActorStage actors;
    private final EventStage events;

    private Pipeline(Limits limits, Stages stages, boolean withEvents) {
        this.cleaner = Cleaner.create(limits);
        this.time = TimeStage.create();
        this.stages = stages;
        this.nlp = stages == Stages.ALL ? NlpStage.shared(withEvents ? NLP : NLP_FOR_QUOTES) : null;
        this.quotes = stages == Stages.ALL ? QuoteStage.create() : null;
        this.actors = stages == Stages.ALL ? ActorStage.create() : null;
        this.events = stages == Stages.ALL && withEvents ? EventStage.create() : null;
    }

    public static Pipeline create(Limits limits, Stages stages) {
        return new Pipeline(Objects.requireNonNull(limits, "limits"), Objects.requireNonNull(stages, "stages"), true);
    }

    /**
     * Every stage but events, with the parser left to the sentences the other stages need: what the full
     * pipeline would cost without event coding, for measuring that cost. Records have no events.
     */
    public static Pipeline withoutEvents(Limits limits) {
        return new Pipeline(Objects.requireNonNull(limits, "limits"), Stages.ALL, false);
    }

    public Stages stages() {
        return stages;
    }

    /** What the nlp stage has done so far in this process (tokens, sentences parsed); empty for {@link Stages#CLEAN}. */
    public Optional<NlpStats> nlpStats() {
        return nlp == null ? Optional.empty() : Optional.of(nlp.stats());
    }

    /** Runs every stage on one document. A document no stage can use becomes a reject, never an exception. */
    public Outcome process(RawDocument document) {
        List<Article> articles;
        try {
            articles = cleaner.clean(document);
        } catch (RejectedInputException e) {
            return Outcome.rejected(new Reject(document.source().uri(), "clean", e.getMessage()));
        } catch (RuntimeException e) {
            return Outcome.rejected(new Reject(document.source().uri(), "clean", "internal error: " + e));
        }
        List<Record> records = new ArrayList<>(articles.size());
        List<Reject> rejects = new ArrayList<>();
        for (Article a : articles) {
            try {
                records.add(analyse(a));
            } catch (RuntimeException e) {
                rejects.add(new Reject(a.source().uri(), "analyse", "internal error: " + e));
            }
        }
        return new Outcome(records, rejects);
    }

    private Record analyse(Article article) {
        List<DateMention> dates = dates(article);
        if (stages == Stages.CLEAN) {
            return new Record(article, List.of(), List.of(), List.of(), dates, Optional.empty(), Optional.empty());
        }
        Annotated doc = nlp.annotate(article);
        List<Actor> cast = actors.resolve(doc);
        List<Quote> found = quotes.extract(doc, cast);
        List<Event> coded = events == null ? List.of() : events.code(doc, cast, found, dates);
        return new Record(article, cast, found, coded, dates, Optional.empty(), Optional.empty());
    }

    /** Date expressions of the body, then of each caption (offsets into that caption's text). */
    private List<DateMention> dates(Article article) {
        List<DateMention> dates = new ArrayList<>(time.resolve(article));
        List<Caption> captions = article.captions();
        for (int i = 0; i < captions.size(); i++) {
            for (DateMention d : time.resolve(captions.get(i).text(), article.published())) dates.add(d.inCaption(i));
        }
        return dates;
    }
}
