package fr.pitchoun.auth.kinow;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.util.List;

/** Kinow's SubscriptionAccesses: a page of ProductAccess, as every Kinow list ({"pagination", "data"}). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record KinowSubscriptionAccesses(Pagination pagination, List<KinowProductAccess> data) {

    public List<KinowProductAccess> accesses() {
        return data == null ? List.of() : data;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Pagination(int total, int currentPage, int perPage, int lastPage) {
    }
}
