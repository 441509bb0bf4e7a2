package io.offerkit.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoLocationTest {
    @TempDir
    Path home;

    @Test
    void writesTheDemoWhenMissingAndKeepsTheUsersEditsOtherwise() throws Exception {
        Path file = DemoLocation.ensureDemo(home);
        assertThat(file).exists().hasParent(home.resolve("demo").toAbsolutePath());

        Files.writeString(file, Files.readString(file).replace("Contoso Route Planner", "My Planner"));
        assertThat(Files.readString(DemoLocation.ensureDemo(home))).contains("My Planner");

        Files.delete(home.resolve("demo").resolve("logo.png"));
        assertThat(Files.readString(DemoLocation.ensureDemo(home))).contains("Contoso Route Planner");
    }
}
