package fr.pitchoun.podcast.catalogue;

import fr.pitchoun.podcast.ausha.AushaEpisode;
import fr.pitchoun.podcast.ausha.AushaShow;

import java.util.List;

/** A show and its public episodes, read from Ausha in full before anything is written. */
public record SyncedShow(AushaShow show, List<AushaEpisode> episodes) {
}
