package fr.pitchoun.cms.programme;

import fr.pitchoun.cms.content.ContentChanges;
import fr.pitchoun.cms.content.PublishableEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;

@Entity
@Table(name = "episode")
public class Episode extends PublishableEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "programme_id")
    public Programme programme;

    @Column(nullable = false)
    public int number;

    /** Unique within its programme. */
    @Column(nullable = false, length = 80)
    public String slug;

    @Column(nullable = false, length = 120)
    public String title;

    @Column(nullable = false, length = 2000)
    public String synopsis = "";

    @Column(name = "duration_minutes", nullable = false)
    public int durationMinutes;

    @Column(name = "learning_themes", nullable = false, length = 500)
    public String learningThemes = "";

    @Column(name = "kinow_video_url", length = 500)
    public String kinowVideoUrl;

    @Column(name = "early_access_at")
    public Instant earlyAccessAt;

    /** On the site only while both the episode and its programme are published. */
    public boolean isPublic() {
        return status.isPublic() && programme.status.isPublic();
    }

    @Override
    public long itemId() {
        return id;
    }

    @Override
    public ContentChanges.Visibility visibility() {
        return new ContentChanges.Visibility(isPublic(), slug, programme.slug);
    }

    public List<String> learningThemeList() {
        return Themes.split(learningThemes);
    }
}
