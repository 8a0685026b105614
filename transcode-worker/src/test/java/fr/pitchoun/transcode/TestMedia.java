package fr.pitchoun.transcode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Control-room feeds made with FFmpeg, and ffprobe readings of what the worker wrote. */
public final class TestMedia {

    private static final Path DIR = Path.of("target/test-feeds").toAbsolutePath();

    private TestMedia() {
    }

    /** A test pattern with a tone, H.264 + AAC in FLV as the control room sends it; made once per build. */
    public static Path feed(int width, int height, int seconds) throws IOException, InterruptedException {
        Path file = DIR.resolve("feed-" + width + "x" + height + "-" + seconds + "s.flv");
        if (!Files.exists(file)) {
            Files.createDirectories(DIR);
            Path partial = DIR.resolve(file.getFileName() + ".part.flv");
            run("ffmpeg", "-hide_banner", "-loglevel", "error", "-y",
                    "-f", "lavfi", "-i", "testsrc2=size=" + width + "x" + height + ":rate=25",
                    "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=48000",
                    "-t", Integer.toString(seconds),
                    "-c:v", "libx264", "-preset", "ultrafast", "-g", "50", "-pix_fmt", "yuv420p",
                    "-c:a", "aac", "-f", "flv", partial.toString());
            Files.move(partial, file);
        }
        return file;
    }

    /** The media segments a playlist lists, in order. */
    public static List<Path> segments(Path playlist) throws IOException {
        if (!Files.exists(playlist)) {
            return List.of();
        }
        return Files.readAllLines(playlist).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(playlist.resolveSibling(".")::resolve)
                .map(Path::normalize)
                .toList();
    }

    /** The first video frame of a file: key_frame, pict_type, width, height, and the stream's codec_name. */
    public static Map<String, String> firstVideoFrame(Path media) throws IOException, InterruptedException {
        return keyValues(run("ffprobe", "-v", "error", "-select_streams", "v:0", "-read_intervals", "%+#1",
                "-show_entries", "frame=key_frame,pict_type,width,height:stream=codec_name",
                "-of", "default=noprint_wrappers=1", media.toString()));
    }

    /** How many video frames the whole file decodes to. */
    public static int decodedFrames(Path media) throws IOException, InterruptedException {
        return Integer.parseInt(keyValues(run("ffprobe", "-v", "error", "-select_streams", "v:0", "-count_frames",
                "-show_entries", "stream=nb_read_frames", "-of", "default=noprint_wrappers=1", media.toString()))
                .get("nb_read_frames"));
    }

    private static Map<String, String> keyValues(String output) {
        Map<String, String> values = new HashMap<>();
        output.lines().map(line -> line.split("=", 2)).filter(kv -> kv.length == 2)
                .forEach(kv -> values.putIfAbsent(kv[0], kv[1]));
        return values;
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), String.join(" ", command) + " failed: " + output);
        return output;
    }
}
