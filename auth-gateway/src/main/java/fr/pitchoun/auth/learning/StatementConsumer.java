package fr.pitchoun.auth.learning;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads pitchoun.learning.statements into the store, a poll's records at a time (one transaction per batch: one
 * commit instead of one per statement, what lets the store keep up with thousands a second). A record that is not a
 * statement of this version is counted, logged and skipped (nothing could ever store it); a database failure is
 * retried for about 20 s before the batch is given up (logged by the connector).
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
    // A database hiccup: the same batch again, a little later (a repeat stores nothing twice).
    @Retry(maxRetries = 10, delay = 2000)
    public void consume(List<String> values) {
        List<LearningStatement> statements = new ArrayList<>(values.size());
        for (String value : values) {
            try {
                statements.add(records.parse(value));
            } catch (InvalidStatementException e) {
                LOG.warnf("Learning statement skipped: %s", e.getMessage());
                metrics.counter(METRIC, "outcome", "invalid").increment();
            }
        }
        if (statements.isEmpty()) {
            return;
        }
        for (LearningStore.Stored stored : store.storeAll(statements)) {
            metrics.counter(METRIC, "outcome", stored.name().toLowerCase().replace('_', '-')).increment();
        }
    }
}
