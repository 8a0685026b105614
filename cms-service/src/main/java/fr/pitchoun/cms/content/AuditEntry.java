package fr.pitchoun.cms.content;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One change to one item: who, what, when. Written by {@link ContentChanges}, never edited. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "content_type", nullable = false, length = 32)
    public ContentType contentType;

    @Column(name = "content_id", nullable = false)
    public long contentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public AuditAction action;

    @Column(name = "editor_id")
    public Long editorId;

    @Column(name = "editor_name", nullable = false, length = 120)
    public String editorName;

    @Column(nullable = false, length = 2000)
    public String details;

    @Column(nullable = false)
    public Instant at;
}
