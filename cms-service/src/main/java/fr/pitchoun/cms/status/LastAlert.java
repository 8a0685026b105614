package fr.pitchoun.cms.status;

import java.time.Instant;

/**
 * Alertmanager's latest alert still active, or why there is none to show.
 *
 * @param note    « non configurée », « injoignable », « aucune alerte en cours »; empty when an alert is shown
 * @param name    the alert (e.g. ChaineSurMire)
 * @param summary its French summary
 * @param since   when it started firing
 * @param active  how many alerts are active in all
 */
public record LastAlert(String note, String name, String summary, Instant since, int active) {

    static LastAlert none(String note) {
        return new LastAlert(note, "", "", null, 0);
    }

    public boolean shown() {
        return note.isEmpty();
    }
}
