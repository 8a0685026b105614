package fr.pitchoun.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A demo viewer signed in on the site (through the real gateway and the Kinow stand-in), as a browser would be. */
record SiteViewer(String cookie) {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /**
     * Signs in through /connexion and keeps the "name=value" of the session cookie it sets. Kept by hand: Java's
     * CookieManager, unlike a browser on localhost, never sends a Secure cookie over plain HTTP.
     */
    static SiteViewer signIn(String email) throws IOException, InterruptedException {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(TestPlatform.SITE_URL + "/connexion"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("email=" + URLEncoder.encode(email, StandardCharsets.UTF_8)
                        + "&motDePasse=pitchoun")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(303, answer.statusCode(), email + " signs in: " + answer.body());
        String setCookie = answer.headers().firstValue("Set-Cookie").orElse("");
        assertTrue(setCookie.startsWith("pitchoun_session="), setCookie);
        return new SiteViewer(setCookie.split(";", 2)[0]);
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(TestPlatform.SITE_URL + path)).header("Cookie", cookie)
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A form of the site's own pages, posted as the browser does (its Origin is the site). */
    HttpResponse<String> postFromTheSite(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(TestPlatform.SITE_URL + path)).header("Cookie", cookie)
                .header("Origin", TestPlatform.SITE_URL).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }
}
