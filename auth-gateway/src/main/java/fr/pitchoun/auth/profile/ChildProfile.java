package fr.pitchoun.auth.profile;

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

import java.time.Instant;

/** A child of a Kinow customer's family, for the learning-progress features to come. */
@Entity
@Table(name = "child_profile")
public class ChildProfile extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "kinow_customer_id", nullable = false, updatable = false)
    public long kinowCustomerId;

    /** First name or nickname, as the parent typed it (trimmed, inner spaces folded). */
    @Column(nullable = false, length = ProfileForm.NAME_MAX_LENGTH)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "age_band", nullable = false, length = 16)
    public AgeBand ageBand;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Avatar avatar;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;
}
