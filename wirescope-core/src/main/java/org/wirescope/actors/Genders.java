package org.wirescope.actors;

import java.util.List;
import java.util.Set;

/**
 * What an article says about a person's gender, for pronoun agreement: an honorific before a name
 * ("Mrs.", "Mr."), a gendered role noun ("spokeswoman", "king"), or a common given name. Unknown when
 * none of these speaks; the first pronoun resolved to the person then decides.
 */
final class Genders {

    enum Gender { MALE, FEMALE, UNKNOWN }

    private static final Set<String> FEMALE_HONORIFICS = Set.of("mrs", "mrs.", "ms", "ms.", "miss", "madam", "madame",
            "dame", "lady", "mme", "mme.");
    private static final Set<String> MALE_HONORIFICS = Set.of("mr", "mr.", "sir", "lord", "monsieur");
    private static final Set<String> FEMALE_NOUNS = Set.of("spokeswoman", "chairwoman", "congresswoman",
            "businesswoman", "stateswoman", "councilwoman", "queen", "princess", "empress", "duchess", "countess",
            "actress", "wife", "mother", "sister", "daughter", "widow", "grandmother", "lady", "sultana", "woman");
    private static final Set<String> MALE_NOUNS = Set.of("spokesman", "chairman", "congressman", "businessman",
            "statesman", "councilman", "king", "prince", "emperor", "duke", "husband", "father", "brother", "son",
            "widower", "grandfather", "sultan", "emir", "sheikh", "man");

    private Genders() {
    }

    static Gender of(Doc doc, Cluster person) {
        String text = doc.text();
        for (Mention m : person.sorted()) {
            if (!m.isName()) continue;
            String before = doc.lower(m.firstToken() - 1);
            if (FEMALE_HONORIFICS.contains(before)) return Gender.FEMALE;
            if (MALE_HONORIFICS.contains(before)) return Gender.MALE;
        }
        if (person.role().isPresent()) {
            for (String w : Words.key(person.role().get().text()).split("[^a-z]+")) {
                if (FEMALE_NOUNS.contains(w)) return Gender.FEMALE;
                if (MALE_NOUNS.contains(w)) return Gender.MALE;
            }
        }
        List<String> longest = List.of();
        for (Mention m : person.mentions()) {
            if (!m.isName()) continue;
            List<String> words = PersonNames.words(m.text(text));
            if (words.size() > longest.size()) longest = words;
        }
        if (longest.size() < 2) return Gender.UNKNOWN;
        String given = PersonNames.isFamilyFirst(longest) ? longest.get(1) : longest.get(0);
        if (GivenNames.FEMALE.contains(given)) return Gender.FEMALE;
        if (GivenNames.MALE.contains(given)) return Gender.MALE;
        return Gender.UNKNOWN;
    }

    /** The gender a personal pronoun marks: "he", "his" → MALE; "she", "her" → FEMALE. */
    static Gender ofPronoun(String pronoun) {
        return switch (pronoun) {
            case "he", "him", "his", "himself" -> Gender.MALE;
            case "she", "her", "hers", "herself" -> Gender.FEMALE;
            default -> Gender.UNKNOWN;
        };
    }
}
