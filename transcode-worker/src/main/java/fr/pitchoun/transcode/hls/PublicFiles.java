package fr.pitchoun.transcode.hls;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/** Files NGINX serves: world-readable (its worker runs as another user) and never seen half-written. */
final class PublicFiles {

    private static final Set<PosixFilePermission> READABLE = PosixFilePermissions.fromString("rw-r--r--");

    private PublicFiles() {
    }

    static void writeAtomically(Path target, String text) throws IOException {
        Path temporary = target.resolveSibling("." + target.getFileName() + ".tmp");
        Files.writeString(temporary, text, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(temporary, READABLE);
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Makes {@code source} also appear as {@code target}: a hard link (no copy, no CPU), or a copy across disks. */
    static void publish(Path source, Path target) throws IOException {
        try {
            Files.createLink(target, source);
        } catch (FileSystemException | UnsupportedOperationException e) {
            Path temporary = target.resolveSibling("." + target.getFileName() + ".tmp");
            Files.copy(source, temporary, StandardCopyOption.REPLACE_EXISTING);
            Files.setPosixFilePermissions(temporary, READABLE);
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return;
        }
        Files.setPosixFilePermissions(target, READABLE);
    }
}
