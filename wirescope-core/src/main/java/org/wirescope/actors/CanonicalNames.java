package org.wirescope.actors;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wirescope.actors.gazetteer.Gazetteer;
import org.wirescope.model.Actor.Type;
import org.wirescope.model.Caption;

/**
 * Chooses each actor's name: a country's gazetteer name; otherwise the longest proper-name form the
 * article uses, with apostrophes folded, a leading "the" and a possessive "'s" dropped, and lengthened
 * where a photo caption writes it in full (the text says "the ruling Workers’ Party", a caption "the
 * Workers' Party of Korea": the name is "Workers' Party of Korea"). An actor the text only describes is
 * named by its description ("Iranian state television").
 */
final class CanonicalNames {

    private final Gazetteer gazetteer;
    private final String text;
    private final List<String> captions;

    CanonicalNames(Gazetteer gazetteer, String text, List<Caption> captions) {
        this.gazetteer = gazetteer;
        this.text = text;
        this.captions = captions.stream().map(c -> Words.fold(c.text())).toList();
    }

    String of(Cluster c) {
        if (c.type() == Type.COUNTRY && c.country().isPresent()) {
            var entry = gazetteer.countryByCode(c.country().get());
            if (entry.isPresent()) return entry.get().name();
        }
        String best = longest(c, true);
        if (best.isEmpty()) return longest(c, false);
        if (c.type() == Type.PERSON || c.type() == Type.ORGANIZATION || c.type() == Type.MEDIA) {
            for (String caption : captions) best = lengthened(best, caption, c.type());
        }
        return best;
    }

    private String longest(Cluster c, boolean names) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Mention m : c.sorted()) {
            if (names ? !m.isName() : m.form() != ActorMention.Form.DESCRIPTION) continue;
            counts.merge(clean(m.text(text)), 1, Integer::sum);
        }
        String best = "";
        for (Map.Entry<String, Integer> form : counts.entrySet()) {
            String n = form.getKey();
            if (n.length() <= best.length()) continue;
            if (c.type() == Type.PERSON && isEpithet(n, form.getValue(), counts)) continue;
            best = n;
        }
        return best;
    }

    /**
     * Whether a person's name form only adds leading words to a more frequent full name: "Crooked Hillary
     * Clinton" once beside "Hillary Clinton" often is an epithet, not a longer name.
     */
    private static boolean isEpithet(String form, int count, Map<String, Integer> counts) {
        for (Map.Entry<String, Integer> other : counts.entrySet()) {
            String o = other.getKey();
            if (o.contains(" ") && o.length() < form.length() && form.endsWith(" " + o) && other.getValue() > count) {
                return true;
            }
        }
        return false;
    }

    static String clean(String name) {
        String n = Words.fold(name);
        if (n.startsWith("the ") || n.startsWith("The ")) n = n.substring(4);
        if (n.endsWith("'s")) n = n.substring(0, n.length() - 2);
        else if (n.endsWith("'")) n = n.substring(0, n.length() - 1);
        return n.strip();
    }

    /** The name as the caption writes it, when the caption adds capitalised words or an "of" phrase around it. */
    private String lengthened(String name, String caption, Type type) {
        int at = indexOfWords(caption, name);
        if (at < 0) return name;
        int start = at;
        int end = at + name.length();
        while (true) {
            int next = extendRight(caption, end, type);
            if (next <= end) break;
            end = next;
        }
        while (true) {
            int prev = extendLeft(caption, start);
            if (prev >= start) break;
            start = prev;
        }
        String longer = caption.substring(start, end);
        return longer.length() > name.length() ? longer : name;
    }

    private static int indexOfWords(String haystack, String needle) {
        int from = 0;
        while (true) {
            int at = haystack.indexOf(needle, from);
            if (at < 0) return -1;
            int end = at + needle.length();
            boolean startOk = at == 0 || !Character.isLetterOrDigit(haystack.charAt(at - 1));
            boolean endOk = end == haystack.length() || !Character.isLetterOrDigit(haystack.charAt(end));
            if (startOk && endOk) return at;
            from = at + 1;
        }
    }

    /** The end of " of [the] Name" or " Name" after {@code end}, or {@code end} when nothing fits. */
    private int extendRight(String caption, int end, Type type) {
        int i = end;
        if (type != Type.PERSON && caption.startsWith(" of ", i)) {
            int j = i + 4;
            if (caption.startsWith("the ", j)) j += 4;
            int w = wordEnd(caption, j);
            String word = caption.substring(j, w);
            boolean capital = w > j && Character.isUpperCase(word.charAt(0));
            return capital && !Words.NOT_TITLE_WORDS.contains(Words.lower(word)) ? w : end;
        }
        if (caption.startsWith(" ", i)) {
            int w = wordEnd(caption, i + 1);
            if (w > i + 1 && fitsName(caption.substring(i + 1, w))) return w;
        }
        return end;
    }

    private int extendLeft(String caption, int start) {
        if (start < 2 || caption.charAt(start - 1) != ' ') return start;
        int w = start - 1;
        int s = w;
        while (s > 0 && isNameChar(caption.charAt(s - 1))) s--;
        return s < w && fitsName(caption.substring(s, w)) ? s : start;
    }

    private static int wordEnd(String s, int from) {
        int i = from;
        while (i < s.length() && isNameChar(s.charAt(i))) i++;
        return i;
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '\'' || c == '-';
    }

    /** A capitalised word that is no title, country word, weekday or month. */
    private boolean fitsName(String word) {
        if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) return false;
        if (Words.NOT_TITLE_WORDS.contains(Words.lower(word))) return false;
        return gazetteer.role(word).isEmpty() && gazetteer.demonym(word).isEmpty() && gazetteer.country(word).isEmpty();
    }
}
