package fr.pitchoun.cms.status;

import fr.pitchoun.cms.EditorClient;
import fr.pitchoun.cms.account.EditorAccounts;
import fr.pitchoun.cms.account.Role;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.containsString;

/** With the tests' settings (parts where nothing listens, no Alertmanager) the page still answers and says so. */
@QuarkusTest
class StatusPageDefaultsTest {

    @Inject
    EditorAccounts accounts;

    @Test
    void partsAwayAreUnreachableAndAlertsNotConfigured() {
        EditorClient.newAccount(accounts, Role.ADMIN).page("/editeur/etat").then().statusCode(200)
                .body(containsString("<th scope=\"row\">podcast-service</th>\n      <td class=\"etat-ko\">Injoignable"))
                .body(containsString("Un transcode-worker au moins est injoignable"))
                .body(containsString("Non configurée : aucune adresse d&#39;Alertmanager"));
    }
}
