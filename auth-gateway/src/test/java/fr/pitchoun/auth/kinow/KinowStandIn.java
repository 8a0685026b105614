package fr.pitchoun.auth.kinow;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * Kinow for the tests: WireMock on a free port, loading the mapping files the local platform's stand-in serves
 * (deploy/wiremock/kinow, passed by surefire), so the tests and `pitchoun up` speak to the same fake Kinow.
 */
public class KinowStandIn implements QuarkusTestResourceLifecycleManager {

    static final String STAND_IN_DIR_PROPERTY = "pitchoun.test.kinow-stand-in-dir";

    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        String dir = System.getProperty(STAND_IN_DIR_PROPERTY);
        if (dir == null || !Files.isDirectory(Path.of(dir, "mappings"))) {
            throw new IllegalStateException("System property " + STAND_IN_DIR_PROPERTY
                    + " must name deploy/wiremock/kinow (set by surefire), got " + dir);
        }
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1").jettyAcceptors(1)
                .usingFilesUnderDirectory(dir));
        server.start();
        return Map.of("pitchoun.kinow.base-url", server.baseUrl());
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(server,
                new TestInjector.AnnotatedAndMatchesType(InjectKinowStandIn.class, WireMockServer.class));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
