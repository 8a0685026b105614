package fr.pitchoun.frontend.podcast;

import fr.pitchoun.frontend.account.Viewer;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Optional;

/**
 * "Continue listening", kept by podcast-service per signed-in account. Never cached (it changes as one listens), and
 * never in the way: when podcast-service cannot say, the page plays from the start and lists nothing.
 */
@ApplicationScoped
public class ContinueListening {

    private static final Logger LOG = Logger.getLogger(ContinueListening.class);

    private final ListeningClient listening;

    ContinueListening(@RestClient ListeningClient listening) {
        this.listening = listening;
    }

    public int resumeAt(Optional<Viewer> viewer, String show, String episode) {
        return viewer.map(who -> {
            try {
                return listening.resumeAt(who.customerId(), show, episode).positionSeconds();
            } catch (RuntimeException e) {
                LOG.debugf("Resume position unavailable: %s", e.toString());
                return 0;
            }
        }).orElse(0);
    }

    public List<ResumePoint> inProgress(Optional<Viewer> viewer) {
        return viewer.map(who -> {
            try {
                return listening.inProgress(who.customerId());
            } catch (RuntimeException e) {
                LOG.debugf("Episodes in progress unavailable: %s", e.toString());
                return List.<ResumePoint>of();
            }
        }).orElse(List.of());
    }

    /** False when podcast-service refused or could not record it (the next report will try again). */
    public boolean record(Viewer viewer, String show, String episode, int positionSeconds) {
        try {
            listening.record(viewer.customerId(), show, episode, new ListeningClient.Position(positionSeconds));
            return true;
        } catch (RuntimeException e) {
            LOG.debugf("Listening position not recorded: %s", e.toString());
            return false;
        }
    }
}
