package org.wirescope.store.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuerySyntaxErrorsTest {

    @TempDir
    Path dir;

    private SearchIndex index;

    @BeforeEach
    void open() throws IOException {
        index = SearchIndex.open(dir.resolve("index"));
        index.addNew(Dispatches.all());
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    @Test
    void anUnclosedParenthesisIsAnErrorAtTheEnd() {
        QuerySyntaxException error = error("speaker:(Marren OR Drouet");

        assertThat(error.position()).isEqualTo("speaker:(Marren OR Drouet".length());
        assertThat(error).hasMessageContaining("ends too early");
    }

    @Test
    void aDanglingOperatorIsAnErrorAtTheEnd() {
        assertThat(error("ferry AND").position()).isEqualTo(9);
    }

    @Test
    void anUnexpectedTokenIsAnErrorWhereItStands() {
        QuerySyntaxException error = error("ferry ) harbour");

        assertThat(error.position()).isEqualTo(6);
        assertThat(error).hasMessage("unexpected ')'");
    }

    @Test
    void anOperatorWithNothingBeforeItIsAnErrorWhereItStands() {
        assertThat(error("harbour OR OR ferry").position()).isEqualTo(11);
    }

    @Test
    void anUnclosedQuotationMarkIsAnErrorWhereThePhraseOpens() {
        QuerySyntaxException error = error("ferry \"close the harbour");

        assertThat(error.position()).isEqualTo(6);
        assertThat(error).hasMessageContaining("quotation mark");
    }

    @Test
    void aTrailingBackslashIsAnErrorAtTheBackslash() {
        assertThat(error("ferry \\").position()).isEqualTo(6);
    }

    @Test
    void anUnknownFieldIsAnErrorAtTheFieldListingTheFields() {
        QuerySyntaxException error = error("ferry spekaer:Marren");

        assertThat(error.position()).isEqualTo(6);
        assertThat(error).hasMessageContaining("unknown field 'spekaer'").hasMessageContaining("speaker, role, via");
    }

    @Test
    void anImpossibleDateIsAnErrorAtTheDate() {
        QuerySyntaxException error = error("ferry published:[2025-01-01 TO 2025-02-30]");

        assertThat(error.position()).isEqualTo(31);
        assertThat(error).hasMessageContaining("2025-02-30");
    }

    @Test
    void aDateInAnotherFormatIsAnErrorAtTheDate() {
        QuerySyntaxException error = error("published:03/28/2025");

        assertThat(error.position()).isEqualTo(10);
        assertThat(error).hasMessageContaining("2025-03-28, 2025-03 or 2025");
    }

    @Test
    void aWildcardOnDatesIsAnErrorAtTheField() {
        assertThat(error("ferry published:2025*").position()).isEqualTo(6);
    }

    @Test
    void aCameoCodeThatIsNotDigitsIsAnErrorAtTheCode() {
        assertThat(error("cameo:threaten").position()).isEqualTo(6);
    }

    @Test
    void anUnknownKindIsAnErrorAtTheKind() {
        QuerySyntaxException error = error("ferry kind:speech");

        assertThat(error.position()).isEqualTo(11);
        assertThat(error).hasMessageContaining("article, quote or event");
    }

    @Test
    void aLeadingWildcardIsAnErrorAtItsTerm() {
        assertThat(error("ferry *bour").position()).isEqualTo(6);
    }

    @Test
    void positionsCountFromTheStartOfTheQueryAcrossLines() {
        assertThat(error("ferry\nharbour )").position()).isEqualTo(14);
    }

    @Test
    void aMalformedCursorIsAnIllegalArgumentNamingIt() {
        IllegalArgumentException error = catchThrowableOfType(IllegalArgumentException.class,
                () -> index.search(new SearchRequest("ferry", Set.of(), 10, "not-a-cursor")));

        assertThat(error).hasMessageContaining("not-a-cursor");
    }

    private QuerySyntaxException error(String query) {
        return catchThrowableOfType(QuerySyntaxException.class, () -> index.search(SearchRequest.of(query, 10)));
    }
}
