package fr.pitchoun.frontend.parents;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.pitchoun.frontend.account.SiteSessions;
import fr.pitchoun.frontend.family.ChildProfile;
import fr.pitchoun.frontend.family.FamilyGateway;
import io.quarkus.cache.CacheKey;
import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Optional;

/**
 * The parents' space's reads from auth-gateway, kept per family (profiles) and per family and child (overview and
 * quizzes) for {@code pitchoun.parents.cache-ttl} (2 s: statements arrive every few seconds and the page must
 * show them within a few; the cache only spares the gateway the same read several times a second). A failure is never
 * kept: it throws {@link ParentsUnavailable} and the next view asks again.
 */
@ApplicationScoped
public class ParentsGateway {

    static final int DAYS = 28;
    private static final Logger LOG = Logger.getLogger(ParentsGateway.class);

    private final ParentsClient client;
    private final FamilyGateway family;
    private final ObjectMapper json;

    ParentsGateway(@RestClient ParentsClient client, FamilyGateway family, ObjectMapper json) {
        this.client = client;
        this.family = family;
        this.json = json;
    }

    /**
     * The gateway's answer for the family's profiles: 200 and the list, or its status and message. Not kept: a
     * profile the parent has just created must be on the next page.
     */
    public FamilyGateway.Answer<List<ChildProfile>> profiles(String token) {
        FamilyGateway.Answer<List<ChildProfile>> answer = family.profiles(token);
        if (answer.status() >= 500) {
            throw new ParentsUnavailable(answer.message());
        }
        return answer;
    }

    /** A child's overview and quiz results; empty when the gateway does not know the child for this family. */
    @CacheResult(cacheName = "parents-child")
    public Optional<ChildSpace> child(@CacheKey String customerId, @CacheKey long profileId, String token) {
        String cookie = SiteSessions.COOKIE + "=" + token;
        ChildActivity activity;
        try (Response answer = client.overview(cookie, profileId, DAYS)) {
            if (answer.getStatus() == 404 || answer.getStatus() == 403) {
                return Optional.empty();
            }
            if (answer.getStatus() != 200) {
                throw new ParentsUnavailable("overview answered " + answer.getStatus());
            }
            activity = json.convertValue(answer.readEntity(JsonNode.class), ChildActivity.class);
        } catch (ParentsUnavailable e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ParentsUnavailable(e.toString());
        }
        return Optional.of(new ChildSpace(activity, quizzes(cookie, profileId)));
    }

    /** The child's quiz results; none while the gateway has no quizzes (404); empty when unreadable now. */
    private Optional<List<QuizResult>> quizzes(String cookie, long profileId) {
        try (Response answer = client.quizzes(cookie, profileId)) {
            if (answer.getStatus() == 404) {
                return Optional.of(List.of());
            }
            if (answer.getStatus() != 200) {
                LOG.warnf("Quiz results unavailable from auth-gateway: %d", answer.getStatus());
                return Optional.empty();
            }
            return Optional.of(QuizResult.read(answer.readEntity(JsonNode.class)));
        } catch (RuntimeException e) {
            LOG.warnf("Quiz results unavailable from auth-gateway: %s", e.toString());
            return Optional.empty();
        }
    }

    /** What the page shows of one child; {@code quizzes} empty when they could not be read this time. */
    public record ChildSpace(ChildActivity activity, Optional<List<QuizResult>> quizzes) {
    }

    /** The gateway could not answer: the page says so, nothing is kept. */
    static final class ParentsUnavailable extends RuntimeException {
        ParentsUnavailable(String message) {
            super(message);
        }
    }
}
