package org.wirescope.actors;

import java.util.Locale;
import java.util.Set;

/** The closed word lists the actor stage reads text with. */
final class Words {

    private Words() {
    }

    /** Determiners dropped from the front of a role ("an adviser to …" → "adviser to …"). */
    static final Set<String> DETERMINERS = Set.of("a", "an", "the", "another", "one", "its", "his", "her", "their");

    static final Set<String> PERSON_PRONOUNS = Set.of("he", "him", "his", "himself", "she", "her", "hers", "herself");
    static final Set<String> THING_PRONOUNS = Set.of("it", "its", "itself");
    static final Set<String> PLURAL_PRONOUNS = Set.of("they", "them", "their", "themselves");

    /**
     * Verbs of saying, as lemmas and inflected forms: a pronoun subject of one of these usually
     * continues the previous speaker.
     */
    static final Set<String> SPEECH_VERBS = Set.of(
            "say", "said", "says", "saying", "tell", "told", "tells", "state", "stated", "states", "stating",
            "add", "added", "adds", "adding", "note", "noted", "notes", "remark", "remarked", "explain", "explained",
            "reiterate", "reiterated", "claim", "claimed", "warn", "warned", "describe", "described", "stress",
            "stressed", "insist", "insisted", "announce", "announced", "report", "reported", "declare", "declared",
            "deny", "denied", "argue", "argued", "assert", "asserted", "comment", "commented", "write", "wrote",
            "tweet", "tweeted", "suggest", "suggested", "express", "expressed", "emphasize", "emphasized",
            "emphasise", "emphasised", "urge", "urged", "accuse", "accused", "criticize", "criticized", "criticise",
            "criticised", "confirm", "confirmed", "acknowledge", "acknowledged", "affirm", "affirmed", "vow",
            "vowed", "pledge", "pledged", "promise", "promised", "threaten", "threatened", "respond", "responded",
            "reply", "replied", "ask", "asked", "quote", "quoted", "point", "pointed");

    /** Words tagged IN that open a clause rather than a prepositional phrase. */
    static final Set<String> SUBORDINATORS = Set.of("if", "that", "while", "because", "although", "though", "since",
            "when", "whether", "unless", "as", "after", "before", "once", "until", "whereas");

    /** Lower-case words that may stand before a title without being one ("senior adviser", "former President"). */
    static final Set<String> TITLE_MODIFIERS = Set.of("senior", "former", "deputy", "acting", "top", "chief", "then",
            "vice", "first", "interim", "outgoing", "incoming", "new", "assistant", "principal", "special",
            "foreign", "defence", "defense", "interior", "finance", "security", "national", "supreme", "military",
            "political", "economic", "veteran", "powerful", "hardline", "influential", "longtime", "prominent",
            "leading", "ruling", "opposition", "state", "government", "presidential", "royal");

    /** Capitalised words that never belong to a title: days, months and sentence adverbs. */
    static final Set<String> NOT_TITLE_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "meanwhile", "however", "earlier", "later", "also",
            "on", "in", "at", "but", "and", "when", "while", "after", "before", "during", "said", "says", "told",
            "mr", "mrs", "ms", "dr", "mr.", "mrs.", "ms.", "dr.");

    /**
     * Role heads whose holder often serves someone abroad or someone else: these never take the article's
     * dominant country by default (an adviser's country comes from whom he advises).
     */
    static final Set<String> NOT_NATIONAL_OFFICES = Set.of("adviser", "advisor", "aide", "spokesman", "spokeswoman",
            "spokesperson", "envoy", "ambassador", "negotiator", "diplomat", "consul", "representative", "delegate",
            "official", "analyst", "expert", "observer", "reporter", "correspondent", "journalist", "coordinator");

    /** Head nouns that make a seat of power an institution ("Revolutionary Guard Corps") rather than a place. */
    static final Set<String> INSTITUTION_HEADS = Set.of("corps", "guard", "guards", "army", "forces", "force",
            "party", "assembly", "council", "congress", "commission", "committee", "ministry", "department",
            "service", "agency", "bureau", "authority", "organization", "organisation", "yuan", "court", "senate",
            "command", "navy", "intelligence", "wing", "front", "movement", "union", "league");

    /** Family names that stand first in East Asian personal names ("Kim Jong Un" is "Kim"). */
    static final Set<String> FAMILY_FIRST = Set.of("kim", "lee", "park", "pak", "choi", "choe", "jung", "jeong", "kang",
            "cho", "yoon", "yun", "jang", "chang", "lim", "han", "oh", "seo", "shin", "kwon", "hwang", "ahn", "ri",
            "yoo", "hong", "moon", "mun", "ko", "son", "bae", "baek", "nam", "noh", "roh", "kwak", "xi", "li",
            "wang", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun", "ma", "zhu", "hu",
            "guo", "lin", "luo", "gao", "zheng", "liang", "xie", "tang", "feng", "deng", "cao", "peng", "zeng",
            "xiao", "tian", "dong", "pan", "yuan", "cai", "jiang", "du", "ye", "cheng", "wei", "su", "ding", "ren",
            "shen", "yao", "jin", "fu", "wen", "mao", "nguyen", "tran", "pham", "hoang", "phan", "vu", "vo", "dang",
            "bui", "ngo", "duong", "ly", "hun");

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /** Folds typographic apostrophes and quotes to ASCII and collapses white space. */
    static String fold(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u2019' || c == '\u2018' || c == '\u02BC') c = '\'';
            if (Character.isWhitespace(c)) {
                space = b.length() > 0;
                continue;
            }
            if (space) b.append(' ');
            space = false;
            b.append(c);
        }
        return b.toString();
    }

    /** A key for comparing names: folded and lower-cased. */
    static String key(String s) {
        return lower(fold(s));
    }

    static boolean isCapitalized(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
    }

    /** An acronym: two to eight characters, letters all upper case, at least two letters ("IRGC", "KCNA", "G7"). */
    static boolean isAcronym(String word) {
        if (word.length() < 2 || word.length() > 8) return false;
        int letters = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) return false;
                letters++;
            } else if (!Character.isDigit(c) && c != '.' && c != '&') {
                return false;
            }
        }
        return letters >= 2;
    }
}
