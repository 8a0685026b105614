package fr.pitchoun.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.chrome.ChromeDriver;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * « Télécharger mes données » and « Supprimer mes données » through every real part: mypitchoun@'s child listens to
 * a podcast episode on the site (a learning statement through the gateway's outbox, Kafka and store; a listening
 * position in podcast-service); the parent, in headless Chromium, downloads the zip from Mon compte → Mes données
 * and finds both, deletes the data (a wrong password first: nothing goes), and then no row of the family is left in
 * any table of any of our databases, and none of its sessions opens anything.
 */
@ExtendWith(TestPlatform.class)
class PrivacyTest {

    private static final String MYPITCHOUN = "mypitchoun@demo.pitchoun.fr";
    private static final long CUSTOMER = 1002;
    private static final String SHOW = "les-histoires-du-soir-de-pitchoun";
    private static final String EPISODE = "bonne-nuit-petit-ours";
    /** Every database of ours, by its account (user = password); auth may be a branch's copy (TestPlatform). */
    private static final Map<String, String> DATABASES = Map.of("auth",
            System.getenv().getOrDefault("PITCHOUN_E2E_AUTH_DATABASE", "auth"), "podcast", "podcast", "cms", "cms",
            "ingest", "ingest");
    private static final Set<String> FAMILY_COLUMNS = Set.of("customer_id", "kinow_customer_id");
    private static final Set<String> CHILD_COLUMNS = Set.of("profile_id", "child_profile_id");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aFamilyDownloadsWhatWasRecordedThenDeletesItAndNoRowIsLeft() throws Exception {
        String parent = signedIn();
        long zoe = JSON.readTree(send(parent, "POST", TestPlatform.AUTH_URL + "/api/profiles",
                "{\"name\":\"Zoé\",\"ageBand\":\"4-6\",\"avatar\":\"rabbit\"}", 201)).path("id").asLong();
        String watching = cookieIn(HTTP.send(HttpRequest.newBuilder(URI.create(TestPlatform.AUTH_URL
                        + "/api/sessions/current/profile")).header("Cookie", parent)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"profileId\":" + zoe + "}")).build(),
                HttpResponse.BodyHandlers.ofString()));

        // Zoé listens 12 s of a podcast episode: the player's reports, as /js/podcast.js sends them.
        String statementId = UUID.randomUUID().toString();
        await("the podcast is on the site and the report accepted").atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofSeconds(2)).until(() -> site(watching, "POST", "/apprentissage/lectures",
                        "{\"statementId\":\"" + statementId + "\",\"kind\":\"podcast\",\"first\":\"" + SHOW
                                + "\",\"second\":\"" + EPISODE + "\",\"playedSeconds\":12.0,\"completed\":false}")
                        .statusCode() == 204);
        assertEquals(204, site(watching, "POST", "/podcasts/ecoute", "{\"show\":\"" + SHOW + "\",\"episode\":\""
                + EPISODE + "\",\"positionSeconds\":12}").statusCode());
        await("the statement is stored").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> JSON.readTree(send(parent, "GET", TestPlatform.AUTH_URL + "/api/learning/profiles/"
                        + zoe + "/statements", null, 200)).size() == 1);

        // The parent, in a browser: Mon compte → Mes données → the archive, then the deletion with the password.
        ChromeDriver browser = HeadlessChromium.start(TestPlatform.get().workDir);
        try {
            browser.get(TestPlatform.SITE_URL + "/");
            browser.manage().addCookie(new Cookie("pitchoun_session", parent.substring(parent.indexOf('=') + 1)));
            browser.get(TestPlatform.SITE_URL + "/mon-compte");
            browser.findElement(By.id("mes-donnees")).click();
            String archive = (String) browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                    + "fetch(document.getElementById('telecharger-donnees').href).then(r => r.arrayBuffer())"
                    + ".then(b => { let s = ''; new Uint8Array(b).forEach(x => s += String.fromCharCode(x));"
                    + " done(btoa(s)); }).catch(e => done('' + e));");
            Map<String, String> zip = unzip(Base64.getDecoder().decode(archive));
            JsonNode statements = JSON.readTree(zip.get("releves-xapi.json")).get(0).path("items");
            assertEquals(statementId, statements.get(0).path("id").asText(), zip.get("releves-xapi.json"));
            assertEquals("PT12S", statements.get(0).path("result").path("duration").asText());
            JsonNode positions = JSON.readTree(zip.get("ecoutes-podcasts.json")).path("positions");
            assertEquals(EPISODE, positions.get(0).path("episodeSlug").asText(), zip.get("ecoutes-podcasts.json"));
            assertEquals(12, positions.get(0).path("positionSeconds").asInt());
            assertEquals(MYPITCHOUN, JSON.readTree(zip.get("compte.json")).path("email").asText());
            assertTrue(zip.get("index.html").contains("Zoé") && zip.get("index.html").contains("Bonne nuit"),
                    zip.get("index.html"));
            assertTrue(rowsOfTheFamily(List.of(zoe)).size() > 0, "the check below would see the family's rows");

            browser.findElement(By.id("confirmation")).click();
            browser.findElement(By.id("mot-de-passe")).sendKeys("pas-le-bon");
            browser.findElement(By.cssSelector("form[action='/mon-compte/donnees/suppression'] button")).click();
            assertTrue(browser.findElement(By.id("erreur-donnees")).getText().contains("Mot de passe incorrect"));
            assertEquals(1, JSON.readTree(send(parent, "GET", TestPlatform.AUTH_URL + "/api/profiles", null, 200))
                    .size(), "a wrong password deletes nothing");
            browser.findElement(By.id("confirmation")).click();
            browser.findElement(By.id("mot-de-passe")).sendKeys("pitchoun");
            browser.findElement(By.cssSelector("form[action='/mon-compte/donnees/suppression'] button")).click();
            await("the deletion's page").atMost(Duration.ofSeconds(15))
                    .until(() -> browser.getPageSource().contains("Ce qui reste chez Kinow"));
            assertEquals(null, browser.manage().getCookieNamed("pitchoun_session"), "this browser is signed out");
        } finally {
            browser.quit();
        }
        assertEquals(401, HTTP.send(HttpRequest.newBuilder(URI.create(TestPlatform.AUTH_URL + "/api/profiles"))
                .header("Cookie", parent).build(), HttpResponse.BodyHandlers.discarding()).statusCode(),
                "every session of the family is revoked");

        assertEquals(List.of(), rowsOfTheFamily(List.of(zoe)));
    }

    /** "database.table.column = n rows" for each column naming the family or its children, in every database. */
    private static List<String> rowsOfTheFamily(List<Long> children) throws SQLException {
        List<String> found = new ArrayList<>();
        for (Map.Entry<String, String> account : DATABASES.entrySet()) {
            String database = account.getValue();
            try (Connection connection = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:23306/" + database,
                    account.getKey(), account.getKey())) {
                Map<String, List<String>> columns = new HashMap<>();
                try (PreparedStatement query = connection.prepareStatement("SELECT table_name, column_name FROM "
                        + "information_schema.columns WHERE table_schema = DATABASE()");
                     ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        columns.computeIfAbsent(rows.getString(1), table -> new ArrayList<>())
                                .add(rows.getString(2).toLowerCase());
                    }
                }
                for (Map.Entry<String, List<String>> table : columns.entrySet()) {
                    for (String column : table.getValue()) {
                        String where = FAMILY_COLUMNS.contains(column) ? column + " = '" + CUSTOMER + "'"
                                : CHILD_COLUMNS.contains(column) || table.getKey().equals("child_profile")
                                && column.equals("id") ? column + " IN (" + join(children) + ")"
                                : table.getKey().equals("learning_outbox") && column.equals("record_key")
                                ? column + " IN ('" + join(children) + "')" : null;
                        long count = where == null ? 0 : count(connection, "SELECT COUNT(*) FROM " + table.getKey()
                                + " WHERE " + where);
                        if (count > 0) {
                            found.add(database + "." + table.getKey() + "." + column + " = " + count + " rows");
                        }
                    }
                }
            }
        }
        return found;
    }

    private static String join(List<Long> ids) {
        return String.join(",", ids.stream().map(String::valueOf).toList());
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql); ResultSet rows = query.executeQuery()) {
            return rows.next() ? rows.getLong(1) : 0;
        }
    }

    /** A player's post from the site's own pages: same origin, the session cookie. */
    private static HttpResponse<String> site(String cookie, String method, String path, String body)
            throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(TestPlatform.SITE_URL + path)).header("Cookie", cookie)
                .header("Origin", TestPlatform.SITE_URL).header("Sec-Fetch-Site", "same-origin")
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String send(String cookie, String method, String url, String body, int expected)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Cookie", cookie)
                .header("Content-Type", "application/json");
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> answer = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(expected, answer.statusCode(), url + ": " + answer.body());
        return answer.body();
    }

    private static String cookieIn(HttpResponse<String> answer) {
        assertEquals(200, answer.statusCode(), answer.body());
        return answer.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("pitchoun_session="))
                .findFirst().orElseThrow().split(";", 2)[0];
    }

    private static Map<String, String> unzip(byte[] bytes) throws IOException {
        Map<String, String> files = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                files.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    /** Through the site's form (again while a loaded machine makes the Kinow stand-in miss the 2.5 s). */
    private static String signedIn() {
        return await("mypitchoun@ signs in").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .ignoreExceptions().until(() -> SiteViewer.signedIn(MYPITCHOUN), cookie -> cookie != null);
    }
}
