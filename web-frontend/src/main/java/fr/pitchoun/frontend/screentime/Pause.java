package fr.pitchoun.frontend.screentime;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** auth-gateway's screen-time answer for the session's child (its ScreenTimeView), as the pause page shows it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Pause(boolean allowed, String reason, String message, String reopensLabel, Long remainingSeconds) {

    static final Pause ALLOWED = new Pause(true, null, null, null, null);

    public boolean bedtime() {
        return "heures-fermees".equals(reason);
    }
}
