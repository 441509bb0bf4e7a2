package io.offerkit.project;

import java.nio.file.Path;
import java.util.List;

/**
 * Saves a project over and over until killed: the child process of {@link KilledDuringSaveTest}. Each save has a
 * different, large summary so a torn write would be visible.
 */
public final class SaveLoop {
    private SaveLoop() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        System.out.println("ready");
        System.out.flush();
        for (int i = 0; ; i++) {
            Project project = Project.empty("appsource-d365-ce-2019")
                    .withAppName("Save " + i)
                    .withSummary(String.valueOf(i).repeat(50_000))
                    .withKeywords(List.of("k" + i));
            ProjectFiles.write(project, file);
        }
    }
}
