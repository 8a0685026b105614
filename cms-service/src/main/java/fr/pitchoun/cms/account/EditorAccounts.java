package fr.pitchoun.cms.account;

import fr.pitchoun.cms.form.FieldErrors;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import java.util.List;
import java.util.Optional;

/** Editors' accounts, as admins manage them. */
@ApplicationScoped
public class EditorAccounts {

    private final Validator validator;
    private final EditorSessions sessions;

    EditorAccounts(Validator validator, EditorSessions sessions) {
        this.validator = validator;
        this.sessions = sessions;
    }

    public List<EditorAccount> all() {
        return EditorAccount.listAll(Sort.by("displayName").and("email"));
    }

    public record Creation(AccountForm form, FieldErrors errors, EditorAccount account) {
        public boolean succeeded() {
            return account != null;
        }
    }

    @Transactional
    public Creation create(AccountForm typed) {
        AccountForm form = typed.trimmed();
        FieldErrors errors = FieldErrors.of(validator, form, AccountForm.FIELDS);
        if (!errors.has("password") && !form.password.equals(form.passwordConfirmation)) {
            errors.add("passwordConfirmation", "Les deux mots de passe ne sont pas identiques.");
        }
        String email = EditorSessions.normalise(form.email);
        if (!errors.has("email") && EditorAccount.count("email", email) > 0) {
            errors.add("email", "Un compte existe déjà pour « " + email + " ».");
        }
        if (!errors.isEmpty()) {
            // Never send a password back to the page.
            form.password = "";
            form.passwordConfirmation = "";
            return new Creation(form, errors, null);
        }
        EditorAccount account = new EditorAccount();
        account.email = email;
        account.displayName = form.displayName;
        account.role = Role.valueOf(form.role);
        account.passwordHash = Passwords.hash(form.password);
        account.persist();
        return new Creation(form, errors, account);
    }

    public Optional<EditorAccount> byId(long id) {
        return EditorAccount.findByIdOptional(id);
    }

    @Transactional
    public Optional<EditorAccount> unlock(long id) {
        return byId(id).map(account -> {
            account.lockedUntil = null;
            account.failedAttempts = 0;
            return account;
        });
    }

    /** Disabling also ends the account's open sessions. An admin cannot disable their own account. */
    @Transactional
    public Optional<EditorAccount> setActive(long id, boolean active, SignedInEditor by) {
        if (!active && by.id() == id) {
            return Optional.empty();
        }
        return byId(id).map(account -> {
            account.active = active;
            if (!active) {
                sessions.closeAll(id);
            }
            return account;
        });
    }
}
