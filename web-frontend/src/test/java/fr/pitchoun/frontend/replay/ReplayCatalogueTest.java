package fr.pitchoun.frontend.replay;

import fr.pitchoun.frontend.catalogue.Episode;
import fr.pitchoun.frontend.catalogue.Programme;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReplayCatalogueTest {

    private static final Programme EXPLORERS = programme("les-petits-explorateurs", 4, 7,
            episode(1, "la-mare", 101, null), episode(2, "la-foret", 102, null));
    private static final Programme OCEAN = programme("mission-ocean", 6, 10,
            episode(1, "les-abysses", 201, null), episode(2, "le-recif", 202, Instant.parse("2026-12-10T18:00:00Z")),
            episode(3, "sans-video", 0, null));
    private static final Programme LILA = programme("les-enigmes-de-lila", 8, 12);

    @Test
    void onlyProgrammesWithAPlayableEpisodeAreListedNewestFirst() {
        ReplayCatalogue catalogue = ReplayCatalogue.of(List.of(EXPLORERS, LILA, OCEAN));
        assertEquals(List.of("mission-ocean", "les-petits-explorateurs"), slugs(catalogue.forAges(Optional.empty())));
        assertEquals(List.of("le-recif", "les-abysses"), catalogue.programmes().get(0).episodes().stream()
                .map(Episode::slug).toList(), "the latest broadcast first, and no episode without a video");
        assertEquals(List.of("la-foret", "la-mare"), catalogue.programmes().get(1).episodes().stream()
                .map(Episode::slug).toList(), "without dates, the highest number first");
    }

    @Test
    void anAgeBandKeepsTheProgrammesWhoseAgesOverlapIt() {
        ReplayCatalogue catalogue = ReplayCatalogue.of(List.of(EXPLORERS, OCEAN));
        assertEquals(List.of("mission-ocean", "les-petits-explorateurs"), slugs(catalogue.forAges(AgeBand.of("4-6"))));
        assertEquals(List.of("mission-ocean"), slugs(catalogue.forAges(AgeBand.of("10-12"))));
        assertTrue(AgeBand.of("3-99").isEmpty());
        assertEquals("7 à 9 ans", AgeBand.MOYENS.label());
    }

    @Test
    void startedVideosAreMatchedToTheirEpisodesAndFinishedOnesAreLeftOut() {
        ReplayCatalogue catalogue = ReplayCatalogue.of(List.of(EXPLORERS, OCEAN));
        Watching watching = new Watching(List.of(
                new Watching.Item(202, 390, 780, Instant.parse("2026-12-03T09:00:00Z")),
                new Watching.Item(999, 10, 780, Instant.parse("2026-12-03T08:30:00Z")),
                new Watching.Item(101, 650, 660, Instant.parse("2026-12-02T18:00:00Z"))));
        List<ReplayCatalogue.StartedEpisode> started = catalogue.started(watching);
        assertEquals(1, started.size(), "an unknown video and a finished one are not to continue: " + started);
        assertEquals("/programmes/mission-ocean/le-recif", started.get(0).path());
        assertEquals(50, started.get(0).progress().percent());
        assertTrue(watching.of(EXPLORERS.episodes().get(0)).finished(), "the programme page marks it watched");
    }

    private static List<String> slugs(List<ReplayCatalogue.ReplayProgramme> programmes) {
        return programmes.stream().map(p -> p.programme().slug()).toList();
    }

    private static Programme programme(String slug, int ageMin, int ageMax, Episode... episodes) {
        return new Programme(slug, slug, "", ageMin, ageMax, List.of(), null, List.of(episodes));
    }

    private static Episode episode(int number, String slug, long videoId, Instant broadcast) {
        return new Episode(number, slug, slug, "", 13, null, broadcast,
                videoId == 0 ? null : new Episode.Video(videoId, null, 780, false, true),
                broadcast == null ? null : new Episode.EarlyAccess(broadcast.minusSeconds(7 * 86400), broadcast));
    }
}
