package io.offerkit.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerkit.bundle.Bundle;
import io.offerkit.bundle.BundleReader;
import io.offerkit.bundle.BundleUnpacker;
import io.offerkit.bundle.BundleVerifier;
import io.offerkit.project.ProjectFiles;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Damaged and crafted bundle ZIPs go through the whole receiving path — read, verify, extract — and answer with a
 * BundleException or a result; extraction never writes beside or above the folder it was given.
 */
class BundleFuzzTest {
    private static Path dir;
    private static byte[] zip;
    private static final AtomicInteger CASE = new AtomicInteger();

    @BeforeAll
    static void exportDemo() throws IOException {
        dir = Files.createTempDirectory("offerkit-fuzz-bundle");
        zip = Samples.bundleZip(dir);
    }

    @AfterAll
    static void cleanUp() throws IOException {
        TempDirs.delete(dir);
    }

    /** Entry names that try to leave the folder, in the spellings zip-slip exploits use: every prefix with every tail. */
    private static final List<String> PREFIXES = List.of("../", "../../", "/", "\\", "..\\", "C:", "C:/", "logos/../../",
            "./", "logos/./../", "\u0000", "", "logos//", "..", "%2e%2e/");
    private static final List<String> TAILS = List.of("evil.txt", "offer.json", "logos/40x40.png", "..", "x/../..", "");

    @Test
    void damagedZip() {
        FuzzTries.forEachCase("damagedZip", edits -> receive(Mutations.apply(zip, edits)));
    }

    /**
     * offer.json itself damaged inside an intact ZIP (the damaged-ZIP property mostly breaks the compression, so the
     * manifest's JSON is rarely reached): read, verify, extract and open (the project file inside) answer with a
     * typed error or a result.
     */
    @Test
    void offerJson() {
        byte[] manifest = entry(zip, "offer.json");
        FuzzTries.forEachCase("offerJson", edits -> receive(withEntry(zip, "offer.json", Mutations.apply(manifest, edits))));
    }

    /** The project file inside the bundle damaged: opening the bundle (unpack, then read the project) stays typed. */
    @Test
    void projectInsideTheBundle() {
        String name = projectEntry(zip);
        byte[] project = entry(zip, name);
        FuzzTries.forEachCase("projectInsideTheBundle", edits -> receive(withEntry(zip, name,
                Mutations.apply(project, edits))));
    }

    @Test
    void craftedEntryName() throws IOException {
        for (String prefix : PREFIXES) {
            for (String tail : TAILS) {
                receive(withExtraEntry(zip, prefix + tail));
            }
        }
    }

    private static void receive(byte[] data) throws IOException {
        Path caseDir = Files.createDirectories(dir.resolve("case-" + CASE.incrementAndGet()));
        Path file = caseDir.resolve("in.zip");
        Files.write(file, data);
        Path outer = Files.createDirectories(caseDir.resolve("outer"));
        Path target = outer.resolve("target");
        Invariants.typedOrValid("reading a received bundle", () -> {
            Bundle bundle = BundleReader.read(file);
            BundleVerifier.verify(bundle, Samples.PROFILES);
            BundleReader.extract(bundle, target);
        });
        Path opened = outer.resolve("opened");
        Invariants.typedOrValid("opening a received bundle",
                () -> ProjectFiles.read(BundleUnpacker.unpack(file, opened)));
        TempDirs.delete(opened);
        assertThat(TempDirs.count(outer)).as("files written beside the extraction folder").isLessThanOrEqualTo(1);
        assertThat(TempDirs.count(caseDir)).as("files written above the extraction folder").isEqualTo(2);
        TempDirs.delete(caseDir);
    }

    private static byte[] entry(byte[] zipBytes, String name) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zipBytes))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return in.readAllBytes();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new AssertionError(name + " is not in the sample bundle");
    }

    private static String projectEntry(byte[] zipBytes) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zipBytes))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().endsWith(".offerkit")) {
                    return e.getName();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new AssertionError("no project file in the sample bundle");
    }

    /** The bundle with entry {@code name}'s content replaced, everything else as exported. */
    private static byte[] withEntry(byte[] zipBytes, String name, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zipBytes));
             ZipOutputStream z = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                z.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals(name)) {
                    z.write(content);
                } else {
                    in.transferTo(z);
                }
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** The bundle with one more (or one replaced) entry, named as given; ZipOutputStream writes any name, as an attacker's tool would. */
    private static byte[] withExtraEntry(byte[] zipBytes, String name) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zipBytes));
             ZipOutputStream z = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) {
                    continue; // replaced by the planted entry below
                }
                z.putNextEntry(new ZipEntry(e.getName()));
                in.transferTo(z);
                z.closeEntry();
            }
            z.putNextEntry(new ZipEntry(name));
            z.write("planted".getBytes());
            z.closeEntry();
        }
        return out.toByteArray();
    }
}
