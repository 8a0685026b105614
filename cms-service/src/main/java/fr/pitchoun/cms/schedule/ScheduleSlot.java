package fr.pitchoun.cms.schedule;

import fr.pitchoun.cms.content.ContentChanges;
import fr.pitchoun.cms.programme.Programme;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

import java.time.Instant;

/** One programme on one channel from start to end; the schedule is public as soon as it is saved. */
@Entity
@Table(name = "schedule_slot")
public class ScheduleSlot extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "channel_slug", nullable = false, length = 40)
    public String channelSlug;

    @Column(name = "starts_at", nullable = false)
    public Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    public Instant endsAt;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "programme_id")
    public Programme programme;

    @Column(nullable = false, length = 120)
    public String title;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    ContentChanges.Visibility visibility() {
        return new ContentChanges.Visibility(true, channelSlug, null);
    }
}
