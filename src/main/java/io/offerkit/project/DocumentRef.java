package io.offerkit.project;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.nio.file.Path;

/** A legal or supporting document: a file, a web address, or pasted text (exactly one of them). */
public record DocumentRef(String file, String url, String text) {

    public static DocumentRef ofFile(String file) {
        return new DocumentRef(file, null, null);
    }

    public static DocumentRef ofUrl(String url) {
        return new DocumentRef(null, url, null);
    }

    public static DocumentRef ofText(String text) {
        return new DocumentRef(null, null, text);
    }

    @JsonIgnore
    public boolean isFile() {
        return file != null;
    }

    @JsonIgnore
    public boolean isUrl() {
        return file == null && url != null;
    }

    @JsonIgnore
    public boolean isText() {
        return file == null && url == null && text != null;
    }

    public String displayName() {
        if (isFile()) {
            return Path.of(file).getFileName().toString();
        }
        if (isUrl()) {
            return url;
        }
        return text == null ? "(empty)" : "pasted text, " + text.length() + " characters";
    }
}
