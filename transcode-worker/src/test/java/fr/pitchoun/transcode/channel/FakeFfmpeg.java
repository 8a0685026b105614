package fr.pitchoun.transcode.channel;

import fr.pitchoun.transcode.ffmpeg.ProcessFactory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Plays FFmpeg for the state machine's unit tests: each "process" records its command, writes the staging output a
 * real one would ({@code <name>.m3u8}, {@code <name>_<n>.ts}) when told, and exits when told or signalled.
 */
final class FakeFfmpeg implements ProcessFactory {

    final List<Run> runs = new ArrayList<>();
    /** What the next process prints on stderr (its last line is the reason of a failure). */
    String stderr = "";
    private long nextPid = 1000;

    @Override
    public synchronized Process start(List<String> command) {
        Run run = new Run(List.copyOf(command), nextPid++, stderr);
        runs.add(run);
        return run;
    }

    Run last() {
        return runs.get(runs.size() - 1);
    }

    /** One FFmpeg process as the state machine sees it. */
    static final class Run extends Process {
        final List<String> command;
        private final long pid;
        private final byte[] errors;
        private final CompletableFuture<Process> exit = new CompletableFuture<>();
        private final List<Integer> written = new ArrayList<>();
        private volatile int code = -1;
        boolean terminated;
        boolean killed;

        Run(List<String> command, long pid, String stderr) {
            this.command = command;
            this.pid = pid;
            this.errors = stderr.getBytes(StandardCharsets.UTF_8);
        }

        /** The input FFmpeg was told to read ({@code -i}). */
        String input() {
            return command.get(command.indexOf("-i") + 1);
        }

        /** The streams of its {@code -var_stream_map}: the video renditions and {@code audio}. */
        List<String> streams() {
            String map = command.get(command.indexOf("-var_stream_map") + 1);
            return Arrays.stream(map.split(" ")).map(s -> s.substring(s.indexOf("name:") + 5)).toList();
        }

        Path staging() {
            return Path.of(command.get(command.size() - 1)).getParent();
        }

        /** FFmpeg finished segment {@code n} of every stream: it is on disk and in its playlists. */
        void segment(int n) throws IOException {
            written.add(n);
            for (String stream : streams()) {
                Files.writeString(staging().resolve(stream + "_" + n + ".ts"), stream + " " + n + " of " + pid);
                StringBuilder playlist = new StringBuilder("#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:2\n")
                        .append("#EXT-X-MEDIA-SEQUENCE:").append(written.get(0)).append('\n');
                written.forEach(i -> playlist.append("#EXTINF:2.000000,\n").append(stream).append('_').append(i)
                        .append(".ts\n"));
                Files.writeString(staging().resolve(stream + ".m3u8"), playlist);
            }
        }

        /** FFmpeg exits by itself with this code. */
        void exits(int exitCode) {
            code = exitCode;
            exit.complete(this);
        }

        boolean alive() {
            return !exit.isDone();
        }

        @Override
        public long pid() {
            return pid;
        }

        @Override
        public CompletableFuture<Process> onExit() {
            return exit;
        }

        @Override
        public OutputStream getOutputStream() {
            return OutputStream.nullOutputStream();
        }

        @Override
        public InputStream getInputStream() {
            return new ByteArrayInputStream("speed=1.02x\nprogress=continue\n".getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public InputStream getErrorStream() {
            return new ByteArrayInputStream(errors);
        }

        @Override
        public int waitFor() {
            exit.join();
            return code;
        }

        @Override
        public boolean waitFor(long timeout, TimeUnit unit) {
            return !alive();
        }

        @Override
        public int exitValue() {
            if (alive()) {
                throw new IllegalThreadStateException("running");
            }
            return code;
        }

        /** SIGTERM: FFmpeg closes its files and exits with 255. */
        @Override
        public void destroy() {
            terminated = true;
            if (alive()) {
                code = 255;
                exit.complete(this);
            }
        }

        /** SIGKILL. */
        @Override
        public Process destroyForcibly() {
            killed = true;
            if (alive()) {
                code = 137;
                exit.complete(this);
            }
            return this;
        }
    }
}
