package fr.pitchoun.transcode.ffmpeg;

import fr.pitchoun.transcode.config.TranscodeConfig;
import fr.pitchoun.transcode.hls.ChannelPlaylists;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Builds the FFmpeg commands that write a ladder of HLS renditions into a {@link StagingFolder}: the live ladder (one
 * process, one decode, each rendition scaled from the next larger one, one x264 encode per rendition, one AAC encode
 * for all) and the standby slate's loop, with the same structure. Each video rendition is a stream of its own (video
 * only), and so is the audio ({@value ChannelPlaylists#AUDIO}, audio only), cut at the same instants.
 */
@ApplicationScoped
public class LadderCommand {

    private static final String AUDIO = ChannelPlaylists.AUDIO;

    private final TranscodeConfig config;

    static final int STILL_HEIGHT = 180;

    /** Shared with deploy/bench/ladder-speed.sh, which measures this very ladder. */
    static final String LIVE_X264_PARAMS = "bframes=0:rc-lookahead=0:sync-lookahead=2";

    public LadderCommand(TranscodeConfig config) {
        this.config = config;
    }

    /** The live ladder of a feed. FFmpeg keeps only a short list; the packager takes the segments away as they come. */
    public List<String> live(String input, Source source, List<Variant> variants, StagingFolder dir) {
        List<String> args = new ArrayList<>(head());
        if (!input.contains("://")) {
            // A file (the tests' feeds) is read at its own pace, like a live feed. Not a live feed: -re would hold back
            // what NGINX sends at once on connection, adding that much latency for good.
            args.add("-re");
        }
        // Same analysis as the probe: enough to find the video of a feed joined between two keyframes.
        args.addAll(List.of("-analyzeduration", SourceProbe.ANALYZE_MICROSECONDS, "-probesize", SourceProbe.PROBE_BYTES,
                "-i", input));
        String audio = "[0:a:0]";
        if (!source.hasAudio()) {
            // Every rendition plays with audio, so that players never meet a segment without the track they set up.
            args.addAll(List.of("-f", "lavfi", "-i", "anullsrc=channel_layout=stereo:sample_rate=48000"));
            audio = "[1:a:0]";
        }
        // The audio starts with the video (silence fills a late start), so that its segments, cut every segment
        // duration from its own start, cover the same instants as the video's; async also fills later gaps in a feed.
        String graph = scaleGraph("[0:v:0]", variants, passthroughOrScale(source, variants.get(0)))
                + ";" + audio + "aresample=async=1:first_pts=0[a]";
        // The scalers run in parallel with the decoder and the encoders instead of in turn.
        args.addAll(List.of("-filter_complex_threads", Integer.toString(Runtime.getRuntime().availableProcessors()),
                "-filter_complex", graph));
        args.addAll(encode(variants, "[a]", config.preset(), "film"));
        // No B-frames and no lookahead: a frame leaves the encoder almost as it comes in (lag from the control room
        // to the playlist 0.9 s -> 0.3 s here). A 2-frame threaded lookahead (sync-lookahead, 80 ms at 25 fps) lets
        // x264 analyse the next frames while it encodes: the ladder went from 2.1x to 2.5x real time on 2 cores.
        // Unlike the "zerolatency" tune, x264 keeps its frame threads, which the 2-core ladder needs.
        args.addAll(List.of("-x264-params", LIVE_X264_PARAMS));
        if (!source.hasAudio()) {
            args.add("-shortest");
        }
        args.addAll(hls(variants, dir, 5));
        return args;
    }

    /** The top rendition of a source already at its size is the decoded picture itself: no scaler at all. */
    private static String passthroughOrScale(Source source, Variant top) {
        return top.width() == source.width() && top.height() == source.height() ? ""
                : "scale=" + top.width() + ":" + top.height() + ":flags=bilinear";
    }

    /**
     * The standby slate's loop: {@code seconds} of the channel's picture (an image, a video, or {@code null} for the
     * generated card) with silent audio, encoded like the live renditions so that players switch without surprise.
     */
    public List<String> slate(String picture, Path cardText, List<Variant> variants, int seconds,
                              StagingFolder dir) {
        List<String> args = new ArrayList<>(head());
        String head;
        if (picture == null) {
            head = "[0:v:0]fps=25,drawtext=font=Sans:fontcolor=white:fontsize=96:x=(w-tw)/2:y=(h-th)/2-60:textfile='"
                    + cardText.toString().replace("'", "") + "',";
            args.addAll(List.of("-f", "lavfi", "-t", Integer.toString(seconds),
                    "-i", "color=c=0x1f3a93:s=1920x1080:r=25"));
        } else {
            boolean image = picture.toLowerCase(Locale.ROOT).matches(".*\\.(png|jpe?g|webp|bmp)(\\?.*)?$");
            if (image) {
                args.addAll(List.of("-loop", "1", "-framerate", "25"));
            } else {
                args.addAll(List.of("-stream_loop", "-1"));
            }
            args.addAll(List.of("-t", Integer.toString(seconds), "-i", picture));
            head = "[0:v:0]fps=25,";
        }
        args.addAll(List.of("-f", "lavfi", "-t", Integer.toString(seconds),
                "-i", "anullsrc=channel_layout=stereo:sample_rate=48000"));
        // The picture, whatever its shape, fits the top rendition (bars if needed); the others are 16:9 like it.
        Variant top = variants.get(0);
        String fit = "scale=" + top.width() + ":" + top.height() + ":force_original_aspect_ratio=decrease:flags=bilinear"
                + ",pad=" + top.width() + ":" + top.height() + ":(ow-iw)/2:(oh-ih)/2";
        args.addAll(List.of("-filter_complex", scaleGraph(head, variants, fit)));
        // A still picture: the fastest preset loses nothing, and the slate is ready sooner on a busy machine.
        args.addAll(encode(variants, "1:a:0", "ultrafast", "stillimage"));
        args.addAll(hls(variants, dir, 0));
        return args;
    }

    /**
     * The channel's still: the first picture of a published segment (a low rendition: a small decode), scaled to
     * {@value #STILL_HEIGHT} lines, as a JPEG.
     */
    public List<String> still(Path segment, Path jpeg) {
        return List.of("nice", "-n", "10", config.ffmpeg(), "-hide_banner", "-nostdin", "-loglevel", "error", "-y",
                "-i", segment.toString(), "-frames:v", "1", "-vf", "scale=-2:" + STILL_HEIGHT, "-c:v", "mjpeg", "-q:v", "5",
                "-f", "image2", jpeg.toString());
    }

    private List<String> head() {
        // Progress as key=value blocks on stdout, read by the supervisor; warnings and errors on stderr.
        return List.of(config.ffmpeg(), "-hide_banner", "-nostdin", "-loglevel", "warning", "-nostats",
                "-progress", "pipe:1");
    }

    /**
     * One decode, then a cascade: the top rendition from the source ({@code top}: its filters, none when the source
     * is already at its size), each next one scaled from the one above it. A scaler reading a 720p picture instead of
     * the 1080p source does less than half the work (the ladder went about 4 % faster), for no difference a viewer
     * sees. Bilinear: bicubic cost the 2-core ladder about a tenth of its speed at these downscales.
     */
    private static String scaleGraph(String head, List<Variant> variants, String top) {
        StringBuilder graph = new StringBuilder(head);
        for (int i = 0; i < variants.size(); i++) {
            Variant v = variants.get(i);
            if (i > 0) {
                graph.append(";[c").append(i - 1).append("]scale=").append(v.width()).append(':').append(v.height())
                        .append(":flags=bilinear,");
            } else if (!top.isEmpty()) {
                graph.append(top).append(',');
            }
            graph.append("setsar=1");
            if (i < variants.size() - 1) {
                graph.append(",split=2[v").append(i).append("][c").append(i).append(']');
            } else {
                graph.append("[v").append(i).append(']');
            }
        }
        return graph.toString();
    }

    private List<String> encode(List<Variant> variants, String audio, String preset, String tune) {
        List<String> args = new ArrayList<>();
        for (int i = 0; i < variants.size(); i++) {
            args.addAll(List.of("-map", "[v" + i + "]"));
        }
        // One AAC encode for the whole ladder: one per rendition held the single process back (1.8x -> 2.15x real time).
        args.addAll(List.of("-map", audio));
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

    private List<String> hls(List<Variant> variants, StagingFolder dir, int listSize) {
        // An audio rendition group: the audio is its own rendition, which every video rendition refers to (FFmpeg's
        // HLS muxer cannot put one audio stream into several variants).
        String streamMap = "a:0,agroup:" + AUDIO + ",name:" + AUDIO + " " + IntStream.range(0, variants.size())
                .mapToObj(i -> "v:" + i + ",agroup:" + AUDIO + ",name:" + variants.get(i).name())
                .collect(Collectors.joining(" "));
        return List.of("-f", "hls", "-hls_time", Integer.toString(config.segmentSeconds()),
                "-hls_list_size", Integer.toString(listSize),
                // temp_file: a segment is listed only once complete, under its final name.
                "-hls_flags", "temp_file+independent_segments",
                // A clock reference every 80 ms, as MPEG-TS would choose for 25 fps video, set for the audio-only
                // segments too, where the muxer would otherwise warn "frame size not set" at every start.
                "-hls_segment_options", "pcr_period=80",
                "-hls_segment_filename", dir.segmentPattern(),
                "-var_stream_map", streamMap, dir.playlistPattern());
    }
}
