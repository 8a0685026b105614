package fr.pitchoun.podcast.catalogue;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A podcast show, as last synced from Ausha. */
@Entity
@Table(name = "`show`") // SHOW is a reserved word in MariaDB
public class Show extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "ausha_id", nullable = false, unique = true)
    public long aushaId;

    @Column(nullable = false, unique = true, length = 160)
    public String slug;

    @Column(nullable = false, length = 255)
    public String title;

    @Column(length = 4000)
    public String description;

    @Column(name = "image_url", length = 1000)
    public String imageUrl;

    /** Configured as a MyPitchoun+ show: all its episodes are exclusive. */
    @Column(nullable = false)
    public boolean exclusive;
}
