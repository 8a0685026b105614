package fr.pitchoun.auth.kinow;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The fields of Kinow's Customer model that the gateway uses. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record KinowCustomer(long id, String firstname, String lastname, String email) {
}
