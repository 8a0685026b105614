package fr.pitchoun.transcode.event;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class StreamStateParserTest {

    private final StreamStateParser parser = new StreamStateParser(new ObjectMapper());

    @Test
    void readsTheContractExampleAndIgnoresUnknownFields() {
        StreamStateEvent event = parser.parse("""
                {"schemaVersion":1,"eventId":"5b0c8e0e-6f7f-4a84-9a57-3c2d0f2b7e11","channel":"pitchoun-tv",
                 "state":"PUBLISHING","occurredAt":"2026-11-24T20:15:00Z",
                 "pullUrl":"rtmp://127.0.0.1:1935/live/pitchoun-tv","addedLater":{"x":1}}""");
        assertEquals(new StreamStateEvent(1, "5b0c8e0e-6f7f-4a84-9a57-3c2d0f2b7e11", "pitchoun-tv",
                StreamState.PUBLISHING, Instant.parse("2026-11-24T20:15:00Z"),
                "rtmp://127.0.0.1:1935/live/pitchoun-tv"), event);
    }

    @Test
    void unpublishedNeedsNoPullUrl() {
        StreamStateEvent event = parser.parse("""
                {"schemaVersion":1,"eventId":"e1","channel":"pitchoun-tv","state":"UNPUBLISHED",
                 "occurredAt":"2026-11-24T21:00:00Z","pullUrl":null}""");
        assertEquals(StreamState.UNPUBLISHED, event.state());
        assertNull(event.pullUrl());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "{not json|not JSON",
            "[1,2]|not a JSON object",
            "{\"eventId\":\"e1\"}|missing or non-integer schemaVersion",
            "{\"schemaVersion\":99,\"channel\":\"a\"}|unknown schemaVersion 99 (this worker reads 1)",
            "{\"schemaVersion\":1,\"eventId\":\"e1\",\"state\":\"PUBLISHING\"}|missing channel",
            "{\"schemaVersion\":1,\"eventId\":\"e1\",\"channel\":\"../etc\",\"state\":\"UNPUBLISHED\",\"occurredAt\":\"2026-11-24T21:00:00Z\"}|channel '../etc' is not a slug",
            "{\"schemaVersion\":1,\"eventId\":\"e1\",\"channel\":\"a\",\"state\":\"PAUSED\",\"occurredAt\":\"2026-11-24T21:00:00Z\"}|unknown state 'PAUSED'",
            "{\"schemaVersion\":1,\"eventId\":\"e1\",\"channel\":\"a\",\"state\":\"PUBLISHING\",\"occurredAt\":\"2026-11-24T21:00:00Z\"}|PUBLISHING without pullUrl",
            "{\"schemaVersion\":1,\"channel\":\"a\",\"state\":\"UNPUBLISHED\",\"occurredAt\":\"2026-11-24T21:00:00Z\"}|missing eventId",
            "{\"schemaVersion\":1,\"eventId\":\"e1\",\"channel\":\"a\",\"state\":\"UNPUBLISHED\",\"occurredAt\":\"yesterday\"}|occurredAt 'yesterday' is not an ISO-8601 instant",
    })
    void refusesWithAReason(String record, String reason) {
        InvalidStreamStateException error = assertThrows(InvalidStreamStateException.class, () -> parser.parse(record));
        assertEquals(true, error.getMessage().startsWith(reason), error.getMessage());
    }
}
