package fr.pitchoun.frontend.learning;

import fr.pitchoun.frontend.catalogue.CmsContent;
import fr.pitchoun.frontend.catalogue.Programme;
import fr.pitchoun.frontend.catalogue.ScheduleSlot;
import fr.pitchoun.frontend.podcast.PodcastCatalogue;
import fr.pitchoun.frontend.podcast.PodcastEpisodePage;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Which item a player played, with its title, learning themes, ages and length, from the site's own (cached) reads
 * of cms-service and podcast-service. Empty when there is no such item: the report is refused.
 */
@ApplicationScoped
public class PlayedItems {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final CmsContent content;
    private final PodcastCatalogue podcasts;

    PlayedItems(CmsContent content, PodcastCatalogue podcasts) {
        this.content = content;
        this.podcasts = podcasts;
    }

    /** A replay episode: its learning themes, its programme's ages. */
    public Optional<PlayedItem> episode(String programmeSlug, String episodeSlug) {
        Programme programme = content.programme(programmeSlug).item();
        if (programme == null) {
            return Optional.empty();
        }
        return programme.episodesOrNone().stream().filter(e -> e.slug().equals(episodeSlug)).findFirst()
                .filter(e -> e.lengthSeconds() > 0)
                .map(e -> new PlayedItem("episode", programme.slug(), e.slug(), e.title(), e.learningThemes(),
                        programme.ageMin(), programme.ageMax(), e.lengthSeconds()));
    }

    /** A podcast episode (podcast-service has neither themes nor ages for it). */
    public Optional<PlayedItem> podcastEpisode(String show, String episode) {
        try {
            PodcastEpisodePage page = podcasts.episode(show, episode);
            if (page == null || page.episode() == null || page.episode().durationSeconds() <= 0) {
                return Optional.empty();
            }
            return Optional.of(new PlayedItem("podcast-episode", page.showSlug(), page.episode().slug(),
                    page.episode().title(), List.of(), null, null, page.episode().durationSeconds()));
        } catch (RuntimeException e) {
            // Unknown episode (404), or podcast-service away with nothing kept: nothing to name.
            return Optional.empty();
        }
    }

    /** The programme on air on the channel at {@code at}, as the schedule says, with its programme's themes. */
    public Optional<PlayedItem> liveProgramme(String channel, Instant at) {
        LocalDate day = at.atZone(PARIS).toLocalDate();
        Optional<ScheduleSlot> slot = content.schedule(channel, day).stream()
                .filter(s -> !s.startsAt().isAfter(at) && s.endsAt().isAfter(at)).findFirst();
        if (slot.isEmpty()) {
            return Optional.empty();
        }
        ScheduleSlot onAir = slot.get();
        Programme programme = onAir.programmeSlug() == null ? null : content.programme(onAir.programmeSlug()).item();
        return Optional.of(new PlayedItem("live-programme", channel,
                onAir.startsAt().truncatedTo(ChronoUnit.SECONDS).toString(), onAir.title(),
                programme == null ? List.of() : programme.themesOrNone(),
                programme == null ? null : programme.ageMin(), programme == null ? null : programme.ageMax(),
                Duration.between(onAir.startsAt(), onAir.endsAt()).toMillis() / 1000.0));
    }
}
