package fr.pitchoun.cms.channel;

import fr.pitchoun.cms.EditorClient;
import fr.pitchoun.cms.account.EditorAccounts;
import fr.pitchoun.cms.account.Role;
import fr.pitchoun.cms.schedule.TvChannel;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The live channels' pages with live-ingest-service and auth-gateway away (nothing listens on port 1): only admins
 * get in, the page says in French that the live service is unreachable, and the rest of the CMS works. The pages
 * with the real services are walked by e2e-tests' ChannelAdminTest.
 */
@QuarkusTest
@TestProfile(ChannelAdminPagesTest.LiveServiceAway.class)
class ChannelAdminPagesTest {

    public static class LiveServiceAway implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("pitchoun.cms.ingest-url", "http://127.0.0.1:1", "pitchoun.cms.auth-url", "http://127.0.0.1:1");
        }
    }

    @Inject
    EditorAccounts accounts;

    @Test
    void anEditorWhoIsNotAnAdminIsRefusedAndSeesNoLink() {
        EditorClient editor = EditorClient.newAccount(accounts, Role.EDITOR);
        editor.page("/editeur").then().statusCode(200).body(not(containsString("href=\"/editeur/chaines\"")));
        editor.page("/editeur/chaines/historique").then().statusCode(403);
        editor.page("/editeur/chaines").then().statusCode(403)
                .body(containsString("Accès réservé aux administrateurs"));
        editor.form().formParam("slug", "refusee").formParam("name", "Refusée")
                .post("/editeur/chaines/nouvelle").then().statusCode(403);
        editor.form().post("/editeur/chaines/pitchoun-tv/nouvelle-cle").then().statusCode(403);
    }

    @Test
    void withTheLiveServiceAwayThePageSaysSoAndTheRestOfTheCmsWorks() {
        EditorClient admin = EditorClient.newAccount(accounts, Role.ADMIN);
        admin.page("/editeur").then().statusCode(200).body(containsString("href=\"/editeur/chaines\""));

        admin.page("/editeur/chaines").then().statusCode(503)
                .body(containsString("Le service du direct est injoignable pour le moment"))
                .body(containsString("Le reste de l'espace éditeur fonctionne normalement."));
        String slug = "hors-ligne-" + UUID.randomUUID().toString().substring(0, 8);
        admin.form().formParam("slug", slug).formParam("name", "Hors ligne")
                .post("/editeur/chaines/nouvelle").then().statusCode(503)
                .body(containsString("Rien n&#39;a été modifié"));
        assertNull(TvChannel.findById(slug), "no schedule channel without its live channel");

        admin.page("/editeur/chaines/historique").then().statusCode(200)
                .body(containsString("Historique : chaînes du direct"));
        admin.page("/editeur/radios").then().statusCode(200);
        admin.page("/editeur/comptes").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(200).body(containsString("\"UP\""));
    }

    @Test
    void aMistypedChannelIsSentBackInFrenchBeforeAskingTheLiveService() {
        EditorClient admin = EditorClient.newAccount(accounts, Role.ADMIN);
        admin.page("/editeur/chaines/nouvelle").then().statusCode(200);
        admin.form().formParam("slug", "Pitchoun Sport").formParam("name", " ")
                .post("/editeur/chaines/nouvelle").then().statusCode(422)
                .body(containsString("La chaîne n&#39;a pas été créée"))
                .body(containsString("L&#39;identifiant ne peut contenir que des lettres minuscules"))
                .body(containsString("Indiquez le nom de la chaîne."))
                .body(containsString("value=\"Pitchoun Sport\""))
                .body(containsString("aria-describedby=\"slug-aide slug-erreur\""));
    }
}
