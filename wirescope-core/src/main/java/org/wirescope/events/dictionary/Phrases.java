package org.wirescope.events.dictionary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Spelling rules shared by the loaders: how a dictionary phrase becomes a lookup key, and the
 * regular English plural and verb forms the dictionaries leave implicit.
 */
final class Phrases {

    private Phrases() {}

    /**
     * The lookup key of a phrase: upper case, underscores and runs of blanks as one space, no
     * leading or trailing separators. {@code "Kofi_Annan_"} and {@code "KOFI ANNAN"} have the same key.
     */
    static String key(String phrase) {
        StringBuilder sb = new StringBuilder(phrase.length());
        boolean gap = false;
        for (int i = 0; i < phrase.length(); i++) {
            char c = phrase.charAt(i);
            if (c == '_' || Character.isWhitespace(c)) {
                gap = sb.length() > 0;
            } else {
                if (gap) sb.append(' ');
                gap = false;
                sb.append(c);
            }
        }
        return sb.toString().toUpperCase(Locale.ROOT);
    }

    /** The regular plural of the last word of an upper-case phrase. */
    static String plural(String phrase) {
        String p = phrase;
        if (p.isEmpty()) return p;
        if (endsWithConsonantY(p)) return p.substring(0, p.length() - 1) + "IES";
        if (p.endsWith("S") || p.endsWith("X") || p.endsWith("Z") || p.endsWith("CH") || p.endsWith("SH")) {
            return p + "ES";
        }
        return p + "S";
    }

    /**
     * The regular forms of an upper-case verb: the verb itself, third person, past and gerund.
     * Approximate on purpose: irregular verbs list their forms in the dictionary.
     */
    static List<String> regularVerbForms(String verb) {
        List<String> forms = new ArrayList<>(4);
        forms.add(verb);
        if (verb.isEmpty()) return forms;
        if (endsWithConsonantY(verb)) {
            String stem = verb.substring(0, verb.length() - 1);
            forms.add(stem + "IES");
            forms.add(stem + "IED");
            forms.add(verb + "ING");
        } else if (verb.endsWith("E")) {
            forms.add(verb + "S");
            forms.add(verb + "D");
            forms.add(verb.length() > 2 && !verb.endsWith("EE") ? verb.substring(0, verb.length() - 1) + "ING" : verb + "ING");
        } else {
            boolean sibilant = verb.endsWith("S") || verb.endsWith("X") || verb.endsWith("Z")
                    || verb.endsWith("CH") || verb.endsWith("SH");
            forms.add(verb + (sibilant ? "ES" : "S"));
            forms.add(verb + "ED");
            forms.add(verb + "ING");
        }
        return forms;
    }

    private static boolean endsWithConsonantY(String s) {
        int n = s.length();
        return n >= 2 && s.charAt(n - 1) == 'Y' && "AEIOU".indexOf(s.charAt(n - 2)) < 0;
    }
}
