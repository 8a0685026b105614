package fr.pitchoun.cms.status;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Each channel's state from its two sources: live-ingest-service's list (every channel, whether its control room
 * publishes) and the workers' {@code /api/channels} (what is on air: LIVE, STARTING, SLATE, FAILED). Either may be
 * away: the channels the other one knows are still shown.
 */
final class ChannelStates {

    /** A worker's channels as it answered, or empty when it could not be asked. */
    record WorkerChannels(String worker, Optional<JsonNode> channels) {
    }

    private static final String UNKNOWN = "Inconnue";

    private ChannelStates() {
    }

    static List<ChannelStatus> combine(Optional<JsonNode> ingestChannels, List<WorkerChannels> workers) {
        Map<String, JsonNode> onWorkers = new LinkedHashMap<>();
        Map<String, String> holders = new LinkedHashMap<>();
        for (WorkerChannels worker : workers) {
            worker.channels().ifPresent(held -> held.forEach(channel -> {
                String slug = channel.path("channel").asText();
                // Two workers holding one channel (a handover): the live one tells what viewers get.
                if (!onWorkers.containsKey(slug) || "LIVE".equals(channel.path("state").asText())) {
                    onWorkers.put(slug, channel);
                    holders.put(slug, worker.worker());
                }
            }));
        }
        boolean workerAway = workers.stream().anyMatch(worker -> worker.channels().isEmpty());
        Map<String, ChannelStatus> bySlug = new TreeMap<>();
        ingestChannels.ifPresent(known -> known.forEach(channel -> {
            String slug = channel.path("slug").asText();
            ChannelStatus shown = status(slug, channel.path("name").asText(slug), Optional.of(channel),
                    Optional.ofNullable(onWorkers.get(slug)), holders.getOrDefault(slug, ""));
            // Not on the workers that answered: maybe on the one that did not, so not known to be off air.
            bySlug.put(slug, workerAway && shown.worker().isEmpty() && channel.path("enabled").asBoolean(true)
                    ? new ChannelStatus(slug, shown.name(), "Inconnu", false, shown.controlRoom(),
                    "Un transcode-worker injoignable la diffuse peut-être.", "") : shown);
        }));
        // Held by a worker but not listed by live-ingest-service: a removed channel (or the service is away).
        onWorkers.forEach((slug, held) -> bySlug.computeIfAbsent(slug, unlisted -> status(slug, slug,
                Optional.empty(), Optional.of(held), holders.get(slug))));
        if (ingestChannels.isPresent()) {
            bySlug.replaceAll((slug, shown) -> shown.controlRoom().equals(UNKNOWN) ? withDetail(shown,
                    "inconnue du service du direct") : shown);
        }
        return new ArrayList<>(bySlug.values());
    }

    private static ChannelStatus status(String slug, String name, Optional<JsonNode> atIngest,
                                        Optional<JsonNode> atWorker, String worker) {
        String controlRoom = atIngest.map(c -> !c.path("enabled").asBoolean(true) ? "Désactivée"
                : c.path("live").asBoolean() ? "Publie" : "Ne publie pas").orElse(UNKNOWN);
        if (atWorker.isEmpty()) {
            String why = atIngest.map(c -> c.path("enabled").asBoolean(true)
                    ? "Aucun transcode-worker ne diffuse cette chaîne." : "Chaîne désactivée.").orElse("");
            return new ChannelStatus(slug, name, "Hors antenne", false, controlRoom, why, "");
        }
        JsonNode held = atWorker.get();
        String state = held.path("state").asText();
        String label = switch (state) {
            case "LIVE" -> "En direct";
            case "SLATE" -> "Sur la mire";
            case "STARTING" -> "Démarrage (mire à l'antenne)";
            case "FAILED" -> "En échec (mire à l'antenne)";
            default -> state;
        };
        List<String> detail = new ArrayList<>();
        if (!held.path("reason").isNull() && !held.path("reason").asText().isEmpty()) {
            detail.add(held.path("reason").asText());
        }
        if (held.path("lastSegmentAgeSeconds").isNumber()) {
            detail.add(String.format(Locale.FRANCE, "dernier segment il y a %.1f s",
                    held.path("lastSegmentAgeSeconds").asDouble()));
        }
        return new ChannelStatus(slug, name, label, "LIVE".equals(state), controlRoom, String.join(" ; ", detail),
                worker);
    }

    private static ChannelStatus withDetail(ChannelStatus shown, String more) {
        return new ChannelStatus(shown.slug(), shown.name(), shown.state(), shown.onAir(), shown.controlRoom(),
                shown.detail().isEmpty() ? more : shown.detail() + " ; " + more, shown.worker());
    }
}
