package fr.pitchoun.frontend.catalogue;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.List;

/**
 * Reads the published programmes and the home page's blocks; an unreachable or failing cms-service gives an
 * unavailable catalogue, not an error.
 */
@ApplicationScoped
public class Catalogue {

    private static final Logger LOG = Logger.getLogger(Catalogue.class);

    private final CmsClient cms;
    private final CmsContent content;
    private final Counter failures;

    Catalogue(@RestClient CmsClient cms, CmsContent content, MeterRegistry registry) {
        this.cms = cms;
        this.content = content;
        this.failures = Counter.builder("pitchoun.frontend.catalogue.failures")
                .description("Home page reads from cms-service that failed (the page shows its built-in content instead)")
                .register(registry);
    }

    /** Every published programme, read at each view: a programme an editor publishes is listed at once. */
    public Listing published() {
        try {
            return Listing.of(cms.publishedProgrammes());
        } catch (RuntimeException e) {
            failed("Programmes", e);
            return Listing.UNAVAILABLE;
        }
    }

    /** The home page's blocks; events that cannot be read leave the events blocks empty, not the page. */
    public HomeView home() {
        HomePage page;
        try {
            page = content.homePage();
        } catch (RuntimeException e) {
            failed("Home page", e);
            return HomeView.UNAVAILABLE;
        }
        boolean listsEvents = page.blocksOrNone().stream().anyMatch(b -> b != null && "EVENTS".equals(b.kind()));
        List<UpcomingEvent> events = List.of();
        if (listsEvents) {
            try {
                events = content.events();
            } catch (RuntimeException e) {
                LOG.warnf("Events unavailable from cms-service: %s", e.toString());
            }
        }
        return HomeView.of(page, events, Instant.now());
    }

    private void failed(String what, RuntimeException e) {
        failures.increment();
        // The message is enough to diagnose (connection refused, timeout, HTTP status); a stack trace per page
        // view would flood the log while cms-service is down.
        LOG.warnf("%s unavailable from cms-service: %s", what, e.toString());
    }

    /** What the home page lists: the programmes, or that the catalogue could not be read. */
    public record Listing(boolean available, List<Programme> programmes) {

        static final Listing UNAVAILABLE = new Listing(false, List.of());

        static Listing of(List<Programme> programmes) {
            return new Listing(true, programmes == null ? List.of() : List.copyOf(programmes));
        }
    }
}
