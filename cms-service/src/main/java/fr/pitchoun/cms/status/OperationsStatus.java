package fr.pitchoun.cms.status;

import com.fasterxml.jackson.databind.JsonNode;
import fr.pitchoun.cms.channel.LiveSettings;
import fr.pitchoun.cms.status.ChannelStates.WorkerChannels;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The platform's state for its operators, asked of every part at once: the page takes the slowest part's time
 * (bounded by {@code pitchoun.cms.status.timeout}), not their sum, and a part away is shown unreachable.
 */
@ApplicationScoped
public class OperationsStatus {

    private static final String NOT_CONFIGURED =
            "Non configurée : aucune adresse d'Alertmanager (pitchoun.cms.status.alertmanager-url)";

    private final StatusCalls calls;
    private final StatusSettings settings;
    private final String ingestUrl;

    OperationsStatus(StatusCalls calls, StatusSettings settings, LiveSettings live) {
        this.calls = calls;
        this.settings = settings;
        this.ingestUrl = live.ingestUrl();
    }

    public StatusReport read() {
        Instant checkedAt = Instant.now();
        List<CompletableFuture<PartState>> parts = new ArrayList<>();
        for (String entry : settings.services()) {
            int equals = entry.indexOf('=');
            String name = equals < 0 ? entry : entry.substring(0, equals).trim();
            parts.add(readiness(name, equals < 0 ? entry : entry.substring(equals + 1).trim()));
        }
        List<CompletableFuture<Optional<JsonNode>>> workersChannels = new ArrayList<>();
        for (String worker : settings.transcodeWorkers()) {
            parts.add(readiness("transcode-worker (" + hostAndPort(worker) + ")", worker));
            workersChannels.add(list(worker + "/api/channels"));
        }
        CompletableFuture<Optional<JsonNode>> ingestChannels = list(ingestUrl + "/api/channels");
        CompletableFuture<LastAlert> lastAlert = settings.alertmanagerUrl()
                .map(url -> calls.get(url + "/api/v2/alerts").thenApply(PartAnswers::lastAlert)
                        .exceptionally(away -> LastAlert.none("Alertmanager injoignable")))
                .orElse(CompletableFuture.completedFuture(LastAlert.none(NOT_CONFIGURED)));

        List<WorkerChannels> held = new ArrayList<>();
        for (int i = 0; i < workersChannels.size(); i++) {
            held.add(new WorkerChannels(hostAndPort(settings.transcodeWorkers().get(i)), workersChannels.get(i).join()));
        }
        Optional<JsonNode> listed = ingestChannels.join();
        List<String> notes = new ArrayList<>();
        if (listed.isEmpty()) {
            notes.add("Service du direct injoignable : seules les chaînes des transcode-workers sont listées.");
        }
        if (held.stream().anyMatch(worker -> worker.channels().isEmpty())) {
            notes.add("Un transcode-worker au moins est injoignable : ses chaînes peuvent manquer.");
        }
        return new StatusReport(checkedAt, parts.stream().map(CompletableFuture::join).toList(),
                ChannelStates.combine(listed, held), String.join(" ", notes), lastAlert.join());
    }

    private CompletableFuture<PartState> readiness(String name, String baseUrl) {
        String address = baseUrl + "/q/health/ready";
        return calls.get(address).thenApply(answer -> PartAnswers.readiness(name, address, answer))
                .exceptionally(away -> PartAnswers.unreachable(name, address));
    }

    /** A JSON list the part answered with 200, or empty when it could not say. */
    private CompletableFuture<Optional<JsonNode>> list(String address) {
        return calls.get(address)
                .thenApply(answer -> answer.status() == 200 && answer.body() != null && answer.body().isArray()
                        ? Optional.of(answer.body()) : Optional.<JsonNode>empty())
                .exceptionally(away -> Optional.empty());
    }

    private static String hostAndPort(String baseUrl) {
        try {
            URI uri = URI.create(baseUrl);
            return uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
        } catch (IllegalArgumentException notAnAddress) {
            return baseUrl;
        }
    }
}
