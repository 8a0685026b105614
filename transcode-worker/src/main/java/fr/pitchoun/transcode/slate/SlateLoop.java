package fr.pitchoun.transcode.slate;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A channel's standby slate, encoded once per set of renditions into a loop of a few segments, so that going to the
 * slate costs no CPU and no delay: its segments are linked into the public playlists in turn.
 *
 * @param segments per rendition and for the audio, the loop's files in order
 * @param durations the loop's segment durations, the same for every rendition
 */
public record SlateLoop(Map<String, List<Path>> segments, List<Double> durations) {

    public int size() {
        return durations.size();
    }
}
