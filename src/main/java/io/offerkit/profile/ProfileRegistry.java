package io.offerkit.profile;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The profiles OfferKit knows: the built-in ones, listed in {@code profiles/index.txt} beside their JSON files
 * (so a new marketplace form is a data change), plus any the user loads from a file.
 */
public final class ProfileRegistry {
    public static final String DEFAULT_PROFILE_ID = "appsource-d365-ce-2019";
    private static final String RESOURCE_DIR = "/io/offerkit/profiles/";

    private final Map<String, Profile> profiles = new LinkedHashMap<>();

    private ProfileRegistry() {
    }

    /** The built-in profiles. A broken built-in profile is a packaging bug, so it fails loudly. */
    public static ProfileRegistry builtIn() {
        ProfileRegistry registry = new ProfileRegistry();
        for (String id : builtInIds()) {
            registry.add(readBuiltIn(id));
        }
        return registry;
    }

    /**
     * One built-in profile, reading only its own file: a command that needs one profile (generate) need not parse
     * them all. An unknown id gets {@link #get}'s message, which lists the known ones.
     */
    public static Profile builtIn(String id) throws ProfileException {
        if (!builtInIds().contains(id)) {
            return builtIn().get(id);
        }
        return readBuiltIn(id);
    }

    private static Profile readBuiltIn(String id) {
        try (InputStream in = resource(id + ".json")) {
            return ProfileReader.read(in, "built-in profile " + id);
        } catch (IOException | ProfileException e) {
            throw new IllegalStateException("Built-in profile " + id + " is broken: " + e.getMessage(), e);
        }
    }

    private static List<String> builtInIds() {
        List<String> ids = new ArrayList<>();
        try (InputStream in = resource("index.txt");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String id = line.strip();
                if (!id.isEmpty() && !id.startsWith("#")) {
                    ids.add(id);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("The built-in profile index is missing", e);
        }
        return ids;
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = ProfileRegistry.class.getResourceAsStream(RESOURCE_DIR + name);
        if (in == null) {
            throw new IOException("resource " + RESOURCE_DIR + name + " not found");
        }
        return in;
    }

    /** Loads a user's profile file; it replaces a profile of the same id. */
    public Profile load(Path file) throws ProfileException {
        if (!Files.isRegularFile(file)) {
            throw new ProfileException("Profile file " + file + " does not exist.");
        }
        try (InputStream in = Files.newInputStream(file)) {
            Profile profile = ProfileReader.read(in, "profile file " + file.getFileName());
            add(profile);
            return profile;
        } catch (IOException e) {
            throw new ProfileException("Could not read profile file " + file + ": " + e.getMessage(), e);
        }
    }

    private void add(Profile profile) {
        profiles.put(profile.id(), profile);
    }

    public Optional<Profile> find(String id) {
        return Optional.ofNullable(profiles.get(id));
    }

    public Profile get(String id) throws ProfileException {
        Profile profile = profiles.get(id);
        if (profile == null) {
            throw new ProfileException("Unknown profile '" + id + "'. Known profiles: " + String.join(", ", ids()) + ".");
        }
        return profile;
    }

    public Profile defaultProfile() {
        return profiles.get(DEFAULT_PROFILE_ID);
    }

    public List<String> ids() {
        return List.copyOf(profiles.keySet());
    }

    public List<Profile> all() {
        return Collections.unmodifiableList(new ArrayList<>(profiles.values()));
    }
}
