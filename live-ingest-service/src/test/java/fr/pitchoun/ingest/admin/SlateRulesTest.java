package fr.pitchoun.ingest.admin;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SlateRulesTest {

    @Test
    void takesWebUrlsAndAbsolutePaths() {
        assertEquals("https://cdn.example/slate.png", ChannelAdministration.checkedSlate(" https://cdn.example/slate.png "));
        assertEquals("/srv/pitchoun/slates/junior.mp4", ChannelAdministration.checkedSlate("/srv/pitchoun/slates/junior.mp4"));
    }

    @Test
    void blankMeansTheGeneratedCard() {
        assertNull(ChannelAdministration.checkedSlate(null));
        assertNull(ChannelAdministration.checkedSlate("  "));
    }

    @Test
    void refusesWhatTheWorkerCouldNotOrShouldNotRead() {
        for (String slate : new String[]{"slates/relative.png", "file:///etc/passwd", "https:///no-host.png",
                "/srv/../etc/shadow", "/srv/sla\tte.png", "/" + "a".repeat(500)}) {
            assertThrows(ChannelAdministration.Refused.class, () -> ChannelAdministration.checkedSlate(slate), slate);
        }
    }
}
