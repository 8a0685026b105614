package fr.pitchoun.e2e;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Our services started once for all end-to-end tests, from the jars their modules just built, on the test
 * infrastructure of `deploy/local/pitchoun test` (MariaDB 23306, Kafka 29092, NGINX RTMP 21935 / HTTP 28088, whose
 * on_publish calls port 28084, Kinow stand-in 28091, Ausha stand-in 28092). Stopped when every test class has run.
 */
final class TestPlatform implements BeforeAllCallback, ExtensionContext.Store.CloseableResource, AutoCloseable {

    static final String DEMO_CHANNEL = "pitchoun-tv";
    static final String DEMO_KEY = "demo-pitchoun-tv-key";
    static final String RTMP_URL = "rtmp://127.0.0.1:21935/live/";
    static final String HLS_URL = "http://127.0.0.1:28088/hls/";
    static final String CMS_URL = "http://127.0.0.1:28081";
    static final String SITE_URL = "http://127.0.0.1:28080";
    static final String AUTH_URL = "http://127.0.0.1:28082";
    static final String INGEST_URL = "http://127.0.0.1:28084";
    static final String KAFKA = "127.0.0.1:29092";
    /** The Kinow stand-in of the test infrastructure (deploy/wiremock/kinow). */
    static final String KINOW_URL = "http://127.0.0.1:28091";
    static final String PODCASTS_URL = "http://127.0.0.1:28083";
    /** The Ausha stand-in of the test infrastructure (deploy/wiremock/ausha): its audio is on the test NGINX. */
    static final String AUSHA_URL = "http://127.0.0.1:28092";
    /** Where the test NGINX serves the demo podcasts' audio (public files, signed exclusives under /signe). */
    static final String PODCASTS_AUDIO_URL = "http://127.0.0.1:28088/podcasts-audio";

    private static TestPlatform running;

    final Path workDir;
    private final Path repo;
    private final Path logs;
    private final Path hlsDir;
    final ServiceProcess ingest;
    final ServiceProcess worker;
    final ServiceProcess cms;
    private final List<ServiceProcess> services = new ArrayList<>();

    static TestPlatform get() {
        return running;
    }

    /** JUnit needs a public no-argument constructor for the extension; the platform itself starts in beforeAll. */
    public TestPlatform() {
        workDir = null;
        repo = null;
        logs = null;
        hlsDir = null;
        ingest = null;
        worker = null;
        cms = null;
    }

    private TestPlatform(Path repo, Path state, Path hlsDir) throws IOException {
        this.repo = repo;
        this.hlsDir = hlsDir;
        workDir = Files.createDirectories(state.resolve("e2e"));
        logs = workDir.resolve("logs");
        deleteRecursively(hlsDir.resolve(DEMO_CHANNEL));
        try {
            ingest = start(repo, logs, "live-ingest-service", 28084, Map.of(
                    "QUARKUS_DATASOURCE_JDBC_URL", "jdbc:mariadb://127.0.0.1:23306/ingest",
                    "KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:29092",
                    "PITCHOUN_INGEST_RTMP_PULL_PORT", "21935",
                    // What the test infrastructure's NGINX sends with its callbacks (the launcher's local default).
                    "PITCHOUN_RTMP_CALLBACK_SECRET", "pitchoun-dev-rtmp-callback-secret",
                    // The admin API's service tokens (cms-service's channel pages) are signed by this gateway.
                    "MP_JWT_VERIFY_PUBLICKEY_LOCATION", AUTH_URL + "/.well-known/jwks.json"));
            worker = startWorker(28085);
            cms = start(repo, logs, "cms-service", 28081, Map.of(
                    "QUARKUS_DATASOURCE_JDBC_URL", "jdbc:mariadb://127.0.0.1:23306/cms",
                    "PITCHOUN_CMS_DEMO_CONTENT", "true",
                    "KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:29092",
                    // Admins manage the live channels there, with a service token of the gateway.
                    "PITCHOUN_CMS_INGEST_URL", INGEST_URL,
                    "PITCHOUN_CMS_AUTH_URL", AUTH_URL,
                    "PITCHOUN_CMS_RTMP_PUBLISH_URL", RTMP_URL.substring(0, RTMP_URL.length() - 1),
                    // The demo radios' streams on the test NGINX (the test infrastructure runs the demo radio).
                    "PITCHOUN_CMS_DEMO_MEDIA_URL", HLS_URL.substring(0, HLS_URL.indexOf("/hls/"))));
            start(repo, logs, "auth-gateway", 28082, Map.of(
                    // A branch whose auth schema differs from the shared database's may run on a copy of its own.
                    "QUARKUS_DATASOURCE_JDBC_URL", "jdbc:mariadb://127.0.0.1:23306/"
                            + System.getenv().getOrDefault("PITCHOUN_E2E_AUTH_DATABASE", "auth"),
                    "KAFKA_BOOTSTRAP_SERVERS", KAFKA,
                    "PITCHOUN_KINOW_BASE_URL", KINOW_URL,
                    // Every test signs in from 127.0.0.1: the per-address sign-in limit (LoginLimitsTest's concern)
                    // would stop the suite's own viewers.
                    "PITCHOUN_AUTH_LOGIN_ADDRESS_MAX_ATTEMPTS", "1000",
                    "PITCHOUN_AUTH_TOKENS_KEY_DIR", workDir.resolve("auth-keys").toString(),
                    // The Kinow stand-in's demo VOD (deploy/CONTRACTS.md "Replay media"), signed for the test NGINX.
                    "PITCHOUN_REPLAY_ORIGIN_MEDIA_BASE_URL", "http://localhost:8088/vod/",
                    "PITCHOUN_REPLAY_ORIGIN_MEDIA_PUBLIC_URL", HLS_URL.replace("/hls/", "/vod/"),
                    "PITCHOUN_REPLAY_ORIGIN_MEDIA_SECRET", "pitchoun-dev-hls-secret",
                    // A family's listening positions, for its data export and erasure (PrivacyTest).
                    "PITCHOUN_PRIVACY_PODCAST_SERVICE_URL", PODCASTS_URL));
            start(repo, logs, "podcast-service", 28083, Map.of(
                    "QUARKUS_DATASOURCE_JDBC_URL", "jdbc:mariadb://127.0.0.1:23306/podcast",
                    "PITCHOUN_AUSHA_BASE_URL", AUSHA_URL,
                    "PITCHOUN_AUSHA_TOKEN", "pitchoun-demo-token",
                    "KAFKA_BOOTSTRAP_SERVERS", KAFKA,
                    // A first sync that a busy machine makes time out is tried again soon.
                    "PITCHOUN_PODCAST_SYNC_INTERVAL", "30s",
                    // The privacy API's service tokens are signed by this gateway.
                    "MP_JWT_VERIFY_PUBLICKEY_LOCATION", AUTH_URL + "/.well-known/jwks.json"));
            start(repo, logs, "web-frontend", 28080, Map.of(
                    "PITCHOUN_FRONTEND_CMS_URL", CMS_URL,
                    "PITCHOUN_FRONTEND_AUTH_URL", AUTH_URL,
                    "PITCHOUN_FRONTEND_HLS_BASE_URL", HLS_URL.substring(0, HLS_URL.length() - 1),
                    "KAFKA_BOOTSTRAP_SERVERS", KAFKA,
                    "PITCHOUN_PODCASTS_SERVICE_URL", PODCASTS_URL,
                    "PITCHOUN_PODCASTS_AUDIO_BASE_URL", PODCASTS_AUDIO_URL,
                    // The site's copy of the CMS content outlives every test: only cms-service's content-changed
                    // events can make an editor's change show (EditorsPublishTest).
                    "PITCHOUN_FRONTEND_CMS_CACHE_TTL", "PT1H"));
        } catch (RuntimeException | IOException e) {
            close();
            throw e;
        }
    }

    /** A transcode-worker in the platform's consumer group, writing into the folder NGINX serves. */
    ServiceProcess startWorker(int port) throws IOException {
        return start(repo, logs, "transcode-worker", port, Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:29092",
                "PITCHOUN_TRANSCODE_HLS_DIR", hlsDir.toString(),
                // Where a worker rebuilds the state of the channels it is given (failover).
                "PITCHOUN_TRANSCODE_INGEST_URL", INGEST_URL,
                // Start-over for the suite's length, not 3 h of every test channel.
                "PITCHOUN_TRANSCODE_START_OVER_WINDOW", "15m"));
    }

    private ServiceProcess start(Path repo, Path logs, String module, int port, Map<String, String> env)
            throws IOException {
        ServiceProcess service = ServiceProcess.start(repo, logs, module, port, env);
        services.add(service);
        return service;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        synchronized (TestPlatform.class) {
            if (running == null) {
                Path repo = Path.of(System.getProperty("pitchoun.repo.dir", "..")).toAbsolutePath().normalize();
                Path state = Path.of(System.getenv().getOrDefault("PITCHOUN_TEST_STATE_DIR",
                        repo.resolve(".pitchoun/test").toString()));
                Path hlsDir = Path.of(System.getenv().getOrDefault("PITCHOUN_TEST_HLS_DIR",
                        state.resolve("hls").toString()));
                running = new TestPlatform(repo, state, hlsDir);
                // The root store closes it after the last test class of the run.
                context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put(TestPlatform.class, running);
            }
        }
    }

    @Override
    public void close() {
        for (int i = services.size() - 1; i >= 0; i--) {
            services.get(i).close();
        }
        services.clear();
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
