package fr.pitchoun.frontend.podcast;

import fr.pitchoun.frontend.account.Viewer;

import java.time.Instant;
import java.util.Optional;

/**
 * What a viewer may hear of an episode: a public one plays for everyone; an exclusive one plays only for a
 * MyPitchoun+ viewer, from a freshly signed address; anyone else gets no address at all (the page shows it locked).
 */
public final class Listening {

    private Listening() {
    }

    /** The playable address for this viewer, or null (locked, or no audio). */
    public static String playableUrl(PodcastEpisode episode, Optional<Viewer> viewer, ExclusiveAudio audio, Instant now) {
        if (!episode.exclusive()) {
            return episode.audioUrl();
        }
        boolean entitled = viewer.map(Viewer::hearsExclusivePodcasts).orElse(false);
        return entitled && episode.exclusiveAudioFile() != null ? audio.signedUrl(episode.exclusiveAudioFile(), now) : null;
    }
}
