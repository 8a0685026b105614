package fr.pitchoun.frontend.live;

import fr.pitchoun.frontend.catalogue.CmsContent;
import fr.pitchoun.frontend.catalogue.ScheduleSlot;
import fr.pitchoun.frontend.catalogue.TvChannel;
import fr.pitchoun.frontend.dates.FrenchDates;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The live channels as the pages show them: every channel of the CMS's TV schedule with its state from
 * transcode-worker ({@link TranscodeStates}), its still and its programme. All reads go through the CMS caches
 * ({@link CmsContent}), so a page view costs no call to cms-service while they are fresh.
 */
@ApplicationScoped
public class LiveChannels {

    private static final Logger LOG = Logger.getLogger(LiveChannels.class);

    /** A channel on the page: {@code live} when a worker has its feed on air, on standby (the slate) otherwise. */
    public record OnAir(TvChannel channel, boolean live, String stillUrl, ChannelProgramme programme) {
    }

    private final CmsContent content;
    private final TranscodeStates states;
    private final LiveStream stream;

    LiveChannels(CmsContent content, TranscodeStates states, LiveStream stream) {
        this.content = content;
        this.states = states;
        this.stream = stream;
    }

    /** Every channel; throws when cms-service cannot say which there are. */
    public List<OnAir> all(Instant now) {
        return content.channels().stream().map(channel -> onAir(channel, now)).toList();
    }

    /**
     * The channel {@code slug}: empty when cms-service does not list it; when cms-service cannot be read, the channel
     * is taken as asked (named by its slug, without programme), so that the live plays on during a CMS outage.
     */
    public Optional<OnAir> channel(String slug, Instant now) {
        List<TvChannel> channels;
        try {
            channels = content.channels();
        } catch (RuntimeException e) {
            LOG.warnf("Live channels unreadable (%s): %s is played without its schedule", e.getMessage(), slug);
            return Optional.of(new OnAir(new TvChannel(slug, slug), live(slug), stream.stillUrl(slug),
                    ChannelProgramme.UNKNOWN));
        }
        return channels.stream().filter(channel -> channel.slug().equals(slug)).findFirst()
                .map(channel -> onAir(channel, now));
    }

    private OnAir onAir(TvChannel channel, Instant now) {
        return new OnAir(channel, live(channel.slug()), stream.stillUrl(channel.slug()), programme(channel, now));
    }

    private boolean live(String slug) {
        return states.of(slug).map(TranscodeStates.ChannelState::live).orElse(false);
    }

    private ChannelProgramme programme(TvChannel channel, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, FrenchDates.PARIS);
        try {
            List<ScheduleSlot> slots = Stream.concat(content.schedule(channel.slug(), today).stream(),
                    content.schedule(channel.slug(), today.plusDays(1)).stream()).toList();
            return ChannelProgramme.of(slots, now);
        } catch (RuntimeException e) {
            LOG.warnf("Schedule of %s unreadable: %s", channel.slug(), e.getMessage());
            return ChannelProgramme.UNKNOWN;
        }
    }
}
