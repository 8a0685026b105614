package fr.pitchoun.podcast.listening;

import fr.pitchoun.podcast.catalogue.Episode;
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

/** Where an account stopped in an episode. */
@Entity
@Table(name = "listening_position")
public class ListeningPosition extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "customer_id", nullable = false, length = 64)
    public String customerId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "episode_id", nullable = false)
    public Episode episode;

    @Column(name = "position_seconds", nullable = false)
    public int positionSeconds;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
