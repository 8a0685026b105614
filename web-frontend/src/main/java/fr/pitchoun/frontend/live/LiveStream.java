package fr.pitchoun.frontend.live;

import fr.pitchoun.frontend.config.FrontendConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Where the viewer's browser finds the live channel: {@code {hls-base-url}/{channel}/index.m3u8}. */
@ApplicationScoped
public class LiveStream {

    private final String channel;
    private final String manifestUrl;

    @Inject
    LiveStream(FrontendConfig config) {
        this(config.hlsBaseUrl(), config.liveChannel());
    }

    LiveStream(String hlsBaseUrl, String channel) {
        this.channel = channel;
        // Tolerates a base URL written with a trailing slash, so the setting cannot produce "//" in the address.
        this.manifestUrl = hlsBaseUrl.replaceAll("/+$", "") + "/" + channel + "/index.m3u8";
    }

    public String channel() {
        return channel;
    }

    public String manifestUrl() {
        return manifestUrl;
    }
}
