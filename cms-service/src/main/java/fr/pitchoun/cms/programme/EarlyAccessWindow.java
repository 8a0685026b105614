package fr.pitchoun.cms.programme;

import fr.pitchoun.cms.content.ParisTime;
import fr.pitchoun.cms.form.FieldErrors;

import java.time.Instant;
import java.util.Optional;

/**
 * MyPitchoun+'s early access: from {@code early_access_at} until the broadcast, when MyPitchoun subscribers may play
 * the episode too. A start without a broadcast date would never end, so one needs the other.
 */
final class EarlyAccessWindow {

    private EarlyAccessWindow() {
    }

    static void check(String typedFrom, String typedBroadcast, FieldErrors errors) {
        Optional<Instant> from = ParisTime.parseField(typedFrom);
        Optional<Instant> broadcast = ParisTime.parseField(typedBroadcast);
        if (!typedFrom.isEmpty() && from.isEmpty()) {
            errors.add("earlyAccessAt", "La date d'accès anticipé n'est pas valide (exemple : 2026-12-01T18:30).");
        }
        if (!typedBroadcast.isEmpty() && broadcast.isEmpty()) {
            errors.add("broadcastAt", "La date de diffusion n'est pas valide (exemple : 2026-12-08T18:30).");
        }
        if (from.isPresent() && typedBroadcast.isEmpty()) {
            errors.add("broadcastAt", "Indiquez la date de diffusion : l'accès anticipé MyPitchoun+ s'arrête à la "
                    + "diffusion.");
        }
        if (from.isPresent() && broadcast.isPresent() && !from.get().isBefore(broadcast.get())) {
            errors.add("earlyAccessAt", "L'accès anticipé doit commencer avant la diffusion.");
        }
    }
}
