package fr.pitchoun.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.pitchoun.transcode.hls.MasterPlaylist;
import fr.pitchoun.transcode.hls.MediaPlaylist;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.chrome.ChromeDriver;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * « Reprendre depuis le début » with every real service: the site's {@code /direct/pitchoun-tv/reprise.m3u8} cut
 * from the real worker's start-over playlists (read from the test NGINX) at the programme on air in cms-service's
 * demo schedule, or at the oldest kept segment when the programme began before it; played by the site's hls.js in
 * headless Chromium from its start, then at the live edge.
 */
@ExtendWith(TestPlatform.class)
class StartOverTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MASTER = "/direct/" + TestPlatform.DEMO_CHANNEL + "/reprise.m3u8";

    @Test
    void aSubscriberRestartsTheProgrammeFromItsStartThenGoesBackToLive() throws Exception {
        TestPlatform platform = TestPlatform.get();
        Process feed = LiveHls.publishTestPattern(TestPlatform.DEMO_KEY, 240);
        try {
            await("the worker has the demo channel live").atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(500)).until(() -> LiveHls.isLiveOn(platform.worker));
            String plus = signedIn("mypitchoun-plus@demo.pitchoun.fr");
            // A few segments to go back over, whatever the programme.
            String firstVariant = await("the site's start-over playlists list segments").atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofSeconds(1)).until(() -> {
                        String variant = firstVariant(plus);
                        return variant != null && segments(plus, variant).size() >= 4 ? variant : null;
                    }, Objects::nonNull);

            Instant expectedStart = expectedStart(plus, firstVariant);
            ChromeDriver browser = HeadlessChromium.start(platform.workDir);
            try {
                playsFromTheStartThenLive(browser, expectedStart);
            } finally {
                browser.quit();
            }
        } finally {
            feed.destroyForcibly().waitFor();
        }
    }

    private static void playsFromTheStartThenLive(ChromeDriver browser, Instant expectedStart) {
        SiteViewer.signIn(browser, "mypitchoun-plus@demo.pitchoun.fr", "/mon-compte");
        // A page of the site (its session cookie goes with the playlists' requests, its CSP lets hls.js reach the
        // HLS server) with the site's hls.js and a muted video of this test's own.
        browser.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "var script = document.createElement('script'); script.src = '/vendor/hls.js/hls.min.js';"
                + "script.onload = function () {"
                + "  var video = document.createElement('video'); video.id = 'reprise'; video.muted = true;"
                + "  document.body.appendChild(video); window.repriseErrors = [];"
                + "  var hls = new Hls({ startPosition: 0 }); window.reprise = hls;"
                + "  hls.on(Hls.Events.ERROR, function (e, data) {"
                + "    window.repriseErrors.push(data.type + ' ' + data.details + (data.fatal ? ' fatal' : '')); });"
                + "  hls.on(Hls.Events.MANIFEST_PARSED, function () { video.play(); });"
                + "  hls.loadSource('" + MASTER + "'); hls.attachMedia(video); done(true); };"
                + "document.head.appendChild(script);");

        Map<?, ?> started = await("the programme plays from its start (browser log: chromedriver.log)")
                .atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofMillis(250))
                .until(() -> playback(browser), state -> state.get("time") instanceof Number time
                        && time.doubleValue() > 0.5 && state.get("date") != null);
        double startedAt = ((Number) started.get("time")).doubleValue();
        Instant playing = Instant.ofEpochMilli(((Number) started.get("date")).longValue());
        Instant wanted = expectedStart.plusMillis(Math.round(startedAt * 1000));
        assertTrue(startedAt < 6, "currentTime starts near 0: " + started);
        assertTrue(Math.abs(Duration.between(wanted, playing).toMillis()) < 4000,
                "playingDate " + playing + " near the programme's start " + expectedStart + " + " + startedAt
                        + " s: " + started);

        browser.executeScript("var video = document.getElementById('reprise');"
                + "video.currentTime = window.reprise.liveSyncPosition;");
        Map<?, ?> live = await("after the seek, it plays at the live edge")
                .atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> playback(browser), state -> state.get("latency") instanceof Number latency
                        && latency.doubleValue() < 10 && !Boolean.TRUE.equals(state.get("paused"))
                        && state.get("date") instanceof Number date
                        && Instant.now().toEpochMilli() - date.longValue() < 20_000);
        double liveTime = ((Number) live.get("time")).doubleValue();
        await("it keeps playing at the live edge").atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> ((Number) playback(browser).get("time")).doubleValue() - liveTime, gone -> gone > 2);
        System.out.printf("start-over: started at %.1f s, playingDate %s (programme from %s); at live: "
                + "latency %s s, playingDate %s s behind the clock%n", startedAt, playing, expectedStart,
                live.get("latency"), (Instant.now().toEpochMilli() - ((Number) live.get("date")).longValue())
                        / 1000.0);
        Object fatal = browser.executeScript(
                "return window.repriseErrors.filter(function (e) { return e.indexOf('fatal') >= 0; }).join(' | ');");
        assertEquals("", fatal, "no fatal hls.js error");
    }

    @Test
    void othersAndUnknownChannelsGetNoPlaylist() throws Exception {
        String mypitchoun = signedIn("mypitchoun@demo.pitchoun.fr");
        HttpResponse<String> refused = SiteViewer.send(mypitchoun, MASTER);
        assertEquals(403, refused.statusCode());
        assertEquals("La reprise du direct est réservée aux abonnés MyPitchoun+.", refused.body());
        assertEquals(403, SiteViewer.send(null, MASTER).statusCode());

        String plus = signedIn("mypitchoun-plus@demo.pitchoun.fr");
        HttpResponse<String> unknown = SiteViewer.send(plus, "/direct/chaine-inconnue/reprise.m3u8");
        assertEquals(404, unknown.statusCode());
        assertEquals("Cette chaîne n'existe pas.", unknown.body());
    }

    /** The session cookie of a demo account; a sign-in the loaded Kinow stand-in missed (503) is tried again. */
    private static String signedIn(String email) throws Exception {
        AssertionError missed = null;
        for (int attempt = 0; attempt < 5; attempt++) {
            try {
                return SiteViewer.signedIn(email);
            } catch (AssertionError e) {
                missed = e;
                Thread.sleep(2000);
            }
        }
        throw missed;
    }

    /** hls.js's view of the test's video: currentTime, playingDate (ms), latency, paused. */
    private static Map<?, ?> playback(ChromeDriver browser) {
        return (Map<?, ?>) browser.executeScript("var video = document.getElementById('reprise');"
                + "var hls = window.reprise; if (!video || !hls) { return {}; }"
                + "return { time: video.currentTime, paused: video.paused,"
                + "  date: hls.playingDate ? hls.playingDate.getTime() : null, latency: hls.latency };");
    }

    private static String firstVariant(String session) throws Exception {
        HttpResponse<String> master = SiteViewer.send(session, MASTER);
        if (master.statusCode() != 200) {
            return null;
        }
        List<MasterPlaylist.Variant> variants = MasterPlaylist.parse(master.body()).variants();
        return variants.isEmpty() ? null : variants.get(0).uri();
    }

    private static List<MediaPlaylist.Segment> segments(String session, String variant) throws Exception {
        HttpResponse<String> playlist = SiteViewer.send(session, variant);
        return playlist.statusCode() == 200 ? MediaPlaylist.parse(playlist.body()).segments() : List.of();
    }

    /**
     * Where the programme starts in the worker's kept segments: the one playing at the start of the slot on air in
     * the site's guide, or the oldest kept one when the slot began before it (or there is no slot now). The site's
     * playlist must start there, at the same program date.
     */
    private static Instant expectedStart(String session, String variant) throws Exception {
        Instant now = Instant.now();
        Instant slotStart = null;
        for (JsonNode channel : JSON.readTree(SiteViewer.get(null, "/guide.json").body()).path("channels")) {
            if (channel.path("slug").asText().equals(TestPlatform.DEMO_CHANNEL)) {
                for (JsonNode slot : channel.path("slots")) {
                    Instant starts = Instant.parse(slot.path("startsAt").asText());
                    if (!now.isBefore(starts) && now.isBefore(Instant.parse(slot.path("endsAt").asText()))) {
                        slotStart = starts;
                    }
                }
            }
        }
        String workerPlaylist = LiveHls.signedChannelUrl(TestPlatform.DEMO_CHANNEL)
                + variant.substring(variant.lastIndexOf('/') + 1).replace(".m3u8", ".startover.m3u8");
        List<MediaPlaylist.Segment> kept = MediaPlaylist.parse(LiveHls.playlist(workerPlaylist)).segments();
        assertTrue(!kept.isEmpty(), "the worker keeps segments: " + workerPlaylist);
        Instant expected = kept.get(0).programDate();
        if (slotStart != null) {
            for (MediaPlaylist.Segment segment : kept) {
                if (segment.programDate().plusMillis(Math.round(segment.duration() * 1000)).isAfter(slotStart)) {
                    expected = segment.programDate();
                    break;
                }
            }
        }
        MediaPlaylist.Segment first = segments(session, variant).get(0);
        assertNotNull(first.programDate());
        // The worker's oldest segment may have left its window between the two reads: one slot apart at most.
        assertTrue(Math.abs(Duration.between(expected, first.programDate()).toMillis()) <= 2100,
                "the site's playlist starts at " + first.programDate() + ", expected " + expected + " (slot "
                        + slotStart + ")");
        System.out.printf("start-over: slot on air from %s, oldest kept %s, site's playlist from %s%n", slotStart,
                kept.get(0).programDate(), first.programDate());
        return first.programDate();
    }
}
