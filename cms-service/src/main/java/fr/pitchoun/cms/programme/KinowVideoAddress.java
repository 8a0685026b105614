package fr.pitchoun.cms.programme;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Kinow video id in what an editor typed before videos were chosen from the catalogue (#11). Recognised: a bare
 * id ({@code 123}); an address of Kinow's API ({@code https://api.kinow.com/api/videos/123}, also {@code …/player})
 * or of a Kinow platform ({@code https://pitchoun.kinow.tv/fr/videos/123-les-abysses}, {@code …/video/123},
 * {@code …?id_video=123} or {@code video_id=123}), on a host of kinow.tv, kinow.com or kinow.io. Anything else
 * (another host, an extract's address, no id) is not guessed at: it would link the episode to another video.
 */
public final class KinowVideoAddress {

    private static final Pattern BARE_ID = Pattern.compile("[1-9][0-9]{0,17}");
    private static final Pattern VIDEO_PATH = Pattern.compile("(?:^|/)videos?/([1-9][0-9]{0,17})(?:-[^/]*)?(?:/|$)");
    private static final Pattern VIDEO_QUERY = Pattern.compile("(?:^|&)(?:id_video|video_id)=([1-9][0-9]{0,17})(?:&|$)");
    private static final Pattern KINOW_HOST = Pattern.compile("(?:[a-z0-9-]+\\.)*kinow\\.(?:tv|com|io)");

    private KinowVideoAddress() {
    }

    public static OptionalLong videoId(String typed) {
        if (typed == null || typed.isBlank()) {
            return OptionalLong.empty();
        }
        String text = typed.strip();
        if (BARE_ID.matcher(text).matches()) {
            return OptionalLong.of(Long.parseLong(text));
        }
        return kinowAddress(text).flatMap(KinowVideoAddress::idIn).map(OptionalLong::of).orElse(OptionalLong.empty());
    }

    private static Optional<URI> kinowAddress(String text) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
            return (scheme.equals("https") || scheme.equals("http")) && KINOW_HOST.matcher(host).matches()
                    ? Optional.of(uri) : Optional.empty();
        } catch (URISyntaxException notAnAddress) {
            return Optional.empty();
        }
    }

    private static Optional<Long> idIn(URI uri) {
        Matcher path = VIDEO_PATH.matcher(uri.getPath() == null ? "" : uri.getPath());
        if (path.find()) {
            return Optional.of(Long.parseLong(path.group(1)));
        }
        Matcher query = VIDEO_QUERY.matcher(uri.getRawQuery() == null ? "" : uri.getRawQuery());
        return query.find() ? Optional.of(Long.parseLong(query.group(1))) : Optional.empty();
    }
}
