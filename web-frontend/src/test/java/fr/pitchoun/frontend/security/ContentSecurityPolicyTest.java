package fr.pitchoun.frontend.security;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ContentSecurityPolicyTest {

    @Test
    void mediaAndConnectionsAreAllowedToTheHlsOriginOnly() {
        assertThat(ContentSecurityPolicy.forHlsBaseUrl("https://video.pitchoun.fr/hls"), allOf(
                containsString("connect-src 'self' https://video.pitchoun.fr;"),
                containsString("media-src 'self' blob: https://video.pitchoun.fr;"),
                containsString("script-src 'self';"),
                containsString("object-src 'none';")));
    }

    @Test
    void originKeepsAnExplicitPort() {
        assertEquals(Optional.of("http://localhost:8088"), ContentSecurityPolicy.origin("http://localhost:8088/hls"));
    }

    @Test
    void aPageThatPlaysOtherStreamsAllowsTheirOriginsAsMediaOnly() {
        String policy = ContentSecurityPolicy.forHlsBaseUrl("https://video.pitchoun.fr/hls",
                List.of("https://radio.pitchoun.fr/live.mp3", "https://video.pitchoun.fr", "pas une adresse"));
        assertThat(policy, allOf(
                containsString("media-src 'self' blob: https://video.pitchoun.fr https://radio.pitchoun.fr;"),
                containsString("connect-src 'self' https://video.pitchoun.fr;")));
    }

    @Test
    void relativeHlsBaseUrlMeansThisSiteOnly() {
        assertThat(ContentSecurityPolicy.forHlsBaseUrl("/hls"), allOf(
                containsString("connect-src 'self';"),
                containsString("media-src 'self' blob:;")));
    }

    @Test
    void anEpisodePageAllowsItsVideoOriginForHlsJsAndOnlyItsPlayerFrame() {
        String player = ContentSecurityPolicy.forHlsBaseUrl("https://video.pitchoun.fr/hls", List.of(),
                List.of("https://vod.pitchoun.fr/vod/a/master.m3u8"), List.of());
        assertThat(player, allOf(
                containsString("connect-src 'self' https://video.pitchoun.fr https://vod.pitchoun.fr;"),
                containsString("media-src 'self' blob: https://video.pitchoun.fr https://vod.pitchoun.fr;"),
                not(containsString("frame-src"))));
        String framed = ContentSecurityPolicy.forHlsBaseUrl("https://video.pitchoun.fr/hls", List.of(), List.of(),
                List.of("https://player.kinow.example/videos/1"));
        assertThat(framed, allOf(
                containsString("frame-src 'self' https://player.kinow.example;"),
                containsString("connect-src 'self' https://video.pitchoun.fr;")));
    }

    @Test
    void aPodcastPageAllowsItsShowsImageHostAsImagesOnly() {
        String page = ContentSecurityPolicy.forHlsBaseUrl("https://video.pitchoun.fr/hls", List.of(), List.of(),
                List.of(), List.of("https://image.ausha.co/show_1400x1400.jpeg", "not an address"));
        assertThat(page, allOf(
                containsString("img-src 'self' data: https://image.ausha.co;"),
                containsString("media-src 'self' blob: https://video.pitchoun.fr;"),
                containsString("connect-src 'self' https://video.pitchoun.fr;")));
        assertThat(ContentSecurityPolicy.forHlsBaseUrl("https://video.pitchoun.fr/hls"),
                containsString("img-src 'self' data:;"));
    }
}
