package io.offerkit.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.offerkit.common.Json;
import org.junit.jupiter.api.Test;

class SlotBackgroundTest {
    @Test
    void theCommandLinesValuesAreReadAndGiveTheirTextBack() {
        assertThat(SlotBackground.parse("transparent", "--background")).isEqualTo(SlotBackground.TRANSPARENT);
        assertThat(SlotBackground.parse("TRANSPARENT", "--background").isTransparent()).isTrue();
        SlotBackground blue = SlotBackground.parse("#336699", "--background");
        assertThat(blue.rgb()).hasValue(0x336699);
        assertThat(blue.isTransparent()).isFalse();
        assertThat(blue).hasToString("#336699");
        assertThat(SlotBackground.parse("#abcDEF", "--background").rgb()).hasValue(0xABCDEF);
        assertThat(SlotBackground.TRANSPARENT.rgb()).isEmpty();
        assertThat(SlotBackground.TRANSPARENT).hasToString("transparent");
    }

    @Test
    void aBadValueIsRefusedWithAMessageSayingWhatItMustBe() {
        for (String bad : new String[] {"red", "#12345", "#1234567", "#GG0000", "336699", " #336699", "", "trans parent"}) {
            assertThatThrownBy(() -> SlotBackground.parse(bad, "--background"))
                    .as(bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("--background must be transparent or a colour as #RRGGBB, not '" + bad + "'.");
        }
        assertThatThrownBy(() -> SlotBackground.parse(null, "The background"))
                .hasMessage("The background must be transparent or a colour as #RRGGBB, not 'null'.");
    }

    @Test
    void aProjectFilesValueIsKeptAsWrittenEvenWhenItIsNoColour() {
        SlotBackground lower = SlotBackground.read("#0e9f8e");
        assertThat(lower.rgb()).hasValue(0x0E9F8E);
        assertThat(lower).hasToString("#0e9f8e").isNotEqualTo(SlotBackground.read("#0E9F8E"));
        assertThat(SlotBackground.read(" #336699 ").rgb()).hasValue(0x336699);
        assertThat(SlotBackground.read(" #336699 ")).hasToString(" #336699 ");
        assertThat(SlotBackground.read("Transparent").isTransparent()).isTrue();
        assertThat(SlotBackground.read("Transparent")).hasToString("Transparent");

        SlotBackground teal = SlotBackground.read("teal");
        assertThat(teal.isReadable()).isFalse();
        assertThat(teal.isTransparent()).isFalse();
        assertThat(teal.rgb()).isEmpty();
        assertThat(teal).hasToString("teal");
        assertThat(SlotBackground.read(null)).isNull();
    }

    @Test
    void aColourMadeInCodeIsWrittenInCapitalsAsTheColourControlsWriteIt() {
        assertThat(SlotBackground.colour(0x0e9f8e)).hasToString("#0E9F8E").isEqualTo(SlotBackground.read("#0E9F8E"));
        assertThat(SlotBackground.colour(0x000001)).hasToString("#000001");
    }

    @Test
    void inJsonItIsThePlainStringAsBefore() throws Exception {
        SlotSettings settings = SlotSettings.none().withBackground(SlotBackground.read("#f4efe6"));
        String json = Json.mapper().writeValueAsString(settings);
        assertThat(json).contains("\"background\" : \"#f4efe6\"");
        assertThat(Json.mapper().readValue(json, SlotSettings.class)).isEqualTo(settings);
        assertThat(Json.mapper().readValue("{\"background\": \"teal\"}", SlotSettings.class).background())
                .isEqualTo(SlotBackground.read("teal"));
    }

    @Test
    void paddingHasOneRuleForTheControlsTheCommandLineAndTheRenderer() {
        assertThat(SlotSettings.checkPadding(45, "--padding")).isEqualTo(45.0);
        assertThat(SlotSettings.checkPadding(0, "--padding")).isEqualTo(0.0);
        assertThatThrownBy(() -> SlotSettings.checkPadding(50, "--padding"))
                .hasMessage("--padding must be between 0 and 45 percent, not 50.0.");
        assertThatThrownBy(() -> SlotSettings.checkPadding(-0.5, "Padding"))
                .hasMessage("Padding must be between 0 and 45 percent, not -0.5.");
        assertThat(SlotSettings.clampPadding(80)).isEqualTo(45.0);
        assertThat(SlotSettings.clampPadding(-3)).isEqualTo(0.0);
        assertThat(SlotSettings.clampPadding(12.5)).isEqualTo(12.5);
    }
}
