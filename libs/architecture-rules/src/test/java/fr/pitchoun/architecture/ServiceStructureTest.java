package fr.pitchoun.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The team guide's structure rules over every service's main classes, as the reactor has just compiled them (this
 * module comes after the services in the root pom): no cycle between a service's feature packages, no class over
 * {@value #MAX_SOURCE_LINES} lines.
 */
class ServiceStructureTest {

    static final int MAX_SOURCE_LINES = 300;

    /** Surefire runs from this module's folder, two levels below the repository. */
    private static final Path REPOSITORY = Path.of("../..");

    @ParameterizedTest(name = "{0}: no cycle between feature packages")
    @ValueSource(strings = {"cms-service", "auth-gateway", "podcast-service", "live-ingest-service", "transcode-worker",
            "web-frontend"})
    void featurePackagesAreFreeOfCycles(String module) {
        // fr.pitchoun.SERVICE.FEATURE..: a feature package and its sub-packages form one slice.
        slices().matching("fr.pitchoun.*.(*)..").should().beFreeOfCycles().check(mainClasses(module));
    }

    @ParameterizedTest(name = "{0}: no main class over 300 lines")
    @ValueSource(strings = {"cms-service", "auth-gateway", "podcast-service", "live-ingest-service", "transcode-worker",
            "web-frontend"})
    void mainClassesStayShort(String module) {
        classes().that().areTopLevelClasses().should(haveAtMostSourceLines(module)).check(mainClasses(module));
    }

    private static JavaClasses mainClasses(String module) {
        Path compiled = REPOSITORY.resolve(module).resolve("target/classes");
        assertTrue(Files.isDirectory(compiled.resolve("fr/pitchoun")),
                compiled + " is missing: build the services first (mvn verify from the repository's root)");
        return new ClassFileImporter().importPath(compiled);
    }

    private static ArchCondition<JavaClass> haveAtMostSourceLines(String module) {
        Path sources = REPOSITORY.resolve(module).resolve("src/main/java");
        return new ArchCondition<>("have at most " + MAX_SOURCE_LINES + " source lines") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                String fileName = type.getSource().flatMap(source -> source.getFileName())
                        .orElse(type.getSimpleName() + ".java");
                Path file = sources.resolve(type.getPackageName().replace('.', '/')).resolve(fileName);
                if (!Files.isRegularFile(file)) {
                    return; // generated at build time: no source of ours to measure
                }
                long lines = countLines(file);
                events.add(new SimpleConditionEvent(type, lines <= MAX_SOURCE_LINES,
                        file.normalize() + " has " + lines + " lines"));
            }
        };
    }

    private static long countLines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
