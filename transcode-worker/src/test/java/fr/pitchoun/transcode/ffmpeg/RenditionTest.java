package fr.pitchoun.transcode.ffmpeg;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RenditionTest {

    private static final List<Rendition> LADDER = Rendition.ladder(List.of("480p:1200", "1080p:5000", "720p:2800"));

    @Test
    void aFullHdSourceGetsTheWholeLadderHighestFirst() {
        List<Variant> variants = Rendition.forSource(LADDER, 1920, 1080, 25);
        assertEquals(List.of("1080p", "720p", "480p"), variants.stream().map(Variant::name).toList());
        assertEquals(List.of(1920, 1280, 854), variants.stream().map(Variant::width).toList());
        assertEquals("avc1.640028,mp4a.40.2", variants.get(0).codecs(), "1080p25 is level 4.0");
        assertEquals("avc1.64001f,mp4a.40.2", variants.get(1).codecs(), "720p25 is level 3.1");
        assertEquals((5350 + 128) * 1100L, variants.get(0).bandwidth(128), "peak video (5000 + 7 %) + audio + 10 %");
    }

    @Test
    void neverUpscalesAndKeepsAtLeastOneRendition() {
        assertEquals(List.of("480p"), Rendition.forSource(LADDER, 854, 480, 25).stream().map(Variant::name).toList());
        Variant small = Rendition.forSource(LADDER, 640, 360, 60).get(0);
        assertEquals(List.of("480p", 640, 360), List.of(small.name(), small.width(), small.height()));
        assertEquals(List.of(1440, 960, 640), Rendition.forSource(LADDER, 1440, 1080, 30).stream()
                .map(Variant::width).toList(), "a 4:3 source keeps its shape");
    }

    @Test
    void sixtyFramesPerSecondNeedAHigherLevel() {
        assertEquals("4.2", Rendition.forSource(LADDER, 1920, 1080, 60).get(0).level());
        assertEquals("3.2", Rendition.forSource(LADDER, 1280, 720, 60).get(0).level());
    }

    @Test
    void refusesAMalformedSetting() {
        assertThrows(IllegalArgumentException.class, () -> Rendition.parse("720:2800"));
        assertThrows(IllegalArgumentException.class, () -> Rendition.parse("721p:2800"));
    }
}
