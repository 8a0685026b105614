package fr.pitchoun.auth.replay;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OriginMediaSignerTest {

    private final OriginMediaSigner signer = new OriginMediaSigner(Optional.of("http://localhost:8088/vod"),
            Optional.empty(), Optional.of("pitchoun-test-vod-secret"), Duration.ofSeconds(600),
            Clock.fixed(Instant.ofEpochSecond(1_700_000_000L - 600), ZoneOffset.UTC));

    @Test
    void addressesOnOurOriginGetNginxSecureLinkTokenOfTheirFolder() {
        // Expected token from the shell, as NGINX computes it:
        // echo -n "1700000000/v10201 pitchoun-test-vod-secret" | openssl md5 -binary | base64 | tr '+/' '-_' | tr -d =
        assertEquals("http://localhost:8088/vod/6d1LeDUHb5m89ljNUMaDZA/1700000000/v10201/master.m3u8",
                signer.sign("http://localhost:8088/vod/v10201/master.m3u8"));
        assertEquals("http://localhost:8088/vod/6d1LeDUHb5m89ljNUMaDZA/1700000000/v10201/fr.vtt",
                signer.sign("http://localhost:8088/vod/v10201/fr.vtt"));
    }

    @Test
    void browsersGetThePublicAddressOfTheOrigin() {
        OriginMediaSigner behindAnotherPort = new OriginMediaSigner(Optional.of("http://localhost:8088/vod/"),
                Optional.of("http://localhost:28088/vod"), Optional.of("pitchoun-test-vod-secret"),
                Duration.ofSeconds(600), Clock.fixed(Instant.ofEpochSecond(1_700_000_000L - 600), ZoneOffset.UTC));
        assertEquals("http://localhost:28088/vod/6d1LeDUHb5m89ljNUMaDZA/1700000000/v10201/master.m3u8",
                behindAnotherPort.sign("http://localhost:8088/vod/v10201/master.m3u8"));
    }

    @Test
    void otherAddressesPassUntouched() {
        assertEquals("https://cdn.kinow.example/v/1/master.m3u8",
                signer.sign("https://cdn.kinow.example/v/1/master.m3u8"));
        assertEquals("http://localhost:8088/vod/master.m3u8", signer.sign("http://localhost:8088/vod/master.m3u8"));
        assertEquals(null, signer.sign(null));
        OriginMediaSigner off = new OriginMediaSigner(Optional.empty(), Optional.empty(), Optional.empty(),
                Duration.ofHours(1),
                Clock.systemUTC());
        assertEquals("http://localhost:8088/vod/v10201/master.m3u8",
                off.sign("http://localhost:8088/vod/v10201/master.m3u8"));
    }
}
