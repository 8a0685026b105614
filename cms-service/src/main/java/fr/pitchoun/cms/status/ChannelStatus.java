package fr.pitchoun.cms.status;

/**
 * A channel as operators need to see it: on air (live), on its slate, or off, and who holds it.
 *
 * @param slug       the channel
 * @param name       its name at live-ingest-service (the slug when the service is away)
 * @param state      what viewers get, in French
 * @param onAir      true when the control room's feed is on air
 * @param controlRoom whether the control room publishes now (live-ingest-service), in French
 * @param detail     the worker's reason and the age of the last segment, or what is wrong
 * @param worker     the worker that holds it; empty when none
 */
public record ChannelStatus(String slug, String name, String state, boolean onAir, String controlRoom, String detail,
                            String worker) {
}
