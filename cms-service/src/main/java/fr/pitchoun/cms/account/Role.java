package fr.pitchoun.cms.account;

/** What an editor may do: admins also manage the editors' accounts. */
public enum Role {
    ADMIN("Administrateur"),
    EDITOR("Éditeur");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    /** French name shown to editors. */
    public String label() {
        return label;
    }
}
