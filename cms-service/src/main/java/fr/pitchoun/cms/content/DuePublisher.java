package fr.pitchoun.cms.content;

import java.time.Instant;

/**
 * A catalogue with scheduled items: the publishing scheduler asks each one, every few seconds, to publish those whose
 * time has come (typically through {@link ContentChanges#publishDue}).
 */
public interface DuePublisher {

    /** Publishes the SCHEDULED items due at {@code now}, in a transaction of its own; how many. */
    int publishDue(Instant now);
}
