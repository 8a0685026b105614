package fr.pitchoun.cms.radio;

import fr.pitchoun.cms.content.ContentChanges;
import fr.pitchoun.cms.content.PublishableEntity;
import fr.pitchoun.cms.media.MediaAsset;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A web radio of the group: what it is, what is on air now, and the streams listeners choose from. */
@Entity
@Table(name = "radio")
public class Radio extends PublishableEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true, length = 80)
    public String slug;

    @Column(nullable = false, length = 120)
    public String name;

    @Column(nullable = false, length = 2000)
    public String description = "";

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "image_id")
    public MediaAsset image;

    @Column(name = "now_playing", nullable = false, length = 200)
    public String nowPlaying = "";

    @Column(name = "now_playing_updated_at")
    public Instant nowPlayingUpdatedAt;

    /** Its streams in the order listeners see them; removed with the radio (ON DELETE CASCADE). */
    @OneToMany(mappedBy = "radio")
    @OrderBy("position, id")
    public List<RadioVersion> versions = new ArrayList<>();

    @Override
    public long itemId() {
        return id;
    }

    @Override
    public ContentChanges.Visibility visibility() {
        return new ContentChanges.Visibility(status.isPublic(), slug, null);
    }
}
