package io.offerkit.text.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerkit.project.Description;
import io.offerkit.project.DescriptionFormat;
import org.junit.jupiter.api.Test;

class LanguageOpeningFixTest {
    @Test
    void putsTheSentenceFirstInTheDescriptionsOwnFormat() {
        assertThat(LanguageOpeningLint.withOpening(new Description(DescriptionFormat.MARKDOWN, "## Routen"), "de").source())
                .isEqualTo("This application is available only in German.\n\n## Routen");
        assertThat(LanguageOpeningLint.withOpening(new Description(DescriptionFormat.HTML, "<h2>Rutas</h2>"), "es").source())
                .isEqualTo("<p>This application is available only in Spanish.</p>\n<h2>Rutas</h2>");
    }

    @Test
    void isIdempotentAndLeavesEnglishAlone() {
        Description md = new Description(DescriptionFormat.MARKDOWN, "Text");
        Description once = LanguageOpeningLint.withOpening(md, "fr");
        assertThat(LanguageOpeningLint.withOpening(once, "fr")).isEqualTo(once);
        Description html = LanguageOpeningLint.withOpening(new Description(DescriptionFormat.HTML, "<p>x</p>"), "fr");
        assertThat(LanguageOpeningLint.withOpening(html, "fr")).isEqualTo(html);
        assertThat(LanguageOpeningLint.withOpening(md, "en-GB")).isSameAs(md);
    }
}
