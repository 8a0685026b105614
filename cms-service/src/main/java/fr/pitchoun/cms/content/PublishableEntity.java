package fr.pitchoun.cms.content;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

import java.time.Instant;

/** What every item the site shows has: a publication state, a planned publication time, and its dates. */
@MappedSuperclass
public abstract class PublishableEntity extends PanacheEntityBase {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public PublicationState status;

    /** When the scheduler publishes a SCHEDULED item. */
    @Column(name = "publish_at")
    public Instant publishAt;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** The item's id, as the audit trail and the content-changed events name it. */
    public abstract long itemId();

    /** Whether the site may show the item, and under which address. */
    public abstract ContentChanges.Visibility visibility();
}
