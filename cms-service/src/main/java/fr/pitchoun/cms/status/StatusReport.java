package fr.pitchoun.cms.status;

import java.time.Instant;
import java.util.List;

/**
 * Everything the operators' status page shows, read at {@code checkedAt}.
 *
 * @param parts        each service's and worker's readiness
 * @param channels     each channel's state
 * @param channelsNote what limits the channels' list (a source away); empty when both sources answered
 * @param lastAlert    Alertmanager's latest active alert, or why none is shown
 */
public record StatusReport(Instant checkedAt, List<PartState> parts, List<ChannelStatus> channels, String channelsNote,
                           LastAlert lastAlert) {

    public long partsNotReady() {
        return parts.stream().filter(part -> !part.ready()).count();
    }
}
