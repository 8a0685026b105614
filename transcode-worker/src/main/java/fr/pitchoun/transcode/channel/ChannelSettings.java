package fr.pitchoun.transcode.channel;

import fr.pitchoun.transcode.config.TranscodeConfig;
import fr.pitchoun.transcode.ffmpeg.Rendition;

import java.time.Duration;
import java.util.List;

/** How every channel is set up: its ladder, the playlists' and start-over's windows and FFmpeg's limits. */
record ChannelSettings(List<Rendition> ladder, Duration segment, int stallSegments, int maxRestartDelaySeconds,
                       int playlistSegments, int startOverSegments, int audioKbps) {

    static ChannelSettings of(TranscodeConfig config) {
        return new ChannelSettings(Rendition.ladder(config.renditions()), Duration.ofSeconds(config.segmentSeconds()),
                config.stallSegments(), config.maxRestartDelaySeconds(), config.playlistSegments(),
                (int) (config.startOverWindow().toSeconds() / config.segmentSeconds()), config.audioKbps());
    }
}
