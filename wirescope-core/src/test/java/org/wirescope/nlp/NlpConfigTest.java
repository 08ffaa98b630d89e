package org.wirescope.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NlpConfigTest {

    @Test
    void defaultsTagEntitiesAndParseSelectedSentencesOfUpToEightyTokens() {
        NlpConfig d = NlpConfig.DEFAULTS;
        assertThat(d.ner()).isTrue();
        assertThat(d.parse()).isEqualTo(ParseMode.SELECTED);
        assertThat(d.maxParseTokens()).isEqualTo(80);
        assertThat(d.maxArticleTokens()).isEqualTo(20_000);
        assertThat(d.selector()).isSameAs(ParseSelector.cues());
    }

    @Test
    void configsWithEqualSettingsAreEqualSoSharedStagesAreReused() {
        assertThat(NlpConfig.DEFAULTS.withParse(ParseMode.ALL).withParse(ParseMode.SELECTED)).isEqualTo(NlpConfig.DEFAULTS);
    }

    @Test
    void rejectsNonPositiveLimitsNamingTheParameter() {
        assertThatThrownBy(() -> NlpConfig.DEFAULTS.withMaxParseTokens(0)).hasMessageContaining("maxParseTokens");
        assertThatThrownBy(() -> NlpConfig.DEFAULTS.withMaxArticleTokens(-1)).hasMessageContaining("maxArticleTokens");
    }

    @Test
    void rejectsMissingSelectorNamingTheParameter() {
        assertThatThrownBy(() -> NlpConfig.DEFAULTS.withSelector(null)).hasMessageContaining("selector");
    }
}
