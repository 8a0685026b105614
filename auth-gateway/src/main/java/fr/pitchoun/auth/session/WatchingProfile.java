package fr.pitchoun.auth.session;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Who watches under a session (« Qui regarde ? »): one of the family's child profiles, or the parent
 * ({@code profileId} null). Kept in the signed session token, so every service that verifies the token knows it
 * without asking; the gateway still checks the profile exists whenever it records something for it.
 */
@Schema(description = "Qui regarde : un profil enfant de la famille, ou le parent (profileId absent)")
public record WatchingProfile(
        @Schema(description = "Profil enfant ; absent quand c'est le parent", example = "42") Long profileId,
        @Schema(description = "Surnom affiché", example = "Zoé") String name,
        @Schema(description = "Avatar (code)", example = "fox") String avatar) {

    static final String PARENT = "parent";

    public static WatchingProfile parent() {
        return new WatchingProfile(null, "Parent", null);
    }

    public boolean child() {
        return profileId != null;
    }
}
