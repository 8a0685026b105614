package fr.pitchoun.cms.schedule;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Une chaîne TV, ce qui passe maintenant et ce qui suit (null s'il n'y a rien dans la grille).")
public record ChannelNowNext(
        @Schema(example = "pitchoun-tv") String slug,
        @Schema(example = "Pitchoun TV") String name,
        PublicSlot now,
        PublicSlot next) {

    static ChannelNowNext of(TvChannel channel, ScheduleBook.NowNext nowNext) {
        return new ChannelNowNext(channel.slug, channel.name,
                nowNext.now() == null ? null : PublicSlot.of(nowNext.now()),
                nowNext.next() == null ? null : PublicSlot.of(nowNext.next()));
    }
}
