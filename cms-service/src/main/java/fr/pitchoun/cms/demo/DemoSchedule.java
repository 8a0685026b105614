package fr.pitchoun.cms.demo;

import fr.pitchoun.cms.content.Actor;
import fr.pitchoun.cms.content.ParisTime;
import fr.pitchoun.cms.schedule.ScheduleBook;
import fr.pitchoun.cms.schedule.SlotForm;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A living schedule for the local platform: each start fills this week and the next for both channels with the demo
 * programmes, on the days a channel has nothing planned yet (so what editors planned stays as they left it).
 */
@ApplicationScoped
class DemoSchedule {

    private static final Logger LOG = Logger.getLogger(DemoSchedule.class);

    static final Actor DEMO = new Actor(null, "Contenu de démonstration");

    /** start, end, programme slug: the same day every day. */
    private static final Map<String, List<String[]>> DAYS = Map.of(
            "pitchoun-tv", List.of(
                    new String[]{"07:00", "07:30", "les-petits-explorateurs"},
                    new String[]{"07:30", "08:00", "le-dragon-timide"},
                    new String[]{"08:00", "08:30", "mission-ocean"},
                    new String[]{"12:00", "12:30", "atelier-bricolo"},
                    new String[]{"16:30", "17:00", "les-enigmes-de-lila"},
                    new String[]{"17:00", "17:30", "mission-ocean"},
                    new String[]{"18:00", "18:30", "les-petits-explorateurs"},
                    new String[]{"19:00", "19:30", "le-dragon-timide"}),
            "pitchoun-junior", List.of(
                    new String[]{"06:30", "07:00", "le-dragon-timide"},
                    new String[]{"09:00", "09:30", "les-petits-explorateurs"},
                    new String[]{"10:00", "10:30", "atelier-bricolo"},
                    new String[]{"14:00", "14:30", "le-dragon-timide"},
                    new String[]{"17:30", "18:00", "les-petits-explorateurs"},
                    new String[]{"18:30", "19:00", "atelier-bricolo"}));

    private final ScheduleBook schedule;

    DemoSchedule(ScheduleBook schedule) {
        this.schedule = schedule;
    }

    void fill() {
        LocalDate thisWeek = ScheduleBook.mondayOf(LocalDate.now(ParisTime.ZONE));
        int added = 0;
        for (var channel : DAYS.entrySet()) {
            for (int i = 0; i < 14; i++) {
                LocalDate day = thisWeek.plusDays(i);
                if (schedule.day(channel.getKey(), day).isEmpty()) {
                    added += fillDay(channel.getKey(), day, channel.getValue());
                }
            }
        }
        LOG.infof("Demo content: %d schedule slot(s) added", added);
    }

    private int fillDay(String channel, LocalDate day, List<String[]> slots) {
        int added = 0;
        for (String[] slot : slots) {
            SlotForm form = new SlotForm();
            form.date = day.toString();
            form.start = slot[0];
            form.end = slot[1];
            form.programme = slot[2];
            if (schedule.save(channel, null, form, DEMO).succeeded()) {
                added++;
            }
        }
        return added;
    }
}
