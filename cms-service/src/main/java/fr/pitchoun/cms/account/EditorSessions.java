package fr.pitchoun.cms.account;

import fr.pitchoun.cms.config.CmsConfig;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * Sign-in with lock-out, and the server-side sessions it opens. A session ends when unused for the idle timeout,
 * at its maximum age, at sign-out, or when its account is disabled.
 */
@ApplicationScoped
public class EditorSessions {

    private static final Logger LOG = Logger.getLogger(EditorSessions.class);

    /** Writing last_seen_at on every page would cost a write per click; a minute's precision is plenty. */
    private static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

    private final SecureRandom random = new SecureRandom();
    private final CmsConfig.Editors config;

    EditorSessions(CmsConfig config) {
        this.config = config.editors();
    }

    public sealed interface SignIn {
        record Opened(String token, SignedInEditor editor) implements SignIn {
        }

        record Refused() implements SignIn {
        }

        record Locked(Instant until) implements SignIn {
        }
    }

    @Transactional
    public SignIn signIn(String email, String password) {
        Instant now = Instant.now();
        Optional<EditorAccount> found = EditorAccount.<EditorAccount>find("email", normalise(email))
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
        if (found.isEmpty() || !found.get().active) {
            // Same work as for a real account: the answer time does not tell which e-mails exist.
            Passwords.matches(password, Passwords.DECOY_HASH);
            return new SignIn.Refused();
        }
        EditorAccount account = found.get();
        if (account.lockedAt(now)) {
            return new SignIn.Locked(account.lockedUntil);
        }
        if (!Passwords.matches(password, account.passwordHash)) {
            account.failedAttempts++;
            if (account.failedAttempts >= config.maxFailedSignIns()) {
                account.failedAttempts = 0;
                account.lockedUntil = now.plus(config.lockDuration());
                LOG.warnf("Editor account %d locked until %s after %d failed sign-ins", account.id,
                        account.lockedUntil, config.maxFailedSignIns());
                return new SignIn.Locked(account.lockedUntil);
            }
            return new SignIn.Refused();
        }
        account.failedAttempts = 0;
        account.lockedUntil = null;
        return new SignIn.Opened(open(account, now), SignedInEditor.of(account));
    }

    private String open(EditorAccount account, Instant now) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        EditorSession session = new EditorSession();
        session.tokenHash = digest(token);
        session.account = account;
        session.createdAt = now;
        session.lastSeenAt = now;
        session.persist();
        return token;
    }

    /** The editor of a live session, which this use keeps alive; empty (and the session gone) once it has expired. */
    @Transactional
    public Optional<SignedInEditor> resume(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        EditorSession session = EditorSession.findById(digest(token));
        if (session == null) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        if (!session.account.active || expired(session, now)) {
            session.delete();
            return Optional.empty();
        }
        if (session.lastSeenAt.plus(TOUCH_INTERVAL).isBefore(now)) {
            session.lastSeenAt = now;
        }
        return Optional.of(SignedInEditor.of(session.account));
    }

    @Transactional
    public void signOut(String token) {
        if (token != null) {
            EditorSession.deleteById(digest(token));
        }
    }

    /** Ends every session of an account (disabled account, new password). */
    @Transactional
    void closeAll(long accountId) {
        EditorSession.delete("account.id", accountId);
    }

    @Scheduled(every = "10m", delayed = "1m")
    @Transactional
    void purgeExpired() {
        Instant now = Instant.now();
        long purged = EditorSession.delete("lastSeenAt < ?1 or createdAt < ?2",
                now.minus(config.sessionIdleTimeout()), now.minus(config.sessionMaxAge()));
        if (purged > 0) {
            LOG.debugf("Purged %d expired editor session(s)", purged);
        }
    }

    private boolean expired(EditorSession session, Instant now) {
        return session.lastSeenAt.plus(config.sessionIdleTimeout()).isBefore(now)
                || session.createdAt.plus(config.sessionMaxAge()).isBefore(now);
    }

    static String normalise(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    static String digest(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
