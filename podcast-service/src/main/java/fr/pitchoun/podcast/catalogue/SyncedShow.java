package fr.pitchoun.podcast.catalogue;

import fr.pitchoun.podcast.ausha.AushaEpisode;
import fr.pitchoun.podcast.ausha.AushaShow;

import java.util.List;
import java.util.Map;

/** A show, its season numbers by Ausha season id and its published episodes, read in full before anything is written. */
public record SyncedShow(AushaShow show, Map<Long, Integer> seasonNumbers, List<AushaEpisode> episodes) {
}
