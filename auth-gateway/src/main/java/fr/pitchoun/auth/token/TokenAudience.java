package fr.pitchoun.auth.token;

/** The two kinds of tokens the gateway issues, told apart by their "aud" (deploy/CONTRACTS.md). */
public enum TokenAudience {
    /** A viewer's session, in the pitchoun_session cookie. */
    SITE("pitchoun-site"),
    /** A service account's access token, as a Bearer header between our services. */
    INTERNAL("pitchoun-internal");

    private final String value;

    TokenAudience(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }
}
