package fr.pitchoun.auth.kinow;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/** The fields of Kinow's Category model the editors' picker reads (CategoriesApi::getCategories). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record KinowCategory(long id, List<KinowI18nField> name, Boolean active) {
}
