package fr.pitchoun.cms.programme;

import fr.pitchoun.cms.content.ContentChanges;
import fr.pitchoun.cms.content.PublishableEntity;
import fr.pitchoun.cms.replay.CatalogueVideo;
import fr.pitchoun.cms.replay.VideoDuration;
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

    /** The Kinow video played in replay, chosen in Kinow's catalogue; null: none. */
    @Column(name = "kinow_video_id")
    public Long kinowVideoId;

    /** Its extract (trailer), for viewers who may not play the episode; null: none. */
    @Column(name = "kinow_extract_id")
    public Long kinowExtractId;

    /** Kinow's duration and title of the video, as last read from the catalogue (null until read). */
    @Column(name = "video_duration_seconds")
    public Integer videoDurationSeconds;

    @Column(name = "kinow_video_title", length = 200)
    public String kinowVideoTitle;

    @Column(name = "kinow_video_checked_at")
    public Instant kinowVideoCheckedAt;

    /** Since when Kinow's catalogue no longer has the video: flagged to editors, published as unavailable. */
    @Column(name = "kinow_video_missing_since")
    public Instant kinowVideoMissingSince;

    /** An address typed before videos were chosen in the catalogue, in which no video id was found (V11). */
    @Column(name = "kinow_unparsed_url", length = 500)
    public String kinowUnparsedUrl;

    /** MyPitchoun+ subscribers may watch from this date, before the broadcast. */
    @Column(name = "early_access_at")
    public Instant earlyAccessAt;

    /** The broadcast: early access ends, MyPitchoun subscribers play the episode too. */
    @Column(name = "broadcast_at")
    public Instant broadcastAt;

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

    public boolean hasVideo() {
        return kinowVideoId != null;
    }

    /** The video's id as the form sends it ("" for none). */
    public String videoIdText() {
        return kinowVideoId == null ? "" : String.valueOf(kinowVideoId);
    }

    public boolean videoMissing() {
        return kinowVideoMissingSince != null;
    }

    /** "13 min 05 s", or null while Kinow's duration is unknown. */
    public String videoDurationLabel() {
        return videoDurationSeconds == null ? null : VideoDuration.label(videoDurationSeconds);
    }

    /** Links the episode to a video of the catalogue, as Kinow describes it now; its extract only if wanted. */
    void linkVideo(CatalogueVideo video, boolean withExtract, Instant checkedAt) {
        kinowVideoId = video.videoId();
        kinowExtractId = withExtract ? video.extractId() : null;
        videoDurationSeconds = video.durationSeconds();
        kinowVideoTitle = video.title();
        kinowVideoCheckedAt = checkedAt;
        kinowVideoMissingSince = null;
        kinowUnparsedUrl = null;
    }

    void unlinkVideo() {
        kinowVideoId = null;
        kinowExtractId = null;
        videoDurationSeconds = null;
        kinowVideoTitle = null;
        kinowVideoCheckedAt = null;
        kinowVideoMissingSince = null;
    }

    public List<String> learningThemeList() {
        return Themes.split(learningThemes);
    }
}
