package fr.pitchoun.cms.media;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

import java.time.Instant;

/** An image of the media library. Other content refers to it by id. */
@Entity
@Table(name = "media_asset")
public class MediaAsset extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "original_name", nullable = false, length = 255)
    public String originalName;

    /** Required: what a viewer who cannot see the image is told it shows. */
    @Column(name = "alt_text", nullable = false, length = 250)
    public String altText;

    /** Sniffed from the content, never taken from the file name. */
    @Column(name = "media_type", nullable = false, length = 32)
    public String mediaType;

    @Column(nullable = false)
    public int width;

    @Column(nullable = false)
    public int height;

    @Column(name = "byte_size", nullable = false)
    public long byteSize;

    @Column(name = "uploaded_by", nullable = false, length = 120)
    public String uploadedBy;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
