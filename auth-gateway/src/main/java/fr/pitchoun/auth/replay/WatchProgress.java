package fr.pitchoun.auth.replay;

import fr.pitchoun.auth.kinow.Kinow;
import fr.pitchoun.auth.kinow.KinowConfig;
import fr.pitchoun.auth.kinow.KinowPage;
import fr.pitchoun.auth.kinow.KinowVideoStatSession;
import fr.pitchoun.auth.kinow.KinowVideoWatching;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CaffeineCache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Where each customer stands in the videos they started. Kinow keeps it (video-stats sessions, read back with
 * videos-watching); we cache a customer's positions ({@code kinow-progress}) and write through: a position saved
 * goes to Kinow, then into the cache, so it is resumed at once from any browser even before Kinow's lists show it.
 */
@ApplicationScoped
public class WatchProgress {

    static final String CACHE = "kinow-progress";
    private static final DateTimeFormatter KINOW_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Kinow kinow;
    private final CaffeineCache cache;
    private final ZoneId zone;
    private final String isoCode;

    WatchProgress(Kinow kinow, @CacheName(CACHE) Cache cache, KinowConfig kinowConfig, ReplayConfig config) {
        this.kinow = kinow;
        this.cache = cache.as(CaffeineCache.class);
        this.zone = kinowConfig.zone();
        this.isoCode = config.isoCode();
    }

    /** A customer's positions by video id. */
    public Uni<Map<Long, Position>> of(long customerId) {
        return cache.getAsync(customerId, id -> load(customerId));
    }

    /** Newest first. */
    public Uni<List<Position>> started(long customerId) {
        return of(customerId).map(positions -> positions.values().stream()
                .sorted(Comparator.comparing(Position::watchedAt).reversed()).toList());
    }

    public Uni<Void> save(long customerId, long videoId, double positionSeconds, Integer durationSeconds,
                          String userAgent) {
        Instant now = Instant.now();
        KinowVideoStatSession session = new KinowVideoStatSession(customerId, videoId,
                KINOW_DATE.format(LocalDateTime.ofInstant(now, zone)), (long) Math.floor(positionSeconds),
                userAgent == null || userAgent.isBlank() ? "Pitchoun" : userAgent, isoCode, positionSeconds);
        return kinow.createVideoStatSession(session)
                .onFailure().transform(KinowReplayFailures::unavailable)
                .chain(() -> of(customerId))
                .invoke(positions -> {
                    Map<Long, Position> updated = new HashMap<>(positions);
                    updated.put(videoId, new Position(videoId, positionSeconds, durationSeconds, now));
                    cache.put(customerId, CompletableFuture.completedFuture(Map.copyOf(updated)));
                })
                .replaceWithVoid();
    }

    private Uni<Map<Long, Position>> load(long customerId) {
        return KinowVideos.allPages(page -> kinow.videosWatching(customerId, page, KinowPage.MAX_PER_PAGE))
                .map(watching -> {
                    Map<Long, Position> positions = new HashMap<>();
                    for (KinowVideoWatching video : watching) {
                        positions.put(video.id(), new Position(video.id(),
                                video.watchingSeek() == null ? 0 : video.watchingSeek(), video.duration(),
                                instant(video.watchingDate())));
                    }
                    return Map.copyOf(positions);
                });
    }

    private Instant instant(String kinowDate) {
        if (kinowDate == null || kinowDate.isBlank()) {
            return Instant.EPOCH;
        }
        try {
            return LocalDateTime.parse(kinowDate.trim(), KINOW_DATE).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            return Instant.EPOCH;
        }
    }

    /** Where a customer stands in a video. */
    public record Position(long videoId, double positionSeconds, Integer durationSeconds, Instant watchedAt) {
    }
}
