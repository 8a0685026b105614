package fr.pitchoun.contracts;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds deploy/contracts/ from where the tests run (a module's folder, at any depth of the repository), or where the
 * system property {@code pitchoun.contracts.dir} says.
 */
final class ContractsFolder {

    static final String PROPERTY = "pitchoun.contracts.dir";

    private ContractsFolder() {
    }

    static Path locate() {
        String configured = System.getProperty(PROPERTY);
        if (configured != null) {
            return Path.of(configured).toAbsolutePath();
        }
        Path start = Path.of("").toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("deploy").resolve("contracts");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("deploy/contracts/ not found above " + start + " (set -D" + PROPERTY + ")");
    }
}
