package fr.pitchoun.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No secret in any log of the platform, at the levels we ship: the control room publishes with a known stream key
 * (and a stranger tries an unknown one), a viewer signs in with a known wrong password then rightly, plays the live
 * channel from its signed address; then every log file of the services and of the parts we configure (NGINX,
 * Kafka, MariaDB, the stand-ins) is read for each of those values, and for the secrets of the configuration.
 */
@ExtendWith(TestPlatform.class)
class SecretsInLogsTest {

    private static final Pattern MANIFEST = Pattern.compile("data-manifest=\"([^\"]+)\"");

    @Test
    void noKeyPasswordTokenCookieOrSignedAddressIsWrittenToAnyLog() throws Exception {
        TestPlatform platform = TestPlatform.get();
        Map<String, String> secrets = new LinkedHashMap<>();
        secrets.put("the demo channel's stream key", TestPlatform.DEMO_KEY);
        secrets.put("pitchoun-junior's stream key", "demo-pitchoun-junior-key");
        String unknownKey = "cle-inconnue-" + UUID.randomUUID();
        secrets.put("an unknown stream key", unknownKey);
        String wrongPassword = "Mauvais-mot-de-passe-" + UUID.randomUUID();
        secrets.put("a wrong password", wrongPassword);
        secrets.put("the HLS signing secret", "pitchoun-dev-hls-secret");
        secrets.put("NGINX's callback secret", "pitchoun-dev-rtmp-callback-secret");

        Process junior = LiveHls.publishTestPattern("demo-pitchoun-junior-key", 8);
        Process stranger = LiveHls.publishTestPattern(unknownKey, 3);
        HttpResponse<String> refused = SiteViewer.HTTP.send(HttpRequest.newBuilder(
                        URI.create(TestPlatform.SITE_URL + "/connexion"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("email=" + URLEncoder.encode("mypitchoun-plus@demo.pitchoun.fr",
                        StandardCharsets.UTF_8) + "&motDePasse=" + wrongPassword)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(refused.statusCode() >= 400, "a wrong password is refused: " + refused.statusCode());

        SiteViewer viewer = SiteViewer.signIn("mypitchoun-plus@demo.pitchoun.fr");
        secrets.put("the session cookie", viewer.cookie().substring(viewer.cookie().indexOf('=') + 1));
        String page = viewer.get("/direct/" + TestPlatform.DEMO_CHANNEL).body();
        Matcher manifest = MANIFEST.matcher(page);
        assertTrue(manifest.find(), "the live page gives its signed address");
        String signed = manifest.group(1).replace("&amp;", "&");
        String token = signed.replaceAll(".*/hls/([^/]+)/.*", "$1");
        secrets.put("the signed address's token", token);
        HttpResponse<String> playlist = SiteViewer.HTTP.send(HttpRequest.newBuilder(URI.create(signed)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, playlist.statusCode(), "the signed address plays: " + signed);

        junior.waitFor();
        stranger.waitFor();
        Thread.sleep(2000); // NGINX's and the services' last lines

        List<Path> logs = logFiles(platform.workDir.resolve("logs"), platform.workDir.getParent().resolve("logs"));
        assertTrue(logs.size() >= 8, "the services' and the infrastructure's logs are read: " + logs);
        List<String> found = new ArrayList<>();
        for (Path log : logs) {
            String text = new String(Files.readAllBytes(log), StandardCharsets.ISO_8859_1);
            secrets.forEach((what, value) -> {
                if (text.contains(value)) {
                    found.add(what + " in " + log);
                }
            });
        }
        assertTrue(found.isEmpty(), "secrets written to logs:\n" + String.join("\n", found));
    }

    private static List<Path> logFiles(Path... dirs) {
        List<Path> files = new ArrayList<>();
        for (Path dir : dirs) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.filter(Files::isRegularFile).forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }
}
