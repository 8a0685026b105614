package fr.pitchoun.auth.mail;

import io.quarkus.runtime.LaunchMode;

import java.util.Optional;

/**
 * Whether password-reset e-mails really leave the gateway. The mailer's mock is right in development and tests, and a
 * silent failure in production: families asking for a new password would wait for an e-mail that never comes.
 *
 * @param mock {@code quarkus.mailer.mock}: messages are only logged, never sent
 * @param mode how the gateway runs (the packaged jar runs as {@link LaunchMode#NORMAL}, production)
 */
public record MailerMode(boolean mock, LaunchMode mode) {

    /** Quarkus' own default when {@code quarkus.mailer.mock} is not set: the mock in dev and test only. */
    public static MailerMode of(Optional<Boolean> mock, LaunchMode mode) {
        return new MailerMode(mock.orElse(mode.isDevOrTest()), mode);
    }

    /** True when a production gateway does not send its e-mails: what operators must hear about. */
    public boolean mutedInProduction() {
        return mock && mode == LaunchMode.NORMAL;
    }

    /** The operator's warning (logs, wellness check), empty when e-mails are sent or this is not production. */
    public Optional<String> productionWarning() {
        return mutedInProduction() ? Optional.of("Password-reset e-mails are NOT sent: the mailer is its mock in "
                + "production (quarkus.mailer.mock=true). Set QUARKUS_MAILER_HOST/PORT/USERNAME/PASSWORD to the SMTP "
                + "relay and PITCHOUN_AUTH_MAILER_MOCK=false.") : Optional.empty();
    }
}
