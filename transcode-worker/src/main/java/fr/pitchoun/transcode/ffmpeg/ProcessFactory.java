package fr.pitchoun.transcode.ffmpeg;

import java.io.IOException;
import java.util.List;

/** Starts the live ladder's FFmpeg: the operating system's processes, or in unit tests a stand-in. */
@FunctionalInterface
public interface ProcessFactory {

    Process start(List<String> command) throws IOException;
}
