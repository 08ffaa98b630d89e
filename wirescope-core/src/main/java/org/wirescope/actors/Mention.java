package org.wirescope.actors;

import java.util.Objects;
import java.util.Optional;
import org.wirescope.model.Actor;

/**
 * A stretch of text that names, describes or refers to an actor, before it is tied to one.
 *
 * @param firstToken first token covered
 * @param endToken the token after the last one covered
 * @param type the type this mention's evidence gives its actor
 * @param evidence how strong that evidence is: gazetteer and context beat the named-entity tagger
 * @param key what identifies the actor across mentions ({@code C:IRN}, {@code M:Tasnim News Agency});
 *     empty where names are matched instead (persons) or the mention refers back (pronouns)
 * @param country the country this mention gives its actor, if any
 * @param sector the sector this mention gives its actor, if any
 * @param code a CAMEO-style code the gazetteer gives ({@code IGOUNO}, {@code IRNMED}), if any
 */
record Mention(int start, int end, int firstToken, int endToken, ActorMention.Form form, Actor.Type type,
        Evidence evidence, String key, Optional<String> country, Optional<String> sector, Optional<String> code) {

    /** How much a mention's type is to be trusted. */
    enum Evidence { TAGGER, CONTEXT, GAZETTEER }

    Mention {
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(sector, "sector");
        Objects.requireNonNull(code, "code");
        if (start < 0 || end <= start) throw new IllegalArgumentException("bad mention span " + start + ".." + end);
    }

    static Mention of(Doc doc, int firstToken, int endToken, ActorMention.Form form, Actor.Type type, Evidence evidence,
            String key) {
        return new Mention(doc.token(firstToken).start(), doc.token(endToken - 1).end(), firstToken, endToken, form, type,
                evidence, key, Optional.empty(), Optional.empty(), Optional.empty());
    }

    Mention withCountry(Optional<String> c) {
        return new Mention(start, end, firstToken, endToken, form, type, evidence, key, c, sector, code);
    }

    Mention withSector(Optional<String> s) {
        return new Mention(start, end, firstToken, endToken, form, type, evidence, key, country, s, code);
    }

    Mention withCode(Optional<String> c) {
        return new Mention(start, end, firstToken, endToken, form, type, evidence, key, country, sector, c);
    }

    Mention withType(Actor.Type t, Evidence e) {
        return new Mention(start, end, firstToken, endToken, form, t, e, key, country, sector, code);
    }

    Mention withKey(String k) {
        return new Mention(start, end, firstToken, endToken, form, type, evidence, k, country, sector, code);
    }

    String text(String articleText) {
        return articleText.substring(start, end);
    }

    /** Whether this mention is a name (or short form) rather than a description or a reference back. */
    boolean isName() {
        return form == ActorMention.Form.NAME;
    }
}
