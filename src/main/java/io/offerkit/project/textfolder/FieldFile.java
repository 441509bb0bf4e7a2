package io.offerkit.project.textfolder;

import java.util.Arrays;
import java.util.Optional;

/**
 * One file of a language's folder in the translators' text folder, fastlane's {@code metadata/<locale>/<field>.txt}
 * layout: its name, what it holds and its hard size. The hard size is no marketplace limit (the checklist judges
 * those, so an over-long translation still comes in and is flagged); it refuses a file no listing text could be,
 * a log or an image saved under the wrong name, before it is read.
 */
public enum FieldFile {
    NAME("name.txt", "the app's name", 4 * 1024),
    SUMMARY("summary.txt", "the summary", 16 * 1024),
    DESCRIPTION_MARKDOWN("description.md", "the description (Markdown)", 1024 * 1024),
    DESCRIPTION_HTML("description.html", "the description (HTML)", 1024 * 1024),
    KEYWORDS("keywords.txt", "the search keywords, one a line", 16 * 1024),
    SCREENSHOTS("screenshots.txt", "the screenshots' captions, one a line in the screenshots' order", 64 * 1024),
    VIDEOS("videos.txt", "the videos' names, one a line in the videos' order", 16 * 1024);

    private final String fileName;
    private final String holds;
    private final int hardBytes;

    FieldFile(String fileName, String holds, int hardBytes) {
        this.fileName = fileName;
        this.holds = holds;
        this.hardBytes = hardBytes;
    }

    public String fileName() {
        return fileName;
    }

    public String holds() {
        return holds;
    }

    /** The most bytes a file of this field may have; a larger one is refused unread. */
    public int hardBytes() {
        return hardBytes;
    }

    public boolean isList() {
        return this == KEYWORDS || this == SCREENSHOTS || this == VIDEOS;
    }

    public static Optional<FieldFile> named(String fileName) {
        return Arrays.stream(values()).filter(f -> f.fileName.equals(fileName)).findFirst();
    }

    /** The known file names, for a message about one that is not: "name.txt, summary.txt, ...". */
    public static String names() {
        return String.join(", ", Arrays.stream(values()).map(FieldFile::fileName).toList());
    }
}
