package fr.pitchoun.frontend.family;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A child profile as auth-gateway lists it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ChildProfile(long id, String name, String ageBand, String ageBandLabel, String avatar) {

    public Avatars.Avatar picture() {
        return Avatars.of(avatar);
    }
}
