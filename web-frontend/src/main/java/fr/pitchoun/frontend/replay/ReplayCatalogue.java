package fr.pitchoun.frontend.replay;

import fr.pitchoun.frontend.catalogue.Episode;
import fr.pitchoun.frontend.catalogue.Programme;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The programmes that have episodes to play, and the viewer's started ones matched to them by Kinow video id.
 * "Newest" is the latest broadcast date among a programme's playable episodes, then the highest episode number
 * (episodes without a date); ties keep cms-service's order.
 */
public record ReplayCatalogue(List<ReplayProgramme> programmes) {

    /** A programme and its playable episodes, latest first. */
    public record ReplayProgramme(Programme programme, List<Episode> episodes) {

        Instant newest() {
            return episodes.stream().map(Episode::broadcast).filter(d -> d != null)
                    .max(Comparator.naturalOrder()).orElse(Instant.EPOCH);
        }

        int latestNumber() {
            return episodes.stream().mapToInt(Episode::number).max().orElse(0);
        }
    }

    /** A started episode: where it is, and how far the viewer got. */
    public record StartedEpisode(Programme programme, Episode episode, Watching.Item progress) {

        public String path() {
            return "/programmes/" + programme.slug() + "/" + episode.slug();
        }
    }

    /** From programmes read with their episodes: those with a playable episode, newest first. */
    public static ReplayCatalogue of(List<Programme> programmes) {
        Comparator<Episode> latest = Comparator.comparing((Episode e) -> Optional.ofNullable(e.broadcast())
                .orElse(Instant.EPOCH)).thenComparingInt(Episode::number).reversed();
        List<ReplayProgramme> playable = programmes.stream()
                .map(p -> new ReplayProgramme(p, p.episodesOrNone().stream().filter(Episode::playable)
                        .sorted(latest).toList()))
                .filter(p -> !p.episodes().isEmpty())
                .sorted(Comparator.comparing(ReplayProgramme::newest).thenComparingInt(ReplayProgramme::latestNumber)
                        .reversed())
                .toList();
        return new ReplayCatalogue(playable);
    }

    /** The programmes for children of {@code band}; all of them without one. */
    public List<ReplayProgramme> forAges(Optional<AgeBand> band) {
        return band.map(b -> programmes.stream().filter(p -> b.includes(p.programme())).toList()).orElse(programmes);
    }

    /** The viewer's started episodes that the site has, newest first; finished ones are not "to continue". */
    public List<StartedEpisode> started(Watching watching) {
        Map<Long, StartedEpisode> byVideo = new HashMap<>();
        for (ReplayProgramme p : programmes) {
            for (Episode e : p.episodes()) {
                byVideo.putIfAbsent(e.video().kinowVideoId(), new StartedEpisode(p.programme(), e, null));
            }
        }
        return watching.itemsOrNone().stream().filter(item -> !item.finished())
                .filter(item -> byVideo.containsKey(item.videoId()))
                .map(item -> {
                    StartedEpisode where = byVideo.get(item.videoId());
                    return new StartedEpisode(where.programme(), where.episode(), item);
                })
                .toList();
    }
}
