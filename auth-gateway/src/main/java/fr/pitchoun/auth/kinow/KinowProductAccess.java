package fr.pitchoun.auth.kinow;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * Kinow's ProductAccess model, the fields the gateway reads. The SDK types active and cancel as integers (0/1);
 * Jackson reads 0/1 and true/false alike into booleans. Dates are local-time strings ("2025-01-06 18:30:00").
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record KinowProductAccess(long id, long idCustomer, long idProduct, String type, String dateAdd,
                                 String dateExp, boolean cancel, boolean recurring, boolean active) {
}
