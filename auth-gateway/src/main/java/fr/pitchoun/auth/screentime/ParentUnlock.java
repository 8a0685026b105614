package fr.pitchoun.auth.screentime;

import fr.pitchoun.auth.account.CustomerDirectory;
import fr.pitchoun.auth.kinow.KinowCustomer;
import fr.pitchoun.auth.kinow.KinowUnavailableException;
import fr.pitchoun.auth.session.InvalidCredentialsException;
import fr.pitchoun.auth.session.SessionService;
import fr.pitchoun.auth.session.ViewerSession;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;

/**
 * A parent opens playback again for the child watching: the account's password is checked at Kinow through the
 * sign-in path (its per-account and per-address limits, its refusal floor, its Kinow budget and timeouts), then the
 * unlock is kept in the database, so it holds on every browser of the family.
 */
@ApplicationScoped
public class ParentUnlock {

    private static final Duration WAIT = Duration.ofSeconds(5);

    private final CustomerDirectory customers;
    private final SessionService sessions;
    private final ScreenTime screenTime;

    ParentUnlock(CustomerDirectory customers, SessionService sessions, ScreenTime screenTime) {
        this.customers = customers;
        this.sessions = sessions;
        this.screenTime = screenTime;
    }

    /**
     * Blocking. Fails with {@link InvalidCredentialsException} for a wrong password (or one that opens another
     * account), the sign-in's throttling and Kinow exceptions otherwise.
     */
    public ScreenTimeView unlock(ViewerSession viewer, long profileId, String password, Integer minutes,
                                 String clientAddress) {
        KinowCustomer account = customers.customer(viewer.customerId()).await().atMost(WAIT);
        if (account == null || account.email() == null) {
            throw new KinowUnavailableException("Kinow gave no e-mail for customer " + viewer.customerId(), null);
        }
        KinowCustomer checked = sessions.checkPassword(account.email(), password, clientAddress).await().atMost(WAIT);
        if (checked.id() != viewer.customerId()) {
            throw new InvalidCredentialsException(null);
        }
        return screenTime.unlock(profileId, minutes);
    }
}
