package fr.pitchoun.transcode.ffmpeg;

/** What ffprobe found in a feed: the first video stream's size and rate, and whether there is audio. */
public record Source(int width, int height, double fps, boolean hasAudio) {
}
