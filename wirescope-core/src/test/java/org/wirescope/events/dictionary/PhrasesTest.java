package org.wirescope.events.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhrasesTest {

    @Test
    void normalisesUnderscoresBlanksAndCase() {
        assertThat(Phrases.key("  Kofi_Annan_ ")).isEqualTo("KOFI ANNAN");
        assertThat(Phrases.key("U.N.__SECRETARY  general")).isEqualTo("U.N. SECRETARY GENERAL");
        assertThat(Phrases.key("___")).isEmpty();
    }

    @Test
    void pluralisesTheLastWord() {
        assertThat(Phrases.plural("FOREIGN MINISTER")).isEqualTo("FOREIGN MINISTERS");
        assertThat(Phrases.plural("DEPUTY")).isEqualTo("DEPUTIES");
        assertThat(Phrases.plural("ATTORNEY")).isEqualTo("ATTORNEYS");
        assertThat(Phrases.plural("BOSS")).isEqualTo("BOSSES");
        assertThat(Phrases.plural("CHURCH")).isEqualTo("CHURCHES");
    }

    @Test
    void inflectsRegularVerbs() {
        assertThat(Phrases.regularVerbForms("AGREE")).containsExactly("AGREE", "AGREES", "AGREED", "AGREEING");
        assertThat(Phrases.regularVerbForms("SEIZE")).containsExactly("SEIZE", "SEIZES", "SEIZED", "SEIZING");
        assertThat(Phrases.regularVerbForms("DENY")).containsExactly("DENY", "DENIES", "DENIED", "DENYING");
        assertThat(Phrases.regularVerbForms("OBEY")).containsExactly("OBEY", "OBEYS", "OBEYED", "OBEYING");
        assertThat(Phrases.regularVerbForms("PUSH")).containsExactly("PUSH", "PUSHES", "PUSHED", "PUSHING");
    }
}
