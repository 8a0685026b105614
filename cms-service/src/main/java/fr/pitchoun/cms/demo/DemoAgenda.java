package fr.pitchoun.cms.demo;

import fr.pitchoun.cms.content.ParisTime;
import fr.pitchoun.cms.form.FormOutcome;
import fr.pitchoun.cms.event.EventCatalog;
import fr.pitchoun.cms.event.EventForm;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Keeps the demo agenda upcoming on a long-lived local database: the demo script dates its events from the day it
 * first ran, so each start moves a demo event that has begun forward by whole weeks (same weekday, same Paris time).
 * It is an edit by the demo like any other, audited and announced, so the site learns of it.
 */
@ApplicationScoped
class DemoAgenda {

    private static final Logger LOG = Logger.getLogger(DemoAgenda.class);

    /** The events of {@code R__demo_radios_events.sql}. */
    static final List<String> EVENTS = List.of("spectacle-mission-ocean", "atelier-bricolo-carton",
            "rencontre-dragon-timide", "concert-comptines", "chasse-aux-enigmes");

    private final EventCatalog events;

    DemoAgenda(EventCatalog events) {
        this.events = events;
    }

    void keepUpcoming(Instant now) {
        int moved = 0;
        for (String slug : EVENTS) {
            var event = events.bySlug(slug).filter(e -> !e.startsAt.isAfter(now)).orElse(null);
            if (event == null) {
                continue;
            }
            int weeks = weeksToCatchUp(event.startsAt, now);
            EventForm form = events.formOf(event);
            form.startsAt = ParisTime.field(weeksLater(event.startsAt, weeks));
            form.endsAt = ParisTime.field(weeksLater(event.endsAt, weeks));
            if (events.update(event.id, form, DemoSchedule.DEMO).filter(FormOutcome::succeeded).isPresent()) {
                moved++;
            }
        }
        LOG.infof("Demo content: %d past demo event(s) moved to the coming weeks", moved);
    }

    /** On the Paris clock, so that a summer-time change keeps the event's hour. */
    private static Instant weeksLater(Instant instant, int weeks) {
        return instant == null ? null : instant.atZone(ParisTime.ZONE).plusWeeks(weeks).toInstant();
    }

    /** The fewest whole weeks after which an event that started at {@code startsAt} is still to come. */
    static int weeksToCatchUp(Instant startsAt, Instant now) {
        return (int) (Duration.between(startsAt, now).toDays() / 7) + 1;
    }
}
