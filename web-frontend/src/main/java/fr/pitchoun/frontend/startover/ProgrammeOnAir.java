package fr.pitchoun.frontend.startover;

import fr.pitchoun.frontend.catalogue.CmsContent;
import fr.pitchoun.frontend.catalogue.ScheduleSlot;
import fr.pitchoun.frontend.catalogue.TvChannel;
import fr.pitchoun.frontend.dates.FrenchDates;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Where start-over begins: the slot on air now in the CMS schedule, from the site's cached reads of it (those of
 * {@code /grille}, dropped at each content change). The schedule away is no fault here: start-over then offers the
 * whole kept window.
 */
@ApplicationScoped
class ProgrammeOnAir {

    private static final Logger LOG = Logger.getLogger(ProgrammeOnAir.class);

    private final CmsContent content;

    ProgrammeOnAir(CmsContent content) {
        this.content = content;
    }

    /** False only when cms-service answers and does not list the channel. */
    boolean mayExist(String channel) {
        try {
            return content.channels().stream().map(TvChannel::slug).anyMatch(channel::equals);
        } catch (RuntimeException e) {
            LOG.warnf("Channels unreadable (%s): start-over of %s asks the worker's files", e.getMessage(), channel);
            return true;
        }
    }

    /** The start of the channel's slot on air at {@code now}; empty without one or when the schedule is away. */
    Optional<Instant> slotStart(String channel, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, FrenchDates.PARIS);
        try {
            // A day lists the slots that start on it: one that began yesterday evening is in yesterday's.
            return content.schedule(channel, today).stream().filter(slot -> onAir(slot, now)).findFirst()
                    .or(() -> content.schedule(channel, today.minusDays(1)).stream()
                            .filter(slot -> onAir(slot, now)).findFirst())
                    .map(ScheduleSlot::startsAt);
        } catch (RuntimeException e) {
            LOG.warnf("Schedule of %s unreadable (%s): start-over offers the whole kept window", channel,
                    e.getMessage());
            return Optional.empty();
        }
    }

    private static boolean onAir(ScheduleSlot slot, Instant now) {
        return slot.startsAt() != null && slot.endsAt() != null
                && !now.isBefore(slot.startsAt()) && now.isBefore(slot.endsAt());
    }
}
