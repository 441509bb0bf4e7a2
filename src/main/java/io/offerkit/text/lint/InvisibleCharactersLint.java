package io.offerkit.text.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Control and invisible characters (zero-width spaces, bidirectional overrides, soft hyphens) arrive with text
 * pasted from documents and mail; they break search and can disguise text, so each is named with its position.
 */
public final class InvisibleCharactersLint implements Lint {
    @Override
    public String id() {
        return "invisible-characters";
    }

    @Override
    public String title() {
        return "No control or invisible characters";
    }

    @Override
    public LintLevel defaultLevel() {
        return LintLevel.ERROR;
    }

    @Override
    public String source() {
        return "OfferKit guidance";
    }

    @Override
    public List<Problem> check(LintInput input) {
        List<Problem> problems = new ArrayList<>();
        for (Map.Entry<String, String> field : TextFields.of(input.project()).entrySet()) {
            firstIn(field.getValue()).ifPresent(p -> problems.add(new Problem(field.getKey(), p.message(), p.offset())));
        }
        return problems;
    }

    /**
     * The first control or invisible character of {@code text}, in the words this lint uses ("Invisible character
     * U+200B (zero-width space) at position 5; delete it."), with its char offset; empty when there is none. The
     * media captions are checked by it too, so a caption is flagged as a text field is.
     */
    public static Optional<Problem> firstIn(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            String name = invisibleName(cp);
            if (name != null) {
                return Optional.of(new Problem(null, String.format(
                        "Invisible character U+%04X (%s) at position %d; delete it.",
                        cp, name, text.codePointCount(0, i) + 1), i));
            }
            i += Character.charCount(cp);
        }
        return Optional.empty();
    }

    static String invisibleName(int cp) {
        if (cp == '\n' || cp == '\r' || cp == '\t') {
            return null;
        }
        if (Character.getType(cp) == Character.CONTROL) {
            return "control character";
        }
        return switch (cp) {
            case 0x00AD -> "soft hyphen";
            case 0x200B -> "zero-width space";
            case 0x200C -> "zero-width non-joiner";
            case 0x200D -> "zero-width joiner";
            case 0x2060 -> "word joiner";
            case 0xFEFF -> "byte-order mark";
            case 0x200E, 0x200F -> "direction mark";
            case 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069 -> "bidirectional control";
            default -> null;
        };
    }
}
