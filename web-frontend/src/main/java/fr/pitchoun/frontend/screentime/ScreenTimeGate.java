package fr.pitchoun.frontend.screentime;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.pitchoun.frontend.account.SiteSessions;
import fr.pitchoun.frontend.account.Viewer;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.util.Optional;

/**
 * Asks auth-gateway, where the screen-time rule lives, whether the session's child may play now. Every place of the
 * site that issues playback (live page and its address refresh, podcast players and their reports, the episode page)
 * asks here. A session where no child watches is never limited and costs no call. The answer is reused per session
 * token {@code screen-time.cache-ttl} (5 s). When the gateway cannot answer, playback goes on (logged): the live and
 * podcast pages do not otherwise depend on it, and replay is refused by the gateway itself.
 */
@ApplicationScoped
public class ScreenTimeGate {

    private static final Logger LOG = Logger.getLogger(ScreenTimeGate.class);

    private final ScreenTimeClient gateway;
    private final Cache answers;
    private final ObjectMapper json;

    ScreenTimeGate(@RestClient ScreenTimeClient gateway, @CacheName("screen-time") Cache answers, ObjectMapper json) {
        this.gateway = gateway;
        this.answers = answers;
        this.json = json;
    }

    /** Throws {@link ScreenTimeOver} when the child watching under {@code token} may not play now. */
    public void require(Optional<Viewer> viewer, String token) {
        Pause pause = of(viewer, token);
        if (!pause.allowed()) {
            throw new ScreenTimeOver(pause);
        }
    }

    /** The answer for whoever watches under {@code token}; {@link Pause#ALLOWED} for a parent or a visitor. */
    public Pause of(Optional<Viewer> viewer, String token) {
        if (viewer.isEmpty() || viewer.get().childWatching().isEmpty() || token == null) {
            return Pause.ALLOWED;
        }
        return answers.get(token, this::ask).await().indefinitely();
    }

    /** After an unlock: this session's next question goes to the gateway. */
    public void forget(String token) {
        answers.invalidate(token).await().indefinitely();
    }

    /** The gateway's answer to a locked playback (its 423 body, the same view). */
    public Pause read(String body) {
        try {
            return json.readValue(body, Pause.class);
        } catch (Exception e) {
            return new Pause(false, null, null, null, null);
        }
    }

    private Pause ask(String token) {
        try (Response answer = gateway.current(SiteSessions.COOKIE + "=" + token)) {
            if (answer.getStatus() == 200) {
                return answer.readEntity(Pause.class);
            }
            LOG.warnf("Screen time answered %d: playback is not limited for now", answer.getStatus());
        } catch (RuntimeException e) {
            LOG.warnf("Screen time unavailable (%s): playback is not limited for now", e.toString());
        }
        return Pause.ALLOWED;
    }
}
