package fr.pitchoun.frontend.event;

import fr.pitchoun.frontend.catalogue.UpcomingEvent;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** The agenda page's two lists: what is still to come (soonest first), then what is over (latest first). */
public record Agenda(List<UpcomingEvent> upcoming, List<UpcomingEvent> past) {

    private static final Comparator<UpcomingEvent> BY_START =
            Comparator.comparing(UpcomingEvent::startsAt, Comparator.nullsLast(Comparator.naturalOrder()));

    static Agenda of(List<UpcomingEvent> events, Instant now) {
        return new Agenda(events.stream().filter(e -> !e.pastAt(now)).sorted(BY_START).toList(),
                events.stream().filter(e -> e.pastAt(now)).sorted(BY_START.reversed()).toList());
    }
}
