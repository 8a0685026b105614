package fr.pitchoun.cms.status;

import fr.pitchoun.cms.EditorClient;
import fr.pitchoun.cms.account.EditorAccounts;
import fr.pitchoun.cms.account.Role;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesRegex;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The operators' status page against real HTTP stand-ins of the parts (PartsStandIn): what each part and channel is,
 * the latest alert, a hanging part shown unreachable within the timeout, admins only.
 */
@QuarkusTest
@TestProfile(StatusPageTest.PartsOnStandIns.class)
class StatusPageTest {

    public static class PartsOnStandIns implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(PartsStandIn.class));
        }
    }

    @Inject
    EditorAccounts accounts;

    @Test
    void anAdminSeesEachPartEachChannelAndTheLatestAlertEvenWithPartsAway() {
        EditorClient admin = EditorClient.newAccount(accounts, Role.ADMIN);
        admin.page("/editeur").then().statusCode(200).body(containsString("href=\"/editeur/etat\""));

        long started = System.nanoTime();
        Response page = admin.page("/editeur/etat");
        long millis = (System.nanoTime() - started) / 1_000_000;
        // The hanging part (10 s) is given up after the 800 ms timeout; the calls run at once, not one after another.
        assertTrue(millis < 3_000, "the page took " + millis + " ms");
        page.then().statusCode(200).header("Cache-Control", "no-store")
                .body(containsString("4 partie(s) pas prête(s) ou injoignable(s)."))
                .body(matchesRegex(row("cms-service", "Prêt")))
                .body(matchesRegex(row("auth-gateway", "Pas prêt</td>\\s*<td>En panne : Database connections health "
                        + "check</td>")))
                .body(matchesRegex(row("podcast-service", "Injoignable")))
                .body(matchesRegex(row("web-frontend", "Injoignable")))
                .body(matchesRegex(row("live-ingest-service", "Prêt")))
                .body(matchesRegex(row("transcode-worker \\(127\\.0\\.0\\.1:\\d+\\)", "Prêt")))
                .body(matchesRegex(row("transcode-worker \\(127\\.0\\.0\\.1:1\\)", "Injoignable")))

                .body(matchesRegex(row("Pitchoun TV <span class=\"identifiant\">\\(pitchoun-tv\\)</span>",
                        "En direct</td>\\s*<td>Publie</td>\\s*<td>dernier segment il y a 1,2 s</td>")))
                .body(matchesRegex(row("Pitchoun Junior <span class=\"identifiant\">\\(pitchoun-junior\\)</span>",
                        "Sur la mire</td>\\s*<td>Ne publie pas</td>\\s*<td>Pas de flux de la régie ; dernier segment")))
                .body(matchesRegex(row("Archives <span class=\"identifiant\">\\(archives\\)</span>",
                        "Hors antenne</td>\\s*<td>Désactivée</td>\\s*<td>Chaîne désactivée.</td>\\s*<td>aucun")))
                .body(matchesRegex(row("ancienne-chaine <span class=\"identifiant\">\\(ancienne-chaine\\)</span>",
                        "Sur la mire</td>\\s*<td>Inconnue</td>\\s*<td>[^<]*inconnue du service du direct")))
                .body(containsString("Un transcode-worker au moins est injoignable : ses chaînes peuvent manquer."))

                .body(containsString("<strong>ChaineSurMire</strong> : La chaîne pitchoun-junior est sur sa mire "
                        + "depuis plus de 2 minutes"))
                .body(containsString("En cours depuis le 3 déc. 2026 à 18:02 ; 2 alerte(s) en cours en tout."))
                .body(not(containsString("Alerte mise en silence")));
    }

    @Test
    void anEditorWhoIsNotAnAdminIsRefusedAndSeesNoLink() {
        EditorClient editor = EditorClient.newAccount(accounts, Role.EDITOR);
        editor.page("/editeur").then().statusCode(200).body(not(containsString("href=\"/editeur/etat\"")));
        editor.page("/editeur/etat").then().statusCode(403)
                .body(containsString("Accès réservé aux administrateurs"));
    }

    /** A table row: the part or channel in its header cell, then its state cell (and what follows it). */
    private static String row(String header, String cells) {
        return "(?s).*<th scope=\"row\">" + header + "</th>\\s*<td class=\"etat-(ok|ko)\">" + cells + ".*";
    }
}
