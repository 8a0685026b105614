package fr.pitchoun.auth.replay;

import fr.pitchoun.auth.kinow.Kinow;
import fr.pitchoun.auth.kinow.KinowExtract;
import fr.pitchoun.auth.kinow.KinowPage;
import fr.pitchoun.auth.kinow.KinowVideo;
import fr.pitchoun.auth.kinow.KinowVideoAccessInfo;
import io.quarkus.cache.CacheResult;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.function.IntFunction;

/**
 * Kinow's answers replay reads often, cached as Kinow asks (lifetimes in application.properties): a video, a
 * product's extracts, whether a customer may stream a video. Failures are not cached.
 */
@ApplicationScoped
public class KinowVideos {

    static final String VIDEOS = "kinow-videos";
    static final String EXTRACTS = "kinow-extracts";
    static final String VIDEO_ACCESS = "kinow-video-access";

    private final Kinow kinow;

    KinowVideos(Kinow kinow) {
        this.kinow = kinow;
    }

    /** Fails with {@link VideoNotFoundException} when Kinow does not know it. */
    @CacheResult(cacheName = VIDEOS)
    public Uni<KinowVideo> video(long videoId) {
        return kinow.video(videoId).onFailure().transform(failure -> KinowReplayFailures.forVideo(videoId, failure));
    }

    @CacheResult(cacheName = EXTRACTS)
    public Uni<List<KinowExtract>> extractsOf(long productId) {
        return allPages(page -> kinow.productExtracts(productId, page, KinowPage.MAX_PER_PAGE));
    }

    /** Kinow's has-access for one video (VideoAccessInfo.streaming). */
    @CacheResult(cacheName = VIDEO_ACCESS)
    public Uni<Boolean> mayStream(long customerId, long videoId) {
        return kinow.videoAccess(customerId, videoId)
                .map(answers -> answers.stream().filter(answer -> (long) answer.idVideo() == videoId)
                        .anyMatch(KinowVideoAccessInfo::streaming))
                .onFailure().transform(KinowReplayFailures::unavailable);
    }

    /** The extract of a video: the product's extract at the video's position (Kinow links extracts to products). */
    static Long extractOf(KinowVideo video, List<KinowExtract> extracts) {
        if (video.position() == null) {
            return null;
        }
        return extracts.stream()
                .filter(extract -> !Boolean.FALSE.equals(extract.active()))
                .filter(extract -> video.position().equals(extract.position()))
                .map(KinowExtract::id).findFirst().orElse(null);
    }

    /** Every page of a Kinow list, per_page at Kinow's maximum, one page after the other. */
    static <T> Uni<List<T>> allPages(IntFunction<Uni<KinowPage<T>>> pageLoader) {
        return Multi.createBy().repeating()
                .uni(() -> new int[]{1}, counter -> pageLoader.apply(counter[0]++))
                .whilst(page -> page.hasNext(KinowPage.MAX_PER_PAGE))
                .onItem().transformToIterable(KinowPage::items)
                .collect().asList()
                .onFailure().transform(KinowReplayFailures::unavailable);
    }
}
