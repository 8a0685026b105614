package fr.pitchoun.auth.session;

import fr.pitchoun.auth.kinow.KinowStandIn;
import fr.pitchoun.auth.support.Viewers;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.startsWith;

/**
 * A caller that is not a trusted proxy (here: the test itself, the gateway trusting only another address) cannot
 * escape the per-address sign-in limit by sending a new X-Forwarded-For with each attempt: its own address counts.
 */
@QuarkusTest
@QuarkusTestResource(KinowStandIn.class)
@TestProfile(UntrustedForwardingTest.OnlyAnotherProxyIsTrusted.class)
class UntrustedForwardingTest {

    @Test
    void forwardedAddressesFromAnUntrustedCallerAreIgnoredByTheLimit() {
        for (int i = 0; i < 5; i++) {
            Viewers.signInFrom(Viewers.randomAddress(), "inconnu-" + UUID.randomUUID() + "@demo.pitchoun.fr", "x")
                    .statusCode(401);
        }
        Viewers.signInFrom(Viewers.randomAddress(), "mypitchoun@demo.pitchoun.fr", Viewers.PASSWORD)
                .statusCode(429).body("message", startsWith("Trop de tentatives de connexion."));
    }

    public static class OnlyAnotherProxyIsTrusted implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // TEST-NET-1: no test request comes from there.
            return Map.of("quarkus.http.proxy.trusted-proxies", "192.0.2.1");
        }
    }
}
