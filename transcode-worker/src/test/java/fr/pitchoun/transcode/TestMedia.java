package fr.pitchoun.transcode;

import fr.pitchoun.transcode.hls.MasterPlaylist;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Control-room feeds made with FFmpeg, and ffprobe readings of what the worker wrote. */
public final class TestMedia {

    private static final Path DIR = Path.of("target/test-feeds").toAbsolutePath();
    private static final Pattern MAX_VOLUME = Pattern.compile("max_volume: (-inf|-?[0-9.]+) dB");

    private TestMedia() {
    }

    /** A 25 fps test pattern with a 48 kHz tone, H.264 + AAC in FLV as the control room sends it. */
    public static Path feed(int width, int height, int seconds) throws IOException, InterruptedException {
        return feed(width, height, 25, 48000, seconds);
    }

    /**
     * A test pattern with a tone ({@code sampleRate} 0: without audio), H.264 + AAC in FLV as the control room sends
     * it; made once per build.
     */
    public static Path feed(int width, int height, int fps, int sampleRate, int seconds)
            throws IOException, InterruptedException {
        Path file = DIR.resolve("feed-" + width + "x" + height + "p" + fps + "-" + sampleRate + "-" + seconds + "s.flv");
        if (!Files.exists(file)) {
            Files.createDirectories(DIR);
            Path partial = DIR.resolve(file.getFileName() + ".part.flv");
            List<String> command = new ArrayList<>(List.of("ffmpeg", "-hide_banner", "-loglevel", "error", "-y",
                    "-f", "lavfi", "-i", "testsrc2=size=" + width + "x" + height + ":rate=" + fps));
            if (sampleRate > 0) {
                command.addAll(List.of("-f", "lavfi", "-i", "sine=frequency=440:sample_rate=" + sampleRate,
                        "-c:a", "aac"));
            }
            command.addAll(List.of("-t", Integer.toString(seconds),
                    "-c:v", "libx264", "-preset", "ultrafast", "-g", Integer.toString(2 * fps), "-pix_fmt", "yuv420p",
                    "-f", "flv", partial.toString()));
            run(command.toArray(String[]::new));
            Files.move(partial, file);
        }
        return file;
    }

    /** The first video frame of a file: key_frame, pict_type, width, height, pts_time; the stream's codec_name, r_frame_rate. */
    public static Map<String, String> firstVideoFrame(Path media) throws IOException, InterruptedException {
        return keyValues(run("ffprobe", "-v", "error", "-select_streams", "v:0", "-read_intervals", "%+#1",
                "-show_entries", "frame=key_frame,pict_type,width,height,pts_time:stream=codec_name,r_frame_rate",
                "-of", "default=noprint_wrappers=1", media.toString()));
    }

    /** The variants a master playlist declares: attribute name to value, plus "URI". */
    public static List<Map<String, String>> variants(Path master) throws IOException {
        return MasterPlaylist.parse(Files.readString(master)).variants().stream().map(v -> {
            Map<String, String> attributes = new HashMap<>(v.attributes());
            attributes.put("URI", v.uri());
            return attributes;
        }).toList();
    }

    /** The renditions ({@code #EXT-X-MEDIA}) a master playlist declares: attribute name to value. */
    public static List<Map<String, String>> media(Path master) throws IOException {
        return MasterPlaylist.parse(Files.readString(master)).media().stream().map(MasterPlaylist.Media::attributes)
                .toList();
    }

    /** The kinds of streams a file holds, e.g. [video] or [audio]. */
    public static List<String> streamTypes(Path media) throws IOException, InterruptedException {
        // MPEG-TS lists each stream twice (in its program and on its own): one line per stream index.
        return run("ffprobe", "-v", "error", "-show_entries", "stream=index,codec_type", "-of", "csv=p=0",
                media.toString()).lines().map(String::strip).filter(line -> !line.isEmpty()).distinct()
                .map(line -> line.substring(line.indexOf(',') + 1)).toList();
    }

    /** When a file's first stream of a kind ("v:0", "a:0") starts, in seconds. */
    public static double startTime(Path media, String stream) throws IOException, InterruptedException {
        return Double.parseDouble(keyValues(run("ffprobe", "-v", "error", "-select_streams", stream,
                "-show_entries", "stream=start_time", "-of", "default=noprint_wrappers=1", media.toString()))
                .get("start_time"));
    }

    /** The sample rate and channels of a file's first audio stream. */
    public static Map<String, String> audio(Path media) throws IOException, InterruptedException {
        return keyValues(run("ffprobe", "-v", "error", "-select_streams", "a:0",
                "-show_entries", "stream=codec_name,sample_rate,channels", "-of", "default=noprint_wrappers=1",
                media.toString()));
    }

    /** Whether a file's audio is more than silence: its loudest sample above -40 dBFS (the slate's is -91 or less). */
    public static boolean hasSound(Path media) throws IOException, InterruptedException {
        String output = run("ffmpeg", "-hide_banner", "-nostats", "-i", media.toString(), "-map", "0:a:0",
                "-af", "volumedetect", "-f", "null", "-");
        Matcher max = MAX_VOLUME.matcher(output);
        return max.find() && !max.group(1).equals("-inf") && Double.parseDouble(max.group(1)) > -40;
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
