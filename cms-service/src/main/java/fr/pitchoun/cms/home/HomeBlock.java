package fr.pitchoun.cms.home;

import fr.pitchoun.cms.content.ContentChanges;
import fr.pitchoun.cms.content.Ordered;
import fr.pitchoun.cms.content.PublishableEntity;
import fr.pitchoun.cms.media.MediaAsset;
import fr.pitchoun.cms.programme.Programme;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.JoinTable;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.ListIndexBase;

import java.util.ArrayList;
import java.util.List;

/** One block of the home page. Fields a kind does not use stay empty. */
@Entity
@Table(name = "home_block")
public class HomeBlock extends PublishableEntity implements Ordered {

    /** Every block is part of the one home page: events and the site know it by this name. */
    public static final String PAGE_SLUG = "accueil";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public BlockKind kind;

    @Column(name = "position", nullable = false)
    public int position;

    @Column(nullable = false, length = 120)
    public String title;

    @Column(nullable = false, length = 1000)
    public String body = "";

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "image_id")
    public MediaAsset image;

    @Column(name = "link_label", length = 80)
    public String linkLabel;

    @Column(name = "link_target", length = 500)
    public String linkTarget;

    @Column(name = "channel_slug", length = 40)
    public String channelSlug;

    @Column(name = "podcast_show", length = 80)
    public String podcastShow;

    @Column(name = "event_count")
    public Integer eventCount;

    /** A carousel's chosen programmes in their order; empty: the latest published ones. */
    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "home_block_programme", joinColumns = @JoinColumn(name = "block_id"),
            inverseJoinColumns = @JoinColumn(name = "programme_id"))
    @OrderColumn(name = "position", nullable = false)
    @ListIndexBase(1)
    public List<Programme> programmes = new ArrayList<>();

    @Override
    public long itemId() {
        return id;
    }

    @Override
    public ContentChanges.Visibility visibility() {
        return new ContentChanges.Visibility(status.isPublic(), PAGE_SLUG, null);
    }

    @Override
    public int position() {
        return position;
    }

    @Override
    public void position(int position) {
        this.position = position;
    }
}
