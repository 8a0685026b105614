package fr.pitchoun.auth.kinow;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.util.List;

/** The fields of Kinow's Video model (VideoResponse) the gateway reads; duration in seconds. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record KinowVideo(long id, Long idProduct, List<KinowI18nField> name, Integer duration, Integer position,
                         Boolean active, String cover, String thumbnail) {
}
