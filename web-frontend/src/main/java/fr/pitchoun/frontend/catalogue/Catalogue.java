package fr.pitchoun.frontend.catalogue;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.util.List;

/** Reads the published programmes; an unreachable or failing cms-service gives an unavailable catalogue, not an error. */
@ApplicationScoped
public class Catalogue {

    private static final Logger LOG = Logger.getLogger(Catalogue.class);

    private final CmsClient cms;
    private final Counter failures;

    Catalogue(@RestClient CmsClient cms, MeterRegistry registry) {
        this.cms = cms;
        this.failures = Counter.builder("pitchoun.frontend.catalogue.failures")
                .description("Home page renders without programmes because cms-service failed")
                .register(registry);
    }

    public Listing published() {
        try {
            return Listing.of(cms.publishedProgrammes());
        } catch (RuntimeException e) {
            failures.increment();
            // The message is enough to diagnose (connection refused, timeout, HTTP status); a stack trace per page
            // view would flood the log while cms-service is down.
            LOG.warnf("Programmes unavailable from cms-service: %s", e.toString());
            return Listing.UNAVAILABLE;
        }
    }

    /** What the home page shows: the programmes, or that the catalogue could not be read. */
    public record Listing(boolean available, List<Programme> programmes) {

        static final Listing UNAVAILABLE = new Listing(false, List.of());

        static Listing of(List<Programme> programmes) {
            return new Listing(true, programmes == null ? List.of() : List.copyOf(programmes));
        }
    }
}
