package io.offerkit.ui.prefs;

import io.offerkit.common.AtomicFiles;
import io.offerkit.ui.look.Theme;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * The user's choices that outlive a project: theme, main window bounds and the folder the file choosers last
 * showed. Kept in {@code preferences.properties} in the OfferKit folder and written at once on every change. A
 * missing, broken or unwritable file means defaults: preferences are a convenience, never a reason to fail.
 */
public final class UserPreferences {
    static final String FILE_NAME = "preferences.properties";
    private static final String THEME = "theme";
    private static final String LAST_FOLDER = "lastFolder";
    private static final String[] BOUNDS = {"window.x", "window.y", "window.width", "window.height"};
    private static final String MAXIMIZED = "window.maximized";

    private final Path store;
    private final Properties values = new Properties();

    public UserPreferences(Path dataDir) {
        this.store = dataDir.resolve(FILE_NAME);
        load();
    }

    public Theme theme() {
        return Theme.named(values.getProperty(THEME)).orElse(Theme.SYSTEM);
    }

    public void setTheme(Theme theme) {
        set(THEME, theme.name().toLowerCase(Locale.ROOT));
    }

    /** The last folder a file chooser was in, if it still exists. */
    public Optional<Path> lastFolder() {
        String value = values.getProperty(LAST_FOLDER);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            Path folder = Path.of(value);
            return Files.isDirectory(folder) ? Optional.of(folder) : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Remembers the folder of a chosen file or the chosen folder itself. */
    public void rememberFolderOf(Path chosen) {
        Path folder = Files.isDirectory(chosen) ? chosen : chosen.toAbsolutePath().getParent();
        if (folder != null) {
            set(LAST_FOLDER, folder.toAbsolutePath().normalize().toString());
        }
    }

    public Optional<WindowBounds> windowBounds() {
        try {
            double[] v = new double[BOUNDS.length];
            for (int i = 0; i < BOUNDS.length; i++) {
                String text = values.getProperty(BOUNDS[i]);
                if (text == null) {
                    return Optional.empty();
                }
                v[i] = Double.parseDouble(text);
                if (!Double.isFinite(v[i])) {
                    return Optional.empty();
                }
            }
            if (v[2] <= 0 || v[3] <= 0) {
                return Optional.empty();
            }
            return Optional.of(new WindowBounds(v[0], v[1], v[2], v[3], Boolean.parseBoolean(values.getProperty(MAXIMIZED))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public void setWindowBounds(WindowBounds bounds) {
        values.setProperty(BOUNDS[0], Double.toString(bounds.x()));
        values.setProperty(BOUNDS[1], Double.toString(bounds.y()));
        values.setProperty(BOUNDS[2], Double.toString(bounds.width()));
        values.setProperty(BOUNDS[3], Double.toString(bounds.height()));
        set(MAXIMIZED, Boolean.toString(bounds.maximized()));
    }

    private void set(String key, String value) {
        values.setProperty(key, value);
        save();
    }

    private void load() {
        if (!Files.isRegularFile(store)) {
            return;
        }
        try (InputStream in = Files.newInputStream(store)) {
            values.load(in);
        } catch (IOException | IllegalArgumentException e) {
            values.clear();
        }
    }

    private void save() {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            values.store(bytes, "OfferKit user preferences");
            Files.createDirectories(store.getParent());
            AtomicFiles.write(store, bytes.toByteArray());
        } catch (IOException e) {
            // Forgetting a preference loses nothing the user made; the next change tries again.
        }
    }
}
