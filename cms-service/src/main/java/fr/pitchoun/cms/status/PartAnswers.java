package fr.pitchoun.cms.status;

import com.fasterxml.jackson.databind.JsonNode;
import fr.pitchoun.cms.status.PartState.Level;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;

/** Reads the parts' answers (SmallRye Health's readiness, Alertmanager's alerts) into what the page says. */
final class PartAnswers {

    private PartAnswers() {
    }

    /** 200 = ready; 503 with SmallRye's body = not ready, naming the checks that are DOWN; anything else is named. */
    static PartState readiness(String name, String address, StatusCalls.Answer answer) {
        if (answer.status() == 200) {
            return new PartState(name, address, Level.READY, "");
        }
        List<String> down = new ArrayList<>();
        if (answer.body() != null) {
            for (JsonNode check : answer.body().path("checks")) {
                if (!"UP".equals(check.path("status").asText())) {
                    down.add(check.path("name").asText("?"));
                }
            }
        }
        String detail = down.isEmpty() ? "Réponse HTTP " + answer.status()
                : "En panne : " + String.join(", ", down);
        return new PartState(name, address, Level.NOT_READY, detail);
    }

    static PartState unreachable(String name, String address) {
        return new PartState(name, address, Level.UNREACHABLE, "Pas de réponse dans le délai imparti");
    }

    /**
     * Alertmanager's {@code GET /api/v2/alerts}: the active alert that started last (silenced and inhibited ones are
     * not news to anyone), with how many are active.
     */
    static LastAlert lastAlert(StatusCalls.Answer answer) {
        if (answer.status() != 200 || answer.body() == null || !answer.body().isArray()) {
            return LastAlert.none("Alertmanager injoignable (réponse HTTP " + answer.status() + ")");
        }
        List<JsonNode> active = StreamSupport.stream(answer.body().spliterator(), false)
                .filter(alert -> "active".equals(alert.path("status").path("state").asText("active")))
                .toList();
        Optional<JsonNode> latest = active.stream().max(Comparator.comparing(PartAnswers::startsAt));
        return latest.map(alert -> new LastAlert("", alert.path("labels").path("alertname").asText(),
                        alert.path("annotations").path("summary").asText(""), startsAt(alert), active.size()))
                .orElse(LastAlert.none("Aucune alerte en cours"));
    }

    private static Instant startsAt(JsonNode alert) {
        try {
            return Instant.parse(alert.path("startsAt").asText());
        } catch (RuntimeException unreadable) {
            return Instant.EPOCH;
        }
    }
}
