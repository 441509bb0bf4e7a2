package io.offerkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A command that cannot write or read says so in one line: the file once, the cause in words, no exception names. */
class CliMessagesTest {
    @TempDir
    Path dir;

    private String stderrOf(String... args) {
        StringWriter err = new StringWriter();
        int exit = OfferKitCommand.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), args);
        assertThat(exit).isEqualTo(OfferKitCommand.BAD_INPUT);
        return err.toString();
    }

    private void assertOneLineNamingOnce(String err, Path file) {
        assertThat(err.lines()).as(err).singleElement().asString()
                .doesNotContain("Exception")
                .doesNotContainPattern("[a-z]+\\.[a-z]+\\.[A-Z]");
        int first = err.indexOf(file.toString());
        assertThat(first).as(err).isNotNegative();
        assertThat(err.indexOf(file.toString(), first + 1)).as("%s names %s twice", err, file).isNegative();
    }

    @Test
    void demoIntoAFolderThatCannotBeMade() throws Exception {
        Path target = Files.writeString(dir.resolve("a-file"), "not a folder").resolve("demo");
        assertOneLineNamingOnce(stderrOf("demo", "--out", target.toString()), target);
    }

    @Test
    void iconsIntoAFolderThatCannotBeMade() throws Exception {
        Path target = Files.writeString(dir.resolve("a-file"), "not a folder").resolve("icons");
        String err = stderrOf("icons", "--out", target.toString(), "icons/offerkit.svg");
        assertOneLineNamingOnce(err, target);
        assertThat(err).contains("could not write");
    }

    @Test
    void renderOfAMissingFile() {
        Path missing = dir.resolve("gone.md");
        String err = stderrOf("render", missing.toString());
        assertOneLineNamingOnce(err, missing);
        assertThat(err).contains("no such file");
    }
}
