package fr.pitchoun.podcast.catalogue;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;

/** A published episode of a show, as last synced from Ausha. */
@Entity
@Table(name = "episode")
public class Episode extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "ausha_id", nullable = false, unique = true)
    public long aushaId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "show_id", nullable = false)
    public Show show;

    @Column(nullable = false, length = 255)
    public String title;

    @Column(length = 4000)
    public String description;

    @Column(name = "duration_seconds", nullable = false)
    public int durationSeconds;

    @Column(name = "published_at", nullable = false)
    public Instant publishedAt;

    @Column(name = "audio_url", nullable = false, length = 1000)
    public String audioUrl;

    @Column(name = "image_url", length = 1000)
    public String imageUrl;

    /** The audio file's size in bytes as Ausha gives it (a feed's enclosure length); null when unknown. */
    @Column(name = "audio_size_bytes")
    public Long audioSizeBytes;

    @Column(length = 200)
    public String slug;

    /** Ausha's guid, kept so that podcast apps see the same episode in our feed and Ausha's. */
    @Column(length = 255)
    public String guid;

    @Column(name = "season_number")
    public Integer seasonNumber;

    /** For MyPitchoun+ only: private or unlisted at Ausha, or in an exclusive show. */
    @Column(nullable = false)
    public boolean exclusive;

    @Column(nullable = false)
    public boolean explicit;
}
