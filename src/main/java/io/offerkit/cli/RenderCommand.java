package io.offerkit.cli;

import io.offerkit.common.ByteSizes;
import io.offerkit.common.Reasons;
import io.offerkit.profile.ProfileException;
import io.offerkit.profile.ProfileRegistry;
import io.offerkit.profile.TextFieldSpec;
import io.offerkit.project.Description;
import io.offerkit.project.DescriptionFormat;
import io.offerkit.text.DescriptionRenderer;
import io.offerkit.text.RenderedDescription;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "render", description = "Prints a description (FILE.md or FILE.html) as the marketplace accepts it; "
        + "what was removed or rewritten goes to stderr.")
final class RenderCommand implements Callable<Integer> {
    private static final long MAX_BYTES = 4L * 1024 * 1024;

    @Spec
    private CommandSpec spec;

    @Option(names = "--profile", paramLabel = "ID", defaultValue = ProfileRegistry.DEFAULT_PROFILE_ID,
            description = "Requirement profile (default: ${DEFAULT-VALUE}).")
    private String profileId;

    @Parameters(paramLabel = "FILE", description = "A Markdown (.md) or HTML (.html) file.")
    private Path file;

    @Override
    public Integer call() {
        try {
            TextFieldSpec field = ProfileRegistry.builtIn().get(profileId).textField("description")
                    .orElseThrow(() -> new ProfileException("Profile " + profileId + " has no description field."));
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            DescriptionFormat format = name.endsWith(".html") || name.endsWith(".htm") ? DescriptionFormat.HTML : DescriptionFormat.MARKDOWN;
            if (Files.size(file) > MAX_BYTES) {
                throw new IOException("larger than " + ByteSizes.wholeMegabytes(MAX_BYTES));
            }
            String source = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
            RenderedDescription rendered = DescriptionRenderer.render(new Description(format, source), field);
            spec.commandLine().getOut().println(rendered.html());
            rendered.report().forEach(line -> spec.commandLine().getErr().println(line));
            spec.commandLine().getErr().println(rendered.length() + " of " + field.maxLength() + " characters ("
                    + field.countMode().name().toLowerCase(Locale.ROOT) + ")");
            return OfferKitCommand.OK;
        } catch (ProfileException e) {
            spec.commandLine().getErr().println("offerkit render: " + e.getMessage());
        } catch (CharacterCodingException e) {
            spec.commandLine().getErr().println("offerkit render: " + file + " is not UTF-8 text.");
        } catch (IOException e) {
            spec.commandLine().getErr().println("offerkit render: cannot read " + file + ": " + Reasons.of(e));
        }
        return OfferKitCommand.BAD_INPUT;
    }
}
