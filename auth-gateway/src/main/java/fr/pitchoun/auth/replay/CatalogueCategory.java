package fr.pitchoun.auth.replay;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Set;

/** A Kinow category (« rubrique ») as the editors' picker filters by it, with the products it holds. */
@Schema(description = "Rubrique du catalogue Kinow")
public record CatalogueCategory(
        @Schema(description = "Identifiant Kinow de la rubrique", example = "201") long id,
        @Schema(description = "Nom en français", example = "Nature et découvertes") String name,
        @JsonIgnore Set<Long> productIds) {
}
