package fr.pitchoun.ingest.testsupport;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A private NGINX-RTMP rendered from deploy/nginx's template, on spare ports, calling the service under test: the
 * shared test infrastructure's NGINX cannot be restarted for one module's tests.
 */
public final class PrivateNginx implements AutoCloseable {

    public static final int RTMP_PORT = 21945;
    public static final int HTTP_PORT = 28098;
    /** The local default of PITCHOUN_HLS_SIGNING_SECRET, rendered since the test passes none. */
    public static final String SECRET = "pitchoun-dev-hls-secret";
    /** notify_update_timeout, short so that a rotated key's publisher is dropped quickly. */
    public static final String UPDATE_INTERVAL = "1s";

    private static final Path TEMPLATE_DIR = Path.of("..", "deploy", "nginx").toAbsolutePath().normalize();

    private final Process process;
    private final Path hlsDir;
    private final Path errorLog;

    private PrivateNginx(Process process, Path hlsDir, Path errorLog) {
        this.process = process;
        this.hlsDir = hlsDir;
        this.errorLog = errorLog;
    }

    public static PrivateNginx start(int ingestPort, Path dir) throws IOException, InterruptedException {
        for (int port : new int[]{RTMP_PORT, HTTP_PORT}) {
            if (listening(port)) {
                throw new IllegalStateException("Port " + port + " is taken: the private NGINX needs it");
            }
        }
        Path prefix = dir.resolve("prefix");
        Path hls = dir.resolve("hls");
        Path conf = dir.resolve("nginx.conf");
        Files.createDirectories(hls);
        ProcessBuilder renderer = new ProcessBuilder("bash", TEMPLATE_DIR.resolve("render-config.sh").toString(),
                conf.toString()).redirectErrorStream(true).redirectOutput(dir.resolve("render.log").toFile());
        renderer.environment().putAll(Map.of(
                "PITCHOUN_NGINX_PREFIX", prefix.toString(),
                "PITCHOUN_NGINX_HLS_DIR", hls.toString(),
                "PITCHOUN_NGINX_RTMP_PORT", String.valueOf(RTMP_PORT),
                "PITCHOUN_NGINX_HTTP_PORT", String.valueOf(HTTP_PORT),
                "PITCHOUN_INGEST_URL", "http://127.0.0.1:" + ingestPort,
                "PITCHOUN_NGINX_UPDATE_INTERVAL", UPDATE_INTERVAL));
        renderer.environment().remove("PITCHOUN_HLS_SIGNING_SECRET");
        if (renderer.start().waitFor() != 0) {
            throw new IllegalStateException("render-config.sh failed: " + Files.readString(dir.resolve("render.log")));
        }
        Path errorLog = prefix.resolve("logs").resolve("error.log");
        Process nginx = new ProcessBuilder("nginx", "-e", errorLog.toString(), "-c", conf.toString(),
                "-p", prefix + "/").redirectErrorStream(true).redirectOutput(dir.resolve("nginx.out").toFile()).start();
        PrivateNginx started = new PrivateNginx(nginx, hls, errorLog);
        Instant deadline = Instant.now().plusSeconds(15);
        while (!started.healthy()) {
            if (!nginx.isAlive() || Instant.now().isAfter(deadline)) {
                started.close();
                throw new IllegalStateException("Private NGINX did not start: " + Files.readString(errorLog));
            }
            Thread.sleep(100);
        }
        return started;
    }

    /** Where the private NGINX serves HLS from, as transcode-worker writes it: one folder per channel. */
    public Path hlsDir() {
        return hlsDir;
    }

    public String errorLog() throws IOException {
        return Files.readString(errorLog);
    }

    public static String rtmpUrl(String streamName) {
        return "rtmp://127.0.0.1:" + RTMP_PORT + "/live/" + streamName;
    }

    /** {@code /hls/{token}/{expires}/{channel}/{file}} as deploy/CONTRACTS.md's "Protected playback" has it. */
    public static URI signedUrl(String token, long expires, String channel, String file) {
        return URI.create("http://127.0.0.1:" + HTTP_PORT + "/hls/" + token + "/" + expires + "/" + channel + "/" + file);
    }

    /** base64url_nopad(MD5("{expires}/{channel} {secret}")), NGINX's secure_link_md5. */
    public static String token(long expires, String channel, String secret) {
        try {
            byte[] md5 = MessageDigest.getInstance("MD5")
                    .digest((expires + "/" + channel + " " + secret).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(md5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides MD5", e);
        }
    }

    private boolean healthy() {
        try {
            HttpResponse<Void> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + HTTP_PORT + "/health")).timeout(Duration.ofSeconds(1)).build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 300);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** SIGTERM: NGINX's master stops its worker and exits; killed if it has not within 10 s. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    /** The command line the README gives to mint a token in shell, run as is. */
    public static String tokenFromShell(long expires, String channel, String secret)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(List.of("bash", "-c",
                "printf '%s' \"$expires/$channel $secret\" | openssl md5 -binary | base64 | tr '+/' '-_' | tr -d '='"))
                .redirectErrorStream(true);
        builder.environment().putAll(Map.of("expires", String.valueOf(expires), "channel", channel, "secret", secret));
        Process shell = builder.start();
        shell.getOutputStream().close();
        return new String(shell.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    }
}
