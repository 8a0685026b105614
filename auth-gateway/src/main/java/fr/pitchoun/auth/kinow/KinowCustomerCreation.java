package fr.pitchoun.auth.kinow;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Body of POST /customers (the SDK's CustomerCreateRequest), the fields a Pitchoun registration fills. */
public record KinowCustomerCreation(String firstname, String lastname, String email, String password,
                                    @JsonProperty("id_country") long idCountry,
                                    @JsonProperty("id_lang") long idLang) {

    /** Never print the password, whoever logs this. */
    @Override
    public String toString() {
        return "KinowCustomerCreation[email=" + email + "]";
    }
}
