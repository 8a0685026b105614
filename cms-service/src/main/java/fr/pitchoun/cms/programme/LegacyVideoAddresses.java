package fr.pitchoun.cms.programme;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * Schema migration V11 (run by Flyway, on its connection): every episode's {@code kinow_video_url} becomes a
 * {@code kinow_video_id} when {@link KinowVideoAddress} finds one in it, else is kept in {@code kinow_unparsed_url}
 * (the editors' list and form show it until a video is chosen); each episode's audit trail says which, so nothing an
 * editor typed is lost. Duration, title and extract are unknown until the catalogue check reads them from Kinow.
 */
public final class LegacyVideoAddresses {

    static final String MIGRATION_ACTOR = "Mise à jour du schéma (automatique)";

    private final Connection connection;

    public LegacyVideoAddresses(Connection connection) {
        this.connection = connection;
    }

    /** How many addresses were read into an id; the others were kept aside. */
    public int convert(Instant now) throws SQLException {
        record Typed(long episodeId, String address) { }
        List<Typed> typed = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, kinow_video_url FROM episode WHERE kinow_video_url IS NOT NULL AND kinow_video_url <> ''");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                typed.add(new Typed(rows.getLong(1), rows.getString(2)));
            }
        }
        int read = 0;
        try (PreparedStatement linked = connection.prepareStatement(
                     "UPDATE episode SET kinow_video_id = ? WHERE id = ?");
             PreparedStatement keptAside = connection.prepareStatement(
                     "UPDATE episode SET kinow_unparsed_url = ? WHERE id = ?");
             PreparedStatement audit = connection.prepareStatement("INSERT INTO audit_entry (content_type, content_id,"
                     + " action, editor_id, editor_name, details, at) VALUES ('EPISODE', ?, 'UPDATED', NULL, ?, ?, ?)")) {
            for (Typed episode : typed) {
                OptionalLong videoId = KinowVideoAddress.videoId(episode.address());
                String details;
                if (videoId.isPresent()) {
                    linked.setLong(1, videoId.getAsLong());
                    linked.setLong(2, episode.episodeId());
                    linked.executeUpdate();
                    details = "Adresse Kinow « " + episode.address() + " » reprise : vidéo Kinow n° "
                            + videoId.getAsLong() + " (durée, titre et extrait lus au prochain contrôle du catalogue).";
                    read++;
                } else {
                    keptAside.setString(1, episode.address());
                    keptAside.setLong(2, episode.episodeId());
                    keptAside.executeUpdate();
                    details = "Adresse Kinow « " + episode.address() + " » non reconnue : gardée telle quelle ; "
                            + "choisissez la vidéo dans le catalogue Kinow.";
                }
                audit.setLong(1, episode.episodeId());
                audit.setString(2, MIGRATION_ACTOR);
                audit.setString(3, details.length() > 2000 ? details.substring(0, 1999) + "…" : details);
                // Stored as UTC, as Hibernate reads it (quarkus.hibernate-orm.jdbc.timezone=UTC).
                audit.setObject(4, LocalDateTime.ofInstant(now, ZoneOffset.UTC));
                audit.executeUpdate();
            }
        }
        return read;
    }
}
