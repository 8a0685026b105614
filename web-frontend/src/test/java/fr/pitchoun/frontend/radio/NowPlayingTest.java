package fr.pitchoun.frontend.radio;

import fr.pitchoun.frontend.catalogue.Radio;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NowPlayingTest {

    private static final String MP3 = "https://radio.pitchoun.test/comptines.mp3";
    private static final String AAC = "https://radio.pitchoun.test/comptines.aac";

    private static RadioListing.Shown radio(String editorsText) {
        return RadioListing.of(List.of(new Radio("pitchoun-comptines", "Pitchoun Comptines", null, null, editorsText,
                List.of(new Radio.Stream("En direct", "https://radio.pitchoun.test/live.m3u8", "HLS"),
                        new Radio.Stream("Qualité standard", MP3, "MP3"),
                        new Radio.Stream("Haute qualité", AAC, "AAC"),
                        new Radio.Stream("Ancien", "http://vieux.pitchoun.test/flux.mp3", "MP3"))))).radios().get(0);
    }

    @Test
    void theFirstStreamThatCarriesATitleWinsOverTheEditorsText() {
        List<String> asked = new ArrayList<>();
        Map<String, Optional<String>> titles = Map.of(MP3, Optional.empty(), AAC, Optional.of("Le doudou qui danse"));

        NowPlaying now = NowPlaying.of(radio("Une souris verte"), url -> {
            asked.add(url);
            return titles.get(url);
        });

        assertEquals(new NowPlaying("Le doudou qui danse", "flux"), now);
        assertEquals(List.of(MP3, AAC), asked, "only the MP3/AAC streams the page plays, in order (not HLS: its "
                + "titles are in its segments; not a stream the page does not play)");
    }

    @Test
    void withoutAStreamTitleTheEditorsTextOrNothing() {
        assertEquals(new NowPlaying("Une souris verte", "editeur"),
                NowPlaying.of(radio("Une souris verte"), url -> Optional.empty()));
        assertEquals(new NowPlaying(null, null), NowPlaying.of(radio(" "), url -> Optional.empty()));
    }
}
