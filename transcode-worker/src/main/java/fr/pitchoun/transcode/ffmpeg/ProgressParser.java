package fr.pitchoun.transcode.ffmpeg;

import java.util.Optional;

/**
 * Reads FFmpeg's {@code -progress} output: blocks of {@code key=value} lines, each closed by a {@code progress=} line.
 * Not thread-safe: one parser per FFmpeg process, fed by the thread that reads its stdout.
 */
public class ProgressParser {

    /** One closed block: how fast FFmpeg encodes compared with real time (null while unknown). */
    public record Progress(Double speed) {
    }

    private Double speed;

    public Optional<Progress> accept(String line) {
        int equals = line.indexOf('=');
        if (equals < 0) {
            return Optional.empty();
        }
        String key = line.substring(0, equals).trim();
        String value = line.substring(equals + 1).trim();
        switch (key) {
            case "speed" -> speed = parseSpeed(value);
            case "progress" -> {
                return Optional.of(new Progress(speed));
            }
            default -> {
                // frame, fps, bitrate, out_time…: not exposed yet.
            }
        }
        return Optional.empty();
    }

    private static Double parseSpeed(String value) {
        String number = value.endsWith("x") ? value.substring(0, value.length() - 1) : value;
        try {
            return Double.valueOf(number);
        } catch (NumberFormatException e) {
            return null; // "N/A" before the first frame
        }
    }
}
