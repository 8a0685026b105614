package fr.pitchoun.transcode.slate;

import fr.pitchoun.transcode.config.TranscodeConfig;
import fr.pitchoun.transcode.ffmpeg.LadderCommand;
import fr.pitchoun.transcode.ffmpeg.Rendition;
import fr.pitchoun.transcode.ffmpeg.StagingFolder;
import fr.pitchoun.transcode.ffmpeg.Variant;
import fr.pitchoun.transcode.hls.ChannelPlaylists;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Makes a channel's {@link SlateLoop} with FFmpeg, from its slate picture or the generated card. */
@ApplicationScoped
public class SlateEncoder {

    /** Segments in the loop: a discontinuity is marked where it starts again, once every loop. */
    static final int LOOP_SEGMENTS = 3;
    private static final Logger LOG = Logger.getLogger(SlateEncoder.class);
    private static final String COMPLETE = "complete";

    private final LadderCommand command;
    private final int segmentSeconds;

    public SlateEncoder(LadderCommand command, TranscodeConfig config) {
        this.command = command;
        this.segmentSeconds = config.segmentSeconds();
    }

    /**
     * The loop for these renditions, made with FFmpeg unless a previous run (or worker) left it complete in
     * {@code workDir}. {@code picture} is the channel's slate (URL or path of an image or video), null for the card.
     * Blocking: off the channel's thread.
     */
    public SlateLoop prepare(Path workDir, String displayName, String picture, List<Rendition> renditions)
            throws IOException, InterruptedException {
        // v2: with the audio as a rendition of its own.
        String identity = String.join("|", "v2", String.valueOf(picture), displayName,
                Integer.toString(segmentSeconds), renditions.toString());
        StagingFolder dir = new StagingFolder(workDir.resolve("slate-" + digest(identity)));
        if (!Files.exists(dir.dir().resolve(COMPLETE))) {
            encode(dir, displayName, picture, renditions);
        }
        Map<String, List<Path>> segments = new LinkedHashMap<>();
        List<Double> durations = null;
        List<String> names = new ArrayList<>(renditions.stream().map(Rendition::name).toList());
        names.add(ChannelPlaylists.AUDIO);
        for (String name : names) {
            List<StagingFolder.Staged> listed = dir.finished(name);
            segments.put(name, listed.stream().map(StagingFolder.Staged::file).toList());
            if (durations == null || listed.size() < durations.size()) {
                durations = listed.stream().map(StagingFolder.Staged::duration).toList();
            }
        }
        if (durations == null || durations.isEmpty()) {
            throw new IOException("the slate in " + dir.dir() + " has no segment");
        }
        return new SlateLoop(Map.copyOf(segments), durations);
    }

    private void encode(StagingFolder dir, String displayName, String picture, List<Rendition> renditions)
            throws IOException, InterruptedException {
        Files.createDirectories(dir.dir());
        Path card = dir.dir().resolve("card.txt");
        // drawtext reads the card from a file: no escaping of the channel's name inside the filter graph.
        Files.writeString(card, "On revient très vite !\n" + displayName, StandardCharsets.UTF_8);
        List<Variant> variants = renditions.stream().map(r -> Variant.slate(r, 25)).toList();
        List<String> args = command.slate(picture, card, variants, segmentSeconds * LOOP_SEGMENTS, dir);
        long started = System.nanoTime();
        List<String> niced = new ArrayList<>(List.of("nice", "-n", "10"));
        // Below the live ladders: a slate made at startup must never slow a channel that is live.
        niced.addAll(args);
        Path log = dir.dir().resolve("ffmpeg.log");
        Process process = new ProcessBuilder(niced).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        int code = process.waitFor();
        if (code != 0) {
            throw new IOException("FFmpeg could not make the slate (exit code " + code + "): "
                    + Files.readString(log).strip().lines().reduce((a, b) -> b).orElse(""));
        }
        Files.writeString(dir.dir().resolve(COMPLETE), "");
        LOG.infof("slate for %s made in %d ms (%s)", displayName, (System.nanoTime() - started) / 1_000_000,
                picture == null ? "generated card" : picture);
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
