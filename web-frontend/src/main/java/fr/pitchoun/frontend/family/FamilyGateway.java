package fr.pitchoun.frontend.family;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.pitchoun.frontend.account.SiteSessions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The family pages' calls to auth-gateway, answers read into what the pages need (gateway away: a 503 answer). */
@ApplicationScoped
public class FamilyGateway {

    static final String UNREACHABLE = "Les profils sont momentanément indisponibles. Réessayez dans quelques minutes.";
    private static final Logger LOG = Logger.getLogger(FamilyGateway.class);

    private final FamilyClient client;
    private final ObjectMapper json;

    FamilyGateway(@RestClient FamilyClient client, ObjectMapper json) {
        this.client = client;
        this.json = json;
    }

    /** The family's children, oldest first; {@code status} 200, or the gateway's refusal (401, 503…). */
    public Answer<List<ChildProfile>> profiles(String token) {
        return call(c -> c.profiles(cookie(token)), body -> json.convertValue(body,
                new TypeReference<List<ChildProfile>>() { }));
    }

    Answer<JsonNode> create(String token, Map<String, String> profile) {
        return call(c -> c.create(cookie(token), profile), body -> body);
    }

    Answer<JsonNode> rename(String token, long id, String name) {
        return call(c -> c.rename(cookie(token), id, Map.of("name", name == null ? "" : name)), body -> body);
    }

    Answer<JsonNode> delete(String token, long id) {
        return call(c -> c.delete(cookie(token), id), body -> body);
    }

    /** {@code profileId} null: the parent. */
    Answer<JsonNode> choose(String token, Long profileId) {
        Map<String, Long> choice = new LinkedHashMap<>();
        choice.put("profileId", profileId);
        return call(c -> c.choose(cookie(token), choice), body -> body);
    }

    private <T> Answer<T> call(Function<FamilyClient, Response> request, Function<JsonNode, T> read) {
        try (Response answer = request.apply(client)) {
            List<String> cookies = SiteSessions.setCookies(answer);
            JsonNode body = answer.hasEntity() ? answer.readEntity(JsonNode.class) : json.nullNode();
            if (answer.getStatus() >= 300) {
                return new Answer<>(answer.getStatus(), null, message(body), fields(body), cookies);
            }
            return new Answer<>(answer.getStatus(), read.apply(body), null, Map.of(), cookies);
        } catch (RuntimeException e) {
            LOG.warnf("Family profiles unavailable from auth-gateway: %s", e.toString());
            return new Answer<>(503, null, UNREACHABLE, Map.of(), List.of());
        }
    }

    private static String cookie(String token) {
        return SiteSessions.COOKIE + "=" + token;
    }

    private static String message(JsonNode body) {
        String message = body.path("message").textValue();
        return message == null ? UNREACHABLE : message;
    }

    private static Map<String, String> fields(JsonNode body) {
        Map<String, String> fields = new LinkedHashMap<>();
        body.path("fields").fields().forEachRemaining(field -> fields.put(field.getKey(), field.getValue().asText()));
        return fields;
    }

    /** The gateway's status, what it gave, or its French message and per-field messages; its Set-Cookie headers. */
    public record Answer<T>(int status, T value, String message, Map<String, String> fields, List<String> setCookies) {

        public boolean ok() {
            return status < 300;
        }
    }
}
