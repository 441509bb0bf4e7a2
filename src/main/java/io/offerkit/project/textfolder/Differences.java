package io.offerkit.project.textfolder;

import io.offerkit.project.Listing;
import java.util.ArrayList;
import java.util.List;

/** Which fields of a listing an import changed, in the folder's words: "summary", "screenshots". */
final class Differences {
    private Differences() {
    }

    static List<String> of(Listing before, Listing after) {
        List<String> fields = new ArrayList<>();
        add(fields, "name", before.appName().equals(after.appName()));
        add(fields, "summary", before.summary().equals(after.summary()));
        add(fields, "description", before.description().equals(after.description()));
        add(fields, "keywords", before.keywords().equals(after.keywords()));
        add(fields, "screenshots", before.captions().equals(after.captions()));
        add(fields, "videos", before.videoNames().equals(after.videoNames()));
        return fields;
    }

    private static void add(List<String> fields, String name, boolean same) {
        if (!same) {
            fields.add(name);
        }
    }
}
