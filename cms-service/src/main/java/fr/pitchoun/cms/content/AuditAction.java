package fr.pitchoun.cms.content;

/** What an editor (or the publishing scheduler) did to an item. */
public enum AuditAction {
    CREATED("Création"),
    UPDATED("Modification"),
    PUBLISHED("Publication"),
    SCHEDULED("Publication programmée"),
    UNPUBLISHED("Retrait du site"),
    ARCHIVED("Archivage"),
    DELETED("Suppression");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
