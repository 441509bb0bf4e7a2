package io.offerkit.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProjectTest {
    @Test
    void editsMakeNewValuesAndLeaveTheOldOneAlone() {
        Project before = Project.empty("p");
        Project after = before.withSummary("New").withLink("help", "https://x.example");
        assertThat(before.summary()).isEmpty();
        assertThat(before.links()).isEmpty();
        assertThat(after.summary()).isEqualTo("New");
        assertThat(after.link("help")).isEqualTo("https://x.example");
        assertThat(after.withLink("help", " ").links()).isEmpty();
    }

    @Test
    void slotOverridesFallBackToDefaultsAndToTheMainSource() {
        LogoSettings logo = LogoSettings.empty().withSource("/a/logo.png")
                .withDefaults(SlotSettings.defaults().withPaddingPercent(5.0))
                .withSlot("small-40x40", SlotSettings.none().withSource("/a/mark.png").withFit(Fit.COVER));
        SlotSettings small = logo.settingsFor("small-40x40");
        assertThat(small.source()).isEqualTo("/a/mark.png");
        assertThat(small.fit()).isEqualTo(Fit.COVER);
        assertThat(small.paddingPercent()).isEqualTo(5.0);
        SlotSettings wide = logo.settingsFor("wide-255x115");
        assertThat(wide.source()).isEqualTo("/a/logo.png");
        assertThat(wide.fit()).isEqualTo(Fit.CONTAIN);
        assertThat(wide.isTransparent()).isTrue();
        assertThat(logo.withSlot("small-40x40", null).settingsFor("small-40x40").source()).isEqualTo("/a/logo.png");
    }

    @Test
    void collectionsAreCopiedSoCallersCannotChangeAProject() {
        List<String> keywords = new ArrayList<>(List.of("a"));
        Project project = Project.empty("p").withKeywords(keywords);
        keywords.add("b");
        assertThat(project.keywords()).containsExactly("a");
    }
}
