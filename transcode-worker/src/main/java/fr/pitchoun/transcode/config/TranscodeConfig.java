package fr.pitchoun.transcode.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.nio.file.Path;

/** How the worker runs FFmpeg and where it writes HLS (documented in the module README). */
@ConfigMapping(prefix = "pitchoun.transcode")
public interface TranscodeConfig {

    /** Folder NGINX serves under /hls/: each channel gets {@code <hls-dir>/<channel>/index.m3u8}. */
    @WithDefault("../.pitchoun/up/hls")
    Path hlsDir();

    /** The FFmpeg executable, a name looked up on the PATH or an absolute path. */
    @WithDefault("ffmpeg")
    String ffmpeg();

    /** libx264 preset: speed against compression; veryfast keeps a channel in real time on two cores. */
    @WithDefault("veryfast")
    String preset();

    /** HLS segment length, also the keyframe interval so every segment starts on a keyframe. */
    @WithDefault("2")
    int segmentSeconds();

    /** Output height cap; smaller sources keep their height (never upscaled). */
    @WithDefault("720")
    int maxHeight();
}
