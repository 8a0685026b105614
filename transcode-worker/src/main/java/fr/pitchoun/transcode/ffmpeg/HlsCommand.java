package fr.pitchoun.transcode.ffmpeg;

import fr.pitchoun.transcode.config.TranscodeConfig;

import java.nio.file.Path;
import java.util.List;

/**
 * Builds the FFmpeg command that turns one channel's feed into a rolling HLS playlist. One H.264 rendition for now;
 * the ladder of issue 3 replaces the video part with a split to several encodes.
 */
public class HlsCommand {

    public static final String PLAYLIST = "index.m3u8";
    /** Enough for players to start two segments behind the live edge without keeping old footage around. */
    static final int PLAYLIST_SEGMENTS = 6;

    private final TranscodeConfig config;

    public HlsCommand(TranscodeConfig config) {
        this.config = config;
    }

    public List<String> build(String input, Path channelDir) {
        int segment = config.segmentSeconds();
        return List.of(config.ffmpeg(), "-hide_banner", "-nostdin", "-loglevel", "warning",
                // Progress as key=value blocks on stdout, read by the supervisor; errors stay on stderr.
                "-nostats", "-progress", "pipe:1",
                // Read at the native frame rate: a file then behaves like the live feed, and a live feed is unchanged.
                "-re", "-i", input,
                "-map", "0:v:0", "-map", "0:a:0?",
                "-vf", "scale=-2:'min(" + config.maxHeight() + ",ih)'",
                "-c:v", "libx264", "-preset", config.preset(), "-pix_fmt", "yuv420p",
                "-b:v", "2800k", "-maxrate", "2800k", "-bufsize", "5600k",
                // A keyframe at every segment boundary, whatever the input frame rate, and nowhere else forced.
                "-force_key_frames", "expr:gte(t,n_forced*" + segment + ")", "-sc_threshold", "0",
                "-c:a", "aac", "-b:a", "128k", "-ac", "2",
                "-f", "hls", "-hls_time", Integer.toString(segment), "-hls_list_size", Integer.toString(PLAYLIST_SEGMENTS),
                // temp_file: NGINX never serves a half-written segment or playlist.
                "-hls_flags", "delete_segments+independent_segments+temp_file",
                // Sequence numbers keep increasing across restarts, so players do not take new segments for old ones.
                "-hls_start_number_source", "epoch",
                "-hls_segment_filename", channelDir.resolve("segment_%d.ts").toString(),
                channelDir.resolve(PLAYLIST).toString());
    }
}
