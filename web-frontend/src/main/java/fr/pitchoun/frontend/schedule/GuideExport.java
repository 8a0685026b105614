package fr.pitchoun.frontend.schedule;

import fr.pitchoun.frontend.catalogue.CmsContent;
import fr.pitchoun.frontend.catalogue.ScheduleSlot;
import fr.pitchoun.frontend.catalogue.TvChannel;
import fr.pitchoun.frontend.dates.FrenchDates;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The schedule the site gives out to TV boxes and apps ({@code /guide.xml}, {@code /guide.json}): every channel's
 * slots from today to the end of the guide's week (Paris days), from the same cached reads as the guide page, so
 * an editor's change reaches both at once.
 */
@ApplicationScoped
public class GuideExport {

    /** A channel and its slots of the week, in order; slots without an end are left out (XMLTV wants a stop). */
    public record ChannelWeek(TvChannel channel, List<ScheduleSlot> slots) {
    }

    private final CmsContent content;

    GuideExport(CmsContent content) {
        this.content = content;
    }

    List<ChannelWeek> week(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, FrenchDates.PARIS);
        return content.channels().stream().map(channel -> new ChannelWeek(channel,
                IntStream.range(0, TvGuide.WEEK_DAYS).mapToObj(today::plusDays)
                        .flatMap(day -> content.schedule(channel.slug(), day).stream())
                        .filter(slot -> slot.startsAt() != null && slot.endsAt() != null).toList())).toList();
    }
}
