package fr.pitchoun.frontend.radio;

import fr.pitchoun.frontend.catalogue.Radio;

import java.util.Optional;
import java.util.function.Function;

/**
 * What a radio plays now, as its page shows it: the title one of its MP3/AAC streams carries (ICY), in the order of
 * its versions, else the editor's « en ce moment » text, else nothing.
 *
 * @param source {@code flux} (the stream's own title), {@code editeur} (the editor's text) or null (neither)
 */
public record NowPlaying(String title, String source) {

    static NowPlaying of(RadioListing.Shown radio, Function<String, Optional<String>> streamTitle) {
        return radio.icyVersions().stream().map(version -> streamTitle.apply(version.url())).flatMap(Optional::stream)
                .findFirst().map(title -> new NowPlaying(title, "flux"))
                .orElseGet(() -> editorsText(radio.radio()));
    }

    private static NowPlaying editorsText(Radio radio) {
        return radio.nowPlaying() == null || radio.nowPlaying().isBlank()
                ? new NowPlaying(null, null) : new NowPlaying(radio.nowPlaying(), "editeur");
    }
}
