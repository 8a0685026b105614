package fr.pitchoun.transcode.channel;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;

/** The clock the channels keep time with: the system's, in UTC; unit tests give theirs to the state machine. */
public class SystemClock {

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
