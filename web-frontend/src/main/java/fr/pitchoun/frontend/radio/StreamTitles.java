package fr.pitchoun.frontend.radio;

import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.net.URI;
import java.util.Optional;

/**
 * The title each radio stream carries now (ICY), shared by all listeners: the cache holds one answer per stream for
 * {@code pitchoun.frontend.radio.title-cache-ttl}, and Quarkus' cache lets a single caller read a stream while the
 * others wait for its answer. A stream that cannot be read counts as "no title" for that time, so a stream that is
 * down is not called once per listener either.
 */
@ApplicationScoped
public class StreamTitles {

    private static final Logger LOG = Logger.getLogger(StreamTitles.class);

    private final IcyReader reader;

    StreamTitles(RadioConfig config) {
        this.reader = new IcyReader(config.icyTimeout());
    }

    @CacheResult(cacheName = "radio-icy-titles")
    public Optional<String> titleOf(String streamUrl) {
        try {
            return reader.currentTitle(URI.create(streamUrl));
        } catch (IOException | IllegalArgumentException e) {
            LOG.infof("Titre du flux %s illisible : %s", streamUrl, e.getMessage());
            return Optional.empty();
        }
    }
}
