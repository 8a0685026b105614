package fr.pitchoun.cms.replay;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A category (« rubrique ») of Kinow's catalogue, as auth-gateway lists them, to narrow the editors' search. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CatalogueCategory(long id, String name) {

    /** The id as the picker's select sends it. */
    public String idText() {
        return String.valueOf(id);
    }
}
