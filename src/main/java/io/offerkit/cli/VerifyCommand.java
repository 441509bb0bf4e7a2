package io.offerkit.cli;

import io.offerkit.bundle.BundleException;
import io.offerkit.bundle.BundleReader;
import io.offerkit.bundle.BundleVerifier;
import io.offerkit.check.CheckResult;
import io.offerkit.check.CheckState;
import io.offerkit.profile.ProfileRegistry;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "verify", description = {
        "Re-checks an exported bundle (ZIP or folder): every checksum in offer.json and every rule of its profile.",
        "Exit 0 valid, 1 a checksum or rule fails, 2 not a readable or safe bundle."})
final class VerifyCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "BUNDLE", description = "The bundle: FILE.zip or a folder.")
    private Path bundle;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        BundleVerifier.Verification result;
        try {
            result = BundleVerifier.verify(BundleReader.read(bundle), ProfileRegistry.builtIn());
        } catch (BundleException e) {
            spec.commandLine().getErr().println("offerkit verify: " + e.getMessage());
            return OfferKitCommand.BAD_INPUT;
        }
        result.fileProblems().forEach(p -> out.println("CHANGED " + p));
        result.mediaMissing().forEach(p -> out.println("MISSING " + p));
        for (CheckResult r : result.checks().results()) {
            if (r.state() == CheckState.FAIL || r.state() == CheckState.CONFIRM) {
                out.printf("%-7s %-24s %s%n", r.state().id().toUpperCase(Locale.ROOT), r.item().id(), r.message());
            }
        }
        out.println((result.valid() ? "Valid" : "Not valid") + (result.draft() ? " (a draft)" : "") + ": "
                + (result.fileProblems().isEmpty() ? "all checksums match" : result.fileProblems().size() + " file(s) changed")
                + (result.mediaMissing().isEmpty() ? "" : ", " + result.mediaMissing().size() + " screenshot(s) or"
                        + " thumbnail(s) missing")
                + ", " + result.checks().counts().get(CheckState.FAIL) + " rule(s) failing, "
                + result.checks().counts().get(CheckState.CONFIRM) + " awaiting confirmation.");
        return result.valid() ? OfferKitCommand.OK : OfferKitCommand.CHECKS_FAILED;
    }
}
