package org.wirescope.store;

import java.util.Objects;
import java.time.LocalDate;
import java.util.Optional;
import org.wirescope.model.Event;

/**
 * One event found by {@link Store#events}, with the article it is in.
 *
 * @param date       the day the event is on: its own date, else the article's publication date,
 *                   else the article's earliest possible publication date; empty when none is known
 * @param sourceCode the source actor's CAMEO-style code ({@code IRNGOV}), when known
 * @param targetName the target's name; empty for an event without a target
 * @param cameo      the CAMEO event code ({@code 138})
 * @param evidence   the words of the article the event was read from
 * @param quoteId    the quote that carries the event, when there is one
 * @param evidenceStart where the evidence starts in the article's text
 * @param evidenceEnd   where it ends (exclusive)
 * @param sourceKey  the key across articles of the source's resolved actor (see {@link Store#actorProfile})
 * @param targetKey  likewise for the target
 * @param mediatorName the name of the one who brokered the event ("talks mediated by Oman"), when named
 * @param mediatorCode the mediator's CAMEO-style code, when known
 */
public record EventRow(
        String articleId,
        String articleTitle,
        String eventId,
        Optional<LocalDate> date,
        String sourceName,
        Optional<String> sourceCode,
        Optional<String> targetName,
        Optional<String> targetCode,
        String cameo,
        String ploverType,
        Optional<String> ploverMode,
        double goldstein,
        int quadClass,
        Event.Modality modality,
        String evidence,
        Optional<String> quoteId,
        int evidenceStart,
        int evidenceEnd,
        Optional<String> sourceKey,
        Optional<String> targetKey,
        Optional<String> mediatorName,
        Optional<String> mediatorCode) {

    public EventRow {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(articleTitle, "articleTitle");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(sourceCode, "sourceCode");
        Objects.requireNonNull(targetName, "targetName");
        Objects.requireNonNull(targetCode, "targetCode");
        Objects.requireNonNull(cameo, "cameo");
        Objects.requireNonNull(ploverType, "ploverType");
        Objects.requireNonNull(ploverMode, "ploverMode");
        Objects.requireNonNull(modality, "modality");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(quoteId, "quoteId");
        Objects.requireNonNull(sourceKey, "sourceKey");
        Objects.requireNonNull(targetKey, "targetKey");
        Objects.requireNonNull(mediatorName, "mediatorName");
        Objects.requireNonNull(mediatorCode, "mediatorCode");
    }
}
