package fr.pitchoun.cms.programme;

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
import jakarta.persistence.Table;

import java.util.List;

@Entity
@Table(name = "programme")
public class Programme extends PublishableEntity {

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

    /** Its picture on the site, from the media library (optional). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "image_id")
    public MediaAsset image;

    /** Comma-separated, as typed: "nature, amitié". */
    @Column(nullable = false, length = 500)
    public String themes = "";

    @Override
    public long itemId() {
        return id;
    }

    @Override
    public ContentChanges.Visibility visibility() {
        return new ContentChanges.Visibility(status.isPublic(), slug, null);
    }

    public List<String> themeList() {
        return Themes.split(themes);
    }
}
