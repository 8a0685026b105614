package fr.pitchoun.frontend.startover;

import fr.pitchoun.frontend.config.FrontendConfig;
import fr.pitchoun.frontend.security.SecureLink;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Signed folders of any channel (deploy/CONTRACTS.md "Protected playback"): {@code {token}/{expires}/{channel}/},
 * token = SecureLink of "{expires}/{channel} {secret}", which covers every file of the channel's folder.
 */
@ApplicationScoped
class ChannelSigner {

    private final String secret;

    @Inject
    ChannelSigner(FrontendConfig config) {
        this(config.hlsSigningSecret());
    }

    ChannelSigner(String secret) {
        this.secret = secret;
    }

    /** The channel's folder under {@code base} (an HLS base URL, with or without its trailing slash). */
    String folder(String base, String channel, long expires) {
        return base.replaceAll("/+$", "") + "/" + token(channel, expires) + "/" + expires + "/" + channel + "/";
    }

    String token(String channel, long expires) {
        return SecureLink.token(expires + "/" + channel + " " + secret);
    }
}
