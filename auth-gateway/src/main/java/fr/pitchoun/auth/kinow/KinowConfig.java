package fr.pitchoun.auth.kinow;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;

/** How the gateway reaches Kinow's Server API (defaults in application.properties point at the local stand-in). */
@ConfigMapping(prefix = "pitchoun.kinow")
public interface KinowConfig {

    /** Root of the Server API, e.g. https://api.kinow.com/api; every path of the SDK is relative to it. */
    URI baseUrl();

    /** Sent as X-Client-Id on every call. */
    String clientId();

    /** Sent as X-Client-Secret on every call. */
    String clientSecret();

    /** The longest a viewer waits on Kinow for one sign-in, all calls included. */
    @WithDefault("PT2.5S")
    Duration signInTimeout();

    /** Kinow writes dates without an offset ("2025-01-06 18:30:00"), in the platform's local time. */
    @WithDefault("Europe/Paris")
    ZoneId zone();

    /**
     * Kinow caps the requests of a client per minute: the gateway spends at most this many per minute and refuses
     * (as "unavailable") the calls beyond, instead of earning a 429 for everyone.
     */
    @WithDefault("300")
    int maxRequestsPerMinute();

    /** id_country of the accounts the site registers (PrestaShop's id of France is 8). */
    @WithDefault("8")
    long registrationCountryId();

    /** id_lang of the accounts the site registers. */
    @WithDefault("1")
    long registrationLanguageId();

    /** Pause after a 429 from Kinow that gives no Retry-After. */
    @WithDefault("PT30S")
    Duration defaultBackOff();
}
