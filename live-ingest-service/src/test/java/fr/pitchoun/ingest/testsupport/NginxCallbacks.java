package fr.pitchoun.ingest.testsupport;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import java.util.UUID;

import static io.restassured.RestAssured.given;

/** NGINX-RTMP 1.2.2's callback forms, field for field as captured from a real NGINX (see the README). */
public final class NginxCallbacks {

    /** The local default of PITCHOUN_RTMP_CALLBACK_SECRET, which NGINX sends with each callback. */
    public static final String SECRET = "pitchoun-dev-rtmp-callback-secret";

    private NginxCallbacks() {
    }

    public static ValidatableResponse publish(String key, String client) {
        return given().redirects().follow(false).contentType(ContentType.URLENC).queryParam("secret", SECRET)
                .formParam("app", "live").formParam("flashver", "FMLE/3.0 (compatible; Lavf59.27")
                .formParam("swfurl", "").formParam("tcurl", "rtmp://127.0.0.1:21935/live").formParam("pageurl", "")
                .formParam("addr", "127.0.0.1").formParam("clientid", client).formParam("call", "publish")
                .formParam("name", key).formParam("type", "live")
                .post("/rtmp/publish").then();
    }

    /** on_update: {@code call} is update_publish for the control room (name = its key), update_play for a player. */
    public static ValidatableResponse update(String call, String name, String client) {
        return given().contentType(ContentType.URLENC).queryParam("secret", SECRET)
                .formParam("app", "live").formParam("flashver", "FMLE/3.0 (compatible; Lavf59.27")
                .formParam("swfurl", "").formParam("tcurl", "rtmp://127.0.0.1:21935/live").formParam("pageurl", "")
                .formParam("addr", "127.0.0.1").formParam("clientid", client).formParam("call", call)
                .formParam("time", "10").formParam("timestamp", "9823").formParam("name", name)
                .post("/rtmp/update").then();
    }

    public static void publishDone(String key, String client) {
        given().contentType(ContentType.URLENC).queryParam("secret", SECRET)
                .formParam("app", "live").formParam("addr", "127.0.0.1").formParam("clientid", client)
                .formParam("call", "publish_done").formParam("name", key)
                .post("/rtmp/publish-done").then().statusCode(204);
    }

    /** NGINX numbers its connections; a random one cannot collide with a real NGINX's on the shared database. */
    public static String newClient() {
        return "test-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
