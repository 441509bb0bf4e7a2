package io.offerkit.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AboutInfoTest {
    @Test
    void listsEveryBundledLibraryWithALicence() {
        List<AboutInfo.Library> libraries = AboutInfo.bundledLibraries();
        assertThat(libraries).extracting(AboutInfo.Library::name).contains("OpenJFX (JavaFX)", "ControlsFX", "RichTextFX",
                "Apache Commons Imaging", "Apache PDFBox", "Jackson", "OWASP Java HTML Sanitizer", "picocli",
                "Thumbnailator", "jsoup", "JSVG", "flexmark-java", "TwelveMonkeys ImageIO");
        assertThat(libraries).allSatisfy(l -> assertThat(l.licence()).isNotBlank());
        assertThat(libraries).filteredOn(l -> l.name().equals("ControlsFX")).extracting(AboutInfo.Library::licence)
                .containsExactly("BSD-3-Clause");
    }

    @Test
    void skipsCommentsAndLinesWithoutALicence() {
        assertThat(AboutInfo.parse(List.of("# note", "", "A | MIT", "broken line")))
                .containsExactly(new AboutInfo.Library("A", "MIT"));
    }

    @Test
    void saysWhichJavaAndJavaFxItRunsOn() {
        Map<String, String> props = Map.of("java.version", "17.0.13", "java.vendor", "Eclipse Adoptium",
                "javafx.runtime.version", "21.0.11+2");
        AboutInfo info = AboutInfo.of(props::get);
        assertThat(info.text()).contains("Java 17.0.13 (Eclipse Adoptium)", "JavaFX 21.0.11+2", "ControlsFX — BSD-3-Clause");
        assertThat(AboutInfo.of(k -> null).text()).contains("Java unknown", "JavaFX unknown");
    }
}
