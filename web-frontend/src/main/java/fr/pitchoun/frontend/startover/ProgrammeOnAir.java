package fr.pitchoun.frontend.startover;

import fr.pitchoun.frontend.catalogue.CmsContent;
import fr.pitchoun.frontend.catalogue.ScheduleSlot;
import fr.pitchoun.frontend.catalogue.TvChannel;
import fr.pitchoun.frontend.dates.FrenchDates;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What the CMS schedule says of a channel for start-over, from the site's cached reads of it (those of {@code /grille},
 * dropped at each content change): whether it is a channel at all, and the start of its slot on air. The schedule
 * away is no fault here: start-over then offers the whole kept window, and the worker's files say whether the channel
 * is on air. Asked once per playlist build (a second), never per viewer.
 */
@ApplicationScoped
class ProgrammeOnAir {

    /** {@code unknownChannel}: cms-service answered without it; {@code slotStart}: empty without a slot to cut at. */
    record Now(boolean unknownChannel, Optional<Instant> slotStart) {
    }

    private static final Logger LOG = Logger.getLogger(ProgrammeOnAir.class);
    /** While cms-service is away, one warning a minute, not one per playlist build. */
    private static final Duration WARNING_EVERY = Duration.ofMinutes(1);

    private final CmsContent content;
    private final AtomicReference<Instant> lastWarning = new AtomicReference<>(Instant.EPOCH);

    ProgrammeOnAir(CmsContent content) {
        this.content = content;
    }

    Now of(String channel, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, FrenchDates.PARIS);
        try {
            if (content.channels().stream().map(TvChannel::slug).noneMatch(channel::equals)) {
                return new Now(true, Optional.empty());
            }
            // A day lists the slots that start on it: one that began yesterday evening is in yesterday's.
            return new Now(false, onAir(content.schedule(channel, today), now)
                    .or(() -> onAir(content.schedule(channel, today.minusDays(1)), now)).map(ScheduleSlot::startsAt));
        } catch (RuntimeException e) {
            Instant last = lastWarning.get();
            if (now.isAfter(last.plus(WARNING_EVERY)) && lastWarning.compareAndSet(last, now)) {
                LOG.warnf("Schedule unreadable (%s): start-over offers the whole kept window", e.getMessage());
            }
            return new Now(false, Optional.empty());
        }
    }

    private static Optional<ScheduleSlot> onAir(List<ScheduleSlot> slots, Instant now) {
        return slots.stream().filter(slot -> slot.startsAt() != null && slot.endsAt() != null
                && !now.isBefore(slot.startsAt()) && now.isBefore(slot.endsAt())).findFirst();
    }
}
