package fr.pitchoun.auth.kinow;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * Kinow's CreateVideoStatSessionRequest (and its response): a customer watched {@code watched_time} seconds of a
 * video and stands at {@code seek}; {@code date} in Kinow's local-time format.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record KinowVideoStatSession(long customerId, long videoId, String date, long watchedTime, String userAgent,
                                    String isoCode, Double seek) {
}
