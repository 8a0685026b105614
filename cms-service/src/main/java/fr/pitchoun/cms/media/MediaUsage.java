package fr.pitchoun.cms.media;

import io.quarkus.hibernate.orm.panache.Panache;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Which content still shows an image, found through the foreign keys that point at media_asset: every content type
 * that adds an image column is covered without this class knowing it. Informative only: the foreign keys themselves
 * are what refuse the deletion of a used image, even against a concurrent change.
 */
final class MediaUsage {

    /** How many items of one kind show the image. */
    record Use(String kind, long count) {
        @Override
        public String toString() {
            return count + " " + kind;
        }
    }

    private static final Map<String, String> KINDS = Map.of("programme", "programme(s)", "episode", "épisode(s)",
            "radio", "radio(s)", "event", "événement(s)", "news", "actualité(s)", "page", "page(s)");

    private MediaUsage() {
    }

    static List<Use> of(long assetId) {
        @SuppressWarnings("unchecked")
        List<Object[]> references = Panache.getEntityManager().createNativeQuery(
                "SELECT TABLE_NAME, COLUMN_NAME FROM information_schema.KEY_COLUMN_USAGE "
                        + "WHERE REFERENCED_TABLE_SCHEMA = DATABASE() AND REFERENCED_TABLE_NAME = 'media_asset' "
                        + "AND TABLE_NAME <> 'media_variant' ORDER BY TABLE_NAME, COLUMN_NAME").getResultList();
        List<Use> uses = new ArrayList<>();
        for (Object[] reference : references) {
            String table = (String) reference[0];
            // Names read from the schema itself, not typed by anyone: safe to put in the statement.
            long count = ((Number) Panache.getEntityManager().createNativeQuery("SELECT COUNT(*) FROM `" + table
                    + "` WHERE `" + reference[1] + "` = ?1").setParameter(1, assetId).getSingleResult()).longValue();
            if (count > 0) {
                uses.add(new Use(KINDS.getOrDefault(table, table.replace('_', ' ')), count));
            }
        }
        return uses;
    }
}
