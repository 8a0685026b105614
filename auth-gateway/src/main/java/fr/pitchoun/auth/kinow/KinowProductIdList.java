package fr.pitchoun.auth.kinow;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Collection;
import java.util.stream.Collectors;

/** Kinow's ProductIDList: product ids separated by commas ("42,21,84"). */
public record KinowProductIdList(@JsonProperty("product_ids") String productIds) {

    public static KinowProductIdList of(Collection<Long> ids) {
        return new KinowProductIdList(ids.stream().sorted().map(String::valueOf).collect(Collectors.joining(",")));
    }
}
