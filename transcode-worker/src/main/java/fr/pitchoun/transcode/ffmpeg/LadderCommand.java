package fr.pitchoun.transcode.ffmpeg;

import fr.pitchoun.transcode.config.TranscodeConfig;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Builds the FFmpeg commands that write a ladder of HLS renditions into a folder: the live ladder (one process, one
 * decode, {@code split} to one scale and one x264 encode per rendition) and the standby slate's loop.
 * Each rendition {@code name} becomes {@code <dir>/<name>.m3u8} and segments {@code <dir>/<name>_<n>.ts}.
 */
public class LadderCommand {

    private final TranscodeConfig config;

    /** Shared with deploy/bench/ladder-speed.sh, which measures this very ladder. */
    static final String LIVE_X264_PARAMS = "bframes=0:rc-lookahead=0:sync-lookahead=0";

    public LadderCommand(TranscodeConfig config) {
        this.config = config;
    }

    /** The live ladder of a feed. FFmpeg keeps only a short list; the packager takes the segments away as they come. */
    public List<String> live(String input, Source source, List<Variant> variants, Path dir) {
        List<String> args = new ArrayList<>(head());
        if (!input.contains("://")) {
            // A file (the tests' feeds) is read at its own pace, like a live feed. Not a live feed: -re would hold back
            // what NGINX sends at once on connection, adding that much latency for good.
            args.add("-re");
        }
        // Same analysis as the probe: enough to find the video of a feed joined between two keyframes.
        args.addAll(List.of("-analyzeduration", SourceProbe.ANALYZE_MICROSECONDS, "-probesize", SourceProbe.PROBE_BYTES,
                "-i", input));
        String audio = "0:a:0";
        if (!source.hasAudio()) {
            // Every rendition carries audio, so that players never meet a segment without the track they set up.
            args.addAll(List.of("-f", "lavfi", "-i", "anullsrc=channel_layout=stereo:sample_rate=48000"));
            audio = "1:a:0";
        }
        // The scalers run in parallel with the decoder and the encoders instead of in turn.
        args.addAll(List.of("-filter_complex_threads", Integer.toString(Runtime.getRuntime().availableProcessors()),
                "-filter_complex", scaleGraph("[0:v:0]", variants, "")));
        args.addAll(encode(variants, audio, config.preset(), "film"));
        // No B-frames and no lookahead: a frame leaves the encoder as it comes in (lag from the control room to the
        // playlist 0.9 s -> 0.2 s here), and the ladder gets faster (1.6x -> 2x real time on 2 cores). Unlike the
        // "zerolatency" tune, x264 keeps its frame threads, which the 2-core ladder needs.
        args.addAll(List.of("-x264-params", LIVE_X264_PARAMS));
        if (!source.hasAudio()) {
            args.add("-shortest");
        }
        args.addAll(hls(variants, dir, 5));
        return args;
    }

    /**
     * The standby slate's loop: {@code seconds} of the channel's picture (an image, a video, or {@code null} for the
     * generated card) with silent audio, encoded like the live renditions so that players switch without surprise.
     */
    public List<String> slate(String picture, Path cardText, List<Variant> variants, int seconds, Path dir) {
        List<String> args = new ArrayList<>(head());
        String input;
        String fit;
        if (picture == null) {
            input = "color=c=0x1f3a93:s=1920x1080:r=25";
            fit = ",drawtext=font=Sans:fontcolor=white:fontsize=96:x=(w-tw)/2:y=(h-th)/2-60:textfile='"
                    + cardText.toString().replace("'", "") + "'";
            args.addAll(List.of("-f", "lavfi", "-t", Integer.toString(seconds), "-i", input));
        } else {
            boolean image = picture.toLowerCase(Locale.ROOT).matches(".*\\.(png|jpe?g|webp|bmp)(\\?.*)?$");
            if (image) {
                args.addAll(List.of("-loop", "1", "-framerate", "25"));
            } else {
                args.addAll(List.of("-stream_loop", "-1"));
            }
            args.addAll(List.of("-t", Integer.toString(seconds), "-i", picture));
            fit = "";
        }
        args.addAll(List.of("-f", "lavfi", "-t", Integer.toString(seconds),
                "-i", "anullsrc=channel_layout=stereo:sample_rate=48000"));
        args.addAll(List.of("-filter_complex", scaleGraph("[0:v:0]fps=25" + fit + ",", variants,
                ":force_original_aspect_ratio=decrease")));
        // A still picture: the fastest preset loses nothing, and the slate is ready sooner on a busy machine.
        args.addAll(encode(variants, "1:a:0", "ultrafast", "stillimage"));
        args.addAll(hls(variants, dir, 0));
        return args;
    }

    private List<String> head() {
        // Progress as key=value blocks on stdout, read by the supervisor; warnings and errors on stderr.
        return List.of(config.ffmpeg(), "-hide_banner", "-nostdin", "-loglevel", "warning", "-nostats",
                "-progress", "pipe:1");
    }

    /** One decode, split once per rendition, each scaled (and padded to its exact size when fitting a picture). */
    private static String scaleGraph(String source, List<Variant> variants, String fitting) {
        StringBuilder graph = new StringBuilder(source);
        graph.append("split=").append(variants.size());
        for (int i = 0; i < variants.size(); i++) {
            graph.append("[s").append(i).append(']');
        }
        for (int i = 0; i < variants.size(); i++) {
            Variant v = variants.get(i);
            // Bilinear: the default bicubic scaling cost the 2-core ladder about a tenth of its speed (1.55x -> 1.70x
            // real time on a 1080p25 feed), for no difference a viewer sees at these downscales.
            graph.append(";[s").append(i).append("]scale=").append(v.width()).append(':').append(v.height())
                    .append(fitting).append(":flags=bilinear");
            if (!fitting.isEmpty()) {
                graph.append(",pad=").append(v.width()).append(':').append(v.height()).append(":(ow-iw)/2:(oh-ih)/2");
            }
            graph.append(",setsar=1[v").append(i).append(']');
        }
        return graph.toString();
    }

    private List<String> encode(List<Variant> variants, String audio, String preset, String tune) {
        List<String> args = new ArrayList<>();
        for (int i = 0; i < variants.size(); i++) {
            args.addAll(List.of("-map", "[v" + i + "]", "-map", audio));
        }
        args.addAll(List.of("-c:v", "libx264", "-preset", preset, "-tune", tune, "-pix_fmt", "yuv420p",
                "-profile:v", "high"));
        for (int i = 0; i < variants.size(); i++) {
            Variant v = variants.get(i);
            args.addAll(List.of("-b:v:" + i, v.rendition().videoKbps() + "k",
                    "-maxrate:v:" + i, v.rendition().maxrateKbps() + "k",
                    "-bufsize:v:" + i, v.rendition().bufsizeKbps() + "k",
                    "-level:v:" + i, v.level()));
        }
        int segment = config.segmentSeconds();
        args.addAll(List.of(
                // A keyframe at every segment boundary, the same instant in every rendition, whatever the frame rate;
                // no scene-cut keyframes: every segment of every rendition starts on a keyframe, cut at the same time.
                "-force_key_frames", "expr:gte(t,n_forced*" + segment + ")", "-sc_threshold", "0",
                "-c:a", "aac", "-b:a", config.audioKbps() + "k", "-ac", "2", "-ar", "48000",
                "-max_muxing_queue_size", "1024"));
        return args;
    }

    private List<String> hls(List<Variant> variants, Path dir, int listSize) {
        String streamMap = IntStream.range(0, variants.size())
                .mapToObj(i -> "v:" + i + ",a:" + i + ",name:" + variants.get(i).name())
                .collect(Collectors.joining(" "));
        return List.of("-f", "hls", "-hls_time", Integer.toString(config.segmentSeconds()),
                "-hls_list_size", Integer.toString(listSize),
                // temp_file: a segment is listed only once complete, under its final name.
                "-hls_flags", "temp_file+independent_segments",
                "-hls_segment_filename", dir.resolve("%v_%d.ts").toString(),
                "-var_stream_map", streamMap, dir.resolve("%v.m3u8").toString());
    }
}
