package fr.pitchoun.auth.session;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A viewer's session ended by logout, kept until its tokens could no longer be refreshed anyway. */
@Entity
@Table(name = "revoked_session")
public class RevokedSession extends PanacheEntityBase {

    @Id
    @Column(name = "session_id", length = 36)
    public String sessionId;

    @Column(name = "revoked_at", nullable = false)
    public Instant revokedAt;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;
}
