package fr.pitchoun.frontend.parents;

import fr.pitchoun.frontend.catalogue.Episode;
import fr.pitchoun.frontend.catalogue.Programme;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SuggestionsTest {

    private static final Programme OCEAN = programme("mission-ocean", "Mission Océan", 6, 10, List.of("océans"),
            episode(1, "les-abysses", "2026-11-01", "animaux marins"), episode(2, "les-recifs", "2026-11-08"),
            episode(3, "les-marees", "2026-11-15"), new Episode(4, "sans-video", "Sans vidéo", "", 12, null, Instant.parse("2026-11-20T17:00:00Z"),
                    null, null, List.of()));
    private static final Programme SPACE = programme("cap-espace", "Cap Espace", 8, 12, List.of("espace"),
            episode(1, "la-lune", "2026-11-10"), episode(2, "mars", "2026-11-30"));
    private static final Programme TINY = programme("petits-pas", "Petits pas", 3, 5, List.of("océans"),
            episode(1, "la-mer", "2026-12-01"));

    @Test
    void theThemesTheChildSpentMostTimeOnComeFirstWithinItsAgesAndWithoutWhatItCompleted() {
        List<Suggestions.Suggestion> chosen = Suggestions.choose(List.of(TINY, SPACE, OCEAN), "7-9",
                Map.of("océans", 600.0, "animaux marins", 300.0, "espace", 60.0),
                Set.of("/programmes/mission-ocean/les-recifs"));
        // Les abysses: océans + animaux marins (900 s); les marées: océans (600 s); at most two of Mission Océan;
        // then Cap Espace's, newest first. Petits pas (3-5) is not for a 7-9; what has no video is not playable.
        assertEquals(List.of("/programmes/mission-ocean/les-abysses", "/programmes/mission-ocean/les-marees",
                "/programmes/cap-espace/mars", "/programmes/cap-espace/la-lune"),
                chosen.stream().map(Suggestions.Suggestion::path).toList());
        assertEquals("Thèmes qu'il ou elle a explorés : océans, animaux marins", chosen.get(0).reason());
        assertEquals("Mission Océan", chosen.get(0).programmeTitle());
    }

    @Test
    void withoutAnyThemeYetTheNewestEpisodesOfItsAgesAreSuggested() {
        List<Suggestions.Suggestion> chosen = Suggestions.choose(List.of(OCEAN, SPACE, TINY), "4-6", Map.of(),
                Set.of());
        assertEquals(List.of("/programmes/petits-pas/la-mer", "/programmes/mission-ocean/les-marees",
                "/programmes/mission-ocean/les-recifs"), chosen.stream().map(Suggestions.Suggestion::path).toList());
        assertEquals("", chosen.get(0).reason());
    }

    private static Programme programme(String slug, String title, int min, int max, List<String> themes,
                                       Episode... episodes) {
        return new Programme(slug, title, "", min, max, themes, null, List.of(episodes));
    }

    private static Episode episode(int number, String slug, String day, String... themes) {
        return new Episode(number, slug, "Titre " + slug, "", 12, null, Instant.parse(day + "T17:00:00Z"),
                new Episode.Video(100 + number, null, 720, false, true), null, List.of(themes));
    }
}
