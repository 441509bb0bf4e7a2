package io.offerkit.ui.app;

import io.offerkit.imaging.IconSet;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.image.Image;

/** The window icons at every size, so each desktop picks the sharpest one for its title bar, task bar and switcher. */
final class AppIcons {
    private AppIcons() {
    }

    static List<Image> load() {
        List<Image> icons = new ArrayList<>();
        for (int size : IconSet.PNG_SIZES) {
            if (size > 256) {
                continue; // no window manager asks for more; skip the decoding cost at start-up
            }
            InputStream in = AppIcons.class.getResourceAsStream("/io/offerkit/icons/offerkit-" + size + ".png");
            if (in != null) {
                icons.add(new Image(in));
            }
        }
        return icons;
    }
}
