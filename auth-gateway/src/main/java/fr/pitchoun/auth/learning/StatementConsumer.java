package fr.pitchoun.auth.learning;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Reads pitchoun.learning.statements into the store. A record that is not a statement of this version is counted,
 * logged and skipped (nothing could ever store it); a database failure is retried for about 20 s before the record
 * is given up (logged by the connector).
 */
@ApplicationScoped
public class StatementConsumer {

    static final String METRIC = "pitchoun.learning.statements.consumed";
    private static final Logger LOG = Logger.getLogger(StatementConsumer.class);

    private final LearningStore store;
    private final StatementRecords records;
    private final MeterRegistry metrics;

    StatementConsumer(LearningStore store, ObjectMapper json, LearningConfig config, MeterRegistry metrics) {
        this.store = store;
        this.records = new StatementRecords(json, config.activityBase());
        this.metrics = metrics;
    }

    @Incoming("learning-statements")
    @Blocking
    // A database hiccup: the same record again, a little later (a repeat stores nothing twice).
    @Retry(maxRetries = 10, delay = 2000, abortOn = InvalidStatementException.class)
    public void consume(String value) {
        LearningStatement statement;
        try {
            statement = records.parse(value);
        } catch (InvalidStatementException e) {
            LOG.warnf("Learning statement skipped: %s", e.getMessage());
            metrics.counter(METRIC, "outcome", "invalid").increment();
            return;
        }
        LearningStore.Stored stored = store.store(statement);
        metrics.counter(METRIC, "outcome", stored.name().toLowerCase().replace('_', '-')).increment();
    }
}
