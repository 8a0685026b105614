package fr.pitchoun.cms.account;

/** The editor behind the current request, as the pages and the audit trail need them. */
public record SignedInEditor(long id, String email, String displayName, Role role) {

    static SignedInEditor of(EditorAccount account) {
        return new SignedInEditor(account.id, account.email, account.displayName, account.role);
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }
}
