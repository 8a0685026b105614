package fr.pitchoun.ingest.testsupport;

import fr.pitchoun.ingest.channel.Channel;
import fr.pitchoun.ingest.publication.Publication;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/**
 * Channels a test creates through the admin API and removes afterwards: the database is shared with the other suites,
 * which expect the two seeded channels only.
 */
public final class TestChannels implements AutoCloseable {

    /** A created channel and the key the API showed for it. */
    public record Created(String slug, String streamKey) {
    }

    private final List<String> slugs = new ArrayList<>();

    public Created create(String name) {
        String slug = "test-" + UUID.randomUUID().toString().substring(0, 8);
        String key = given().auth().oauth2(AdminTokens.admin()).contentType(ContentType.JSON)
                .body("{\"slug\":\"" + slug + "\",\"name\":\"" + name + "\"}")
                .post("/api/admin/channels")
                .then().statusCode(201)
                .extract().path("streamKey");
        slugs.add(slug);
        return new Created(slug, key);
    }

    /** Takes note of a channel created otherwise, to remove it too. */
    public void track(String slug) {
        slugs.add(slug);
    }

    @Override
    public void close() {
        QuarkusTransaction.requiringNew().run(() -> slugs.forEach(slug -> Channel.bySlug(slug).ifPresent(channel -> {
            Publication.delete("channel", channel);
            channel.delete();
        })));
    }
}
