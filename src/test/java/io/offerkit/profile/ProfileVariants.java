package io.offerkit.profile;

import java.util.List;

/** Built-in profiles with one media rule changed, for tests of rules no built-in profile sets (a byte limit...). */
public final class ProfileVariants {
    private ProfileVariants() {
    }

    /** {@code profile} with its screenshots' captions limited to {@code max} characters. */
    public static Profile screenshotCaptionsUpTo(Profile profile, int max) {
        return withScreenshots(profile, max, null);
    }

    /** {@code profile} with its screenshots limited to {@code maxBytes} each. */
    public static Profile screenshotsUpToBytes(Profile profile, int maxBytes) {
        return withScreenshots(profile, null, maxBytes);
    }

    /** A null value keeps the group's own. */
    private static Profile withScreenshots(Profile p, Integer captionMax, Integer maxBytes) {
        List<MediaGroup> media = p.media().stream().map(g -> g.kind() != MediaKind.SCREENSHOT ? g
                : new MediaGroup(g.id(), g.label(), g.kind(), g.width(), g.height(), g.formats(), g.minCount(),
                        g.maxCount(), maxBytes != null ? maxBytes : g.maxBytes(), g.captionRequired(),
                        captionMax != null ? captionMax : g.captionMaxLength(), g.hosts(), g.help())).toList();
        return new Profile(p.id(), p.version(), p.title(), p.marketplace(), p.description(), p.sources(),
                p.verifiedOn(), p.imageSlots(), media, p.textFields(), p.documents(), p.links(), p.checklist());
    }
}
