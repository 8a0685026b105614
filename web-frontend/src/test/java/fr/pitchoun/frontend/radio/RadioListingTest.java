package fr.pitchoun.frontend.radio;

import fr.pitchoun.frontend.catalogue.Radio;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
    void aRadioWithoutVersionsHasNothingToPlay() {
        RadioListing listing = RadioListing.of(List.of(new Radio("muette", "Muette", null, null, null, null)));
        assertEquals(List.of(), listing.radios().get(0).versions());
        assertEquals(Set.of(), listing.mediaOrigins());
    }
}
