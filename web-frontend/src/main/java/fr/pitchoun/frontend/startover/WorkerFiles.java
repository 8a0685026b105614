package fr.pitchoun.frontend.startover;

import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The worker's start-over playlists, read over HTTP from NGINX (the site and the worker may be on different hosts),
 * each kept a second (cache {@code start-over-worker-files}): one read per file and refresh, whatever the number of
 * viewers, and concurrent requests wait for the same read.
 */
@ApplicationScoped
class WorkerFiles {

    /** The signature of the site's own reads: enough for one request. */
    private static final Duration READ_SIGNATURE = Duration.ofMinutes(1);

    private final HlsOrigin origin;
    private final ChannelSigner signer;

    WorkerFiles(@RestClient HlsOrigin origin, ChannelSigner signer) {
        this.origin = origin;
        this.signer = signer;
    }

    /** The file's text; empty when NGINX has none (the channel is off air); {@link OriginUnavailable} otherwise. */
    @CacheResult(cacheName = "start-over-worker-files")
    public Optional<String> read(String channel, String file) {
        long expires = Instant.now().plus(READ_SIGNATURE).getEpochSecond();
        Response answer;
        try {
            answer = origin.file(signer.token(channel, expires), expires, channel, file);
        } catch (RuntimeException e) {
            throw new OriginUnavailable(channel + "/" + file + ": " + e.getMessage(), e);
        }
        try (answer) {
            if (answer.getStatus() == 200) {
                return Optional.of(answer.readEntity(String.class));
            }
            if (answer.getStatus() == 404) {
                return Optional.empty();
            }
            // 403 here means the secret differs from NGINX's: a configuration fault, named in the log.
            throw new OriginUnavailable(channel + "/" + file + ": NGINX answered " + answer.getStatus(), null);
        }
    }

    /** NGINX cannot be read (down, slow, or refusing the site's signature). */
    static class OriginUnavailable extends RuntimeException {
        OriginUnavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
