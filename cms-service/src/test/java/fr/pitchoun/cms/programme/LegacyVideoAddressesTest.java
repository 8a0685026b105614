package fr.pitchoun.cms.programme;

import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Migration V11 on the real MariaDB: the episodes' typed addresses become video ids or are kept aside, each with its
 * audit entry. It runs on one connection of its own whose temporary tables {@code episode} and {@code audit_entry}
 * (the shape V10 leaves, before V12) hide the real ones, so the schema and other tests are untouched.
 */
@QuarkusTest
class LegacyVideoAddressesTest {

    @Test
    void addressesWithAVideoIdAreLinkedTheOthersKeptAsTypedAndEveryOneIsInTheTrail() throws SQLException {
        var config = ConfigProvider.getConfig();
        try (Connection connection = DriverManager.getConnection(
                config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
             Statement sql = connection.createStatement()) {
            sql.execute("CREATE TEMPORARY TABLE episode (id BIGINT PRIMARY KEY, kinow_video_url VARCHAR(500) NULL,"
                    + " kinow_video_id BIGINT NULL, kinow_unparsed_url VARCHAR(500) NULL)");
            sql.execute("CREATE TEMPORARY TABLE audit_entry (id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,"
                    + " content_type VARCHAR(32) NOT NULL, content_id BIGINT NOT NULL, action VARCHAR(32) NOT NULL,"
                    + " editor_id BIGINT NULL, editor_name VARCHAR(120) NOT NULL, details VARCHAR(2000) NOT NULL,"
                    + " at DATETIME(6) NOT NULL)");
            sql.execute("INSERT INTO episode (id, kinow_video_url) VALUES"
                    + " (1, 'https://pitchoun.kinow.tv/fr/videos/1101-les-abysses'), (2, ' 1102 '),"
                    + " (3, 'https://api.kinow.com/api/videos/1103/player'), (4, 'https://kinow.example/videos/42'),"
                    + " (5, 'à remplir'), (6, NULL), (7, '')");

            int linked = new LegacyVideoAddresses(connection).convert(Instant.parse("2026-12-03T09:00:00Z"));

            assertEquals(3, linked);
            List<String> rows = new ArrayList<>();
            try (ResultSet episodes = sql.executeQuery(
                    "SELECT id, kinow_video_id, kinow_unparsed_url FROM episode ORDER BY id")) {
                while (episodes.next()) {
                    rows.add(episodes.getLong(1) + ":" + episodes.getObject(2) + ":" + episodes.getString(3));
                }
            }
            assertEquals(List.of("1:1101:null", "2:1102:null", "3:1103:null",
                    "4:null:https://kinow.example/videos/42", "5:null:à remplir", "6:null:null", "7:null:null"), rows);

            List<String> trail = new ArrayList<>();
            try (ResultSet entries = sql.executeQuery(
                    "SELECT content_id, editor_name, details, at FROM audit_entry ORDER BY content_id")) {
                while (entries.next()) {
                    trail.add(entries.getLong(1) + " " + entries.getString(3));
                    assertEquals(LegacyVideoAddresses.MIGRATION_ACTOR, entries.getString(2));
                    assertEquals(LocalDateTime.of(2026, 12, 3, 9, 0), entries.getObject(4, LocalDateTime.class), "UTC");
                }
            }
            assertEquals(5, trail.size(), "one entry per typed address: " + trail);
            assertTrue(trail.get(0).startsWith("1 Adresse Kinow « https://pitchoun.kinow.tv/fr/videos/1101-les-abysses »"
                    + " reprise : vidéo Kinow n° 1101"), trail.get(0));
            assertTrue(trail.get(3).startsWith("4 Adresse Kinow « https://kinow.example/videos/42 » non reconnue : "
                    + "gardée telle quelle"), trail.get(3));
        }
    }
}
