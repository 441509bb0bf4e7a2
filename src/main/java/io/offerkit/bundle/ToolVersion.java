package io.offerkit.bundle;

/** OfferKit's version as recorded in bundles: from the jar manifest, "development" when run from the build tree. */
public final class ToolVersion {
    private ToolVersion() {
    }

    public static String get() {
        String version = ToolVersion.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }
}
