import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Glass-to-glass latency of the live channel in headless Chromium (run by deploy/bench/glass-to-glass.sh): the feed
 * counts its frames in two grey boxes (deploy/bench/lib/counting-feed.sh); every 250 ms the page's playing picture is
 * drawn to a canvas, the boxes read back give the frame shown, and the frame's time on the publisher's clock (origin
 * + frame / 25) against the wall clock gives the latency. Two players on the same stream, in turns (A B A B):
 * "site" is the site's own player on its live page, "hls.js defaults" is hls.js as the site shipped it before
 * tuning (new Hls() with no settings), fed the same signed address.
 *
 * Arguments: site, cookie (name=value), page, publisher's origin (epoch seconds), seconds per run, rounds, warm-up s,
 * and optionally a candidate hls.js configuration (JSON) played as a third player.
 */
public class GlassToGlass {

    private static final String SAMPLE = """
            var v = document.querySelector('video');
            if (!v || v.readyState < 2 || !v.videoWidth) { return null; }
            if (!window.__g2g) {
              window.__g2g = { canvas: document.createElement('canvas'), stalls: 0, stalledMs: 0, since: 0 };
              v.addEventListener('waiting', function () { __g2g.stalls++; __g2g.since = Date.now(); });
              v.addEventListener('playing', function () {
                if (__g2g.since) { __g2g.stalledMs += Date.now() - __g2g.since; __g2g.since = 0; }
              });
            }
            var c = __g2g.canvas; c.width = v.videoWidth; c.height = v.videoHeight;
            var g = c.getContext('2d', { willReadFrequently: true });
            g.drawImage(v, 0, 0);
            var side = Math.max(2, Math.round(v.videoWidth * 40 / 1920));
            function box(x) {
              var d = g.getImageData(Math.round(v.videoWidth * x / 1920), Math.round(v.videoHeight * 40 / 1080),
                  side, side).data;
              var r = 0, gr = 0, b = 0, n = d.length / 4;
              for (var i = 0; i < d.length; i += 4) { r += d[i]; gr += d[i + 1]; b += d[i + 2]; }
              return [r / n, gr / n, b / n];
            }
            return [Date.now(), box(40), box(200), __g2g.stalls, __g2g.stalledMs, v.paused];
            """;

    private static final String DEFAULT_PLAYER = """
            var url = arguments[0], config = JSON.parse(arguments[1]), done = arguments[arguments.length - 1];
            document.body.innerHTML = '<video muted playsinline style="width:640px"></video>';
            var s = document.createElement('script');
            s.src = '/vendor/hls.js/hls.min.js';
            s.onload = function () {
              var v = document.querySelector('video');
              var hls = new Hls(config);
              hls.loadSource(url);
              hls.attachMedia(v);
              hls.on(Hls.Events.MANIFEST_PARSED, function () { v.play(); });
              done(true);
            };
            document.head.appendChild(s);
            """;

    public static void main(String[] args) throws Exception {
        String site = args[0];
        String[] cookie = args[1].split("=", 2);
        String page = args[2];
        double origin = Double.parseDouble(args[3]);
        int seconds = Integer.parseInt(args[4]);
        int rounds = Integer.parseInt(args[5]);
        int warmup = Integer.parseInt(args[6]);
        // A candidate hls.js configuration (JSON) to try beside them, before putting it in the site's player.
        String candidate = args.length > 7 && !args[7].isBlank() ? args[7] : null;
        List<String> players = candidate == null ? List.of("site", "hls.js defaults")
                : List.of("site", "hls.js defaults", "candidate");

        ChromeDriver browser = Chromium.start();
        // The harness page of the "hls.js defaults" player is the site's 404 page, whose policy allows no player.
        browser.executeCdpCommand("Page.setBypassCSP", Map.of("enabled", true));
        Map<String, List<Double>> latencies = new LinkedHashMap<>();
        Map<String, int[]> stalls = new LinkedHashMap<>();
        try {
            browser.get(site + "/banc-d-essai-latence");
            browser.manage().addCookie(new Cookie(cookie[0], cookie[1], "/"));
            for (int round = 1; round <= rounds; round++) {
                for (String player : players) {
                    browser.get(site + page);
                    String manifest = browser.findElement(By.cssSelector("video[data-manifest]"))
                            .getAttribute("data-manifest");
                    if (player.equals("site")) {
                        ((JavascriptExecutor) browser).executeScript(
                                "var v = document.querySelector('video'); v.muted = true; v.play();");
                    } else {
                        browser.get(site + "/banc-d-essai-latence");
                        ((JavascriptExecutor) browser).executeAsyncScript(DEFAULT_PLAYER, manifest,
                                player.equals("candidate") ? candidate : "{}");
                    }
                    List<Double> run = sample(browser, origin, seconds, warmup, stalls.computeIfAbsent(player,
                            k -> new int[2]));
                    latencies.computeIfAbsent(player, k -> new ArrayList<>()).addAll(run);
                    System.out.printf("round %d, %-16s %s%n", round, player + ":", summary(run));
                }
            }
        } finally {
            browser.quit();
        }
        for (Map.Entry<String, List<Double>> player : latencies.entrySet()) {
            int[] s = stalls.get(player.getKey());
            System.out.printf("%-18s %s; %d stalls, %.1f s stalled%n", player.getKey() + ":",
                    summary(player.getValue()), s[0], s[1] / 1000.0);
        }
    }

    /** Latencies (s) read every 250 ms for {@code seconds} after {@code warmup}; adds stalls and stalled ms. */
    private static List<Double> sample(ChromeDriver browser, double origin, int seconds, int warmup, int[] stalls)
            throws InterruptedException {
        List<Double> latencies = new ArrayList<>();
        long start = System.currentTimeMillis();
        long measureFrom = start + warmup * 1000L;
        long end = measureFrom + seconds * 1000L;
        Object[] last = null;
        while (System.currentTimeMillis() < end) {
            Object answer = ((JavascriptExecutor) browser).executeScript(SAMPLE);
            if (answer instanceof List<?> values && System.currentTimeMillis() >= measureFrom) {
                last = values.toArray();
                if (System.getenv("G2G_DEBUG") != null) {
                    System.out.println(values + " -> " + frameTime(values, origin));
                }
                frameTime(values, origin).ifPresent(latencies::add);
            }
            Thread.sleep(250);
        }
        if (last != null) {
            stalls[0] += ((Number) last[3]).intValue();
            stalls[1] += ((Number) last[4]).intValue();
        }
        return latencies;
    }

    /** Wall clock minus the shown frame's time on the publisher's clock; empty when the boxes are not the counter's. */
    private static java.util.Optional<Double> frameTime(List<?> values, double origin) {
        double now = ((Number) values.get(0)).doubleValue() / 1000;
        Integer fine = level((List<?>) values.get(1));
        Integer coarse = level((List<?>) values.get(2));
        if (fine == null || coarse == null || fine >= 50 || coarse >= 50) {
            return java.util.Optional.empty();
        }
        double shown = origin + (50 * coarse + fine) / 25.0;
        // The counter wraps every 100 s: the turn that puts the frame just before now.
        while (shown + 100 < now + 1) {
            shown += 100;
        }
        double latency = now - shown;
        return latency < 0 || latency > 60 ? java.util.Optional.empty() : java.util.Optional.of(latency);
    }

    /** The box's counter level (luma 16 + 4n, shown full range), or null when it is not grey (the slate). */
    private static Integer level(List<?> rgb) {
        double r = ((Number) rgb.get(0)).doubleValue();
        double g = ((Number) rgb.get(1)).doubleValue();
        double b = ((Number) rgb.get(2)).doubleValue();
        if (Math.abs(r - g) > 6 || Math.abs(g - b) > 6) {
            return null;
        }
        double luma = 16 + (0.299 * r + 0.587 * g + 0.114 * b) * 219 / 255;
        return (int) Math.round((luma - 16) / 4);
    }

    private static String summary(List<Double> run) {
        if (run.isEmpty()) {
            return "no readable frame";
        }
        List<Double> sorted = new ArrayList<>(run);
        Collections.sort(sorted);
        return String.format("median %.2f s, 90th pct %.2f s, max %.2f s (%d frames read)",
                sorted.get((sorted.size() - 1) / 2), sorted.get((int) Math.ceil(sorted.size() * 0.9) - 1),
                sorted.get(sorted.size() - 1), sorted.size());
    }
}
