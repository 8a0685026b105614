package fr.pitchoun.auth.account;

import fr.pitchoun.auth.config.AuthConfig;
import fr.pitchoun.auth.kinow.Kinow;
import fr.pitchoun.auth.kinow.KinowConfig;
import fr.pitchoun.auth.kinow.KinowCustomerCreation;
import fr.pitchoun.auth.kinow.KinowEmail;
import fr.pitchoun.auth.kinow.KinowPasswordChange;
import fr.pitchoun.auth.kinow.KinowRefusedException;
import fr.pitchoun.auth.kinow.KinowUnavailableException;
import fr.pitchoun.auth.session.SessionTokens;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/** Registration and password reset, both done by Kinow; the gateway adds validation, the e-mail and the session. */
@ApplicationScoped
public class AccountService {

    private static final Logger LOG = Logger.getLogger(AccountService.class);

    private final Kinow kinow;
    private final SessionTokens tokens;
    private final ReactiveMailer mailer;
    private final long countryId;
    private final long languageId;
    private final String resetPageUrl;
    private final String from;

    AccountService(Kinow kinow, SessionTokens tokens, ReactiveMailer mailer, KinowConfig kinowConfig,
                   AuthConfig config) {
        this.kinow = kinow;
        this.tokens = tokens;
        this.mailer = mailer;
        this.countryId = kinowConfig.registrationCountryId();
        this.languageId = kinowConfig.registrationLanguageId();
        this.resetPageUrl = config.passwordReset().pageUrl();
        this.from = config.passwordReset().from();
    }

    /** Creates the Kinow account and opens a session (a new account has no subscription yet). */
    public Uni<SessionTokens.IssuedSession> register(Registration registration) {
        KinowCustomerCreation creation = new KinowCustomerCreation(registration.firstName().trim(),
                registration.lastName().trim(), email(registration.email()), registration.password(), countryId,
                languageId);
        return kinow.createCustomer(creation)
                .onFailure(failure -> !(failure instanceof KinowRefusedException))
                .transform(AccountService::unavailable)
                // Opening a session signs (RSA) and records it (database): off the event loop.
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(customer -> tokens.open(customer.id(), customer.firstname(), Set.of()));
    }

    /**
     * Asks Kinow for a reset token and e-mails the viewer the link. Completes the same way whether the email is
     * known or not, so the answer tells nothing about which accounts exist.
     */
    public Uni<Void> sendResetLink(String email) {
        String address = email(email);
        return kinow.passwordToken(new KinowEmail(address))
                .chain(token -> mailer.send(Mail.withText(address, "Pitchoun : choisir un nouveau mot de passe",
                        "Bonjour,\n\nPour choisir un nouveau mot de passe, ouvrez ce lien :\n" + resetPageUrl
                                + "?jeton=" + URLEncoder.encode(token.token(), StandardCharsets.UTF_8)
                                + "\n\nSi vous n'avez rien demandé, ignorez ce message.\n\nL'équipe Pitchoun")
                        .setFrom(from)))
                .onFailure(KinowRefusedException.class).recoverWithUni(() -> Uni.createFrom().voidItem())
                .onFailure(failure -> !(failure instanceof KinowUnavailableException))
                .transform(AccountService::unavailable);
    }

    /** Fails with {@link KinowRefusedException} when Kinow does not know (or no longer accepts) the token. */
    public Uni<Void> choosePassword(NewPassword change) {
        return kinow.passwordTokenConsume(new KinowPasswordChange(change.token(), change.password()))
                .onFailure(failure -> !(failure instanceof KinowRefusedException))
                .transform(AccountService::unavailable);
    }

    private static String email(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }

    private static Throwable unavailable(Throwable failure) {
        if (failure instanceof KinowUnavailableException) {
            return failure;
        }
        LOG.warnf("Account operation failed: %s", failure.toString());
        return new KinowUnavailableException("account operation failed: " + failure, failure);
    }
}
