package fr.pitchoun.frontend.account;

import fr.pitchoun.frontend.TestSessionKeys;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/**
 * "Créer un compte", "Mot de passe oublié" and the reset link's page with auth-gateway unreachable (%test): the forms,
 * the site's own check of the confirmation and the outage in French. Registering and asking for a reset through the
 * real gateway are walked in e2e-tests (ViewerAccessTest).
 */
@QuarkusTest
@QuarkusTestResource(TestSessionKeys.class)
class RegistrationAndPasswordPagesTest {

    @Test
    void signInPageLeadsToRegistrationAndForgottenPassword() {
        given().get("/connexion").then().statusCode(200).body(allOf(
                containsString("<a href=\"/inscription\">Créer un compte</a>"),
                containsString("<a href=\"/mot-de-passe/oublie\">Mot de passe oublié ?</a>")));
    }

    @Test
    void registrationFormIsLabelled() {
        given().get("/inscription").then().statusCode(200).body(allOf(
                containsString("<html lang=\"fr\">"),
                containsString("<label for=\"prenom\">Prénom</label>"),
                containsString("<label for=\"nom\">Nom</label>"),
                containsString("<label for=\"email\">Adresse e-mail</label>"),
                containsString("<label for=\"motDePasse\">Mot de passe (8 caractères au moins)</label>"),
                containsString("<label for=\"confirmation\">Confirmez le mot de passe</label>"),
                containsString("autocomplete=\"new-password\""),
                not(containsString("aria-invalid")),
                not(containsString("role=\"alert\""))));
    }

    @Test
    void differentConfirmationIsRefusedByTheSiteWithTheTypedValuesKept() {
        given().redirects().follow(false)
                .formParam("prenom", "Inès").formParam("nom", "Moreau").formParam("email", "ines@example.org")
                .formParam("motDePasse", "pitchoun-2026").formParam("confirmation", "pitchoun-2025")
                .post("/inscription")
                .then().statusCode(422).body(allOf(
                        containsString("role=\"alert\" id=\"erreur-inscription\""),
                        containsString("<span class=\"erreur-champ\" id=\"erreur-confirmation\">"
                                + "Les deux mots de passe ne sont pas identiques"),
                        containsString("aria-invalid=\"true\" aria-describedby=\"erreur-confirmation\""),
                        containsString("value=\"Inès\""), containsString("value=\"Moreau\""),
                        containsString("value=\"ines@example.org\""),
                        not(containsString("pitchoun-2026")), not(containsString("pitchoun-2025"))));
    }

    @Test
    void unreachableGatewayAtRegistrationIsSaidInFrench() {
        given().redirects().follow(false)
                .formParam("prenom", "Inès").formParam("nom", "Moreau").formParam("email", "ines@example.org")
                .formParam("motDePasse", "pitchoun-2026").formParam("confirmation", "pitchoun-2026")
                .post("/inscription")
                .then().statusCode(503).body(allOf(
                        containsString("Le service de connexion est momentanément indisponible."),
                        containsString("aria-describedby=\"erreur-inscription\""),
                        containsString("value=\"ines@example.org\"")));
    }

    @Test
    void forgottenPasswordFormAsksForTheEmailAndSaysWhenTheGatewayIsUnreachable() {
        given().get("/mot-de-passe/oublie").then().statusCode(200).body(allOf(
                containsString("<label for=\"email\">Adresse e-mail</label>"),
                containsString("action=\"/mot-de-passe/oublie\"")));
        given().formParam("email", " ").post("/mot-de-passe/oublie")
                .then().statusCode(400).body(allOf(containsString("Indiquez votre adresse e-mail."),
                        containsString("aria-describedby=\"erreur-oubli\"")));
        given().formParam("email", "ines@example.org").post("/mot-de-passe/oublie")
                .then().statusCode(503).body(allOf(
                        containsString("role=\"alert\" id=\"erreur-oubli\""),
                        containsString("Le service de connexion est momentanément indisponible."),
                        containsString("value=\"ines@example.org\"")));
    }

    @Test
    void resetLinkPageCarriesItsTokenAndChecksTheConfirmation() {
        given().get("/mot-de-passe/nouveau?jeton=abc-123").then().statusCode(200).body(allOf(
                containsString("<input type=\"hidden\" name=\"jeton\" value=\"abc-123\">"),
                containsString("<label for=\"motDePasse\">Nouveau mot de passe (8 caractères au moins)</label>"),
                containsString("<label for=\"confirmation\">Confirmez le mot de passe</label>")));
        given().formParam("jeton", "abc-123").formParam("motDePasse", "pitchoun-2026")
                .formParam("confirmation", "autre-chose").post("/mot-de-passe/nouveau")
                .then().statusCode(422).body(allOf(
                        containsString("Les deux mots de passe ne sont pas identiques"),
                        containsString("aria-invalid=\"true\" aria-describedby=\"erreur-nouveau\""),
                        containsString("name=\"jeton\" value=\"abc-123\"")));
        given().formParam("jeton", "abc-123").formParam("motDePasse", "pitchoun-2026")
                .formParam("confirmation", "pitchoun-2026").post("/mot-de-passe/nouveau")
                .then().statusCode(503).body(containsString("Le service de connexion est momentanément indisponible."));
    }

    @Test
    void resetPageWithoutTokenSendsTheViewerToAskAgain() {
        given().get("/mot-de-passe/nouveau").then().statusCode(400).body(allOf(
                containsString("Ce lien n&#39;est plus valide"),
                containsString("<a href=\"/mot-de-passe/oublie\">Demander un nouvel e-mail</a>"),
                not(containsString("name=\"motDePasse\""))));
    }
}
