package fr.pitchoun.transcode.channel;

import fr.pitchoun.transcode.ffmpeg.Rendition;
import fr.pitchoun.transcode.ffmpeg.Variant;
import fr.pitchoun.transcode.slate.SlateLoop;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The channel's standby slate: whenever renditions are announced, a slate loop covering them is made (off the
 * channel's thread, one at a time) and handed to the {@link ChannelPackager}, which puts it on air when live is late.
 */
final class ChannelSlate {

    private static final Logger LOG = Logger.getLogger(ChannelSlate.class);

    /** Makes the slate's loop for renditions (FFmpeg). Blocking: run off the channel's thread. */
    interface Encoder {
        SlateLoop prepare(Path workDir, String displayName, String picture, List<Rendition> renditions)
                throws IOException, InterruptedException;
    }

    private final String channel;
    private final Path workDir;
    private final Encoder encoder;
    private final ChannelLoop loop;
    private final ChannelPackager packager;
    private String displayName;
    private String picture;
    private boolean inProgress;

    ChannelSlate(String channel, Path workDir, Encoder encoder, ChannelLoop loop, ChannelPackager packager) {
        this.channel = channel;
        this.workDir = workDir;
        this.encoder = encoder;
        this.loop = loop;
        this.packager = packager;
        this.displayName = channel;
    }

    /** The channel's name on the generated card, and its slate picture (null: the generated card). */
    void describe(String name, String slatePicture) {
        displayName = name != null ? name : channel;
        picture = slatePicture;
    }

    /** Makes sure these renditions have playlists and a slate, and declares them in the master playlist. */
    void announce(List<Variant> variants) throws IOException {
        packager.announce(variants);
        if (!inProgress) {
            packager.slateNeeded().ifPresent(this::prepare);
        }
    }

    /** Announces renditions no feed was measured for: the slate alone goes out on them. */
    void announceSlateOnly(List<Rendition> renditions) throws IOException {
        announce(renditions.stream().map(r -> Variant.slate(r, 25)).toList());
    }

    private void prepare(List<Rendition> renditions) {
        inProgress = true;
        String name = displayName;
        String slatePicture = picture;
        loop.offThread(() -> encoder.prepare(workDir, name, slatePicture, renditions), (slate, error) -> {
            inProgress = false;
            if (error != null) {
                LOG.errorf("[%s] no slate: %s", channel, error.getMessage());
                return;
            }
            packager.slateReady(slate, renditions);
            packager.slateNeeded().ifPresent(this::prepare);
        });
    }
}
