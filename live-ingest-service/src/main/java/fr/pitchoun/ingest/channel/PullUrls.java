package fr.pitchoun.ingest.channel;

import fr.pitchoun.ingest.config.IngestConfig;
import jakarta.enterprise.context.ApplicationScoped;

/** Where a transcoder pulls a live channel's feed from NGINX-RTMP, once the stream is renamed to the slug. */
@ApplicationScoped
public class PullUrls {

    private final IngestConfig config;

    PullUrls(IngestConfig config) {
        this.config = config;
    }

    public String of(String slug) {
        return "rtmp://" + config.rtmpPullHost() + ":" + config.rtmpPullPort() + "/live/" + slug;
    }
}
