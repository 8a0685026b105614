package fr.pitchoun.cms.schedule;

import fr.pitchoun.cms.content.PublicationState;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

@Schema(description = "Un créneau de la grille.")
public record PublicSlot(
        Instant startsAt,
        Instant endsAt,
        @Schema(example = "Mission Océan") String title,
        @Schema(description = "Identifiant du programme, s'il est publié (sinon absent)", example = "mission-ocean")
        String programmeSlug) {

    static PublicSlot of(ScheduleSlot slot) {
        // A slot may name a draft programme: its title is on air, but its address must not leak.
        String programme = slot.programme != null && slot.programme.status == PublicationState.PUBLISHED
                ? slot.programme.slug : null;
        return new PublicSlot(slot.startsAt, slot.endsAt, slot.title, programme);
    }
}
