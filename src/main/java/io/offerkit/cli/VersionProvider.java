package io.offerkit.cli;

import io.offerkit.bundle.ToolVersion;
import picocli.CommandLine;

/** The version from the jar manifest (or "development" when run from the build folder). */
public final class VersionProvider implements CommandLine.IVersionProvider {
    public static String version() {
        return ToolVersion.get();
    }

    @Override
    public String[] getVersion() {
        return new String[] {"OfferKit " + version(), "Java " + System.getProperty("java.version")};
    }
}
