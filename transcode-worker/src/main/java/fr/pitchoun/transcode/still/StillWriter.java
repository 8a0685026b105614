package fr.pitchoun.transcode.still;

import fr.pitchoun.transcode.ffmpeg.LadderCommand;
import fr.pitchoun.transcode.ffmpeg.ProcessFactory;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Renews the channels' stills (the live page's thumbnails) off the channels' threads: one small FFmpeg at a time, at
 * low priority, from a segment already published. A channel whose still is still being made skips that turn; a
 * still that cannot be made keeps the previous one and is counted.
 */
@ApplicationScoped
public class StillWriter {

    private static final Logger LOG = Logger.getLogger(StillWriter.class);

    private final LadderCommand command;
    private final ProcessFactory processes;
    private final Counter failures;
    private final Set<Path> inFlight = ConcurrentHashMap.newKeySet();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "channel-stills");
        t.setDaemon(true);
        return t;
    });

    StillWriter(LadderCommand command, ProcessFactory processes, MeterRegistry registry) {
        this.command = command;
        this.processes = processes;
        this.failures = Counter.builder("pitchoun.transcode.still.failures")
                .description("Channel stills FFmpeg could not make (the previous one stays)").register(registry);
    }

    /** Makes {@code target} from the first picture of {@code segment}, soon; returns at once. */
    public void renew(Path segment, Path target) {
        if (!inFlight.add(target)) {
            return;
        }
        worker.execute(() -> {
            try {
                write(segment, target);
            } catch (IOException e) {
                failures.increment();
                LOG.warnf("still %s not renewed: %s", target, e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                inFlight.remove(target);
            }
        });
    }

    private void write(Path segment, Path target) throws IOException, InterruptedException {
        Path temporary = target.resolveSibling("." + target.getFileName() + ".tmp");
        Process process = processes.start(command.still(segment, temporary));
        process.getInputStream().close();
        String errors = new String(process.getErrorStream().readAllBytes()).strip();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("FFmpeg took more than 20 s");
        }
        if (process.exitValue() != 0 || !Files.exists(temporary)) {
            Files.deleteIfExists(temporary);
            throw new IOException("FFmpeg exit " + process.exitValue() + ": " + errors);
        }
        Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-r--r--"));
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
