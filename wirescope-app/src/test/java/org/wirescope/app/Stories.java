package org.wirescope.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Short made-up wire stories for tests, each distinct so that each gets its own article id. */
final class Stories {

    private static final String[] TOWNS = {"Velmar", "Orrin", "Haldby", "Kessmoor", "Tarrow", "Lindquay"};

    private Stories() {
    }

    static String title(int n) {
        return "Ferry service " + n + " resumes between " + TOWNS[n % TOWNS.length] + " and the islands";
    }

    /** A plain-text scrape: headline, blank line, three paragraphs. */
    static String story(int n) {
        String town = TOWNS[n % TOWNS.length];
        return title(n) + "\n\n"
                + "The ferry on route " + n + " between " + town + " and the outer islands sailed again on Monday "
                + "after a week of gales kept it in port, the operator said.\n\n"
                + "\"We had " + (n % 40 + 2) + " crossings cancelled and the islanders ran low on bread,\" said "
                + "skipper Ines Barrow-" + n + ", who has worked the route for " + (n % 30 + 1) + " years.\n\n"
                + "The operator said timetable " + n + " would apply until the end of the month.\n";
    }

    static Path write(Path dir, String name, int n) throws IOException {
        return Files.writeString(dir.resolve(name), story(n), StandardCharsets.UTF_8);
    }
}
