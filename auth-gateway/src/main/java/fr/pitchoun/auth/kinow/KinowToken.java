package fr.pitchoun.auth.kinow;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Kinow's Token model: the temporary password-reset token. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record KinowToken(String token) {

    @Override
    public String toString() {
        return "KinowToken[…]";
    }
}
