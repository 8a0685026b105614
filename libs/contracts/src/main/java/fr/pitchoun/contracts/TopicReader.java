package fr.pitchoun.contracts;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;

/**
 * A topic of the real test broker read with a plain consumer from the moment it is opened on, as any consumer of
 * the contract would. The topic is created when missing, so a test can open it before its producer first writes.
 * Test suites share the broker: callers pick their records by key and content.
 */
public final class TopicReader implements AutoCloseable {

    private final String topic;
    private final KafkaConsumer<String, String> consumer;

    private TopicReader(String topic, KafkaConsumer<String, String> consumer) {
        this.topic = topic;
        this.consumer = consumer;
    }

    /** Opened at the current end of every partition; the end offsets are resolved now, before the test acts. */
    public static TopicReader fromNow(String bootstrapServers, String topic)
            throws ExecutionException, InterruptedException {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            admin.createTopics(List.of(new NewTopic(topic, Optional.empty(), Optional.empty()))).all().get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName()));
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(info -> new TopicPartition(topic, info.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        return new TopicReader(topic, consumer);
    }

    public String topic() {
        return topic;
    }

    /** The first record that matches, waiting up to {@code timeout}. */
    public Optional<ConsumerRecord<String, String>> first(Predicate<ConsumerRecord<String, String>> matching,
                                                          Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                if (matching.test(record)) {
                    return Optional.of(record);
                }
            }
        }
        return Optional.empty();
    }

    /** The first record whose value contains {@code text} (an event or statement id), or an AssertionError. */
    public ConsumerRecord<String, String> recordContaining(String text, Duration timeout) {
        return first(record -> record.value() != null && record.value().contains(text), timeout)
                .orElseThrow(() -> new AssertionError("no record with " + text + " on " + topic + " within " + timeout));
    }

    /** Every record that matches and arrives within {@code window}. */
    public List<ConsumerRecord<String, String>> all(Predicate<ConsumerRecord<String, String>> matching,
                                                    Duration window) {
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        Instant deadline = Instant.now().plus(window);
        while (Instant.now().isBefore(deadline)) {
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                if (matching.test(record)) {
                    found.add(record);
                }
            }
        }
        return found;
    }

    @Override
    public void close() {
        consumer.close();
    }
}
