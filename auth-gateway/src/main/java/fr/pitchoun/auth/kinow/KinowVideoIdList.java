package fr.pitchoun.auth.kinow;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Kinow's VideoIDList: video ids separated by commas ("42,21,84"). */
public record KinowVideoIdList(@JsonProperty("video_ids") String videoIds) {

    public static KinowVideoIdList of(long videoId) {
        return new KinowVideoIdList(Long.toString(videoId));
    }
}
