package io.offerkit.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextChangeTest {
    @Test
    void theSmallestReplacement() {
        assertThat(TextChange.between("Plan routes fast", "Plan good routes fast"))
                .isEqualTo(new TextChange(5, 5, "good "));
        assertThat(TextChange.between("abc", "abc").isEmpty()).isTrue();
        assertThat(TextChange.between("aaa", "aa")).isEqualTo(new TextChange(2, 3, ""));
    }

    @Test
    void applyingTheChangeGivesTheNewText() {
        List<String> texts = List.of("", "a", "abc", "abXc", "xabc", "abcabc", "cba", "aaaa", "Route\nplan");
        for (String before : texts) {
            for (String after : texts) {
                assertThat(TextChange.between(before, after).applyTo(before)).as(before + " -> " + after).isEqualTo(after);
            }
        }
    }
}
