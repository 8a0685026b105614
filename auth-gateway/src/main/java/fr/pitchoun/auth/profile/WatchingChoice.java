package fr.pitchoun.auth.profile;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the site posts when the family picks who watches. */
@Schema(description = "Qui regarde : un profil enfant, ou le parent quand profileId est absent ou null")
public record WatchingChoice(@Schema(example = "42") Long profileId) {
}
