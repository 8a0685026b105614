package fr.pitchoun.transcode.state;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.reactive.messaging.kafka.Record;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;

import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Writes each change of a channel's state to {@code pitchoun.live.transcode-state} (contract in CONTRACTS.md). */
@ApplicationScoped
public class TranscodeStatePublisher {

    public static final int SCHEMA_VERSION = 1;
    private static final Logger LOG = Logger.getLogger(TranscodeStatePublisher.class);
    /** Which worker speaks: host and process, as the JVM names itself ("pid@host"). */
    private static final String WORKER = ManagementFactory.getRuntimeMXBean().getName();

    private final Emitter<Record<String, String>> emitter;
    private final ObjectMapper json;

    public TranscodeStatePublisher(@Channel("transcode-state") @OnOverflow(value = OnOverflow.Strategy.BUFFER,
            bufferSize = 1024) Emitter<Record<String, String>> emitter, ObjectMapper json) {
        this.emitter = emitter;
        this.json = json;
    }

    public void publish(TranscodeStateChange change) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("schemaVersion", SCHEMA_VERSION);
        value.put("eventId", UUID.randomUUID().toString());
        value.put("channel", change.channel());
        value.put("state", change.state().name());
        value.put("reason", change.reason());
        value.put("renditions", change.renditions());
        value.put("worker", WORKER);
        value.put("occurredAt", change.at().toString());
        try {
            emitter.send(Record.of(change.channel(), json.writeValueAsString(value))).whenComplete((ok, error) -> {
                if (error != null) {
                    LOG.warnf("[%s] transcode state %s not written to Kafka: %s", change.channel(), change.state(),
                            error.getMessage());
                }
            });
        } catch (JsonProcessingException | RuntimeException e) {
            LOG.warnf("[%s] transcode state %s not written to Kafka: %s", change.channel(), change.state(),
                    e.getMessage());
        }
    }
}
