package io.offerkit.check;

/** Words as a reader counts them: runs of letters or digits between blanks and punctuation ("don't" is one). */
final class Words {
    private Words() {
    }

    static int count(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            boolean part = Character.isLetterOrDigit(c) || inWord && (c == '\'' || c == '\u2019' || c == '-');
            if (part && !inWord) {
                words++;
            }
            inWord = part;
            i += Character.charCount(c);
        }
        return words;
    }
}
