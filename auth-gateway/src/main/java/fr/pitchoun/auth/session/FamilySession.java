package fr.pitchoun.auth.session;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A session a family opened, kept until it could no longer be refreshed (its sign-in history). */
@Entity
@Table(name = "family_session")
public class FamilySession extends PanacheEntityBase {

    @Id
    @Column(name = "session_id", length = 36)
    public String sessionId;

    @Column(name = "customer_id", nullable = false)
    public long customerId;

    @Column(name = "signed_in_at", nullable = false)
    public Instant signedInAt;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;
}
