package io.offerkit.profile;

/**
 * One field of a form page, with the form's own label and exactly one of: the project {@code value} it takes
 * ("text:summary", "link:help", "document:terms-of-use"), the {@code files} it uploads ("logo:logo",
 * "media:screenshots", "document:supporting"), a {@code reminder} of something OfferKit does not hold (the
 * package's address), or what it will take once the project holds it ({@code pending}: "contact:support",
 * "text:appVersion"), so the switch to a value is one word in the profile.
 */
public record FormField(String label, String value, String files, String reminder, String pending, String help) {

    /** What the field maps to, as one key: the value's or files' key, "pending:" and its key, or "reminder". */
    public String mapping() {
        if (value != null) {
            return value;
        }
        if (files != null) {
            return files;
        }
        if (pending != null) {
            return "pending:" + pending;
        }
        return reminder == null ? null : "reminder";
    }
}
