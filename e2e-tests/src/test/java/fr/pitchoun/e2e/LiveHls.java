package fr.pitchoun.e2e;

import fr.pitchoun.transcode.hls.MasterPlaylist;
import fr.pitchoun.transcode.hls.MediaPlaylist;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

/** The live channel as the control room feeds it and as a player reads it: RTMP publisher, signed HLS playlists. */
final class LiveHls {

    /** The test infrastructure's NGINX checks HLS URLs with this secret (deploy/CONTRACTS.md). */
    private static final String HLS_SIGNING_SECRET = "pitchoun-dev-hls-secret";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private LiveHls() {
    }

    /** The control room's encoder: a 640x360 25 fps test pattern with a tone, as RTMP/FLV. */
    static Process publishTestPattern(String streamKey, int seconds) throws IOException {
        Path workDir = TestPlatform.get().workDir;
        return new ProcessBuilder(List.of("ffmpeg", "-hide_banner", "-loglevel", "error", "-re",
                "-f", "lavfi", "-i", "testsrc2=size=640x360:rate=25",
                "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=48000",
                "-t", Integer.toString(seconds),
                "-c:v", "libx264", "-preset", "veryfast", "-g", "50", "-pix_fmt", "yuv420p",
                "-c:a", "aac", "-f", "flv", TestPlatform.RTMP_URL + streamKey))
                .redirectErrorStream(true)
                .redirectOutput(workDir.resolve("publisher-" + streamKey + ".log").toFile())
                .start();
    }

    /**
     * {@code {HLS base}/{token}/{expires}/{channel}/}, valid for an hour, as deploy/CONTRACTS.md ("Protected playback")
     * has viewers' URLs minted: token = base64url_nopad(MD5("{expires}/{channel} {secret}")).
     */
    static String signedChannelUrl(String channel) {
        long expires = Instant.now().getEpochSecond() + 3600;
        try {
            byte[] digest = MessageDigest.getInstance("MD5")
                    .digest((expires + "/" + channel + " " + HLS_SIGNING_SECRET).getBytes(StandardCharsets.UTF_8));
            return TestPlatform.HLS_URL + Base64.getUrlEncoder().withoutPadding().encodeToString(digest) + "/"
                    + expires + "/" + channel + "/";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The playlist's text, or "" while it does not exist. */
    static String playlist(String url) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 200 ? response.body() : "";
    }

    /** The segments' URIs a media playlist lists, oldest first. */
    static List<String> entriesOf(String mediaPlaylistUrl) throws IOException, InterruptedException {
        return MediaPlaylist.parse(playlist(mediaPlaylistUrl)).segments().stream().map(MediaPlaylist.Segment::uri)
                .toList();
    }

    /** The media playlist of the master's first (highest) variant, under the channel's signed URL. */
    static String firstVariantUrl(String signedChannel) throws IOException, InterruptedException {
        List<MasterPlaylist.Variant> variants = MasterPlaylist.parse(playlist(signedChannel + "master.m3u8")).variants();
        return variants.isEmpty() ? null : signedChannel + variants.get(0).uri();
    }

    /** The media playlist of the master's audio rendition ({@code #EXT-X-MEDIA:TYPE=AUDIO}), null if it has none. */
    static String audioRenditionUrl(String signedChannel) throws IOException, InterruptedException {
        return MasterPlaylist.parse(playlist(signedChannel + "master.m3u8")).media().stream()
                .filter(m -> "AUDIO".equals(m.attribute("TYPE")) && m.attribute("URI") != null)
                .map(m -> signedChannel + m.attribute("URI")).findFirst().orElse(null);
    }

    /** EXT-X-MEDIA-SEQUENCE of a media playlist, -1 while it does not exist. */
    static long mediaSequence(String mediaPlaylistUrl) throws IOException, InterruptedException {
        String text = playlist(mediaPlaylistUrl);
        return text.isEmpty() ? -1 : MediaPlaylist.parse(text).mediaSequence();
    }

    /** The worker's status page says it has the demo channel on air from the control room's feed. */
    static boolean isLiveOn(ServiceProcess worker) throws IOException, InterruptedException {
        if (!worker.isRunning()) {
            return false;
        }
        HttpResponse<String> status = HTTP.send(HttpRequest.newBuilder(URI.create(
                        "http://127.0.0.1:" + worker.port() + "/api/channels/" + TestPlatform.DEMO_CHANNEL)).build(),
                HttpResponse.BodyHandlers.ofString());
        return status.statusCode() == 200 && status.body().contains("\"state\":\"LIVE\"");
    }
}
