package fr.pitchoun.e2e;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two transcode-workers share the channels through their Kafka consumer group: when the one running the live channel
 * stops, the other takes the channel over and viewers' playlists go on where they were. Runs last: it stops a worker.
 */
@ExtendWith(TestPlatform.class)
@Order(Integer.MAX_VALUE)
class WorkerFailoverTest {

    @Test
    void liveChannelResumesOnTheOtherWorkerWhenItsWorkerStops() throws Exception {
        TestPlatform platform = TestPlatform.get();
        ServiceProcess second = platform.startWorker(28086);
        Process feed = LiveHls.publishTestPattern(TestPlatform.DEMO_KEY, 150);
        try {
            String signed = LiveHls.signedChannelUrl(TestPlatform.DEMO_CHANNEL);
            ServiceProcess owner = await("one of the two workers runs the live channel")
                    .atMost(Duration.ofSeconds(45)).pollInterval(Duration.ofMillis(500))
                    .until(() -> LiveHls.isLiveOn(platform.worker) ? platform.worker : LiveHls.isLiveOn(second) ? second : null,
                            worker -> worker != null);
            ServiceProcess other = owner == second ? platform.worker : second;
            String variant = await("the channel's playlists").atMost(Duration.ofSeconds(30))
                    .until(() -> LiveHls.firstVariantUrl(signed), url -> url != null);
            long sequenceBeforeStop = await().atMost(Duration.ofSeconds(30))
                    .until(() -> LiveHls.mediaSequence(variant), sequence -> sequence >= 0);

            owner.close();

            await("the other worker takes the live channel over (log: " + other.log() + ")")
                    .atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                    .until(() -> LiveHls.isLiveOn(other));
            long sequenceAtTakeOver = LiveHls.mediaSequence(variant);
            assertTrue(sequenceAtTakeOver >= sequenceBeforeStop, "the playlist never goes back: "
                    + sequenceBeforeStop + " then " + sequenceAtTakeOver);
            await("viewers' playlist goes on advancing under the new worker").atMost(Duration.ofSeconds(20))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> LiveHls.mediaSequence(variant), sequence -> sequence >= sequenceAtTakeOver + 3);
        } finally {
            feed.destroyForcibly().waitFor();
            second.close();
        }
    }
}
