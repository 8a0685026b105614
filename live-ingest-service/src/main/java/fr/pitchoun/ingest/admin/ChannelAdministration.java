package fr.pitchoun.ingest.admin;

import fr.pitchoun.ingest.channel.Channel;
import fr.pitchoun.ingest.channel.ChannelDirectory;
import fr.pitchoun.ingest.channel.ChannelSummary;
import fr.pitchoun.ingest.channel.StreamKeys;
import fr.pitchoun.ingest.publication.PublishingDesk;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

/** Creates channels, switches them on and off, rotates their keys and sets their slate. Keys are never logged. */
@ApplicationScoped
public class ChannelAdministration {

    private static final Logger LOG = Logger.getLogger(ChannelAdministration.class);
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final int SLUG_MAX = 64;
    private static final int NAME_MAX = 120;
    private static final int SLATE_MAX = 500;

    /** A request the administration refuses; the message is shown to the administrator (French). */
    public static class Refused extends RuntimeException {
        public enum Reason { INVALID, NOT_FOUND, CONFLICT }

        public final Reason reason;

        Refused(Reason reason, String message) {
            super(message);
            this.reason = reason;
        }
    }

    /** A channel with the stream key just issued for it: the only time that key is ever shown. */
    public record Issued(ChannelSummary channel, String streamKey) {
    }

    private final ChannelDirectory directory;
    private final PublishingDesk desk;

    ChannelAdministration(ChannelDirectory directory, PublishingDesk desk) {
        this.directory = directory;
        this.desk = desk;
    }

    /** A new, enabled channel with a fresh key. */
    @Transactional
    public Issued create(String slug, String name, String slate) {
        if (slug == null || slug.length() > SLUG_MAX || !SLUG.matcher(slug).matches()) {
            throw new Refused(Refused.Reason.INVALID, "Slug invalide : minuscules, chiffres et tirets simples, "
                    + SLUG_MAX + " caractères au plus (ex. pitchoun-tv)");
        }
        if (Channel.bySlug(slug).isPresent()) {
            throw new Refused(Refused.Reason.CONFLICT, "Une chaîne a déjà le slug " + slug);
        }
        Channel channel = new Channel();
        channel.slug = slug;
        channel.displayName = checkedName(name);
        channel.slate = checkedSlate(slate);
        channel.enabled = true;
        String key = StreamKeys.generate();
        channel.streamKeySha256 = StreamKeys.digest(key);
        channel.persist();
        LOG.infof("Channel %s created", slug);
        return new Issued(summary(slug), key);
    }

    /** A new key for the channel; a publisher on air with the old one is dropped at NGINX's next on_update. */
    @Transactional
    public Issued rotateKey(String slug) {
        Channel channel = locked(slug);
        String key = StreamKeys.generate();
        channel.streamKeySha256 = StreamKeys.digest(key);
        LOG.infof("Stream key of channel %s rotated", slug);
        return new Issued(summary(slug), key);
    }

    /** Enabled or not; disabling a live channel takes it off air at once (one UNPUBLISHED event). */
    @Transactional
    public ChannelSummary setEnabled(String slug, boolean enabled) {
        Channel channel = locked(slug);
        if (channel.enabled != enabled) {
            channel.enabled = enabled;
            LOG.infof("Channel %s %s", slug, enabled ? "enabled" : "disabled");
            if (!enabled) {
                desk.endLive(channel, "the channel was disabled");
            }
        }
        return summary(slug);
    }

    /** The standby image or loop; null or blank = transcode-worker's generated card. */
    @Transactional
    public ChannelSummary setSlate(String slug, String slate) {
        locked(slug).slate = checkedSlate(slate);
        LOG.infof("Slate of channel %s set to %s", slug, slate);
        return summary(slug);
    }

    private Channel locked(String slug) {
        Channel channel = Channel.bySlug(slug)
                .orElseThrow(() -> new Refused(Refused.Reason.NOT_FOUND, "Chaîne inconnue : " + slug));
        // Same lock as NGINX's on_publish takes: a publish cannot slip between this change and its consequences.
        return Channel.findById(channel.id, LockModeType.PESSIMISTIC_WRITE);
    }

    private ChannelSummary summary(String slug) {
        Channel.flush();
        return directory.bySlug(slug).orElseThrow();
    }

    private static String checkedName(String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > NAME_MAX) {
            throw new Refused(Refused.Reason.INVALID, "Nom obligatoire, " + NAME_MAX + " caractères au plus");
        }
        return trimmed;
    }

    /** An http(s) URL or an absolute path on the worker's machine; the worker reads it, so nothing else is taken. */
    static String checkedSlate(String slate) {
        if (slate == null || slate.isBlank()) {
            return null;
        }
        String value = slate.strip();
        if (value.length() <= SLATE_MAX && (isWebUrl(value) || isAbsolutePath(value))) {
            return value;
        }
        throw new Refused(Refused.Reason.INVALID, "Habillage invalide : une URL http(s) ou un chemin absolu "
                + "d'image ou de courte vidéo, " + SLATE_MAX + " caractères au plus");
    }

    private static boolean isWebUrl(String value) {
        try {
            URI uri = new URI(value);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static boolean isAbsolutePath(String value) {
        return value.startsWith("/") && !value.contains("/../") && !value.endsWith("/..")
                && value.chars().noneMatch(Character::isISOControl);
    }
}
