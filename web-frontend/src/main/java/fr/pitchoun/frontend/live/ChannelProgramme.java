package fr.pitchoun.frontend.live;

import fr.pitchoun.frontend.catalogue.ScheduleSlot;
import fr.pitchoun.frontend.dates.FrenchDates;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A channel's schedule as the live page shows it: the programme on now (with how far it has gone), the next one and
 * the rest of the (Paris) day. {@code known} is false when the schedule could not be read: the page then shows no
 * now/next, and still plays.
 */
public record ChannelProgramme(boolean known, Broadcast now, Broadcast next, List<Broadcast> later) {

    static final ChannelProgramme UNKNOWN = new ChannelProgramme(false, null, null, List.of());

    /**
     * A slot as the page writes it ("14 h 30", "demain à 7 h" for {@code when}); {@code elapsedMinutes} counts only for
     * the one on now.
     */
    public record Broadcast(String title, Instant startsAt, Instant endsAt, String starts, String ends, String when,
                            String programmeSlug, long elapsedMinutes, long lengthMinutes) {

        static Broadcast of(ScheduleSlot slot, Instant now) {
            long length = Duration.between(slot.startsAt(), slot.endsAt()).toMinutes();
            long elapsed = now.isBefore(slot.startsAt()) ? 0
                    : Math.min(length, Duration.between(slot.startsAt(), now).toMinutes());
            String starts = FrenchDates.time(slot.startsAt());
            boolean today = LocalDate.ofInstant(slot.startsAt(), FrenchDates.PARIS)
                    .equals(LocalDate.ofInstant(now, FrenchDates.PARIS));
            return new Broadcast(slot.title(), slot.startsAt(), slot.endsAt(), starts, FrenchDates.time(slot.endsAt()),
                    (today ? "à " : "demain à ") + starts, slot.programmeSlug(), elapsed, length);
        }

        /** « 12 min sur 26 », the progress bar's text. */
        public String progress() {
            return elapsedMinutes + " min sur " + lengthMinutes;
        }
    }

    /**
     * {@code slots}: the channel's slots of today and tomorrow (Paris), in order; the next programme may be
     * tomorrow's first, the rest of the day stops at midnight.
     */
    static ChannelProgramme of(List<ScheduleSlot> slots, Instant now) {
        Instant midnight = LocalDate.ofInstant(now, FrenchDates.PARIS).plusDays(1)
                .atStartOfDay(FrenchDates.PARIS).toInstant();
        List<ScheduleSlot> timed = slots.stream().filter(slot -> slot.startsAt() != null && slot.endsAt() != null)
                .filter(slot -> slot.endsAt().isAfter(now)).toList();
        ScheduleSlot onNow = timed.stream().filter(slot -> !slot.startsAt().isAfter(now)).findFirst().orElse(null);
        List<ScheduleSlot> coming = timed.stream().filter(slot -> slot.startsAt().isAfter(now)).toList();
        Broadcast next = coming.isEmpty() ? null : Broadcast.of(coming.get(0), now);
        List<Broadcast> later = coming.stream().skip(1).filter(slot -> slot.startsAt().isBefore(midnight))
                .map(slot -> Broadcast.of(slot, now)).toList();
        return new ChannelProgramme(true, onNow == null ? null : Broadcast.of(onNow, now), next, later);
    }
}
