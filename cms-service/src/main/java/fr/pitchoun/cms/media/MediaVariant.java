package fr.pitchoun.cms.media;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.List;
import java.util.Optional;

/** One file of an image (original or resized), written once with its image and never changed. */
@Entity
@Table(name = "media_variant")
public class MediaVariant extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "asset_id", nullable = false)
    public long assetId;

    /** {@link Variant#key()}. */
    @Column(nullable = false, length = 16)
    public String name;

    @Column(name = "media_type", nullable = false, length = 32)
    public String mediaType;

    @Column(nullable = false)
    public int width;

    @Column(nullable = false)
    public int height;

    /** Hex SHA-256 of the bytes: the strong ETag. */
    @Column(nullable = false, length = 64)
    public String sha256;

    /** Loaded only when sent: a revalidation (304) needs the digest alone. */
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, columnDefinition = "LONGBLOB")
    public byte[] bytes;

    static Optional<MediaVariant> of(long assetId, Variant variant) {
        return find("assetId = ?1 and name = ?2", assetId, variant.key()).firstResultOptional();
    }

    static List<MediaVariant> of(long assetId) {
        return list("assetId = ?1 order by width", assetId);
    }
}
