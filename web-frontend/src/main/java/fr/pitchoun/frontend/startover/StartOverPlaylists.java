package fr.pitchoun.frontend.startover;

import fr.pitchoun.frontend.config.FrontendConfig;
import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The site's start-over playlists of a channel, built from the worker's ({@code master.startover.m3u8},
 * {@code <name>.startover.m3u8}): a master whose renditions are the site's own media playlists, and those cut at the
 * programme's start with their segments under the channel's signed public address. A media playlist is built once a
 * second per channel, rendition and signature lifetime (cache {@code start-over-playlists}): every viewer of the same
 * kind (adult: {@code hls-url-lifetime}; child: the short live address lifetime) gets the same text. Segments are
 * signed in their query ({@link ChannelSigner#query}).
 */
@ApplicationScoped
class StartOverPlaylists {

    static final String WORKER_SUFFIX = ".startover.m3u8";

    private final WorkerFiles files;
    private final ProgrammeOnAir schedule;
    private final ChannelSigner signer;
    private final String publicBase;

    StartOverPlaylists(WorkerFiles files, ProgrammeOnAir schedule, ChannelSigner signer, FrontendConfig config) {
        this.files = files;
        this.schedule = schedule;
        this.signer = signer;
        // Tolerates a base written with a trailing slash, as LiveStream does.
        this.publicBase = config.hlsBaseUrl().replaceAll("/+$", "");
    }

    /** The site's address of a start-over media playlist. */
    static String mediaAddress(String channel, String name) {
        return "/direct/" + channel + "/reprise/" + name + ".m3u8";
    }

    /**
     * A playlist's text; or none, because the CMS does not list the channel ({@code unknownChannel}) or because the
     * worker has no such file (the channel is off air).
     */
    record Answer(Optional<String> text, boolean unknownChannel) {
    }

    /** The master. */
    @CacheResult(cacheName = "start-over-playlists")
    public Answer master(String channel) {
        if (schedule.of(channel, Instant.now()).unknownChannel()) {
            return new Answer(Optional.empty(), true);
        }
        return new Answer(files.read(channel, "master" + WORKER_SUFFIX).map(text -> text.lines()
                .map(line -> rewriteMasterLine(channel, line)).collect(Collectors.joining("\n", "", "\n"))), false);
    }

    /** A media playlist ({@code name}: 1080p, audio…) whose segments play {@code lifetime}. */
    @CacheResult(cacheName = "start-over-playlists")
    public Answer media(String channel, String name, Duration lifetime) {
        Instant now = Instant.now();
        ProgrammeOnAir.Now programme = schedule.of(channel, now);
        if (programme.unknownChannel()) {
            return new Answer(Optional.empty(), true);
        }
        return new Answer(files.read(channel, name + WORKER_SUFFIX).map(text -> StartOverCut.write(
                StartOverCut.from(WorkerPlaylist.parse(text), programme.slotStart()),
                publicBase + "/" + channel + "/", signer.query(channel, now.plus(lifetime).getEpochSecond()))), false);
    }

    /** The worker's relative playlist URIs (variants and the audio rendition) become the site's start-over ones. */
    private static String rewriteMasterLine(String channel, String line) {
        String stripped = line.strip();
        if (stripped.isEmpty()) {
            return stripped;
        }
        if (stripped.charAt(0) != '#') {
            return mediaAddress(channel, nameOf(stripped));
        }
        String uri = WorkerPlaylist.uriAttribute(stripped);
        return uri == null ? stripped
                : stripped.replace("URI=\"" + uri + "\"", "URI=\"" + mediaAddress(channel, nameOf(uri)) + "\"");
    }

    /** {@code 720p.startover.m3u8} → {@code 720p}. */
    private static String nameOf(String uri) {
        String file = uri.substring(uri.lastIndexOf('/') + 1);
        if (file.endsWith(WORKER_SUFFIX)) {
            return file.substring(0, file.length() - WORKER_SUFFIX.length());
        }
        return file.endsWith(".m3u8") ? file.substring(0, file.length() - ".m3u8".length()) : file;
    }
}
