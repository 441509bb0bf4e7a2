package io.offerkit.text;

/**
 * The smallest single replacement that turns one text into another: the editor applies only this when the project
 * changes under it (undo, a fix), so the caret and the scroll position stay where the user was.
 *
 * @param start      where the change begins, in both texts
 * @param oldEnd     where it ends in the old text
 * @param replacement what replaces old[start, oldEnd)
 */
public record TextChange(int start, int oldEnd, String replacement) {

    public static TextChange between(String before, String after) {
        int prefix = 0;
        int max = Math.min(before.length(), after.length());
        while (prefix < max && before.charAt(prefix) == after.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < max - prefix
                && before.charAt(before.length() - 1 - suffix) == after.charAt(after.length() - 1 - suffix)) {
            suffix++;
        }
        return new TextChange(prefix, before.length() - suffix, after.substring(prefix, after.length() - suffix));
    }

    public boolean isEmpty() {
        return start == oldEnd && replacement.isEmpty();
    }

    public String applyTo(String before) {
        return before.substring(0, start) + replacement + before.substring(oldEnd);
    }
}
