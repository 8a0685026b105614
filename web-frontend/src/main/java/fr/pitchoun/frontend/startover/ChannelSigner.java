package fr.pitchoun.frontend.startover;

import fr.pitchoun.frontend.live.LiveStream;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Signatures of any channel (deploy/CONTRACTS.md "Protected playback"): the live pages' token ({@link LiveStream}),
 * which covers every file of the channel's folder; in the path
 * ({@code {token}/{expires}/{channel}/}, playlists and segments) or, for segments only, in the query
 * ({@code {channel}/{segment}?jeton={token}&expire={expires}}).
 */
@ApplicationScoped
class ChannelSigner {

    private final LiveStream live;

    ChannelSigner(LiveStream live) {
        this.live = live;
    }

    /**
     * The query that signs a segment of the channel's folder: the form of the site's start-over playlists, whose
     * segments hls.js compares across reloads without their query (a new signature in the path would read as another
     * segment).
     */
    String query(String channel, long expires) {
        return "?jeton=" + token(channel, expires) + "&expire=" + expires;
    }

    String token(String channel, long expires) {
        return live.token(channel, expires);
    }
}
