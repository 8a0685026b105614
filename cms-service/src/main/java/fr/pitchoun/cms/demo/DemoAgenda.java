package fr.pitchoun.cms.demo;

import fr.pitchoun.cms.content.ParisTime;
import fr.pitchoun.cms.form.FormOutcome;
import fr.pitchoun.cms.event.EventCatalog;
import fr.pitchoun.cms.event.EventForm;
import fr.pitchoun.cms.programme.EpisodeCatalog;
import fr.pitchoun.cms.programme.EpisodeForm;
import fr.pitchoun.cms.programme.ProgrammeCatalog;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Keeps the demo agenda upcoming on a long-lived local database: the demo script dates its events from the day it
 * first ran, so each start moves a demo event that has begun forward by whole weeks (same weekday, same Paris time).
 * The same for the demo episode in MyPitchoun+'s early access: its broadcast stays ahead. Those are edits by the demo
 * like any other, audited and announced, so the site learns of them.
 */
@ApplicationScoped
class DemoAgenda {

    private static final Logger LOG = Logger.getLogger(DemoAgenda.class);

    /** The events of {@code R__demo_radios_events.sql}. */
    static final List<String> EVENTS = List.of("spectacle-mission-ocean", "atelier-bricolo-carton",
            "rencontre-dragon-timide", "concert-comptines", "chasse-aux-enigmes");

    /** The demo episode of {@code R__demo_episodes.sql} that stays in early access (programme, episode). */
    static final String EARLY_ACCESS_PROGRAMME = "mission-ocean";
    static final String EARLY_ACCESS_EPISODE = "les-abysses";

    private final EventCatalog events;
    private final ProgrammeCatalog programmes;
    private final EpisodeCatalog episodes;

    DemoAgenda(EventCatalog events, ProgrammeCatalog programmes, EpisodeCatalog episodes) {
        this.events = events;
        this.programmes = programmes;
        this.episodes = episodes;
    }

    /** Moves the early-access demo episode's window forward by whole weeks once its broadcast has gone by. */
    void keepEarlyAccessAhead(Instant now) {
        programmes.bySlug(EARLY_ACCESS_PROGRAMME).stream().flatMap(p -> programmes.episodes(p).stream())
                .filter(e -> e.slug.equals(EARLY_ACCESS_EPISODE) && e.broadcastAt != null && !e.broadcastAt.isAfter(now))
                .findFirst().ifPresent(episode -> {
                    int weeks = weeksToCatchUp(episode.broadcastAt, now);
                    EpisodeForm form = episodes.formOf(episode);
                    form.broadcastAt = ParisTime.field(weeksLater(episode.broadcastAt, weeks));
                    form.earlyAccessAt = ParisTime.field(weeksLater(episode.earlyAccessAt, weeks));
                    episodes.update(episode.id, form, DemoSchedule.DEMO);
                    LOG.infof("Demo content: the early-access demo episode's broadcast moved %d week(s) ahead", weeks);
                });
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
