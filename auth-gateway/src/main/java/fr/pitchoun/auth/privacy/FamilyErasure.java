package fr.pitchoun.auth.privacy;

import fr.pitchoun.auth.learning.LearningStore;
import fr.pitchoun.auth.podcastfeed.PodcastFeeds;
import fr.pitchoun.auth.profile.FamilyProfiles;
import fr.pitchoun.auth.profile.ProfileView;
import fr.pitchoun.auth.session.FamilySessions;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.All;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.util.List;

/**
 * « Supprimer mes données », once the parent's password is confirmed: podcast-service's listening positions first
 * (if it cannot, nothing is erased and the parent tries again: every step is idempotent), then, in one transaction
 * here, what the features registered ({@link FamilyData}), the statements still waiting in the outbox, the child
 * profiles (their statements, aggregates and every table referencing them go with them: ON DELETE CASCADE), the
 * podcast feed, and every session of the family (revoked). Kinow keeps the account and its subscription.
 */
@ApplicationScoped
public class FamilyErasure {

    private static final Logger LOG = Logger.getLogger(FamilyErasure.class);

    private final PodcastListening listening;
    private final FamilyProfiles profiles;
    private final LearningStore learning;
    private final PodcastFeeds feeds;
    private final FamilySessions sessions;
    private final List<FamilyData> features;
    private final MeterRegistry metrics;

    FamilyErasure(PodcastListening listening, FamilyProfiles profiles, LearningStore learning, PodcastFeeds feeds,
                  FamilySessions sessions, @All List<FamilyData> features, MeterRegistry metrics) {
        this.listening = listening;
        this.profiles = profiles;
        this.learning = learning;
        this.feeds = feeds;
        this.sessions = sessions;
        this.features = features;
        this.metrics = metrics;
    }

    /** Throws {@link ServiceUnavailableException} when podcast-service could not erase its part. */
    public void erase(long customerId) {
        int positions = listening.erase(customerId);
        int revoked = eraseHere(customerId);
        metrics.counter("pitchoun.privacy.erasures").increment();
        LOG.infof("Data of customer %d erased (%d listening positions, %d sessions revoked)", customerId, positions,
                revoked);
    }

    @Transactional
    int eraseHere(long customerId) {
        Family family = new Family(customerId, profiles.of(customerId).stream().map(ProfileView::id).toList());
        for (FamilyData feature : features) {
            feature.erase(family);
        }
        learning.dropWaiting(family.profileIds());
        profiles.deleteAll(customerId);
        feeds.forget(customerId);
        return sessions.revokeAll(customerId);
    }
}
