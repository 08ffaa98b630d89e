package org.wirescope.clean;

import java.util.List;
import java.util.regex.Pattern;

/** Recognises lines that hold only a timestamp ("Published: Dec. 28, 2022 10:32 GMT"). */
final class DateLines {

    private static final Pattern NOISE = Pattern.compile(
            "(?i)\\b(published|updated|posted|first published|last updated|modified|on|at|date|time|gmt|utc|est|edt|"
            + "cet|kst|am|pm|a\\.m\\.|p\\.m\\.|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
            + "mon|tue|tues|wed|thu|thurs|fri|sat|sun)\\b|\\d{1,2}:\\d{2}(:\\d{2})?|[\\s,.:|/\\-–—()]+");

    private DateLines() {
    }

    static boolean isDateLine(String text) {
        if (text.length() > 100) return false;
        List<AbsoluteDates.Found> dates = AbsoluteDates.in(text);
        if (dates.isEmpty()) return false;
        StringBuilder rest = new StringBuilder(text);
        for (int i = dates.size() - 1; i >= 0; i--) rest.delete(dates.get(i).start(), dates.get(i).end());
        return NOISE.matcher(rest).replaceAll("").isEmpty();
    }
}
