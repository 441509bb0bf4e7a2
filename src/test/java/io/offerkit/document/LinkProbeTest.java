package io.offerkit.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Runs against a server on the loopback address only. */
class LinkProbeTest {
    private HttpServer server;
    private String base;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/ok", ex -> {
            ex.sendResponseHeaders(200, -1);
            ex.close();
        });
        server.createContext("/gone", ex -> {
            ex.sendResponseHeaders(404, -1);
            ex.close();
        });
        server.createContext("/no-head", ex -> {
            ex.sendResponseHeaders(ex.getRequestMethod().equals("HEAD") ? 405 : 200, -1);
            ex.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void reachableBrokenAndUnknown() {
        LinkProbe probe = new LinkProbe(Duration.ofSeconds(2));
        assertThat(probe.probe(base + "/ok").outcome()).isEqualTo(LinkProbe.Outcome.REACHABLE);
        assertThat(probe.probe(base + "/no-head").outcome()).isEqualTo(LinkProbe.Outcome.REACHABLE);
        LinkProbe.Result gone = probe.probe(base + "/gone");
        assertThat(gone.outcome()).isEqualTo(LinkProbe.Outcome.BROKEN);
        assertThat(gone.message()).contains("404");
        server.stop(0);
        assertThat(probe.probe(base + "/ok").outcome()).isEqualTo(LinkProbe.Outcome.UNKNOWN);
        assertThat(probe.probe("ht tp://bad").outcome()).isEqualTo(LinkProbe.Outcome.BROKEN);
    }
}
