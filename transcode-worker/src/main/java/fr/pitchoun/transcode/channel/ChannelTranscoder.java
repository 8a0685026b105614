package fr.pitchoun.transcode.channel;

import fr.pitchoun.transcode.ffmpeg.HlsCommand;
import fr.pitchoun.transcode.ffmpeg.ProgressParser;
import org.jboss.logging.Logger;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One channel's FFmpeg: starts, stops and watches at most one process at a time. {@link #start} and {@link #stop}
 * block while an old process stops, so callers run them off the Kafka thread, one at a time per channel.
 */
public class ChannelTranscoder {

    private static final Logger LOG = Logger.getLogger(ChannelTranscoder.class);
    /** FFmpeg closes its playlist on SIGTERM within a second; past this it is killed. */
    private static final long STOP_GRACE_SECONDS = 5;
    /** FFmpeg creates files with the process umask: 022 keeps them readable by NGINX's worker user. */
    private static final List<String> WORLD_READABLE_FILES = List.of("sh", "-c", "umask 022 && exec \"$@\"", "ffmpeg");

    private final String channel;
    private final Path dir;
    private final HlsCommand command;

    private Run current;
    private ChannelState state = ChannelState.IDLE;
    private Instant since = Instant.now();
    private Double speed;
    private Instant lastSegmentAt;
    private Integer exitCode;
    private String reason;

    public ChannelTranscoder(String channel, Path hlsDir, HlsCommand command) {
        this.channel = channel;
        this.dir = hlsDir.resolve(channel);
        this.command = command;
    }

    /** Starts FFmpeg on the feed, replacing the process already running if any. */
    public void start(String pullUrl) {
        Run previous = running();
        if (previous != null) {
            LOG.infof("[%s] PUBLISHING again while FFmpeg runs: restarting it", channel);
            terminate(previous);
        }
        Process process;
        try {
            prepareFolder();
            List<String> args = new ArrayList<>(WORLD_READABLE_FILES);
            args.addAll(command.build(pullUrl, dir));
            process = new ProcessBuilder(args).start();
        } catch (IOException e) {
            LOG.errorf(e, "[%s] cannot start FFmpeg", channel);
            synchronized (this) {
                exitCode = null;
                moveTo(ChannelState.FAILED, "cannot start FFmpeg: " + e.getMessage());
            }
            return;
        }
        Run run = new Run(process);
        synchronized (this) {
            current = run;
            speed = null;
            lastSegmentAt = null;
            exitCode = null;
            moveTo(ChannelState.STARTING, null);
        }
        LOG.infof("[%s] FFmpeg started (pid %d) pulling %s into %s", channel, process.pid(), pullUrl, dir);
        readLines("ffmpeg-progress-" + channel, process.inputReader(), progressReader(run));
        Thread errors = readLines("ffmpeg-errors-" + channel, process.errorReader(), line -> {
            run.lastError = line;
            LOG.warnf("[%s] ffmpeg: %s", channel, line);
        });
        process.onExit().thenAccept(p -> {
            // Its last error line is the reason shown for a failure: let the reader catch up first.
            awaitQuietly(errors);
            finished(run, p.exitValue());
        });
    }

    /** Stops the channel's FFmpeg: SIGTERM, then SIGKILL if it does not exit in time. */
    public void stop() {
        Run run = running();
        if (run != null) {
            terminate(run);
            return;
        }
        synchronized (this) {
            if (state != ChannelState.STOPPED) {
                moveTo(ChannelState.STOPPED, null);
            }
        }
    }

    public synchronized ChannelStatus status() {
        return new ChannelStatus(channel, state, since, speed, lastSegmentAt, exitCode, reason);
    }

    private synchronized Run running() {
        return current;
    }

    private void terminate(Run run) {
        run.stopRequested = true;
        Process process = run.process;
        process.destroy();
        try {
            if (!process.waitFor(STOP_GRACE_SECONDS, TimeUnit.SECONDS)) {
                LOG.warnf("[%s] FFmpeg (pid %d) ignored SIGTERM for %d s: killing it", channel, process.pid(),
                        STOP_GRACE_SECONDS);
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            return;
        }
        finished(run, process.exitValue());
    }

    /** Called once per process, by {@link #terminate} or when FFmpeg exits by itself, whichever comes first. */
    private synchronized void finished(Run run, int code) {
        if (run.finished) {
            return;
        }
        run.finished = true;
        current = null;
        speed = null;
        exitCode = code;
        if (run.stopRequested) {
            LOG.infof("[%s] FFmpeg stopped (exit code %d)", channel, code);
            moveTo(ChannelState.STOPPED, null);
        } else if (code == 0) {
            LOG.infof("[%s] FFmpeg ended with its feed (exit code 0)", channel);
            moveTo(ChannelState.STOPPED, null);
        } else {
            String why = run.lastError != null ? run.lastError : "FFmpeg exited with code " + code;
            LOG.errorf("[%s] FFmpeg exited by itself with code %d: %s", channel, code, why);
            moveTo(ChannelState.FAILED, why);
        }
    }

    private Consumer<String> progressReader(Run run) {
        ProgressParser parser = new ProgressParser();
        return line -> parser.accept(line).ifPresent(progress -> progressed(run, progress));
    }

    private synchronized void progressed(Run run, ProgressParser.Progress progress) {
        if (run != current) {
            return;
        }
        speed = progress.speed();
        try {
            // FFmpeg rewrites the playlist each time a segment is complete.
            lastSegmentAt = Files.getLastModifiedTime(dir.resolve(HlsCommand.PLAYLIST)).toInstant();
        } catch (NoSuchFileException e) {
            return;
        } catch (IOException e) {
            LOG.warnf("[%s] cannot read the playlist's time: %s", channel, e.getMessage());
            return;
        }
        if (state == ChannelState.STARTING) {
            moveTo(ChannelState.LIVE, null);
        }
    }

    private void moveTo(ChannelState next, String why) {
        state = next;
        since = Instant.now();
        reason = why;
    }

    /** A fresh playlist for each start: leftovers of an earlier run would be served as if they were live. */
    private void prepareFolder() throws IOException {
        Files.createDirectories(dir);
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        try (DirectoryStream<Path> old = Files.newDirectoryStream(dir, "*.{ts,m3u8,tmp}")) {
            for (Path file : old) {
                Files.deleteIfExists(file);
            }
        }
    }

    private static Thread readLines(String threadName, BufferedReader reader, Consumer<String> onLine) {
        Thread thread = new Thread(() -> {
            try (reader) {
                String line;
                while ((line = reader.readLine()) != null) {
                    onLine.accept(line);
                }
            } catch (IOException e) {
                // The process is gone; its exit is handled by finished().
            }
        }, threadName);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static void awaitQuietly(Thread thread) {
        try {
            thread.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static final class Run {
        final Process process;
        volatile boolean stopRequested;
        volatile String lastError;
        boolean finished;

        Run(Process process) {
            this.process = process;
        }
    }
}
