package io.offerkit.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerkit.document.DocumentInspector;
import io.offerkit.document.LinkProbe;
import io.offerkit.imaging.ImageDecoder;
import io.offerkit.imaging.source.ImagingException;
import io.offerkit.profile.DocumentSpec;
import io.offerkit.project.ProjectException;
import io.offerkit.project.ProjectFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the core says to a person about a link, a document or an image that is wrong: plain words, never a Java
 * exception's name or a class name, and each statement once. Every producer is driven into its usual failures
 * (real ones where the machine allows: a closed port, a name that does not resolve, a server that does not answer,
 * HTTPS to a plain server, damaged and locked PDFs, broken images).
 */
class UserFacingMessagesTest {
    private static final Pattern CLASS_NAME = Pattern.compile("[a-z]+\\.[a-z]+\\.[A-Z]");
    private static final DocumentSpec PDF_ONLY = new DocumentSpec("terms", "Terms of use", true, List.of("pdf"), null, null, null);
    private static final LinkProbe PROBE = new LinkProbe(Duration.ofSeconds(1));

    private static ServerSocket plainTextServer;
    private static ServerSocket silentServer;
    private static int closedPort;
    private static Path dir;

    @BeforeAll
    static void servers() throws IOException {
        // Answers anything, a TLS greeting too, in plain HTTP: the client's handshake fails.
        plainTextServer = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread answering = new Thread(() -> {
            while (!plainTextServer.isClosed()) {
                try (Socket socket = plainTextServer.accept()) {
                    socket.getOutputStream().write("HTTP/1.1 400 Bad Request\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                } catch (IOException closed) {
                    // the test is over, or the client left first
                }
            }
        }, "plain-text-server");
        answering.setDaemon(true);
        answering.start();
        silentServer = new ServerSocket(0, 50, InetAddress.getLoopbackAddress()); // accepts, never answers
        try (ServerSocket closed = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            closedPort = closed.getLocalPort();
        }
        dir = Files.createTempDirectory("offerkit-messages");
    }

    @AfterAll
    static void stop() throws IOException {
        plainTextServer.close();
        silentServer.close();
    }

    static Stream<Arguments> producers() {
        List<Arguments> all = new ArrayList<>();
        link(all, "connection refused", "http://127.0.0.1:" + closedPort + "/terms");
        link(all, "no such host", "https://no-such-host.invalid/terms");
        link(all, "no answer in time", "http://127.0.0.1:" + silentServer.getLocalPort() + "/terms");
        link(all, "HTTPS to a plain server", "https://127.0.0.1:" + plainTextServer.getLocalPort() + "/terms");
        link(all, "a space in the address", "https://example.com/terms of use");
        link(all, "a bracket in the address", "https://example.com/<terms>");
        link(all, "not a web scheme", "ftp://example.com/terms");
        link(all, "a broken scheme", "ht tp://bad");
        addressCheck(all, "a space", "https://example.com/terms of use");
        addressCheck(all, "a bracket", "https://example.com/<terms>");

        document(all, "damaged PDF", () -> Files.writeString(dir.resolve("damaged.pdf"), "%PDF-1.7\ngarbage without objects"));
        document(all, "password-protected PDF", () -> Files.write(dir.resolve("locked.pdf"), pdf("secret")));
        document(all, "restricted PDF", () -> Files.write(dir.resolve("restricted.pdf"), pdf("")));
        document(all, "huge PDF", () -> {
            Path huge = dir.resolve("huge.pdf");
            try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
                f.setLength(DocumentInspector.MAX_BYTES + 1); // sparse: no disk is used
            }
            return huge;
        });
        document(all, "a folder", () -> Files.createDirectories(dir.resolve("folder.pdf")));
        document(all, "a missing file", () -> dir.resolve("gone.pdf"));

        project(all, "a list given as text", "{\"format\": \"offerkit-project\", \"formatVersion\": 1,"
                + " \"profileId\": \"appsource-d365-ce-2019\", \"keywords\": \"route\"}");
        project(all, "an object given as a number", "{\"format\": \"offerkit-project\", \"formatVersion\": 1,"
                + " \"profileId\": \"appsource-d365-ce-2019\", \"logo\": 5}");
        project(all, "broken JSON", "{\"format\": \"offerkit-project\",\n  \"formatVersion\": 1,,}");

        image(all, "PNG signature, then nothing", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0});
        image(all, "JPEG start, then nothing", new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 16});
        image(all, "GIF header only", "GIF89a\u0001\u0000\u0001\u0000".getBytes(StandardCharsets.ISO_8859_1));
        image(all, "BMP header only", "BM\u0000\u0000\u0000\u0000".getBytes(StandardCharsets.ISO_8859_1));
        image(all, "not an image", "hello".getBytes(StandardCharsets.UTF_8));
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("producers")
    void saysItInPlainWordsOnce(String what, Supplier<String> producer) {
        String message = producer.get();

        assertThat(message).as(what).isNotBlank()
                .doesNotContain("Exception")
                .doesNotContainPattern(CLASS_NAME)
                .doesNotContain("Illegal character") // URI's words, not a person's
                .doesNotContainPattern("\\.\\)?\\.$"); // a sentence ends once ("...trailer.).")
        List<String> sentences = Arrays.stream(message.split("(?<=[.;:])\\s+")).map(String::strip)
                .filter(s -> s.length() > 3).toList();
        assertThat(sentences).as(what + ": " + message).doesNotHaveDuplicates();
    }

    private static void link(List<Arguments> all, String what, String url) {
        all.add(Arguments.of("link probe: " + what, (Supplier<String>) () -> {
            LinkProbe.Result result = PROBE.probe(url);
            assertThat(result.outcome()).as(what).isNotEqualTo(LinkProbe.Outcome.REACHABLE);
            return result.message();
        }));
    }

    private static void addressCheck(List<Arguments> all, String what, String url) {
        all.add(Arguments.of("address check: " + what, (Supplier<String>) () -> {
            String problem = Links.problem(url, true);
            assertThat(problem.split("example\\.com", -1)).as("%s names the address once", problem).hasSize(2);
            return problem;
        }));
    }

    private interface FileMaker {
        Path make() throws IOException;
    }

    private static void document(List<Arguments> all, String what, FileMaker file) {
        all.add(Arguments.of("document: " + what, (Supplier<String>) () -> {
            try {
                List<String> problems = DocumentInspector.inspect(file.make(), PDF_ONLY).problems();
                assertThat(problems).as(what).isNotEmpty().doesNotHaveDuplicates();
                return String.join(" ", problems);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }));
    }

    private static void project(List<Arguments> all, String what, String json) {
        all.add(Arguments.of("project: " + what, (Supplier<String>) () -> {
            try {
                ProjectFiles.read(Files.writeString(dir.resolve("offer.offerkit"), json));
                throw new AssertionError(what + " was read");
            } catch (ProjectException e) {
                assertThat(e.getMessage()).as(what).doesNotContain("line -1");
                return e.getMessage();
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }));
    }

    private static void image(List<Arguments> all, String what, byte[] data) {
        all.add(Arguments.of("image: " + what, (Supplier<String>) () -> {
            try {
                ImageDecoder.read(data, "logo.img");
                throw new AssertionError(what + " decoded");
            } catch (ImagingException e) {
                return e.getMessage();
            }
        }));
    }

    private static byte[] pdf(String userPassword) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.addPage(new PDPage());
            if (userPassword != null) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", userPassword, new AccessPermission());
                policy.setEncryptionKeyLength(128);
                doc.protect(policy);
            }
            doc.save(out);
            return out.toByteArray();
        }
    }
}
