package fr.pitchoun.auth.replay;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.pitchoun.auth.kinow.KinowPlayerConfiguration;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The shapes Kinow's SDK allows for a manifest ("object") and captions ("string"). */
class PlayerConfigurationsTest {

    private final ObjectMapper json = new ObjectMapper();
    private final PlayerConfigurations players = new PlayerConfigurations(new OriginMediaSigner(Optional.empty(),
            Optional.empty(), Optional.empty(), Duration.ofHours(1), Clock.systemUTC()), json, "fr");

    @Test
    void manifestAsAnAddressOrAnObjectHoldingOne() throws Exception {
        assertEquals("https://cdn/a.m3u8", view("{\"manifest\":\"https://cdn/a.m3u8\"}").manifest());
        assertEquals("https://cdn/b.m3u8", view("{\"manifest\":{\"hls\":\"https://cdn/b.m3u8\"}}").manifest());
        PlayerView pageOnly = view("{\"url\":\"https://kinow/player/1\",\"manifest\":null,\"session_id\":\"s1\"}");
        assertNull(pageOnly.manifest());
        assertEquals("https://kinow/player/1", pageOnly.url());
        assertEquals("s1", pageOnly.sessionId());
    }

    @Test
    void captionsAsJsonItsTextOrOneAddress() throws Exception {
        List<PlayerView.Caption> expected = List.of(new PlayerView.Caption("fr", "Français", "https://cdn/fr.vtt"));
        assertEquals(expected, view("{\"captions\":[{\"iso_code\":\"FR\",\"file\":\"https://cdn/fr.vtt\"}]}")
                .captions());
        assertEquals(expected, view("{\"captions\":\"[{\\\"language\\\":\\\"fr\\\",\\\"label\\\":\\\"Français\\\","
                + "\\\"url\\\":\\\"https://cdn/fr.vtt\\\"}]\"}").captions());
        assertEquals(expected, view("{\"captions\":\"https://cdn/fr.vtt\"}").captions());
        assertEquals(List.of(), view("{\"captions\":\"\"}").captions());
        assertEquals(List.of(), view("{\"captions\":\"[not json\"}").captions());
    }

    private PlayerView view(String kinowJson) throws Exception {
        return players.view(json.readValue(kinowJson, KinowPlayerConfiguration.class));
    }
}
