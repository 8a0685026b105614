package fr.pitchoun.podcast.sync;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * Ausha's stand-in on a free port, loading the mapping files of deploy/wiremock/ausha that the local platform's
 * stand-in serves too (path given by surefire).
 */
public class AushaStandIn implements QuarkusTestResourceLifecycleManager {

    /** Marks the test field that receives the running stand-in, to add failure stubs. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface Server {
    }

    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        Path root = Path.of(System.getProperty("pitchoun.test.ausha-standin-dir", "../deploy/wiremock/ausha"));
        if (!Files.isDirectory(root.resolve("mappings"))) {
            throw new IllegalStateException("No Ausha mappings under " + root.toAbsolutePath());
        }
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1")
                .usingFilesUnderDirectory(root.toString())
                // As the launcher runs it: media addresses templated, here with their default (NGINX on 8088).
                .withPermittedSystemKeys("PITCHOUN_AUSHA_STANDIN_.*"));
        server.start();
        return Map.of("pitchoun.ausha.base-url", server.baseUrl());
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(server, new TestInjector.AnnotatedAndMatchesType(Server.class, WireMockServer.class));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
