package io.offerkit.profile;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import io.offerkit.common.ByteSizes;
import io.offerkit.common.Json;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;

/** Reads one profile JSON document and checks that it is coherent before anything uses it. */
public final class ProfileReader {
    private static final long MAX_PROFILE_BYTES = 1024 * 1024;

    private ProfileReader() {
    }

    public static Profile read(InputStream in, String origin) throws ProfileException {
        Profile profile;
        try {
            byte[] bytes = in.readNBytes((int) MAX_PROFILE_BYTES + 1);
            if (bytes.length > MAX_PROFILE_BYTES) {
                throw new ProfileException(origin + " is not a profile: it is larger than "
                        + ByteSizes.wholeMegabytes(MAX_PROFILE_BYTES) + ".");
            }
            try (JsonParser parser = Json.parser(bytes)) {
                profile = ProfileJson.read(parser);
            }
        } catch (JacksonException e) {
            throw new ProfileException(origin + " is not a valid profile: " + e.getOriginalMessage()
                    + locationOf(e), e);
        } catch (IllegalArgumentException e) {
            throw new ProfileException(origin + " is not a valid profile: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new ProfileException("Could not read " + origin + ": " + e.getMessage(), e);
        }
        if (profile == null) {
            throw new ProfileException(origin + " is empty.");
        }
        validate(profile, origin);
        return profile;
    }

    private static String locationOf(JacksonException e) {
        return e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }

    private static void validate(Profile p, String origin) throws ProfileException {
        if (p.id() == null || !p.id().matches("[a-z0-9][a-z0-9-]*")) {
            throw new ProfileException(origin + ": the profile id must be lower-case letters, digits and dashes.");
        }
        if (p.title() == null || p.title().isBlank()) {
            throw new ProfileException(origin + ": the profile has no title.");
        }
        if (p.verifiedOn() == null) {
            throw new ProfileException(origin + ": the profile does not say when it was verified (verifiedOn).");
        }
        unique(origin, "image slot", p.imageSlots().stream().map(ImageSlot::id).toList());
        unique(origin, "text field", p.textFields().stream().map(TextFieldSpec::id).toList());
        unique(origin, "checklist item", p.checklist().stream().map(ChecklistItem::id).toList());
        for (ChecklistItem item : p.checklist()) {
            if (item.kind() == CheckKind.AUTOMATIC && (item.rule() == null || item.rule().isBlank())) {
                throw new ProfileException(origin + ": automatic checklist item " + item.id() + " names no rule.");
            }
        }
        ProfileValidator.validate(p, origin);
    }

    private static void unique(String origin, String what, Iterable<String> ids) throws ProfileException {
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            if (!seen.add(id)) {
                throw new ProfileException(origin + ": " + what + " id '" + id + "' appears twice.");
            }
        }
    }
}
