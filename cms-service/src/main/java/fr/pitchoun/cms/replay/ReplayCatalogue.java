package fr.pitchoun.cms.replay;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;

import java.util.List;
import java.util.Optional;

/**
 * Kinow's catalogue for the editors, through auth-gateway: search by title, and one video by id. Every failure (the
 * gateway away, a refusal, too slow, the circuit open) is one {@link CatalogueUnavailable}.
 */
@ApplicationScoped
public class ReplayCatalogue {

    private final GuardedCatalogueCalls calls;

    ReplayCatalogue(GuardedCatalogueCalls calls) {
        this.calls = calls;
    }

    /** Videos whose title holds {@code titleText}, of Kinow category {@code categoryId} when not null. */
    public CataloguePage search(String titleText, Long categoryId, int page) {
        try {
            return calls.search(titleText, categoryId, Math.max(page, 1));
        } catch (FaultToleranceException timeoutOrOpen) {
            throw new CatalogueUnavailable("replay catalogue: " + timeoutOrOpen, timeoutOrOpen);
        }
    }

    /** Kinow's categories, by name. */
    public List<CatalogueCategory> categories() {
        try {
            return calls.categories();
        } catch (FaultToleranceException timeoutOrOpen) {
            throw new CatalogueUnavailable("replay catalogue: " + timeoutOrOpen, timeoutOrOpen);
        }
    }

    /** Empty when Kinow does not (or no longer) have the video. */
    public Optional<CatalogueVideo> video(long videoId) {
        try {
            return calls.video(videoId);
        } catch (FaultToleranceException timeoutOrOpen) {
            throw new CatalogueUnavailable("replay catalogue: " + timeoutOrOpen, timeoutOrOpen);
        }
    }
}
