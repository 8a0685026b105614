package fr.pitchoun.auth.screentime;

import fr.pitchoun.auth.privacy.Family;
import fr.pitchoun.auth.privacy.FamilyData;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The parents' screen-time settings and unlocks in « Télécharger mes données ». Their rows reference the child profile
 * (ON DELETE CASCADE): the erasure of the profiles takes them, nothing to erase here.
 */
@ApplicationScoped
public class ScreenTimeFamilyData implements FamilyData {

    private final ScreenTimeStore store;

    ScreenTimeFamilyData(ScreenTimeStore store) {
        this.store = store;
    }

    @Override
    public String fileName() {
        return "temps-d-ecran.json";
    }

    @Override
    public String description() {
        return "Les réglages du temps d'écran de chaque enfant (limite par jour, heures fermées) et le dernier déblocage";
    }

    @Override
    public Object export(Family family) {
        Instant now = Instant.now();
        return family.profileIds().stream().map(profileId -> {
            ScreenTimeSettings settings = store.settings(profileId);
            Map<String, Object> child = new LinkedHashMap<>();
            child.put("profileId", profileId);
            child.put("dailyLimitMinutes", settings.dailyLimitMinutes());
            child.put("closedFrom", settings.closedFrom() == null ? null : settings.closedFrom().toString());
            child.put("closedUntil", settings.closedUntil() == null ? null : settings.closedUntil().toString());
            Instant unlocked = store.unlockedUntil(profileId, now);
            child.put("unlockedUntil", unlocked == null ? null : unlocked.toString());
            return child;
        }).toList();
    }

    @Override
    public void erase(Family family) {
        // Cascaded from child_profile.
    }
}
