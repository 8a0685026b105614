package fr.pitchoun.cms.account;

import fr.pitchoun.cms.EditorClient;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

/** Editors' accounts: sign-in, lock-out, sessions that end, CSRF, and what only admins may do. Real MariaDB. */
@QuarkusTest
class EditorSignInTest {

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Inject
    EditorAccounts accounts;

    @Inject
    AgroalDataSource database;

    @Test
    void pagesAskAnUnknownVisitorToSignInAndBringThemBack() {
        EditorClient visitor = EditorClient.anonymous("nobody@pitchoun.test");
        visitor.request().get("/editeur/programmes/nouveau")
                .then().statusCode(303)
                .header("Location", endsWith("/editeur/connexion?retour=%2Fediteur%2Fprogrammes%2Fnouveau"));

        String password = "une phrase de passe assez longue";
        EditorClient editor = EditorClient.anonymous(EditorClient.createAccount(accounts, Role.EDITOR, password));
        editor.form().formParam("email", editor.email.toUpperCase()).formParam("password", password)
                .formParam("retour", "/editeur/programmes/nouveau")
                .post("/editeur/connexion")
                .then().statusCode(303)
                .header("Location", endsWith("/editeur/programmes/nouveau"))
                .cookie(EditorClient.SESSION_COOKIE, io.restassured.matcher.RestAssuredMatchers.detailedCookie()
                        .httpOnly(true).path("/editeur").sameSite("Lax"));
    }

    @Test
    void aReturnAddressOutsideTheEditorsPagesIsIgnored() {
        String password = "une phrase de passe assez longue";
        EditorClient editor = EditorClient.anonymous(EditorClient.createAccount(accounts, Role.EDITOR, password));
        editor.form().formParam("email", editor.email).formParam("password", password)
                .formParam("retour", "//evil.example/editeur")
                .post("/editeur/connexion")
                .then().statusCode(303)
                .header("Location", endsWith("/editeur"));
    }

    @Test
    void fiveWrongPasswordsLockTheAccountUntilAnAdminUnlocksIt() {
        String password = "le bon mot de passe " + run;
        String email = EditorClient.createAccount(accounts, Role.EDITOR, password);
        EditorClient browser = EditorClient.anonymous(email);
        for (int attempt = 1; attempt <= 4; attempt++) {
            browser.signIn("mauvais " + attempt).then().statusCode(422)
                    .body(containsString("Adresse e-mail ou mot de passe incorrect."))
                    .body(containsString("value=\"" + email + "\""));
        }
        browser.signIn("mauvais 5").then().statusCode(422)
                .body(containsString("Ce compte est verrouillé après plusieurs mots de passe erronés. Réessayez dans 15 minute(s)"));
        // Locked means locked: even the right password is refused now.
        browser.signIn(password).then().statusCode(422).body(containsString("Ce compte est verrouillé"));

        EditorClient admin = EditorClient.newAccount(accounts, Role.ADMIN);
        admin.page("/editeur/comptes").then().statusCode(200).body(containsString("Verrouillé jusqu"));
        long id = accounts.all().stream().filter(a -> a.email.equals(email)).findFirst().orElseThrow().id;
        admin.form().post("/editeur/comptes/{id}/deverrouiller", id)
                .then().statusCode(303);
        admin.page("/editeur/comptes?fait=deverrouille&compte=" + id)
                .then().body(containsString("Le compte de Test " + email + " (" + email + ") est déverrouillé."));

        browser.signIn(password).then().statusCode(303);
        browser.page("/editeur").then().statusCode(200);
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefusedAndChangesNothing() {
        EditorClient editor = EditorClient.newAccount(accounts, Role.EDITOR);
        String slug = "sans-jeton-" + run;

        editor.request().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("title", "Sans jeton " + run).formParam("slug", slug)
                .formParam("ageMin", "4").formParam("ageMax", "8").formParam("status", "PUBLISHED")
                .post("/editeur/programmes/nouveau")
                .then().statusCode(400);
        editor.request().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam(EditorClient.CSRF_FIELD, "jeton-forge")
                .formParam("title", "Jeton forgé " + run).formParam("slug", slug)
                .formParam("ageMin", "4").formParam("ageMax", "8").formParam("status", "PUBLISHED")
                .post("/editeur/programmes/nouveau")
                .then().statusCode(400);

        editor.page("/editeur").then().statusCode(200).body(not(containsString("<code>" + slug + "</code>")));
    }

    @Test
    void anEditorCannotManageEditorsButAnAdminCan() {
        EditorClient editor = EditorClient.newAccount(accounts, Role.EDITOR);
        editor.page("/editeur").then().body(not(containsString("href=\"/editeur/comptes\"")));
        editor.page("/editeur/comptes").then().statusCode(403)
                .body(containsString("Accès réservé aux administrateurs"));
        String intruder = "intrus-" + run + "@pitchoun.test";
        newAccountForm(editor, intruder, "ADMIN").post("/editeur/comptes/nouveau").then().statusCode(403);

        EditorClient admin = EditorClient.newAccount(accounts, Role.ADMIN);
        admin.page("/editeur/comptes").then().statusCode(200).body(not(containsString(intruder)));
        admin.page("/editeur/comptes/nouveau").then().statusCode(200);
        String newcomer = "nouvelle-" + run + "@pitchoun.test";
        newAccountForm(admin, newcomer, "EDITOR").post("/editeur/comptes/nouveau")
                .then().statusCode(303).header("Location", containsString("fait=cree"));

        EditorClient newcomerBrowser = EditorClient.anonymous(newcomer);
        newcomerBrowser.signIn("une longue phrase de passe").then().statusCode(303);
    }

    @Test
    void anAccountFormWithMistakesIsShownAgainWithTheMessages() {
        EditorClient admin = EditorClient.newAccount(accounts, Role.ADMIN);
        admin.page("/editeur/comptes/nouveau");
        admin.form().formParam("email", "pas-une-adresse").formParam("displayName", "")
                .formParam("role", "EDITOR").formParam("password", "court").formParam("passwordConfirmation", "court")
                .post("/editeur/comptes/nouveau")
                .then().statusCode(422)
                .body(containsString("<title>Erreur : Nouveau compte"))
                .body(containsString("Le compte n&#39;a pas été créé : corrigez les 3 champs indiqués."))
                .body(containsString("<p class=\"message-erreur\" id=\"email-erreur\">L&#39;adresse e-mail n&#39;est pas valide"))
                .body(containsString("Indiquez le nom affiché."))
                .body(containsString("Le mot de passe doit compter entre 12 et 128 caractères."))
                .body(containsString("value=\"pas-une-adresse\""))
                .body(not(containsString("value=\"court\"")));
    }

    @Test
    void signingOutEndsTheSession() {
        EditorClient editor = EditorClient.newAccount(accounts, Role.EDITOR);
        String token = editor.sessionToken();
        editor.page("/editeur").then().statusCode(200);

        editor.form().post("/editeur/deconnexion").then().statusCode(303)
                .header("Location", endsWith("/editeur/connexion?sortie=1"));

        io.restassured.RestAssured.given().redirects().follow(false).cookie(EditorClient.SESSION_COOKIE, token)
                .get("/editeur").then().statusCode(303);
    }

    @Test
    void aSessionUnusedForHalfAnHourHasEnded() throws SQLException {
        EditorClient editor = EditorClient.newAccount(accounts, Role.EDITOR);
        editor.page("/editeur").then().statusCode(200);

        try (Connection connection = database.getConnection();
             PreparedStatement idle = connection.prepareStatement(
                     "UPDATE editor_session SET last_seen_at = last_seen_at - INTERVAL 31 MINUTE WHERE token_hash = SHA2(?, 256)")) {
            idle.setString(1, editor.sessionToken());
            idle.executeUpdate();
        }

        editor.page("/editeur").then().statusCode(303).header("Location", containsString("/editeur/connexion"));
        editor.form().formParam("title", "Trop tard " + run).formParam("ageMin", "4").formParam("ageMax", "8")
                .post("/editeur/programmes/nouveau")
                .then().statusCode(303).header("Location", endsWith("/editeur/connexion?expiree=1"));
    }

    private static io.restassured.specification.RequestSpecification newAccountForm(EditorClient client, String email,
                                                                                   String role) {
        return client.form().formParam("email", email).formParam("displayName", "Nouvelle " + email)
                .formParam("role", role).formParam("password", "une longue phrase de passe")
                .formParam("passwordConfirmation", "une longue phrase de passe");
    }
}
