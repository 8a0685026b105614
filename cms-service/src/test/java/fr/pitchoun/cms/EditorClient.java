package fr.pitchoun.cms;

import fr.pitchoun.cms.account.AccountForm;
import fr.pitchoun.cms.account.EditorAccounts;
import fr.pitchoun.cms.account.Role;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An editor's browser for the tests: signs in through the real page and sends forms with the CSRF token. */
public final class EditorClient {

    public static final String CSRF_FIELD = "csrf-token";
    public static final String SESSION_COOKIE = "pitchoun_cms_session";
    private static final Pattern CSRF_INPUT = Pattern.compile("name=\"" + CSRF_FIELD + "\" value=\"([^\"]+)\"");

    private final Map<String, String> cookies = new HashMap<>();
    private String csrfToken;
    public final String email;

    private EditorClient(String email) {
        this.email = email;
    }

    /** A new account of that role (the shared test database keeps rows: every account is new), signed in. */
    public static EditorClient newAccount(EditorAccounts accounts, Role role) {
        String password = "mot de passe de test " + UUID.randomUUID();
        String email = createAccount(accounts, role, password);
        EditorClient client = anonymous(email);
        Response signIn = client.signIn(password);
        assertEquals(303, signIn.statusCode(), "the new account signs in");
        return client;
    }

    public static String createAccount(EditorAccounts accounts, Role role, String password) {
        AccountForm form = new AccountForm();
        form.email = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8) + "@pitchoun.test";
        form.displayName = "Test " + form.email;
        form.role = role.name();
        form.password = password;
        form.passwordConfirmation = password;
        assertTrue(accounts.create(form).succeeded(), "test account created");
        return form.email;
    }

    /** A browser that has only opened the sign-in page (and so holds a CSRF cookie and token). */
    public static EditorClient anonymous(String email) {
        EditorClient client = new EditorClient(email);
        client.page("/editeur/connexion");
        return client;
    }

    public Response signIn(String password) {
        Response response = form().formParam("email", email).formParam("password", password)
                .post("/editeur/connexion");
        remember(response);
        return response;
    }

    /** Opens a page as this browser, keeping the cookies it is given and the page's CSRF token. */
    public Response page(String path) {
        Response response = request().get(path);
        remember(response);
        Matcher token = CSRF_INPUT.matcher(response.asString());
        if (token.find()) {
            csrfToken = token.group(1);
        }
        return response;
    }

    /** A request with this browser's cookies; redirects are not followed, so tests see them. */
    public RequestSpecification request() {
        return given().redirects().follow(false).cookies(cookies);
    }

    /** A form submission carrying the CSRF token, as the pages' forms do. */
    public RequestSpecification form() {
        return request().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam(CSRF_FIELD, csrfToken);
    }

    public String csrfToken() {
        return csrfToken;
    }

    public String sessionToken() {
        return cookies.get(SESSION_COOKIE);
    }

    private void remember(Response response) {
        response.getDetailedCookies().asList().forEach(cookie -> {
            if (cookie.getMaxAge() == 0) {
                cookies.remove(cookie.getName());
            } else {
                cookies.put(cookie.getName(), cookie.getValue());
            }
        });
    }
}
