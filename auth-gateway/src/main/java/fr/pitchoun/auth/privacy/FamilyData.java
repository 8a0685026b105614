package fr.pitchoun.auth.privacy;

/**
 * What a feature of the gateway keeps about a family, beyond profiles, statements, aggregates, the podcast feed and
 * sessions (which the privacy package reads and erases itself). A feature whose table is keyed by the customer, or
 * that must show up in the export, implements this as a CDI bean: "Télécharger mes données" adds its file to the
 * zip and "Supprimer mes données" calls {@link #erase} in the erasure's transaction. A table that references
 * child_profile with ON DELETE CASCADE is erased with the profiles and only needs {@link #export}.
 */
public interface FamilyData {

    /** The JSON file's name in the zip, e.g. {@code temps-d-ecran.json}. */
    String fileName();

    /** What the file holds, in French, for the summary page (index.html). */
    String description();

    /** The file's content, written as JSON. */
    Object export(Family family);

    /** Deletes the family's rows (in the erasure's transaction, before the profiles go). */
    void erase(Family family);
}
