package io.offerkit.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextSearchTest {
    @Test
    void findsEveryMatchIgnoringCase() {
        assertThat(TextSearch.find("Route, route, ROUTES", "route")).extracting(StyledRange::start)
                .containsExactly(0, 7, 14);
        assertThat(TextSearch.find("aaaa", "aa")).as("matches do not overlap").hasSize(2);
        assertThat(TextSearch.find("text", "")).isEmpty();
        assertThat(TextSearch.find("text", "none")).isEmpty();
    }

    @Test
    void aCaseFoldThatChangesLengthFallsBackToExactMatchesAtTheRightPlace() {
        String text = "İstanbul route";
        assertThat(TextSearch.find(text, "route")).singleElement()
                .satisfies(r -> assertThat(text.substring(r.start(), r.end())).isEqualTo("route"));
    }
}
