package fr.pitchoun.auth.learning;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a batch of new statements adds to each aggregate row: per child and day (time watched and listened, items
 * completed, statements), day and theme, and item. Keys are sorted so that every batch updates rows in the same
 * order (two writers never wait on each other in a cycle).
 */
final class LearningAggregates {

    record DayKey(long profileId, LocalDate day) implements Comparable<DayKey> {
        public int compareTo(DayKey other) {
            int byProfile = Long.compare(profileId, other.profileId);
            return byProfile != 0 ? byProfile : day.compareTo(other.day);
        }
    }

    record ThemeKey(long profileId, LocalDate day, String theme) implements Comparable<ThemeKey> {
        public int compareTo(ThemeKey other) {
            int byDay = new DayKey(profileId, day).compareTo(new DayKey(other.profileId, other.day));
            return byDay != 0 ? byDay : theme.compareTo(other.theme);
        }
    }

    record ItemKey(long profileId, String itemIri) implements Comparable<ItemKey> {
        public int compareTo(ItemKey other) {
            int byProfile = Long.compare(profileId, other.profileId);
            return byProfile != 0 ? byProfile : itemIri.compareTo(other.itemIri);
        }
    }

    static final class DayTotals {
        long watchedMs;
        long listenedMs;
        int completed;
        int statements;
    }

    static final class ThemeTotals {
        long playedMs;
        int completed;
    }

    static final class ItemTotals {
        ItemKind kind;
        String title;
        long playedMs;
        int statements;
        Instant firstPlayed;
        Instant lastPlayed;
        /** The first completion in the batch; null when none. */
        Instant completed;
    }

    private final ZoneId zone;
    private final Map<DayKey, DayTotals> days = new TreeMap<>();
    private final Map<ThemeKey, ThemeTotals> themes = new TreeMap<>();
    private final Map<ItemKey, ItemTotals> items = new TreeMap<>();

    LearningAggregates(ZoneId zone) {
        this.zone = zone;
    }

    void add(LearningStatement statement) {
        LocalDate day = statement.timestamp().atZone(zone).toLocalDate();
        long played = statement.duration().toMillis();
        int completed = statement.completion() ? 1 : 0;
        DayTotals dayTotals = days.computeIfAbsent(new DayKey(statement.profileId(), day), key -> new DayTotals());
        if (statement.kind() == ItemKind.PODCAST_EPISODE) {
            dayTotals.listenedMs += played;
        } else {
            dayTotals.watchedMs += played;
        }
        dayTotals.completed += completed;
        dayTotals.statements++;
        for (String theme : statement.themes()) {
            ThemeTotals themeTotals = themes.computeIfAbsent(new ThemeKey(statement.profileId(), day, theme),
                    key -> new ThemeTotals());
            themeTotals.playedMs += played;
            themeTotals.completed += completed;
        }
        ItemTotals item = items.computeIfAbsent(new ItemKey(statement.profileId(), statement.itemIri()),
                key -> new ItemTotals());
        item.kind = statement.kind();
        item.title = statement.title();
        item.playedMs += played;
        item.statements++;
        item.firstPlayed = earliest(item.firstPlayed, statement.timestamp());
        item.lastPlayed = item.lastPlayed == null || statement.timestamp().isAfter(item.lastPlayed)
                ? statement.timestamp() : item.lastPlayed;
        if (statement.completion()) {
            item.completed = earliest(item.completed, statement.timestamp());
        }
    }

    Map<DayKey, DayTotals> days() {
        return days;
    }

    Map<ThemeKey, ThemeTotals> themes() {
        return themes;
    }

    Map<ItemKey, ItemTotals> items() {
        return items;
    }

    private static Instant earliest(Instant current, Instant candidate) {
        return current == null || candidate.isBefore(current) ? candidate : current;
    }
}
