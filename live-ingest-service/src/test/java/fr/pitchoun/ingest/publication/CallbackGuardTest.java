package fr.pitchoun.ingest.publication;

import fr.pitchoun.ingest.testsupport.NginxCallbacks;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Whoever reaches the service without NGINX's secret can neither open, keep nor close a channel's publication, and
 * the refusal is logged without the stream key it carried.
 */
@QuarkusTest
class CallbackGuardTest {

    private static final String KEY = "demo-pitchoun-tv-key";
    private final List<String> logged = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record.getLoggerName() + " " + record.getMessage()
                    + (record.getParameters() == null ? "" : " " + List.of(record.getParameters())));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        Logger.getLogger("").addHandler(capture);
    }

    @AfterEach
    void stop() {
        Logger.getLogger("").removeHandler(capture);
    }

    @Test
    void aCallbackWithoutTheSecretOrWithAnotherIsRefusedAndNothingChanges() {
        String client = NginxCallbacks.newClient();
        double before = refusedCount();
        for (String path : List.of("/rtmp/publish", "/rtmp/update", "/rtmp/publish-done")) {
            form(given(), client).post(path).then().statusCode(403);
            form(given().queryParam("secret", "guessed-" + NginxCallbacks.SECRET), client).post(path)
                    .then().statusCode(403);
        }
        assertEquals(before + 6, refusedCount(), 0.001, "each refusal is counted");
        // Nothing was opened: NGINX's own publish with the same key is accepted (not "already live").
        NginxCallbacks.publish(KEY, client).statusCode(302);
        NginxCallbacks.publishDone(KEY, client);

        assertTrue(logged.stream().anyMatch(line -> line.contains("Refused an RTMP callback")), String.join("\n", logged));
        assertFalse(logged.stream().anyMatch(line -> line.contains(KEY)), "no stream key in the log: " + logged);
        assertFalse(logged.stream().anyMatch(line -> line.contains("guessed-")), "nor the secret tried: " + logged);
    }

    private static RequestSpecification form(RequestSpecification request, String client) {
        return request.redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("app", "live").formParam("addr", "203.0.113.9").formParam("clientid", client)
                .formParam("call", "publish").formParam("name", KEY).formParam("type", "live");
    }

    private static double refusedCount() {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(line -> line.startsWith("pitchoun_ingest_rtmp_callbacks_refused_total"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst().orElse(0);
    }
}
