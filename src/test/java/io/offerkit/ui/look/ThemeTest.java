package io.offerkit.ui.look;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ThemeTest {
    @Test
    void lightAndDarkIgnoreTheDesktop() {
        Map<String, String> darkDesktop = Map.of("GTK_THEME", "Adwaita:dark");
        assertThat(Theme.LIGHT.isDark(darkDesktop)).isFalse();
        assertThat(Theme.DARK.isDark(Map.of())).isTrue();
    }

    @Test
    void systemFollowsADarkGtkThemeElseLight() {
        assertThat(Theme.SYSTEM.isDark(Map.of("GTK_THEME", "Adwaita:dark"))).isTrue();
        assertThat(Theme.SYSTEM.isDark(Map.of("GTK_THEME", "Yaru-Dark"))).isTrue();
        assertThat(Theme.SYSTEM.isDark(Map.of("GTK_THEME", "Adwaita"))).isFalse();
        assertThat(Theme.SYSTEM.isDark(Map.of())).isFalse();
    }

    @Test
    void namesAreReadInAnyCase() {
        assertThat(Theme.named(" Dark")).contains(Theme.DARK);
        assertThat(Theme.named("LIGHT")).contains(Theme.LIGHT);
        assertThat(Theme.named("sepia")).isEmpty();
        assertThat(Theme.named(null)).isEmpty();
    }

    @Test
    void darkAddsItsSheetAfterTheLightOne() {
        assertThat(ThemeStyles.sheets(false)).containsExactly(ThemeStyles.LIGHT);
        assertThat(ThemeStyles.sheets(true)).containsExactly(ThemeStyles.LIGHT, ThemeStyles.DARK);
    }
}
