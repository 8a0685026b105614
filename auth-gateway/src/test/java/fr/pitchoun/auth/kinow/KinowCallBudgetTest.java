package fr.pitchoun.auth.kinow;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class KinowCallBudgetTest {

    private final AtomicLong now = new AtomicLong(1_000);
    private final KinowCallBudget budget = new KinowCallBudget(60, Duration.ofSeconds(30), now::get);

    @Test
    void aMinutesWorthOfCallsThenOnePerSecond() {
        for (int i = 0; i < 60; i++) {
            budget.take();
        }
        assertThrows(KinowThrottledException.class, budget::take);
        now.addAndGet(Duration.ofMillis(1_000).toNanos());
        assertDoesNotThrow(budget::take);
        assertThrows(KinowThrottledException.class, budget::take);
    }

    @Test
    void after429NoCallUntilRetryAfterOrTheDefaultBackOff() {
        budget.backOff(Optional.of(2L));
        assertThrows(KinowThrottledException.class, budget::take);
        assertEquals(0, budget.available());
        now.addAndGet(Duration.ofSeconds(2).toNanos());
        assertDoesNotThrow(budget::take);

        budget.backOff(Optional.empty());
        now.addAndGet(Duration.ofSeconds(29).toNanos());
        assertThrows(KinowThrottledException.class, budget::take);
        now.addAndGet(Duration.ofSeconds(1).toNanos());
        assertDoesNotThrow(budget::take);
    }
}
