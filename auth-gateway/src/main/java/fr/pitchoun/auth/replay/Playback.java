package fr.pitchoun.auth.replay;

import fr.pitchoun.auth.kinow.Kinow;
import fr.pitchoun.auth.kinow.KinowRefusedException;
import fr.pitchoun.auth.kinow.KinowVideo;
import fr.pitchoun.auth.screentime.ScreenTime;
import fr.pitchoun.auth.session.Entitlement;
import fr.pitchoun.auth.session.ViewerSession;
import fr.pitchoun.auth.web.FixedWindowLimit;
import fr.pitchoun.auth.web.HttpStatus;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * Decides, on the server, what a viewer plays of an episode (deploy/CONTRACTS.md "Replay"), and records the
 * positions they reach. A player address is only ever given for what the viewer may play.
 */
@ApplicationScoped
public class Playback {

    static final String BAD_POSITION = "La position de lecture doit être un nombre de secondes positif.";
    static final String PAST_THE_END = "La position de lecture dépasse la fin de l'épisode.";
    static final String NOT_YOUR_PLAYER = "Cette lecture n'appartient pas à votre session : relancez l'épisode.";
    /** Players report a little past the last frame (segment rounding): so much is still "the end". */
    private static final double END_SLACK_SECONDS = 1.0;
    /** A position this close to the end counts as watched: the episode starts over. */
    private static final double WATCHED_MARGIN_SECONDS = 5.0;

    private static final Logger LOG = Logger.getLogger(Playback.class);

    private final Kinow kinow;
    private final KinowVideos videos;
    private final PlayerConfigurations players;
    private final PlayerSessions sessions;
    private final WatchProgress progress;
    private final FixedWindowLimit limit;
    private final String isoCode;
    private final ScreenTime screenTime;

    Playback(Kinow kinow, KinowVideos videos, PlayerConfigurations players, PlayerSessions sessions,
             WatchProgress progress, ReplayConfig config, ScreenTime screenTime) {
        this.kinow = kinow;
        this.videos = videos;
        this.players = players;
        this.sessions = sessions;
        this.progress = progress;
        this.limit = new FixedWindowLimit(config.playback().maxPerSession(), config.playback().window(),
                System::nanoTime);
        this.isoCode = config.isoCode();
        this.screenTime = screenTime;
    }

    /**
     * {@code viewer} is null for a signed-out viewer, who is limited by address instead of session. A child whose
     * screen time is over gets no player (ScreenTimeRefusedException, 423).
     */
    public Uni<PlaybackView> play(ViewerSession viewer, PlaybackRequest request, String clientAddress) {
        screenTime.require(viewer);
        long wait = limit.countAndWaitSeconds(viewer == null ? "address:" + clientAddress
                : "session:" + viewer.sessionId());
        if (wait > 0) {
            return Uni.createFrom().failure(new PlaybackThrottledException(wait));
        }
        long videoId = request.videoId();
        Set<Entitlement> entitlements = viewer == null ? Set.of() : viewer.entitlements();
        Entitlement missing = PlaybackRules.missingOffer(entitlements, request.earlyAccessUntil(), Instant.now());
        return videos.video(videoId).chain(video -> {
            Uni<Boolean> full = missing == null && viewer != null
                    ? videos.mayStream(viewer.customerId(), videoId) : Uni.createFrom().item(false);
            return full.chain(mayPlay -> mayPlay ? full(viewer, video)
                    : limited(viewer, video, request.extractId(), missing == null ? Entitlement.MYPITCHOUN : missing));
        });
    }

    private Uni<PlaybackView> full(ViewerSession viewer, KinowVideo video) {
        long customerId = viewer.customerId();
        return kinow.videoPlayer(video.id(), customerId, isoCode)
                .onFailure().transform(failure -> KinowReplayFailures.forVideo(video.id(), failure))
                .chain(configuration -> {
                    PlayerView player = players.view(configuration);
                    if (player.sessionId() == null || player.sessionId().isBlank()) {
                        player = new PlayerView(player.manifest(), player.url(), UUID.randomUUID().toString(),
                                player.captions());
                    }
                    sessions.opened(player.sessionId(), customerId, video.id(), video.duration());
                    PlayerView opened = player;
                    return resumeAt(customerId, video).map(resume ->
                            new PlaybackView(PlaybackMode.FULL, opened, resume, video.duration(), null));
                });
    }

    /** Where to resume; 0 when the episode was watched to its end, or when Kinow cannot tell right now. */
    private Uni<Double> resumeAt(long customerId, KinowVideo video) {
        return progress.of(customerId).map(positions -> {
            WatchProgress.Position position = positions.get(video.id());
            if (position == null) {
                return 0.0;
            }
            boolean watched = video.duration() != null
                    && position.positionSeconds() >= video.duration() - WATCHED_MARGIN_SECONDS;
            return watched ? 0.0 : position.positionSeconds();
        }).onFailure().recoverWithItem(failure -> {
            LOG.warnf("Progress of customer %d unavailable, playing from the start: %s", customerId, failure);
            return 0.0;
        });
    }

    private Uni<PlaybackView> limited(ViewerSession viewer, KinowVideo video, Long extractId, Entitlement missing) {
        if (extractId == null) {
            return Uni.createFrom().item(new PlaybackView(PlaybackMode.LOCKED, null, 0, video.duration(), missing));
        }
        return kinow.extractPlayer(extractId, viewer == null ? null : viewer.customerId(), isoCode)
                .map(configuration -> new PlaybackView(PlaybackMode.EXTRACT, players.view(configuration), 0,
                        video.duration(), missing))
                .onFailure(failure -> failure instanceof KinowRefusedException refused && refused.status() == 404)
                .recoverWithItem(() -> new PlaybackView(PlaybackMode.LOCKED, null, 0, video.duration(), missing))
                .onFailure().transform(KinowReplayFailures::unavailable);
    }

    /**
     * Accepts a position of a player session this viewer opened for this video, within the video. The player reports
     * every few seconds: once a child's screen time is over the report is refused (423), which stops the player.
     */
    public Uni<Void> saveProgress(ViewerSession viewer, ProgressRequest request, String userAgent) {
        screenTime.require(viewer);
        PlayerSessions.PlayerSession session = sessions.of(request.sessionId())
                .filter(opened -> opened.customerId() == viewer.customerId()
                        && opened.videoId() == request.videoId())
                .orElseThrow(() -> new ReplayRefusedException(HttpStatus.FORBIDDEN, NOT_YOUR_PLAYER));
        double position = request.positionSeconds();
        if (position < 0 || Double.isNaN(position) || Double.isInfinite(position)) {
            throw new ReplayRefusedException(HttpStatus.BAD_REQUEST, BAD_POSITION);
        }
        if (session.durationSeconds() != null && position > session.durationSeconds() + END_SLACK_SECONDS) {
            throw new ReplayRefusedException(HttpStatus.BAD_REQUEST, PAST_THE_END);
        }
        return progress.save(viewer.customerId(), request.videoId(), position, session.durationSeconds(), userAgent);
    }

    public Uni<WatchingView> watching(ViewerSession viewer) {
        return progress.started(viewer.customerId())
                .map(positions -> new WatchingView(positions.stream()
                        .map(p -> new WatchingView.Item(p.videoId(), p.positionSeconds(), p.durationSeconds(),
                                p.watchedAt()))
                        .toList()))
                .onFailure().transform(KinowReplayFailures::unavailable);
    }
}
