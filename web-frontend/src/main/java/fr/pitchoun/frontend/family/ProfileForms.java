package fr.pitchoun.frontend.family;

import java.util.List;
import java.util.Map;

/**
 * What the « Profils des enfants » page shows: the family's children, and the forms as the parent left them when
 * the gateway refused one (typed values kept, one message per field next to it). {@code formOf} names the profile
 * whose rename or deletion form the messages belong to (0: the creation form).
 */
public record ProfileForms(List<ChildProfile> profiles, Map<String, String> typed, Map<String, String> fieldErrors,
                           long formOf, String error, String notice) {

    static ProfileForms of(List<ChildProfile> profiles, String notice) {
        return new ProfileForms(profiles, Map.of(), Map.of(), 0, null, notice);
    }

    public String typed(String field) {
        return typed.getOrDefault(field, "");
    }

    /** The message for a field of the form of {@code profile} (0: the creation form), or null. */
    public String errorOf(long profile, String field) {
        return formOf == profile ? fieldErrors.get(field) : null;
    }

    /** The message for a field of the creation form, or null. */
    public String creationError(String field) {
        return errorOf(0, field);
    }

    /** The name shown in a profile's rename field: what the parent typed if that form came back, else its name. */
    public String nameOf(ChildProfile profile) {
        return formOf == profile.id() && typed.containsKey("name") ? typed.get("name") : profile.name();
    }

    public List<Avatars.Avatar> avatars() {
        return Avatars.ALL;
    }

    public List<Avatars.AgeBand> ageBands() {
        return Avatars.AGE_BANDS;
    }
}
