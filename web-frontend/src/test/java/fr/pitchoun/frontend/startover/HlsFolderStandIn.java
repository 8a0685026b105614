package fr.pitchoun.frontend.startover;

import com.sun.net.httpserver.HttpServer;
import fr.pitchoun.frontend.security.SecureLink;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stands for NGINX's HLS location (deploy/nginx/nginx.conf.template), which the site reads the worker's files from:
 * a folder served under {@code /hls/{token}/{expires}/{channel}/{file}}, 403 unless the token is the secure_link of
 * the contract and not expired, 404 for a missing file. It counts the reads of each file. The real NGINX is in e2e.
 */
public class HlsFolderStandIn implements QuarkusTestResourceLifecycleManager {

    static final String SECRET = "pitchoun-dev-hls-secret";
    private static final Pattern SIGNED = Pattern.compile(
            "/hls/([A-Za-z0-9_-]{22})/([0-9]{1,12})/([a-z0-9]+(?:-[a-z0-9]+)*)/([A-Za-z0-9_-][A-Za-z0-9_.-]*)");
    static Path folder;
    static final Map<String, AtomicInteger> READS = new ConcurrentHashMap<>();
    private static HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            folder = Files.createTempDirectory("pitchoun-hls-standin");
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/hls/", exchange -> {
            Matcher path = SIGNED.matcher(exchange.getRequestURI().getPath());
            int status;
            byte[] body = new byte[0];
            if (!path.matches()) {
                status = 404;
            } else if (!SecureLink.token(path.group(2) + "/" + path.group(3) + " " + SECRET).equals(path.group(1))
                    || Long.parseLong(path.group(2)) < Instant.now().getEpochSecond()) {
                status = 403;
            } else {
                Path file = folder.resolve(path.group(3)).resolve(path.group(4));
                READS.computeIfAbsent(path.group(3) + "/" + path.group(4), k -> new AtomicInteger()).incrementAndGet();
                status = Files.isRegularFile(file) ? 200 : 404;
                body = status == 200 ? Files.readAllBytes(file) : body;
            }
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        return Map.of("pitchoun.frontend.hls-internal-url",
                "http://127.0.0.1:" + server.getAddress().getPort() + "/hls");
    }

    @Override
    public void stop() {
        stopNow();
    }

    /** NGINX goes away. */
    static synchronized void stopNow() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    /** The worker's files of {@code channel}, as it would have written them. */
    static void write(String channel, String file, String text) throws IOException {
        Files.createDirectories(folder.resolve(channel));
        Files.writeString(folder.resolve(channel).resolve(file), text);
    }

    static int reads(String channel, String file) {
        AtomicInteger count = READS.get(channel + "/" + file);
        return count == null ? 0 : count.get();
    }
}
