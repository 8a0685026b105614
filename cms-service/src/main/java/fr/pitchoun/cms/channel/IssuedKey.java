package fr.pitchoun.cms.channel;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A channel with the stream key just issued for it: shown once to the admin, never logged nor stored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record IssuedKey(LiveChannel channel, String streamKey) {
}
