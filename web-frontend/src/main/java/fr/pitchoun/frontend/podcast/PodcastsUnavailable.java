package fr.pitchoun.frontend.podcast;

/** podcast-service could not be read and nothing was kept from an earlier answer. */
class PodcastsUnavailable extends RuntimeException {

    PodcastsUnavailable(String what, RuntimeException cause) {
        super(what + " unavailable from podcast-service: " + cause, cause);
    }
}
