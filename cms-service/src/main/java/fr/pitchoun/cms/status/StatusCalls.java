package fr.pitchoun.cms.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * GETs of JSON from the platform's parts, sent at once and each bounded by the page's timeout. The JDK's client
 * rather than a MicroProfile REST client: the addresses are a configured list (any number of workers), read-only
 * status calls that must neither retry nor trip a circuit, only give up in time.
 */
@ApplicationScoped
class StatusCalls {

    /** What a part answered: its status and its JSON body ({@code null} when the body is not JSON). */
    record Answer(int status, JsonNode body) {
    }

    private final HttpClient http;
    private final ObjectMapper json;
    private final Duration timeout;

    StatusCalls(ObjectMapper json, StatusSettings settings) {
        this.json = json;
        this.timeout = settings.timeout();
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Completes with the answer, or exceptionally when the part is away, too slow or the address is wrong. */
    CompletableFuture<Answer> get(String address) {
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(address)).timeout(timeout)
                    .header("Accept", "application/json").GET().build();
        } catch (IllegalArgumentException badAddress) {
            return CompletableFuture.failedFuture(badAddress);
        }
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .thenApply(response -> new Answer(response.statusCode(), parse(response.body())))
                // The request's timeout covers the headers; this bounds a body that trickles in too.
                .orTimeout(timeout.toMillis() * 2, TimeUnit.MILLISECONDS);
    }

    private JsonNode parse(String body) {
        try {
            return json.readTree(body);
        } catch (IOException notJson) {
            return null;
        }
    }
}
