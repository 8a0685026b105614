package fr.pitchoun.frontend.catalogue;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * What the home page shows: the CMS blocks in order (an events block with its upcoming events), or none when
 * cms-service could not be read ({@code available} false: the page keeps its built-in welcome).
 */
public record HomeView(boolean available, List<Shown> blocks) {

    static final HomeView UNAVAILABLE = new HomeView(false, List.of());

    /** A block and, for an events block, the events it lists; the page's first hero is its main heading. */
    public record Shown(HomePage.Block block, List<UpcomingEvent> events, boolean mainHeading) {
    }

    /** Whether the page opens with a hero, whose title is then the page's heading (otherwise the built-in one). */
    public boolean startsWithHero() {
        return !blocks.isEmpty() && blocks.get(0).mainHeading();
    }

    /** The blocks of the page; each events block gets the first upcoming {@code eventCount} events. */
    static HomeView of(HomePage page, List<UpcomingEvent> events, Instant now) {
        List<UpcomingEvent> upcoming = events.stream()
                .filter(e -> e.startsAt() == null || !e.startsAt().isBefore(now))
                .sorted(Comparator.comparing(UpcomingEvent::startsAt, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        List<HomePage.Block> blocks = page.blocksOrNone().stream().filter(Objects::nonNull).toList();
        return new HomeView(true, blocks.stream().map(block -> new Shown(block,
                "EVENTS".equals(block.kind()) ? upcoming.stream()
                        .limit(block.eventCount() == null ? 3 : block.eventCount()).toList() : List.of(),
                "HERO".equals(block.kind()) && block == blocks.get(0))).toList());
    }
}
