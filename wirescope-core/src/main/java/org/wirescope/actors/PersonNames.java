package org.wirescope.actors;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Groups the person names of one article into people. A shorter form joins a longer one when it is the
 * surname ("Trump" of "Donald Trump"), the family name written first in an East Asian name ("Kim" of
 * "Kim Jong Un"), or the first and last words ("Mohammad Ghalibaf" of "Mohammad Bagher Ghalibaf"). A form
 * joins the most recent person it fits every form of, so "Kim Yo Jong" does not join "Kim Jong Un" while
 * a later "Kim" joins whichever of them was named last. A lone given name joins the one person it can
 * belong to ({@link #mergeUniqueGivenNames}).
 */
final class PersonNames {

    private PersonNames() {
    }

    /** The person mentions grouped by person, each group in text order; groups in order of first mention. */
    static List<List<Mention>> group(List<Mention> persons, String text) {
        List<Person> people = new ArrayList<>();
        for (Mention m : persons) {
            List<String> words = words(m.text(text));
            if (words.isEmpty()) continue;
            Person best = null;
            for (Person p : people) {
                if (p.fits(words) && (best == null || p.lastStart > best.lastStart)) best = p;
            }
            if (best == null) {
                best = new Person();
                people.add(best);
            }
            best.add(m, words);
        }
        mergeUniqueGivenNames(people);
        List<List<Mention>> out = new ArrayList<>(people.size());
        for (Person p : people) {
            p.mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
            out.add(p.mentions);
        }
        return out;
    }

    /**
     * A person known only by one word that is the given name of exactly one fully named person, and no
     * one's surname, is that person ("Hillary" of "Hillary Clinton"); with two Alis in the article "Ali"
     * stays apart.
     */
    private static void mergeUniqueGivenNames(List<Person> people) {
        for (Person single : List.copyOf(people)) {
            if (single.forms.size() != 1 || single.forms.get(0).size() != 1) continue;
            String word = single.forms.get(0).get(0);
            Person only = null;
            int count = 0;
            boolean surname = false;
            for (Person p : people) {
                if (p == single) continue;
                for (List<String> f : p.forms) {
                    if (f.size() < 2) continue;
                    if (f.get(f.size() - 1).equals(word) || isFamilyFirst(f) && f.get(0).equals(word)) surname = true;
                    if (!isFamilyFirst(f) && f.get(0).equals(word) && only != p) {
                        only = p;
                        count++;
                    }
                }
            }
            if (count == 1 && !surname) {
                only.mentions.addAll(single.mentions);
                people.remove(single);
            }
        }
    }

    static List<String> words(String name) {
        String folded = Words.key(name);
        if (folded.endsWith("'s")) folded = folded.substring(0, folded.length() - 2);
        List<String> out = new ArrayList<>();
        for (String w : folded.split(" ")) {
            if (!w.isEmpty()) out.add(w);
        }
        return out;
    }

    /** Whether {@code s} is a shorter form of the full name {@code l}. */
    static boolean isShortForm(List<String> s, List<String> l) {
        int n = s.size();
        int m = l.size();
        if (n >= m || n == 0) return false;
        if (l.subList(m - n, m).equals(s)) return true;
        if (isFamilyFirst(l) && l.subList(0, n).equals(s)) return true;
        return n >= 2 && s.get(0).equals(l.get(0)) && s.get(n - 1).equals(l.get(m - 1));
    }

    /** Whether a full name puts the family name first: a known East Asian family name before one or two given names. */
    static boolean isFamilyFirst(List<String> name) {
        return name.size() >= 2 && name.size() <= 3 && Words.FAMILY_FIRST.contains(name.get(0));
    }

    private static final class Person {
        final List<Mention> mentions = new ArrayList<>();
        final List<List<String>> forms = new ArrayList<>();
        int lastStart = -1;

        boolean fits(List<String> words) {
            for (List<String> f : forms) {
                if (!f.equals(words) && !isShortForm(f, words) && !isShortForm(words, f)) return false;
            }
            return true;
        }

        void add(Mention m, List<String> words) {
            mentions.add(m);
            if (!forms.contains(words)) forms.add(words);
            lastStart = Math.max(lastStart, m.start());
        }

        @Override
        public String toString() {
            return Arrays.toString(forms.toArray());
        }
    }
}
