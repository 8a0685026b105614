package fr.pitchoun.auth.mail;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.health.api.Wellness;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.jboss.logging.Logger;

import java.util.Optional;

/**
 * Says loudly when a production gateway's e-mails go nowhere: an ERROR at start-up (the journal), the gauge
 * {@code pitchoun_auth_mailer_mock} (1 = mock; the alert {@code EmailsNonEnvoyes} reads it) and a DOWN wellness check
 * ({@code /q/health/well}). Readiness stays UP: sign-in and the site work without e-mails.
 */
@Wellness
@ApplicationScoped
public class MailerCheck implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(MailerCheck.class);

    private final MailerMode mode;

    MailerCheck(@ConfigProperty(name = "quarkus.mailer.mock") Optional<Boolean> mock) {
        this.mode = MailerMode.of(mock, LaunchMode.current());
    }

    void atStart(@Observes StartupEvent started, MeterRegistry metrics) {
        Gauge.builder("pitchoun.auth.mailer.mock", mode, m -> m.mock() ? 1 : 0)
                .description("1 when the mailer is its mock: password-reset e-mails are logged, never sent")
                .register(metrics);
        mode.productionWarning().ifPresent(LOG::error);
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("Envoi des e-mails").status(!mode.mutedInProduction())
                .withData("mock", mode.mock())
                .withData("message", mode.mutedInProduction()
                        ? "Les e-mails de mot de passe oublié ne partent pas : le mailer est factice en production."
                        : mode.mock() ? "Mailer factice (développement ou tests)." : "Envoi par le relais SMTP.")
                .build();
    }
}
