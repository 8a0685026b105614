package fr.pitchoun.cms.content;

import java.time.Instant;

/** A catalogue whose items can be scheduled: {@link ScheduledPublisher} asks each one to publish what is due. */
public interface ScheduledPublication {

    /** Publishes the SCHEDULED items whose time has come (with {@link ContentChanges#publishDue}); how many. */
    int publishDue(Instant now);
}
