package fr.pitchoun.auth.podcastfeed;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whose feed a secret opens, for the site that serves it. */
@Schema(description = "Famille à qui appartient le flux")
public record FeedOwner(@Schema(description = "Identifiant client Kinow") long customerId) {
}
