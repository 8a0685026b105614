package fr.pitchoun.transcode.channel;

import fr.pitchoun.transcode.Channels;
import fr.pitchoun.transcode.PlaylistWatch;
import fr.pitchoun.transcode.StreamStateTopic;
import fr.pitchoun.transcode.TestMedia;
import fr.pitchoun.transcode.hls.MediaPlaylist;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Stream-state records on the real broker drive a real FFmpeg ladder; the tests read the HLS a player would. */
@QuarkusTest
class LadderTest {

    /** Two segment durations, the bound for a switch, plus the tests' own polling and a loaded machine's jitter. */
    static final Duration SWITCH_BOUND = Duration.ofMillis(4000 + 600);

    private static StreamStateTopic topic;

    @ConfigProperty(name = "pitchoun.transcode.hls-dir")
    Path hlsDir;

    @BeforeAll
    static void connect() {
        topic = new StreamStateTopic();
    }

    @AfterAll
    static void disconnect() {
        topic.close();
    }

    @Test
    void aFullHdFeedGetsThreeAlignedRenditionsAndGoesToTheSlateAndBack() throws Exception {
        Path feed = TestMedia.feed(1920, 1080, 30);
        String channel = StreamStateTopic.uniqueChannel("tw-hd");
        Path dir = hlsDir.resolve(channel);
        try (PlaylistWatch watch = new PlaylistWatch(dir.resolve("480p.m3u8"));
             PlaylistWatch audioWatch = new PlaylistWatch(dir.resolve("audio.m3u8"))) {
            topic.publishing(channel, feed.toString());

            Channels.awaitState(channel, "LIVE", Duration.ofSeconds(30));
            List<Map<String, String>> variants = TestMedia.variants(dir.resolve("master.m3u8"));
            assertEquals(List.of("1080p.m3u8", "720p.m3u8", "480p.m3u8"), variants.stream().map(v -> v.get("URI")).toList());
            assertEquals(List.of("1920x1080", "1280x720", "854x480"), variants.stream().map(v -> v.get("RESOLUTION")).toList());
            assertEquals(List.of("avc1.640028,mp4a.40.2", "avc1.64001f,mp4a.40.2", "avc1.64001e,mp4a.40.2"),
                    variants.stream().map(v -> v.get("CODECS")).toList());
            assertEquals(List.of("audio", "audio", "audio"), variants.stream().map(v -> v.get("AUDIO")).toList(),
                    "every variant plays with the one audio rendition");
            Map<String, String> audio = TestMedia.media(dir.resolve("master.m3u8")).get(0);
            assertEquals(List.of("AUDIO", "audio", "YES", "YES", "fr", "audio.m3u8"), List.of(audio.get("TYPE"),
                    audio.get("GROUP-ID"), audio.get("DEFAULT"), audio.get("AUTOSELECT"), audio.get("LANGUAGE"),
                    audio.get("URI")), "the audio rendition: " + audio);
            List<Long> bandwidths = variants.stream().map(v -> Long.parseLong(v.get("BANDWIDTH"))).toList();
            assertTrue(bandwidths.get(0) > bandwidths.get(1) && bandwidths.get(1) > bandwidths.get(2), "" + bandwidths);

            // Two live slots: every rendition's segment decodes at its size, starts on a keyframe at the same instant,
            // and the slot's audio segment starts then too.
            for (int slot = 0; slot < 2; slot++) {
                long sequence = watch.awaitNext("a live segment", s -> true, Duration.ofSeconds(10)).segment().sequence();
                String firstPts = null;
                for (Map<String, String> variant : variants) {
                    String name = variant.get("URI").replace(".m3u8", "");
                    Path segment = dir.resolve(name + "_" + sequence + ".ts");
                    Map<String, String> frame = TestMedia.firstVideoFrame(segment);
                    assertEquals(variant.get("RESOLUTION"), frame.get("width") + "x" + frame.get("height"), segment + ": " + frame);
                    assertEquals("1", frame.get("key_frame"), segment + " starts on a keyframe: " + frame);
                    assertTrue(TestMedia.decodedFrames(segment) >= 45, segment + " holds about 2 s at 25 fps");
                    assertEquals(List.of("video"), TestMedia.streamTypes(segment), segment + ": the audio is apart");
                    assertTrue(Files.getPosixFilePermissions(segment).contains(PosixFilePermission.OTHERS_READ),
                            segment + " is readable by NGINX's worker user");
                    if (firstPts == null) {
                        firstPts = frame.get("pts_time");
                    }
                    assertEquals(firstPts, frame.get("pts_time"), "renditions cut at the same instant: " + segment);
                }
                Path audioSegment = dir.resolve("audio_" + sequence + ".ts");
                assertAacStereo48k(audioSegment);
                double audioStart = TestMedia.startTime(audioSegment, "a:0");
                assertTrue(Math.abs(audioStart - Double.parseDouble(firstPts)) < 0.05,
                        "the audio segment starts with the video's (within about two AAC frames): " + audioStart
                                + " vs " + firstPts);
            }
            JsonPath live = Channels.status(channel);
            assertEquals(List.of("1080p", "720p", "480p"), live.getList("renditions"));
            assertTrue(live.getDouble("speed") > 0.3, "FFmpeg speed: " + live.prettify());
            assertTrue(live.getDouble("lastSegmentAgeSeconds") < 3, live.prettify());
            given().get("/q/metrics").then().statusCode(200)
                    .body(containsString("pitchoun_transcode_channel_state{channel=\"" + channel + "\",state=\"LIVE\"} 1.0"));
            // The live page's thumbnail: a small JPEG of the channel, from its lowest rendition.
            Path still = dir.resolve("thumbnail.jpg");
            await("the channel's still").atMost(Duration.ofSeconds(10)).until(() -> Files.exists(still));
            Map<String, String> picture = TestMedia.firstVideoFrame(still);
            assertEquals("320x180", picture.get("width") + "x" + picture.get("height"), "the still: " + picture);
            Instant stillMadeAt = Files.getLastModifiedTime(still).toInstant();

            // The control room goes off air: the slate takes over within two segment durations.
            Instant off = Instant.now();
            topic.unpublished(channel);
            PlaylistWatch.Seen slate = watch.awaitNext("the slate after a discontinuity",
                    MediaPlaylist.Segment::discontinuity, Duration.ofSeconds(8));
            assertTrue(watch.longestGapSince(off).compareTo(SWITCH_BOUND) <= 0, "gap " + watch.longestGapSince(off));
            Channels.awaitState(channel, "SLATE", Duration.ofSeconds(5));
            assertNull(Channels.status(channel).get("ffmpegPid"), "no FFmpeg without a feed");
            watch.awaitNext("slate goes on", s -> true, Duration.ofSeconds(5));

            // Back on air: live again after another discontinuity, with sequence numbers still growing.
            Instant back = Instant.now();
            topic.publishing(channel, feed.toString());
            Channels.awaitState(channel, "LIVE", Duration.ofSeconds(20));
            // The watch reads the playlist every 50 ms: it may see the first live segment a moment after the state.
            // That segment is the first with the feed's tone (the slate is silent), and a discontinuity comes with it.
            Map<Long, Boolean> sound = new HashMap<>();
            PlaylistWatch.Seen returned = await("the first live segment after the return").atMost(Duration.ofSeconds(5))
                    .until(() -> firstWithSound(watch.seen(), back, dir, sound), Objects::nonNull);
            assertTrue(returned.segment().discontinuity(), "a discontinuity marks the return to live");
            List<PlaylistWatch.Seen> seen = watch.seen();
            assertTrue(watch.longestGapSince(back).compareTo(SWITCH_BOUND) <= 0, "gap " + watch.longestGapSince(back));
            for (int i = 1; i < seen.size(); i++) {
                assertEquals(seen.get(i - 1).segment().sequence() + 1, seen.get(i).segment().sequence(),
                        "every slot, live or slate, has the next number");
            }
            assertTrue(slate.segment().sequence() > seen.get(0).segment().sequence());
            assertSameSlots(seen, audioWatch.seen());
            for (int i = 1; i < seen.size(); i++) {
                MediaPlaylist.Segment before = seen.get(i - 1).segment();
                assertEquals(before.programDate().plusMillis(Math.round(before.duration() * 1000)),
                        seen.get(i).segment().programDate(), "program dates follow on, live and slate alike: " + seen);
            }
            PlaylistWatch.Seen newest = seen.get(seen.size() - 1);
            Duration behindTheClock = Duration.between(newest.segment().programDate(), newest.at());
            assertTrue(behindTheClock.compareTo(Duration.ofSeconds(8)) < 0 && !behindTheClock.isNegative(),
                    "the newest segment's program date is that of its first frame, by the clock: " + behindTheClock);
            assertTrue(Files.getLastModifiedTime(dir.resolve("thumbnail.jpg")).toInstant().isAfter(stillMadeAt),
                    "the still is renewed every 10 s");
            // Start-over: every slot seen is still listed, and on disk, with its date, past the live window.
            List<MediaPlaylist.Segment> startOver = MediaPlaylist.read(dir.resolve("480p.startover.m3u8")).segments();
            for (PlaylistWatch.Seen one : seen) {
                assertTrue(startOver.contains(one.segment()) && Files.exists(dir.resolve(one.segment().uri())),
                        "kept for start-over: " + one.segment());
            }
            JsonPath kept = Channels.status(channel);
            assertTrue(kept.getDouble("startOverSeconds") >= 2.0 * seen.size() - 1, kept.prettify());
            assertTrue(kept.getLong("hlsBytes") > 0, kept.prettify());
        } finally {
            topic.unpublished(channel);
        }
    }

    @Test
    void aSmallerSourceIsNotUpscaledAndAFeedWithoutSoundGetsSilentAudio() throws Exception {
        Path feed = TestMedia.feed(854, 480, 25, 0, 10);
        String channel = StreamStateTopic.uniqueChannel("tw-sd");
        Path dir = hlsDir.resolve(channel);
        topic.publishing(channel, feed.toString());
        try {
            Channels.awaitState(channel, "LIVE", Duration.ofSeconds(20));
            List<Map<String, String>> variants = TestMedia.variants(dir.resolve("master.m3u8"));
            assertEquals(1, variants.size(), "one rendition: " + variants);
            assertEquals("854x480", variants.get(0).get("RESOLUTION"));
            Path segment = awaitLiveSegment(dir.resolve("480p.m3u8"));
            Map<String, String> frame = TestMedia.firstVideoFrame(segment);
            assertEquals("854x480", frame.get("width") + "x" + frame.get("height"));
            assertAacStereo48k(awaitLiveSegment(dir.resolve("audio.m3u8")));
        } finally {
            topic.unpublished(channel);
        }
    }

    @Test
    void sixtyFramesPerSecondAnd44kHzAudioWork() throws Exception {
        Path feed = TestMedia.feed(640, 360, 60, 44100, 10);
        String channel = StreamStateTopic.uniqueChannel("tw-60");
        Path dir = hlsDir.resolve(channel);
        topic.publishing(channel, feed.toString());
        try {
            Channels.awaitState(channel, "LIVE", Duration.ofSeconds(20));
            Map<String, String> variant = TestMedia.variants(dir.resolve("master.m3u8")).get(0);
            assertEquals("640x360", variant.get("RESOLUTION"), "below the ladder: kept at its own size");
            assertEquals("60.000", variant.get("FRAME-RATE"));
            Path segment = awaitLiveSegment(dir.resolve(variant.get("URI")));
            Map<String, String> frame = TestMedia.firstVideoFrame(segment);
            assertEquals("60/1", frame.get("r_frame_rate"), frame.toString());
            assertEquals("1", frame.get("key_frame"), frame.toString());
            assertTrue(TestMedia.decodedFrames(segment) >= 110, segment + " holds about 2 s at 60 fps");
            assertAacStereo48k(awaitLiveSegment(dir.resolve("audio.m3u8")));
        } finally {
            topic.unpublished(channel);
        }
    }

    /** A segment of the audio rendition: AAC, 48 kHz stereo, whatever the feed had, and nothing else. */
    /** The first segment seen after {@code from} whose audio is the feed's tone; null while there is none yet. */
    private static PlaylistWatch.Seen firstWithSound(List<PlaylistWatch.Seen> seen, Instant from, Path dir,
                                                     Map<Long, Boolean> known) throws Exception {
        for (PlaylistWatch.Seen s : seen) {
            if (s.at().isAfter(from)) {
                long sequence = s.segment().sequence();
                if (!known.containsKey(sequence)) {
                    known.put(sequence, TestMedia.hasSound(dir.resolve("audio_" + sequence + ".ts")));
                }
                if (known.get(sequence)) {
                    return s;
                }
            }
        }
        return null;
    }

    static void assertAacStereo48k(Path segment) throws Exception {
        assertEquals(List.of("audio"), TestMedia.streamTypes(segment), segment + " holds the audio alone");
        Map<String, String> audio = TestMedia.audio(segment);
        assertEquals(List.of("aac", "48000", "2"),
                List.of(audio.get("codec_name"), audio.get("sample_rate"), audio.get("channels")), segment.toString());
    }

    /** The audio playlist had the same slots as a video one: same numbers, discontinuities at the same slots. */
    static void assertSameSlots(List<PlaylistWatch.Seen> video, List<PlaylistWatch.Seen> audio) {
        Map<Long, Boolean> audioSlots = new HashMap<>();
        audio.forEach(s -> audioSlots.put(s.segment().sequence(), s.segment().discontinuity()));
        List<Long> compared = video.stream().map(s -> s.segment().sequence()).filter(audioSlots::containsKey).toList();
        assertTrue(compared.size() >= video.size() - 2, "the audio has the video's slots: " + audioSlots.keySet()
                + " vs " + compared);
        for (PlaylistWatch.Seen slot : video) {
            Boolean audioDiscontinuity = audioSlots.get(slot.segment().sequence());
            if (audioDiscontinuity != null) {
                assertEquals(slot.segment().discontinuity(), audioDiscontinuity,
                        "video and audio switch at the same slot: " + slot.segment());
            }
        }
    }

    /** The newest segment of a playlist once the channel is live. */
    static Path awaitLiveSegment(Path playlist) {
        return await("a segment in " + playlist).atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200))
                .until(() -> MediaPlaylist.read(playlist).segments(), list -> !list.isEmpty())
                .stream().reduce((a, b) -> b).map(s -> playlist.resolveSibling(s.uri())).orElseThrow();
    }
}
