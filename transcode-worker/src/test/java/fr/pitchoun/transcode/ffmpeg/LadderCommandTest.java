package fr.pitchoun.transcode.ffmpeg;

import fr.pitchoun.transcode.TestSettings;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The live ladder's whole FFmpeg command for the feeds a control room sends, argument by argument. */
class LadderCommandTest {

    private static final String FEED = "rtmp://127.0.0.1:1935/live/pitchoun-tv";
    private static final StagingFolder STAGING = new StagingFolder(Path.of("/hls/.transcode/pitchoun-tv/run-1"));
    private static final List<Rendition> LADDER = Rendition.ladder(TestSettings.defaults().renditions());
    private static final String THREADS = Integer.toString(Runtime.getRuntime().availableProcessors());

    private final LadderCommand command = new LadderCommand(TestSettings.defaults());

    @Test
    void theStillIsOnePictureOfTheSegmentAt180LinesAtLowPriority() {
        assertEquals(List.of("nice", "-n", "10", "ffmpeg", "-hide_banner", "-nostdin", "-loglevel", "error", "-y",
                "-i", "/hls/tv/480p_7.ts", "-frames:v", "1", "-vf", "scale=-2:180", "-c:v", "mjpeg", "-q:v", "5",
                "-f", "image2", "/hls/tv/.thumbnail.jpg.tmp"),
                command.still(Path.of("/hls/tv/480p_7.ts"), Path.of("/hls/tv/.thumbnail.jpg.tmp")));
    }

    @Test
    void fullHd25GetsTheWholeCascade() {
        assertEquals(args(
                List.of("-i", FEED),
                FULL_CASCADE,
                X264,
                List.of("-b:v:0", "5000k", "-maxrate:v:0", "5350k", "-bufsize:v:0", "7500k", "-level:v:0", "4.0",
                        "-b:v:1", "2800k", "-maxrate:v:1", "2996k", "-bufsize:v:1", "4200k", "-level:v:1", "3.1",
                        "-b:v:2", "1200k", "-maxrate:v:2", "1284k", "-bufsize:v:2", "1800k", "-level:v:2", "3.0"),
                KEYFRAMES_AND_AAC,
                List.of(),
                hls(FULL_STREAM_MAP)),
                live(1920, 1080, 25, true));
    }

    @Test
    void hd30StartsAt720pWithoutAScalerOnTop() {
        // 480p at 30 fps is past level 3.0's macroblock rate: 3.1.
        assertEquals(args(
                List.of("-i", FEED),
                List.of("-filter_complex_threads", THREADS, "-filter_complex",
                        "[0:v:0]setsar=1,split=2[v0][c0];"
                                + "[c0]scale=854:480:flags=bilinear,setsar=1[v1];"
                                + "[0:a:0]aresample=async=1:first_pts=0[a]"),
                List.of("-map", "[v0]", "-map", "[v1]", "-map", "[a]"),
                X264,
                List.of("-b:v:0", "2800k", "-maxrate:v:0", "2996k", "-bufsize:v:0", "4200k", "-level:v:0", "3.1",
                        "-b:v:1", "1200k", "-maxrate:v:1", "1284k", "-bufsize:v:1", "1800k", "-level:v:1", "3.1"),
                KEYFRAMES_AND_AAC,
                List.of(),
                hls("a:0,agroup:audio,name:audio v:0,agroup:audio,name:720p v:1,agroup:audio,name:480p")),
                live(1280, 720, 30, true));
    }

    @Test
    void fullHd60NeedsHigherLevelsAndTheSameKeyframeInstants() {
        assertEquals(args(
                List.of("-i", FEED),
                FULL_CASCADE,
                X264,
                List.of("-b:v:0", "5000k", "-maxrate:v:0", "5350k", "-bufsize:v:0", "7500k", "-level:v:0", "4.2",
                        "-b:v:1", "2800k", "-maxrate:v:1", "2996k", "-bufsize:v:1", "4200k", "-level:v:1", "3.2",
                        "-b:v:2", "1200k", "-maxrate:v:2", "1284k", "-bufsize:v:2", "1800k", "-level:v:2", "3.1"),
                KEYFRAMES_AND_AAC,
                List.of(),
                hls(FULL_STREAM_MAP)),
                live(1920, 1080, 60, true));
    }

    @Test
    void aFeedWithoutSoundGetsSilentAacAndEndsWithTheVideo() {
        assertEquals(args(
                List.of("-i", FEED, "-f", "lavfi", "-i", "anullsrc=channel_layout=stereo:sample_rate=48000"),
                List.of("-filter_complex_threads", THREADS, "-filter_complex",
                        "[0:v:0]setsar=1[v0];[1:a:0]aresample=async=1:first_pts=0[a]"),
                List.of("-map", "[v0]", "-map", "[a]"),
                X264,
                List.of("-b:v:0", "1200k", "-maxrate:v:0", "1284k", "-bufsize:v:0", "1800k", "-level:v:0", "3.0"),
                KEYFRAMES_AND_AAC,
                List.of("-shortest"),
                hls("a:0,agroup:audio,name:audio v:0,agroup:audio,name:480p")),
                live(854, 480, 25, false));
    }

    @Test
    void aFileIsReadAtItsOwnPace() {
        List<String> args = command.live("target/test-feeds/feed.flv", new Source(854, 480, 25, true),
                Rendition.forSource(LADDER, 854, 480, 25), STAGING);
        assertEquals(List.of("-re", "-analyzeduration"), args.subList(8, 10), "a file plays like a live feed");
    }

    /** One decode, 1080p as decoded, 720p scaled from it, 480p from 720p; the audio from the feed. */
    private static final List<String> FULL_CASCADE = List.of("-filter_complex_threads", THREADS, "-filter_complex",
            "[0:v:0]setsar=1,split=2[v0][c0];"
                    + "[c0]scale=1280:720:flags=bilinear,setsar=1,split=2[v1][c1];"
                    + "[c1]scale=854:480:flags=bilinear,setsar=1[v2];"
                    + "[0:a:0]aresample=async=1:first_pts=0[a]",
            "-map", "[v0]", "-map", "[v1]", "-map", "[v2]", "-map", "[a]");

    private static final String FULL_STREAM_MAP = "a:0,agroup:audio,name:audio v:0,agroup:audio,name:1080p "
            + "v:1,agroup:audio,name:720p v:2,agroup:audio,name:480p";

    private static final List<String> X264 = List.of("-c:v", "libx264", "-preset", "veryfast", "-tune", "film",
            "-pix_fmt", "yuv420p", "-profile:v", "high");

    private static final List<String> KEYFRAMES_AND_AAC = List.of(
            "-force_key_frames", "expr:gte(t,n_forced*2)", "-sc_threshold", "0",
            "-c:a", "aac", "-b:a", "128k", "-ac", "2", "-ar", "48000", "-max_muxing_queue_size", "1024",
            "-x264-params", "bframes=0:rc-lookahead=0:sync-lookahead=2");

    private static List<String> hls(String streamMap) {
        return List.of("-f", "hls", "-hls_time", "2", "-hls_list_size", "5",
                "-hls_flags", "temp_file+independent_segments", "-hls_segment_options", "pcr_period=80",
                "-hls_segment_filename", "/hls/.transcode/pitchoun-tv/run-1/%v_%d.ts",
                "-var_stream_map", streamMap, "/hls/.transcode/pitchoun-tv/run-1/%v.m3u8");
    }

    /** The whole command: FFmpeg's head, then the parts in the order given (the input after the probe's settings). */
    @SafeVarargs
    private static List<String> args(List<String> input, List<String>... rest) {
        List<String> all = new ArrayList<>(List.of("ffmpeg", "-hide_banner", "-nostdin", "-loglevel", "warning",
                "-nostats", "-progress", "pipe:1", "-analyzeduration", "3000000", "-probesize", "2000000"));
        all.addAll(input);
        for (List<String> part : rest) {
            all.addAll(part);
        }
        return all;
    }

    private List<String> live(int width, int height, double fps, boolean audio) {
        return command.live(FEED, new Source(width, height, fps, audio), Rendition.forSource(LADDER, width, height, fps),
                STAGING);
    }
}
