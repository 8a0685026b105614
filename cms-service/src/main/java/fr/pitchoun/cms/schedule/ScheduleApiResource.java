package fr.pitchoun.cms.schedule;

import fr.pitchoun.cms.api.CachedJson;
import fr.pitchoun.cms.content.ParisTime;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

@Path("/api/chaines")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Chaînes", description = "Chaînes TV, leur grille et ce qui passe maintenant, pour la page du direct")
public class ScheduleApiResource {

    private final ScheduleBook schedule;
    private final CachedJson answers;

    ScheduleApiResource(ScheduleBook schedule, CachedJson answers) {
        this.schedule = schedule;
        this.answers = answers;
    }

    @GET
    @Operation(summary = "Les chaînes, avec le programme en cours et le suivant")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = ChannelNowNext.class)))
    public Response channels(Request request) {
        Instant now = Instant.now();
        List<ChannelNowNext> channels = schedule.channels().stream()
                .map(channel -> ChannelNowNext.of(channel, schedule.nowNext(channel.slug, now))).toList();
        return answers.ok(request, channels);
    }

    @GET
    @Path("{slug}/grille")
    @Operation(summary = "La grille d'une chaîne pour un jour (heure de Paris)")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = PublicSlot.class)))
    @APIResponse(responseCode = "400", description = "Date invalide")
    @APIResponse(responseCode = "404", description = "Chaîne inconnue")
    public Response day(@PathParam("slug") String slug,
                        @Parameter(description = "Jour, AAAA-MM-JJ ; aujourd'hui par défaut", example = "2026-11-30")
                        @QueryParam("date") String date, Request request) {
        schedule.channel(slug).orElseThrow(NotFoundException::new);
        LocalDate day;
        try {
            day = date == null ? LocalDate.now(ParisTime.ZONE) : LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new BadRequestException("date: AAAA-MM-JJ");
        }
        return answers.ok(request, schedule.day(slug, day).stream().map(PublicSlot::of).toList());
    }
}
