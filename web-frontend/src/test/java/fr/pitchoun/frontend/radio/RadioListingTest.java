package fr.pitchoun.frontend.radio;

import fr.pitchoun.frontend.catalogue.Radio;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RadioListingTest {

    @Test
    void httpsStreamsArePlayedAndTheirOriginsAllowedOthersAreOnlyLinks() {
        Radio radio = new Radio("pitchoun-radio", "Pitchoun Radio", null, null, "Une souris verte", List.of(
                new Radio.Stream("Qualité standard", "https://radio.pitchoun.test/standard.mp3", "MP3"),
                new Radio.Stream("Flux adaptatif", "https://hls.pitchoun.test:8443/live.m3u8", "HLS"),
                new Radio.Stream("Ancien flux", "http://vieux.pitchoun.test/flux.aac", "AAC")));

        RadioListing listing = RadioListing.of(List.of(radio));

        List<RadioListing.Version> versions = listing.radios().get(0).versions();
        assertEquals(List.of(true, true, false), versions.stream().map(RadioListing.Version::playable).toList());
        assertEquals(List.of("audio/mpeg", "application/vnd.apple.mpegurl", "audio/aac"),
                versions.stream().map(RadioListing.Version::mimeType).toList());
        assertEquals(List.of(false, true, false), versions.stream().map(RadioListing.Version::alsoAsLink).toList(),
                "an HLS stream is also offered as a link: only Safari plays it in <audio>");
        assertEquals(Set.of("https://radio.pitchoun.test", "https://hls.pitchoun.test:8443"), listing.mediaOrigins(),
                "only what the page plays widens its media sources");
    }

    @Test
    void hlsOriginsMayAlsoBeReadByHlsJsAndTheLoopbackPlaysOverPlainHttp() {
        Radio radio = new Radio("pitchoun-radio", "Pitchoun Radio", null, null, null, List.of(
                new Radio.Stream("En direct", "http://localhost:8088/radios/pitchoun-radio/live.m3u8", "HLS"),
                new Radio.Stream("Qualité standard", "https://radio.pitchoun.test/standard.mp3", "MP3"),
                new Radio.Stream("Ailleurs", "http://radio.pitchoun.test/live.m3u8", "HLS")));

        RadioListing listing = RadioListing.of(List.of(radio));

        assertEquals(List.of(true, true, false),
                listing.radios().get(0).versions().stream().map(RadioListing.Version::playable).toList(),
                "browsers trust http on the loopback like https; not elsewhere");
        assertEquals(Set.of("http://localhost:8088"), listing.playerOrigins(),
                "only an HLS stream the page plays is read by hls.js (connect-src)");
        assertTrue(listing.playsHls(), "the page loads hls.js");
        assertFalse(RadioListing.of(List.of(new Radio("mp3", "MP3", null, null, null, List.of(
                new Radio.Stream("Qualité standard", "https://radio.pitchoun.test/standard.mp3", "MP3"))))).playsHls());
    }

    @Test
    void aRadioWithoutVersionsHasNothingToPlay() {
        RadioListing listing = RadioListing.of(List.of(new Radio("muette", "Muette", null, null, null, null)));
        assertEquals(List.of(), listing.radios().get(0).versions());
        assertEquals(Set.of(), listing.mediaOrigins());
    }
}
