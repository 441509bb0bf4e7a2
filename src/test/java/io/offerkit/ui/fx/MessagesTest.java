package io.offerkit.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The bundle against the code: every key the UI uses exists, every key in the bundle is used, values read with
 * {@code text} have no arguments, values read with {@code format} are valid patterns with their quotes doubled; and
 * no user-visible string is put into a control straight from a literal. Plus the pseudo-locale's transformation.
 */
class MessagesTest {
    private static final Path UI_SOURCES = Path.of("src/main/java/io/offerkit/ui");
    private static final Path BUNDLE = Path.of("src/main/resources/io/offerkit/ui/messages.properties");
    private static final Pattern CALL = Pattern.compile("Messages\\.(text|format)\\(\\s*\"([^\"]+)\"");
    private static final Pattern LITERAL = Pattern.compile("\"([a-z][a-zA-Z0-9]*(?:\\.[a-zA-Z0-9]+)+)\"");
    /** A literal handed straight to something the user sees: the string belongs in the bundle. */
    private static final Pattern HARD_CODED = Pattern.compile(
            "(new (Label|Button|ToggleButton|CheckBox|RadioButton|Tooltip|MenuItem|Menu|RadioMenuItem|CheckMenuItem"
                    + "|ButtonType|Hyperlink)|\\.set(Text|PromptText|Title|HeaderText|ContentText|AccessibleText"
                    + "|AccessibleHelp)|ExtensionFilter|\\.(info|error)|updateMessage|new ProjectException)\\(\\s*\"[^\"]*[A-Za-z]{2}");

    @AfterEach
    void plainAgain() {
        Messages.usePseudo(false);
    }

    @Test
    void everyKeyTheCodeUsesIsInTheBundleAndEveryBundleKeyIsUsed() throws IOException {
        Properties bundle = bundle();
        Map<String, Set<String>> uses = uses();
        Set<String> groups = bundle.stringPropertyNames().stream().map(k -> k.substring(0, k.indexOf('.')))
                .collect(Collectors.toSet());
        // Keys handed over indirectly (an enum's title key) are literals shaped "group.name" of a bundle group.
        Set<String> literals = literals().stream().filter(l -> groups.contains(l.substring(0, l.indexOf('.'))))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> referenced = new TreeSet<>(literals);
        uses.values().forEach(referenced::addAll);

        assertThat(referenced).as("keys used in io.offerkit.ui but missing from messages.properties")
                .allMatch(bundle::containsKey);
        assertThat(new TreeSet<>(bundle.stringPropertyNames())).as("keys in messages.properties no code uses")
                .allMatch(referenced::contains);
    }

    @Test
    void textValuesHaveNoArgumentsAndFormatValuesAreValidPatterns() throws IOException {
        Properties bundle = bundle();
        Map<String, Set<String>> uses = uses();
        for (String key : uses.get("text")) {
            assertThat(bundle.getProperty(key, "")).as(key + " is read with text(): its braces would show").doesNotContainPattern("\\{\\d");
        }
        for (String key : uses.get("format")) {
            String value = bundle.getProperty(key, "");
            assertThat(value.replace("''", "")).as(key + " is a MessageFormat pattern: write a quote as ''").doesNotContain("'");
            assertThat(new MessageFormat(value).getFormatsByArgumentIndex()).as(key).isNotNull();
        }
        assertThat(uses.get("text")).as("keys read both ways").doesNotContainAnyElementsOf(uses.get("format"));
    }

    @Test
    void noUserVisibleStringIsHardCodedInTheUi() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : sources()) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (HARD_CODED.matcher(lines.get(i).replaceAll("\\\\u[0-9A-Fa-f]{4}", "#")).find()) {
                    found.add(UI_SOURCES.relativize(file) + ":" + (i + 1) + ": " + lines.get(i).strip());
                }
            }
        }
        assertThat(found).as("string literals shown to the user; put them into messages.properties").isEmpty();
    }

    @Test
    void formatFillsInArgumentsAndKeepsDoubledQuotes() {
        assertThat(Messages.format("project.unknownProfile", "a.offerkit", "x", "y, z"))
                .isEqualTo("a.offerkit targets the profile 'x', which this OfferKit does not know. Known profiles: y, z.");
        assertThat(Messages.format("relink.done", 1)).isEqualTo("1 file relinked; nothing is missing now.");
        assertThat(Messages.format("relink.done", 3)).isEqualTo("3 files relinked; nothing is missing now.");
        assertThat(Messages.text("project.discard.dontSave")).isEqualTo("Don't Save");
    }

    @Test
    void thePseudoLocaleAccentsLengthensAndBracketsEveryString() {
        assertThat(Messages.pseudo("String", false)).isEqualTo("[Šţŕîñĝ ~~]");
        String sentence = "Select a slot's card to give it its own settings or image.";
        String pseudo = Messages.pseudo(sentence, false);
        assertThat(pseudo).startsWith("[Šéļéçţ å šļöţ'š").endsWith("~]").doesNotContainPattern("[a-zA-Z]");
        assertThat(pseudo.length()).isGreaterThanOrEqualTo((int) (sentence.length() * 1.35));

        Messages.usePseudo(true);
        assertThat(Messages.format("relink.wasAt", "/tmp/Logo.png")).startsWith("[ŵåš åţ /tmp/Logo.png ~");
        assertThat(Messages.format("relink.done", 2)).startsWith("[2 ƒîļéš ŕéļîñķéð; ñöţĥîñĝ");
        assertThat(Messages.format("project.unknownProfile", "a", "b", "c")).contains("'b'");
        assertThat(Messages.text("project.discard.dontSave")).isEqualTo("[Ðöñ'ţ Šåṽé ~~~~]");
    }

    private static Properties bundle() throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(BUNDLE, StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(UI_SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
    }

    /** Keys passed as literals to Messages.text and Messages.format. */
    private static Map<String, Set<String>> uses() throws IOException {
        Map<String, Set<String>> uses = new TreeMap<>(Map.of("text", new TreeSet<>(), "format", new TreeSet<>()));
        for (Path file : sources()) {
            Matcher m = CALL.matcher(Files.readString(file, StandardCharsets.UTF_8));
            while (m.find()) {
                uses.get(m.group(1)).add(m.group(2));
            }
        }
        return uses;
    }

    private static Set<String> literals() throws IOException {
        Set<String> literals = new TreeSet<>();
        for (Path file : sources()) {
            Matcher m = LITERAL.matcher(Files.readString(file, StandardCharsets.UTF_8));
            while (m.find()) {
                literals.add(m.group(1));
            }
        }
        return literals;
    }
}
