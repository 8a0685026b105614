package fr.pitchoun.frontend.live;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * What each channel's viewers get right now, from transcode-worker's {@code pitchoun.live.transcode-state}
 * (deploy/CONTRACTS.md): the latest state per channel, in memory. Each site instance reads the topic from its
 * beginning in a group of its own, so it knows every channel a worker has on air a few seconds after it starts. A
 * record older than the one kept (a redelivery) changes nothing; a record that breaks the contract is skipped and
 * logged. A channel no worker ever spoke of has no state: the page shows it on standby.
 */
@ApplicationScoped
public class TranscodeStates {

    private static final Logger LOG = Logger.getLogger(TranscodeStates.class);
    private static final Pattern CHANNEL = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
    private static final Set<String> STATES = Set.of("STARTING", "LIVE", "SLATE", "FAILED");

    /** A channel's state: {@code live} only while the playlists carry the feed (every other state is the slate). */
    public record ChannelState(String channel, String state, Instant occurredAt) {
        public boolean live() {
            return "LIVE".equals(state);
        }
    }

    private final ObjectMapper json;
    private final Map<String, ChannelState> latest = new ConcurrentHashMap<>();

    TranscodeStates(ObjectMapper json) {
        this.json = json;
    }

    @Incoming("transcode-state")
    public void received(String record) {
        read(record).ifPresentOrElse(state -> latest.merge(state.channel(), state,
                        (kept, fresh) -> fresh.occurredAt().isBefore(kept.occurredAt()) ? kept : fresh),
                () -> LOG.warnf("transcode-state record skipped (not the contract's): %s", record));
    }

    public Optional<ChannelState> of(String channel) {
        return Optional.ofNullable(latest.get(channel));
    }

    /** The record's channel, state and instant, when it follows the contract's rules this reader relies on. */
    Optional<ChannelState> read(String record) {
        try {
            JsonNode node = json.readTree(record);
            String channel = node.path("channel").asText("");
            String state = node.path("state").asText("");
            JsonNode reason = node.path("reason");
            boolean reasonFits = "LIVE".equals(state) ? reason.isNull()
                    : !Set.of("SLATE", "FAILED").contains(state) || !reason.asText("").isEmpty();
            if (node.path("schemaVersion").asInt() != 1 || !CHANNEL.matcher(channel).matches()
                    || !STATES.contains(state) || !reasonFits || !node.path("renditions").isArray()) {
                return Optional.empty();
            }
            return Optional.of(new ChannelState(channel, state, Instant.parse(node.path("occurredAt").asText())));
        } catch (java.io.IOException | DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
