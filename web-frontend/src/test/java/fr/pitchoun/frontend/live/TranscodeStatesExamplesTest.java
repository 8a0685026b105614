package fr.pitchoun.frontend.live;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.pitchoun.contracts.TopicContract;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The site's reader of pitchoun.live.transcode-state over the contract's examples (deploy/contracts/). */
class TranscodeStatesExamplesTest {

    private static final TopicContract CONTRACT = TopicContract.of("pitchoun.live.transcode-state");

    @Test
    void everyExampleIsReadAndOnlyLiveIsShownAsLive() {
        for (TopicContract.Example example : CONTRACT.examples()) {
            TranscodeStates states = new TranscodeStates(new ObjectMapper());
            states.received(example.json());
            Optional<TranscodeStates.ChannelState> state = states.of(example.json().contains("pitchoun-junior")
                    ? "pitchoun-junior" : "pitchoun-tv");
            assertTrue(state.isPresent(), example.name());
            assertEquals(example.name().equals("live.json"), state.get().live(), example.name());
        }
    }

    @Test
    void everyInvalidExampleIsSkippedAndLeavesTheKnownStateAsItWas() {
        TranscodeStates states = new TranscodeStates(new ObjectMapper());
        states.received(example("slate-feed-stopped.json"));
        for (TopicContract.Example invalid : CONTRACT.invalidExamples()) {
            states.received(invalid.json());
            assertEquals("SLATE", states.of("pitchoun-tv").orElseThrow().state(), invalid.name());
        }
        states.received("pas du json");
        assertEquals("SLATE", states.of("pitchoun-tv").orElseThrow().state());
    }

    @Test
    void theLatestStateOfEachChannelWinsAndARedeliveredOlderOneChangesNothing() {
        TranscodeStates states = new TranscodeStates(new ObjectMapper());
        states.received(example("starting.json"));
        states.received(example("live.json"));
        states.received(example("failed.json"));
        states.received(example("starting.json"));
        assertTrue(states.of("pitchoun-tv").orElseThrow().live(), "LIVE (20:15:02) is newer than STARTING (20:15:00)");
        assertEquals(Instant.parse("2026-11-24T20:15:02.907Z"), states.of("pitchoun-tv").orElseThrow().occurredAt());
        assertFalse(states.of("pitchoun-junior").orElseThrow().live(), "FAILED shows the slate");
        assertTrue(states.of("zouzous").isEmpty(), "a channel no worker spoke of has no state: standby");
    }

    private static String example(String name) {
        return CONTRACT.examples().stream().filter(example -> example.name().equals(name)).findFirst()
                .orElseThrow().json();
    }
}
