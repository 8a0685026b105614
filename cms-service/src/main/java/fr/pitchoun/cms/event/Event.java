package fr.pitchoun.cms.event;

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

import java.time.Instant;

/** A show, workshop or meet-up of the group, in the agenda of the site. */
@Entity
@Table(name = "event")
public class Event extends PublishableEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true, length = 80)
    public String slug;

    @Column(nullable = false, length = 120)
    public String title;

    @Column(name = "starts_at", nullable = false)
    public Instant startsAt;

    /** Optional: some events only have a start. */
    @Column(name = "ends_at")
    public Instant endsAt;

    @Column(nullable = false, length = 200)
    public String place;

    @Column(nullable = false, length = 4000)
    public String description = "";

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "image_id")
    public MediaAsset image;

    /** Where families book (https), if booking is needed. */
    @Column(name = "booking_url", length = 500)
    public String bookingUrl;

    @Override
    public long itemId() {
        return id;
    }

    @Override
    public ContentChanges.Visibility visibility() {
        return new ContentChanges.Visibility(status.isPublic(), slug, null);
    }
}
