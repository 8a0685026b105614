package fr.pitchoun.cms.programme;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

import java.time.Instant;

@Entity
@Table(name = "programme")
public class Programme extends PanacheEntityBase {

    /** AUTO_INCREMENT column, as the demo script's plain INSERTs expect. */
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true, length = 80)
    public String slug;

    @Column(nullable = false, length = 120)
    public String title;

    @Column(nullable = false, length = 2000)
    public String synopsis;

    @Column(name = "age_min", nullable = false)
    public int ageMin;

    @Column(name = "age_max", nullable = false)
    public int ageMax;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public ProgrammeStatus status;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
