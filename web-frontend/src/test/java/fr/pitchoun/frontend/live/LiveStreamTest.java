package fr.pitchoun.frontend.live;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LiveStreamTest {

    @Test
    void manifestIsTheChannelsIndexUnderTheHlsBaseUrl() {
        assertEquals("http://localhost:8088/hls/pitchoun-tv/index.m3u8",
                new LiveStream("http://localhost:8088/hls", "pitchoun-tv").manifestUrl());
    }

    @Test
    void trailingSlashesOfTheBaseUrlDoNotDoubleTheSeparator() {
        assertEquals("https://cdn.example.org/hls/zouzous/index.m3u8",
                new LiveStream("https://cdn.example.org/hls//", "zouzous").manifestUrl());
    }
}
