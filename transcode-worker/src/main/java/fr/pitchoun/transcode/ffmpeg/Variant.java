package fr.pitchoun.transcode.ffmpeg;

import fr.pitchoun.transcode.hls.ChannelPlaylists;
import fr.pitchoun.transcode.hls.MasterPlaylist;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A rendition as actually encoded: its picture size (the source's aspect ratio at the rendition's height, or the
 * source's own height when that is smaller) and frame rate, which the master playlist declares.
 */
public record Variant(Rendition rendition, int width, int height, double fps) {

    static Variant of(Rendition rendition, int sourceWidth, int sourceHeight, int height, double fps) {
        long width = Math.round((double) sourceWidth * height / sourceHeight / 2) * 2;
        return new Variant(rendition, (int) width, height, fps);
    }

    /** The slate's picture for a rendition: 16:9 at its height. */
    public static Variant slate(Rendition rendition, double fps) {
        return of(rendition, 16, 9, rendition.height(), fps);
    }

    public String name() {
        return rendition.name();
    }

    /** H.264 level for this picture size and rate (x264 is told the same, so the CODECS attribute is true). */
    public String level() {
        long frameMacroblocks = (long) Math.ceil(width / 16.0) * (long) Math.ceil(height / 16.0);
        long perSecond = frameMacroblocks * Math.round(Math.ceil(fps));
        // Table A-1 of H.264: (level, max frame size, max macroblocks per second).
        String[][] levels = {{"3.0", "1620", "40500"}, {"3.1", "3600", "108000"}, {"3.2", "5120", "216000"},
                {"4.0", "8192", "245760"}, {"4.2", "8704", "522240"}};
        for (String[] level : levels) {
            if (frameMacroblocks <= Long.parseLong(level[1]) && perSecond <= Long.parseLong(level[2])) {
                return level[0];
            }
        }
        return "5.1";
    }

    /** RFC 6381 codecs of the variant: H.264 High profile at {@link #level()}, AAC-LC. */
    public String codecs() {
        int levelIdc = Math.round(Float.parseFloat(level()) * 10);
        return "avc1.6400%02x,mp4a.40.2".formatted(levelIdc);
    }

    /** Peak bits per second for BANDWIDTH: video peak plus audio, plus 10 % for MPEG-TS packaging. */
    public long bandwidth(int audioKbps) {
        return (rendition.maxrateKbps() + audioKbps) * 1100L;
    }

    /** Average bits per second for AVERAGE-BANDWIDTH. */
    public long averageBandwidth(int audioKbps) {
        return (rendition.videoKbps() + audioKbps) * 1100L;
    }

    /** The variant as the master playlist declares it: bandwidth and codecs count the audio it plays with. */
    public MasterPlaylist.Variant inMaster(int audioKbps) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("BANDWIDTH", Long.toString(bandwidth(audioKbps)));
        attributes.put("AVERAGE-BANDWIDTH", Long.toString(averageBandwidth(audioKbps)));
        attributes.put("RESOLUTION", width + "x" + height);
        attributes.put("FRAME-RATE", String.format(Locale.ROOT, "%.3f", fps));
        attributes.put("CODECS", codecs());
        attributes.put("AUDIO", ChannelPlaylists.AUDIO);
        return new MasterPlaylist.Variant(attributes, name() + ".m3u8");
    }
}
