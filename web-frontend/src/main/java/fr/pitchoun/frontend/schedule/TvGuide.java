package fr.pitchoun.frontend.schedule;

import fr.pitchoun.frontend.catalogue.ScheduleSlot;
import fr.pitchoun.frontend.catalogue.TvChannel;
import fr.pitchoun.frontend.dates.FrenchDates;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The TV guide page of one day (Paris time): each channel's slots with the one on air marked, and links to the
 * seven days from today.
 */
public record TvGuide(LocalDate day, List<Day> week, List<ChannelDay> channels) {

    static final int WEEK_DAYS = 7;

    /** A day of the navigation: its {@code ?jour=} value, how it reads, and whether it is the one shown. */
    public record Day(LocalDate date, String label, boolean shown) {
    }

    /** A channel and its slots of the day. */
    public record ChannelDay(TvChannel channel, List<Slot> slots) {
    }

    /** A slot as the guide writes it ("14 h 30"), and whether it is on air at this moment. */
    public record Slot(ScheduleSlot slot, String starts, String ends, boolean onAir) {
    }

    /** The day asked for ({@code ?jour=AAAA-MM-JJ}), today when none; empty when it is not a date. */
    static Optional<LocalDate> requestedDay(String jour, LocalDate today) {
        if (jour == null || jour.isBlank()) {
            return Optional.of(today);
        }
        try {
            return Optional.of(LocalDate.parse(jour.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The guide of {@code day}; {@code channels} each with its slots of that day. */
    static TvGuide of(LocalDate day, List<ChannelDay> channels, LocalDate today) {
        List<Day> week = IntStream.range(0, WEEK_DAYS).mapToObj(today::plusDays)
                .map(date -> new Day(date, label(date, today), date.equals(day))).toList();
        return new TvGuide(day, week, channels);
    }

    static ChannelDay channelDay(TvChannel channel, List<ScheduleSlot> slots, Instant now) {
        return new ChannelDay(channel, slots.stream().map(slot -> new Slot(slot, FrenchDates.time(slot.startsAt()),
                FrenchDates.time(slot.endsAt()), onAir(slot, now))).toList());
    }

    private static boolean onAir(ScheduleSlot slot, Instant now) {
        return slot.startsAt() != null && slot.endsAt() != null
                && !now.isBefore(slot.startsAt()) && now.isBefore(slot.endsAt());
    }

    /** "aujourd'hui", "demain", then "lundi 30 novembre". */
    static String label(LocalDate date, LocalDate today) {
        if (date.equals(today)) {
            return "aujourd'hui";
        }
        return date.equals(today.plusDays(1)) ? "demain" : FrenchDates.day(date);
    }

    /** The shown day as the page's title says it ("aujourd'hui, mercredi 25 novembre"). */
    public String dayTitle() {
        String date = FrenchDates.day(day);
        return week.stream().filter(Day::shown).findFirst().map(Day::label)
                .filter(label -> !label.equals(date)).map(label -> label + ", " + date).orElse(date);
    }
}
