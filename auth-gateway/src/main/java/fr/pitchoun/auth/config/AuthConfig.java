package fr.pitchoun.auth.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

@ConfigMapping(prefix = "pitchoun.auth")
public interface AuthConfig {

    Offers offers();

    Profiles profiles();

    Tokens tokens();

    Login login();

    /** OAuth2 client-credentials clients of our own services, by client id. */
    Map<String, ServiceAccount> serviceAccounts();

    Webhook webhook();

    PasswordReset passwordReset();

    /** Which Kinow products (subscriptions) open which Pitchoun offer: a business setting, not code. */
    interface Offers {

        /** Kinow product ids of the MyPitchoun subscription (monthly, yearly… variants alike). */
        @WithDefault("11")
        Set<Long> mypitchounProductIds();

        /** Kinow product ids of MyPitchoun+; it includes everything MyPitchoun gives. */
        @WithDefault("12")
        Set<Long> mypitchounPlusProductIds();
    }

    interface Profiles {

        /** Child profiles one parent account may hold. */
        @WithDefault("6")
        int maxPerCustomer();
    }

    interface Tokens {

        /** The tokens' "iss"; verifiers check it. */
        @WithDefault("pitchoun-auth-gateway")
        String issuer();

        /**
         * A PEM (PKCS#8) RSA private key to sign with, e.g. a mounted secret shared by every gateway instance. When
         * absent the key is {@code key-dir/signing-key.pem}, generated there at first start.
         */
        Optional<Path> signingKeyFile();

        /** Where the generated key pair is kept between restarts. */
        @WithDefault("keys")
        Path keyDir();

        /** A viewer's session token lives this long; the site refreshes it while the viewer is active. */
        @WithDefault("PT15M")
        Duration sessionLifetime();

        /** After this long since sign-in a session is no longer refreshed: the viewer signs in again. */
        @WithDefault("PT12H")
        Duration sessionMaxAge();

        /** Lifetime of a service-account access token. */
        @WithDefault("PT5M")
        Duration serviceTokenLifetime();

        /** Cookie attribute Secure; only a plain-HTTP development setup without localhost may need it off. */
        @WithDefault("true")
        boolean secureCookie();
    }

    /** Limits on sign-in attempts, against password guessing. */
    interface Login {

        /** Wrong passwords allowed for one email within {@link #accountWindow()} before sign-in is refused. */
        @WithDefault("5")
        int accountMaxFailures();

        @WithDefault("PT15M")
        Duration accountWindow();

        /** Sign-in attempts allowed from one client address within {@link #addressWindow()}. */
        @WithDefault("20")
        int addressMaxAttempts();

        @WithDefault("PT1M")
        Duration addressWindow();

        /**
         * A refused sign-in never answers sooner than this after the request arrived, so that an unknown email and
         * a wrong password take the same time whatever Kinow does.
         */
        @WithDefault("PT0.4S")
        Duration refusalFloor();
    }

    interface ServiceAccount {

        String secret();

        /** Scopes this client may ask for (all of them when it names none). */
        Set<String> scopes();
    }

    interface Webhook {

        /** Kinow sends it in the X-Pitchoun-Webhook-Secret header (configured with the webhook's URL at Kinow). */
        String secret();
    }

    interface PasswordReset {

        /** The site's page where a viewer chooses a new password; the Kinow token is appended as "jeton". */
        @WithDefault("http://localhost:8080/mot-de-passe/nouveau")
        String pageUrl();

        /** Sender of the reset e-mail. */
        @WithDefault("Pitchoun <ne-pas-repondre@pitchoun.fr>")
        String from();
    }
}
