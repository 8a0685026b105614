package fr.pitchoun.transcode.ffmpeg;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.pitchoun.transcode.config.TranscodeConfig;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs ffprobe on a feed before its ladder is chosen: the source's height decides which renditions it gets. */
@ApplicationScoped
public class SourceProbe {

    /** An RTMP feed sends its metadata at once; a feed silent this long is as good as absent. */
    private static final long TIMEOUT_SECONDS = 10;
    /**
     * Joining a feed that is already on air, FFmpeg may see audio before the video's next keyframe: 3 s of analysis
     * (longer than the control room's usual 2-s GOP) finds both; 1 s sometimes found no video at all and the ladder
     * failed on "[0:v:0] matches no streams". It delays only the start, which the slate covers.
     */
    static final String ANALYZE_MICROSECONDS = "3000000";
    static final String PROBE_BYTES = "2000000";

    private final String ffprobe;
    private final ObjectMapper json;

    public SourceProbe(TranscodeConfig config, ObjectMapper json) {
        this.ffprobe = config.ffprobe();
        this.json = json;
    }

    public Source probe(String input) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(List.of(ffprobe, "-v", "error", "-rw_timeout", "8000000",
                "-analyzeduration", ANALYZE_MICROSECONDS, "-probesize", PROBE_BYTES,
                "-show_entries", "stream=codec_type,width,height,avg_frame_rate,r_frame_rate", "-of", "json", input))
                .start();
        CompletableFuture<String> errors = CompletableFuture.supplyAsync(() -> readQuietly(process));
        try {
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                throw new IOException("ffprobe got nothing from " + input + " in " + TIMEOUT_SECONDS + " s");
            }
            if (process.exitValue() != 0) {
                throw new IOException("ffprobe failed on " + input + ": " + errors.join().strip());
            }
            return parse(new String(out, StandardCharsets.UTF_8));
        } finally {
            process.destroyForcibly();
        }
    }

    Source parse(String output) throws IOException {
        Source found = null;
        boolean audio = false;
        for (JsonNode stream : json.readTree(output).path("streams")) {
            String type = stream.path("codec_type").asText();
            if ("audio".equals(type)) {
                audio = true;
            } else if ("video".equals(type) && found == null && stream.path("height").asInt() > 0) {
                double fps = rate(stream.path("avg_frame_rate").asText());
                if (fps <= 0 || fps > 120) {
                    fps = rate(stream.path("r_frame_rate").asText());
                }
                found = new Source(stream.path("width").asInt(), stream.path("height").asInt(),
                        fps > 0 && fps <= 120 ? fps : 25, false);
            }
        }
        if (found == null) {
            throw new IOException("no video stream in the feed");
        }
        return new Source(found.width(), found.height(), found.fps(), audio);
    }

    private static double rate(String fraction) {
        String[] parts = fraction.split("/");
        try {
            double value = Double.parseDouble(parts[0]);
            return parts.length == 2 ? value / Double.parseDouble(parts[1]) : value;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String readQuietly(Process process) {
        try {
            return new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
