package fr.pitchoun.auth.session;

import fr.pitchoun.auth.kinow.KinowStandIn;
import fr.pitchoun.auth.support.Viewers;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * %test limits: 3 wrong passwords per account in 3 s, 5 attempts per address in 8 s (five refusals take at least 2 s:
 * a loaded machine must still fit them in the window).
 */
@QuarkusTest
@QuarkusTestResource(KinowStandIn.class)
class LoginLimitsTest {

    private static final String THROTTLED = "Trop de tentatives de connexion. Par sécurité, réessayez dans ";

    @Test
    void wrongPasswordsLockTheAccountForAWhileThenItSignsInAgain() {
        String account = "expire@demo.pitchoun.fr";
        for (int i = 0; i < 3; i++) {
            Viewers.signIn(account, "devine-" + i).statusCode(401);
        }
        // Even the right password waits: the guesser must not learn it by the answer changing.
        Viewers.signIn(account, Viewers.PASSWORD)
                .statusCode(429)
                .header("Retry-After", Integer::parseInt, allOf(greaterThanOrEqualTo(1), lessThanOrEqualTo(4)))
                .body("message", startsWith(THROTTLED));

        await().atMost(Duration.ofSeconds(6)).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> Viewers.signIn(account, Viewers.PASSWORD).statusCode(200));
    }

    @Test
    void oneAddressTryingManyAccountsIsSlowedDown() {
        String address = Viewers.randomAddress();
        for (int i = 0; i < 5; i++) {
            Viewers.signInFrom(address, "inconnu-" + UUID.randomUUID() + "@demo.pitchoun.fr", "x").statusCode(401);
        }
        Viewers.signInFrom(address, "mypitchoun@demo.pitchoun.fr", Viewers.PASSWORD)
                .statusCode(429).body("message", startsWith(THROTTLED));
        // Another address is not concerned.
        Viewers.signIn("mypitchoun@demo.pitchoun.fr", Viewers.PASSWORD).statusCode(200);

        await().atMost(Duration.ofSeconds(12)).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> Viewers.signInFrom(address, "mypitchoun@demo.pitchoun.fr", Viewers.PASSWORD)
                        .statusCode(200));
    }

    @Test
    void unknownEmailAndWrongPasswordGetTheSameAnswerInSimilarTime() {
        long unknown = Long.MAX_VALUE;
        long wrong = Long.MAX_VALUE;
        for (int i = 0; i < 2; i++) {
            unknown = Math.min(unknown, timeRefusal("personne-" + UUID.randomUUID() + "@demo.pitchoun.fr"));
            wrong = Math.min(wrong, timeRefusal("sans-abonnement@demo.pitchoun.fr"));
        }
        assertTrue(unknown >= 400 && wrong >= 400, "refusals wait for the floor: " + unknown + " / " + wrong);
        assertTrue(Math.abs(unknown - wrong) < 150, "unknown " + unknown + " ms, wrong password " + wrong + " ms");
    }

    private static long timeRefusal(String email) {
        long start = System.nanoTime();
        Viewers.signIn(email, "pas-le-bon").statusCode(401)
                .body("message", equalTo(SessionErrors.WRONG_CREDENTIALS));
        return (System.nanoTime() - start) / 1_000_000;
    }
}
