package fr.pitchoun.frontend.parents;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A child's overview as auth-gateway's {@code GET /api/learning/profiles/{id}/overview} gives it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ChildActivity(long profileId, LocalDate from, LocalDate to, List<Day> days, List<Theme> themes,
                            List<Item> completed) {

    public ChildActivity {
        days = days == null ? List.of() : List.copyOf(days);
        themes = themes == null ? List.of() : List.copyOf(themes);
        completed = completed == null ? List.of() : List.copyOf(completed);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Day(LocalDate day, double watchedSeconds, double listenedSeconds, int completed) {

        public double playedSeconds() {
            return watchedSeconds + listenedSeconds;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Theme(String theme, double playedSeconds, int completed) {

        public String time() {
            return TimeSpent.of(playedSeconds);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Item(String kind, String path, String title, double playedSeconds, Instant completedAt) {

        public boolean podcast() {
            return "podcast-episode".equals(kind);
        }
    }

    public double watchedSeconds() {
        return days.stream().mapToDouble(Day::watchedSeconds).sum();
    }

    public double listenedSeconds() {
        return days.stream().mapToDouble(Day::listenedSeconds).sum();
    }

    /** The items completed within the period, newest first. */
    public List<Item> completedInPeriod() {
        return completed.stream().filter(item -> item.completedAt() != null
                && !item.completedAt().atZone(TimeSpent.PARIS).toLocalDate().isBefore(from)).toList();
    }
}
