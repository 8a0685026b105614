package fr.pitchoun.transcode.ffmpeg;

import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.util.List;

/** Processes of the operating system, their stdout and stderr piped to the worker. */
@ApplicationScoped
public class OsProcesses implements ProcessFactory {

    @Override
    public Process start(List<String> command) throws IOException {
        return new ProcessBuilder(command).start();
    }
}
