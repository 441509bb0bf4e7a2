package io.offerkit.ui.inspect;

import java.nio.file.Path;

/** One image to inspect: the file on disk, and the name the designer knows it by ("bundle.zip › logos/x.png"). */
public record InspectInput(String displayName, Path file) {
}
