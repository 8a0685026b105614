package fr.pitchoun.auth.kinow;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/** The fields of Kinow's Product model the replay catalogue reads (a programme is a product). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record KinowProduct(long id, List<KinowI18nField> name, Boolean active) {
}
