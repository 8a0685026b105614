package fr.pitchoun.frontend.parents;

import fr.pitchoun.frontend.catalogue.Episode;
import fr.pitchoun.frontend.catalogue.Programme;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What to watch next: playable episodes of the catalogue for the child's age band (a programme fits when its
 * recommended ages overlap the band) that the child has not completed, the ones whose themes (the episode's and its
 * programme's) the child spent the most time on first, then the newest; at most {@value #PER_PROGRAMME} from one
 * programme. Without any time on a theme yet, simply the newest that fit.
 */
public final class Suggestions {

    static final int MAX = 4;
    static final int PER_PROGRAMME = 2;

    /** A suggested episode, and why (« Parce qu'il ou elle aime : océans »), empty reason for « de son âge ». */
    public record Suggestion(String path, String programmeTitle, String episodeTitle, String duration,
                             List<String> themes, String reason) {
    }

    private Suggestions() {
    }

    /**
     * @param ageBand the profile's band, « 4-6 » (empty or unreadable: no age filter)
     * @param themeSeconds time per theme over the period
     * @param completedPaths paths of what the child completed (« /programmes/p/e »)
     */
    public static List<Suggestion> choose(List<Programme> programmes, String ageBand, Map<String, Double> themeSeconds,
                                          Set<String> completedPaths) {
        Optional<int[]> band = ages(ageBand);
        record Candidate(Programme programme, Episode episode, Set<String> themes, double score) {
            String path() {
                return "/programmes/" + programme.slug() + "/" + episode.slug();
            }
        }
        List<Candidate> candidates = programmes.stream()
                .filter(p -> band.map(b -> p.ageMin() <= b[1] && p.ageMax() >= b[0]).orElse(true))
                .flatMap(p -> p.episodesOrNone().stream().filter(Episode::playable).map(e -> {
                    Set<String> themes = new LinkedHashSet<>(e.learningThemes());
                    themes.addAll(p.themesOrNone());
                    double score = themes.stream().mapToDouble(t -> themeSeconds.getOrDefault(t, 0.0)).sum();
                    return new Candidate(p, e, themes, score);
                }))
                .filter(c -> !completedPaths.contains(c.path()))
                .sorted(Comparator.comparingDouble(Candidate::score).reversed()
                        .thenComparing(c -> Optional.ofNullable(c.episode().broadcast()).orElse(Instant.EPOCH),
                                Comparator.reverseOrder())
                        .thenComparing(c -> c.episode().number()))
                .toList();
        Map<String, Integer> perProgramme = new HashMap<>();
        return candidates.stream()
                .filter(c -> perProgramme.merge(c.programme().slug(), 1, Integer::sum) <= PER_PROGRAMME)
                .limit(MAX)
                .map(c -> {
                    List<String> liked = c.themes().stream().filter(t -> themeSeconds.getOrDefault(t, 0.0) > 0)
                            .sorted(Comparator.comparingDouble((String t) -> themeSeconds.get(t)).reversed())
                            .toList();
                    return new Suggestion(c.path(), c.programme().title(), c.episode().title(),
                            c.episode().duration(), List.copyOf(c.themes()),
                            liked.isEmpty() ? "" : "Thèmes qu'il ou elle a explorés : "
                                    + liked.stream().collect(Collectors.joining(", ")));
                })
                .toList();
    }

    /** « 4-6 » → [4, 6]. */
    static Optional<int[]> ages(String band) {
        if (band == null || !band.matches("\\d{1,2}-\\d{1,2}")) {
            return Optional.empty();
        }
        String[] bounds = band.split("-");
        return Optional.of(new int[] {Integer.parseInt(bounds[0]), Integer.parseInt(bounds[1])});
    }
}
