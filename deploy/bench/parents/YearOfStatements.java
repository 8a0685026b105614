import com.fasterxml.jackson.databind.ObjectMapper;
import fr.pitchoun.auth.learning.ItemKind;
import fr.pitchoun.auth.learning.LearningStatement;
import fr.pitchoun.auth.learning.StatementRecords;
import fr.pitchoun.auth.learning.Verb;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;

/**
 * A year of a child's statements, as the site's players make them (a report every 30 s of playing at most, the last
 * one of an item « completed »), written to pitchoun.learning.statements as the gateway's outbox relay writes them
 * (its own StatementRecords, key = the profile id). Runs on auth-gateway's packaged classes:
 *   java -cp 'auth-gateway/target/quarkus-app/app/*:.../lib/main/*' YearOfStatements.java BOOTSTRAP PROFILE DAYS ITEMS
 * ITEMS: one item a line, tab-separated: kind, first, second, title, themes (|-separated), ageMin, ageMax, seconds.
 * With a fifth argument (a JDBC URL of the gateway's database) the statements go to its outbox table instead, as
 * StatementIntake leaves them there (one row each, in transactions of 500), and its relay sends them.
 * Prints the count sent and the wall times (ms since the epoch) of the first and last send.
 */
public class YearOfStatements {

    record Item(ItemKind kind, String first, String second, String title, List<String> themes, Integer ageMin,
                Integer ageMax, int seconds) {
    }

    public static void main(String[] args) throws Exception {
        String bootstrap = args[0];
        long profile = Long.parseLong(args[1]);
        int days = Integer.parseInt(args[2]);
        List<Item> items = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[3]))) {
            String[] f = line.split("\t", -1);
            if (f.length < 8) {
                continue;
            }
            items.add(new Item(ItemKind.ofCode(f[0]).orElseThrow(), f[1], f[2], f[3],
                    f[4].isEmpty() ? List.of() : Arrays.asList(f[4].split("\\|")),
                    f[5].isEmpty() ? null : Integer.valueOf(f[5]), f[6].isEmpty() ? null : Integer.valueOf(f[6]),
                    Integer.parseInt(f[7])));
        }
        StatementRecords records = new StatementRecords(new ObjectMapper(), "https://pitchoun.fr");
        Random random = new Random(42);
        ZoneId paris = ZoneId.of("Europe/Paris");
        List<String> values = new ArrayList<>();
        LocalDate today = LocalDate.now(paris);
        int next = 0;
        for (int d = days - 1; d >= 0; d--) {
            // About one day in seven without anything; otherwise 5 to 90 minutes, from 17:00 Paris time.
            if (random.nextInt(7) == 0) {
                continue;
            }
            int budget = 300 + random.nextInt(85 * 60);
            Instant at = today.minusDays(d).atTime(17, 0).atZone(paris).toInstant();
            while (budget > 0) {
                Item item = items.get(next++ % items.size());
                int left = Math.min(item.seconds(), budget);
                boolean whole = left == item.seconds();
                for (int played = 0; played < left; ) {
                    int chunk = Math.min(30, left - played);
                    played += chunk;
                    at = at.plusSeconds(chunk);
                    boolean completed = whole && played == left;
                    String iri = "https://pitchoun.fr/" + switch (item.kind()) {
                        case EPISODE -> "programmes";
                        case PODCAST_EPISODE -> "podcasts";
                        case LIVE_PROGRAMME -> "direct";
                        case QUIZ -> throw new IllegalArgumentException("a year of playing has no quiz item");
                    } + "/" + item.first() + "/" + item.second();
                    LearningStatement statement = new LearningStatement(UUID.randomUUID().toString(), profile,
                            completed ? Verb.COMPLETED : Verb.PLAYED, item.kind(), iri, item.title(), item.themes(),
                            item.ageMin(), item.ageMax(), Duration.ofSeconds(item.seconds()),
                            Duration.ofSeconds(chunk), completed, null, null, at, List.of());
                    values.add(records.toRecord(statement).toString());
                }
                budget -= left;
            }
        }
        if (args.length > 4) {
            toOutbox(args[4], profile, values);
            return;
        }
        Properties settings = new Properties();
        settings.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        settings.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        settings.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        // As the outbox relay's producer: idempotent, fully acknowledged.
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        settings.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(settings)) {
            producer.partitionsFor("pitchoun.learning.statements");
            long started = System.currentTimeMillis();
            for (String value : values) {
                producer.send(new ProducerRecord<>("pitchoun.learning.statements", Long.toString(profile), value));
            }
            producer.flush();
            System.out.println(values.size() + " " + started + " " + System.currentTimeMillis());
        }
    }

    private static void toOutbox(String url, long profile, List<String> values) throws Exception {
        ObjectMapper json = new ObjectMapper();
        try (java.sql.Connection db = java.sql.DriverManager.getConnection(url, "auth", "auth");
             java.sql.PreparedStatement insert = db.prepareStatement("INSERT INTO learning_outbox "
                     + "(event_id, record_key, payload, created_at, attempts) VALUES (?, ?, ?, UTC_TIMESTAMP(6), 0)")) {
            db.setAutoCommit(false);
            long started = System.currentTimeMillis();
            for (int i = 0; i < values.size(); i++) {
                insert.setString(1, json.readTree(values.get(i)).path("eventId").asText());
                insert.setString(2, Long.toString(profile));
                insert.setString(3, values.get(i));
                insert.addBatch();
                if (i % 500 == 499 || i == values.size() - 1) {
                    insert.executeBatch();
                    db.commit();
                }
            }
            System.out.println(values.size() + " " + started + " " + System.currentTimeMillis());
        }
    }
}
