package fr.pitchoun.podcast.catalogue;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;
import java.util.Set;

@ConfigMapping(prefix = "pitchoun.podcast")
public interface ExclusivesConfig {

    /**
     * Ausha slugs of shows made for MyPitchoun+: every episode of theirs is exclusive, whatever its privacy at Ausha
     * (Ausha's API has a privacy per episode, not per show).
     */
    Optional<Set<String>> exclusiveShows();

    /** Read by the @Scheduled sync; declared here because this mapping owns the prefix. */
    @WithDefault("15m")
    String syncInterval();
}
