package org.wirescope.clean;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wirescope.model.Caption;
import org.wirescope.model.Published;

/**
 * Works out an article's publication date and says how. In order of trust: a date the input
 * states; a timestamp line or dateline in the article head; a media report's weekday ("state media
 * reported Wednesday") resolved against the latest dated caption, which it cannot precede; or,
 * failing all of those, only a lower bound from the captions (a photo cannot be published before
 * it was taken or released). It never guesses beyond what the text supports.
 */
final class PublicationDater {

    /** How many leading paragraphs are searched for a report weekday or a dateline. */
    private static final int LEAD_PARAGRAPHS = 3;

    private static final Pattern REPORT_WEEKDAY = Pattern.compile(
            "\\b(reported|reports|announced|said|says|stated|confirmed|published|broadcast|aired)\\s+(?:on\\s+)?"
            + "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");
    private static final Pattern MEDIA_SUBJECT = Pattern.compile(
            "(?i)\\b(media|news agency|agency|news|television|TV|radio|newspaper|daily|broadcaster|outlet|press|"
            + "wire service|KCNA|Yonhap|Xinhua|TASS|IRNA|Tasnim|Reuters|AFP|AP)\\b");
    private static final Pattern DATELINE = Pattern.compile(
            "^[\\p{Lu}][\\p{L} .,'\\-]{1,60}?,?\\s+(?=\\p{Lu}[a-z]{2,8}\\.?\\s+\\d)");

    private static final Pattern CAPTION_VERB = Pattern.compile(
            "\\b(released|taken|published|issued|distributed|dated|shot|photographed)\\b");

    private PublicationDater() {
    }

    static Published date(Optional<String> given, List<String> headLines, List<Caption> captions, List<String> lead) {
        if (given.isPresent()) {
            Optional<LocalDate> d = parseGiven(given.get());
            if (d.isPresent()) return Published.on(d.get(), "given", given.get());
        }
        for (String line : headLines) {
            if (!DateLines.isDateLine(line)) continue;
            for (AbsoluteDates.Found f : AbsoluteDates.in(line)) {
                if (f.year().isPresent()) return Published.on(f.date(), "dateline", line);
            }
        }
        Bound bound = bound(captions);
        Optional<Published> dateline = dateline(lead, bound);
        if (dateline.isPresent()) return dateline.get();
        if (bound != null) {
            Optional<Published> weekday = reportWeekday(lead, bound);
            if (weekday.isPresent()) return weekday.get();
            return Published.notBefore(bound.date, "caption", bound.evidence);
        }
        return Published.UNKNOWN;
    }

    private record Bound(LocalDate date, String evidence) {
    }

    /** The latest fully dated caption: the article cannot be older than its pictures. */
    private static Bound bound(List<Caption> captions) {
        Bound best = null;
        for (Caption c : captions) {
            String text = c.text();
            for (AbsoluteDates.Found f : AbsoluteDates.in(text)) {
                if (f.year().isEmpty()) continue;
                LocalDate d = f.date();
                if (best == null || d.isAfter(best.date)) best = new Bound(d, clause(text, f.start(), f.end()));
            }
        }
        return best;
    }

    private static Optional<Published> reportWeekday(List<String> lead, Bound bound) {
        for (String paragraph : lead) {
            Matcher m = REPORT_WEEKDAY.matcher(paragraph);
            while (m.find()) {
                String subject = paragraph.substring(Math.max(0, m.start() - 60), m.start());
                if (!MEDIA_SUBJECT.matcher(subject).find()) continue;
                DayOfWeek day = AbsoluteDates.WEEKDAYS.get(m.group(2).toLowerCase(Locale.ROOT));
                int ahead = (day.getValue() - bound.date.getDayOfWeek().getValue() + 7) % 7;
                LocalDate date = bound.date.plusDays(ahead);
                String cue = clauseTail(subject) + m.group();
                return Optional.of(Published.on(date, "weekday", "'" + cue.strip() + "' anchored on '" + bound.evidence + "'"));
            }
        }
        return Optional.empty();
    }

    /** "SEOUL, Dec. 28 (Yonhap) --": a date right after an upper-case place name opening the story. */
    private static Optional<Published> dateline(List<String> lead, Bound bound) {
        if (lead.isEmpty()) return Optional.empty();
        String first = lead.get(0);
        Matcher m = DATELINE.matcher(first);
        if (!m.find()) return Optional.empty();
        String firstWord = m.group().split("[,\\s]")[0];
        if (firstWord.length() < 2 || !firstWord.chars().filter(Character::isLetter).allMatch(Character::isUpperCase)) {
            return Optional.empty();
        }
        for (AbsoluteDates.Found f : AbsoluteDates.in(first.substring(0, Math.min(first.length(), m.end() + 40)))) {
            if (f.start() != m.end()) continue;
            String evidence = first.substring(0, Math.min(first.length(), f.end() + 12)).strip();
            if (f.year().isPresent()) return Optional.of(Published.on(f.date(), "dateline", evidence));
            if (bound != null) {
                try {
                    LocalDate d = f.inYear(bound.date.getYear());
                    if (d.isBefore(bound.date)) d = f.inYear(bound.date.getYear() + 1);
                    return Optional.of(Published.on(d, "dateline", evidence + " (year from '" + bound.evidence + "')"));
                } catch (DateTimeException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    static Optional<LocalDate> parseGiven(String value) {
        String v = value.strip();
        if (v.length() >= 10) {
            try {
                return Optional.of(LocalDate.parse(v.substring(0, 10)));
            } catch (DateTimeParseException ignored) {
                // fall through to written-out forms
            }
        }
        for (AbsoluteDates.Found f : AbsoluteDates.in(v)) {
            if (f.year().isPresent()) return Optional.of(f.date());
        }
        return Optional.empty();
    }

    /** The words leading up to a date in a caption, from its verb ("released … on December 28, 2022"). */
    private static String clause(String text, int start, int end) {
        int from = Math.max(0, start - 80);
        String before = text.substring(from, start);
        Matcher verb = CAPTION_VERB.matcher(before);
        int cut = verb.find() ? verb.start() : before.lastIndexOf("on ");
        return text.substring(cut >= 0 ? from + cut : start, end);
    }

    /** The last few words of {@code s} after its last clause break: the subject of the verb that follows. */
    private static String clauseTail(String s) {
        int cut = Math.max(Math.max(s.lastIndexOf(','), s.lastIndexOf(';')), Math.max(s.lastIndexOf(':'), s.lastIndexOf('.')));
        String tail = s.substring(cut + 1).strip();
        String[] words = tail.split("\\s+");
        StringBuilder b = new StringBuilder();
        for (int i = Math.max(0, words.length - 4); i < words.length; i++) b.append(words[i]).append(' ');
        return b.toString();
    }
}
