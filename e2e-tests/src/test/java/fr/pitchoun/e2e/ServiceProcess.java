package fr.pitchoun.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;

/** One of our services started from the jar its module just built, as the launcher runs it. */
final class ServiceProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String module;
    private final int port;
    private final Process process;
    private final Path log;

    private ServiceProcess(String module, int port, Process process, Path log) {
        this.module = module;
        this.port = port;
        this.process = process;
        this.log = log;
    }

    static ServiceProcess start(Path repoDir, Path logDir, String module, int port, Map<String, String> env)
            throws IOException {
        Path jar = repoDir.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: run `mvn verify` from the repository root");
        }
        Files.createDirectories(logDir);
        Path log = logDir.resolve(module + "-" + port + ".log");
        ProcessBuilder builder = new ProcessBuilder(List.of("java", "-Xmx256m", "-jar", jar.toString()))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(env);
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        ServiceProcess service = new ServiceProcess(module, port, builder.start(), log);
        service.awaitReady();
        return service;
    }

    private void awaitReady() {
        await(module + " ready on port " + port + " (log: " + log + ")")
                .atMost(Duration.ofSeconds(Long.getLong("pitchoun.e2e.ready-seconds", 60)))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException(module + " exited; see " + log);
                    }
                    return readinessStatus() == 200;
                });
    }

    private int readinessStatus() {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(2)).build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    Path log() {
        return log;
    }

    int port() {
        return port;
    }

    boolean isRunning() {
        return process.isAlive();
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
