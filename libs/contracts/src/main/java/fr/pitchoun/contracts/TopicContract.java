package fr.pitchoun.contracts;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * One Kafka topic's contract as deploy/contracts/TOPIC/ holds it: {@code schema.json} (JSON Schema draft 2020-12),
 * {@code examples/*.json} (records every consumer must accept) and {@code examples/invalid/*.json} (records the
 * schema refuses, and so does a consumer that checks what it reads). Producers' tests validate what they really
 * sent; consumers' tests feed the examples to their own parsing code.
 */
public final class TopicContract {

    /** Formats ({@code uuid}, {@code date-time}, {@code uri}) are assertions here, not the 2020-12 default notes. */
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            registry -> registry.schemaRegistryConfig(SchemaRegistryConfig.builder()
                    .formatAssertionsEnabled(true).build()));

    private final String topic;
    private final Path folder;
    private final Schema schema;

    private TopicContract(String topic, Path folder) {
        this.topic = topic;
        this.folder = folder;
        this.schema = SCHEMAS.getSchema(read(folder.resolve("schema.json")));
    }

    /** The contract of {@code topic}, read from the repository's deploy/contracts/ folder. */
    public static TopicContract of(String topic) {
        Path folder = ContractsFolder.locate().resolve(topic);
        if (!Files.isRegularFile(folder.resolve("schema.json"))) {
            throw new IllegalArgumentException("no contract for topic " + topic + " (" + folder + "/schema.json)");
        }
        return new TopicContract(topic, folder);
    }

    /** Every topic that has a contract folder. */
    public static List<TopicContract> all() {
        Path root = ContractsFolder.locate();
        try (Stream<Path> folders = Files.list(root)) {
            return folders.filter(folder -> Files.isRegularFile(folder.resolve("schema.json"))).sorted()
                    .map(folder -> new TopicContract(folder.getFileName().toString(), folder)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String topic() {
        return topic;
    }

    public Path folder() {
        return folder;
    }

    /** What is wrong with this record value against the schema (instance location and message); empty if valid. */
    public List<String> violations(String json) {
        return schema.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
    }

    /** Throws an AssertionError naming every violation when the record value does not follow the contract. */
    public void assertValid(String json) {
        List<String> violations = violations(json);
        if (!violations.isEmpty()) {
            throw new AssertionError("A record on " + topic + " breaks its contract (" + folder.resolve("schema.json")
                    + "): " + violations + "\nrecord: " + json);
        }
    }

    /** The records every consumer must accept. */
    public List<Example> examples() {
        return examples(folder.resolve("examples"));
    }

    /** The records the schema refuses, each named after what is wrong with it. */
    public List<Example> invalidExamples() {
        return examples(folder.resolve("examples").resolve("invalid"));
    }

    private static List<Example> examples(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".json")).sorted()
                    .map(file -> new Example(file.getFileName().toString(), read(file))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return topic;
    }

    /** An example record value: its file name (which says what it shows) and its JSON text. */
    public record Example(String name, String json) {
        @Override
        public String toString() {
            return name;
        }
    }
}
