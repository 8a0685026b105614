package fr.pitchoun.auth.learning;

import fr.pitchoun.auth.profile.FamilyProfiles;
import fr.pitchoun.auth.session.SessionCookies;
import fr.pitchoun.auth.session.SessionTokens;
import fr.pitchoun.auth.session.ViewerSession;
import fr.pitchoun.auth.web.ApiError;
import fr.pitchoun.auth.web.HttpStatus;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.time.ZoneId;

/** The parents' space's one read of a child of the signed-in family. */
@Path("/api/learning/profiles/{profileId}/overview")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Apprentissage")
public class OverviewResource {

    static final int DEFAULT_DAYS = 28;
    static final String CHILD_WATCHING = "L'espace parents est réservé aux parents : choisissez « Parent » dans "
            + "« Qui regarde ? ».";

    private final ChildOverview overview;
    private final FamilyProfiles profiles;
    private final SessionTokens sessions;
    private final ZoneId zone;

    OverviewResource(ChildOverview overview, FamilyProfiles profiles, SessionTokens sessions, LearningConfig config) {
        this.overview = overview;
        this.profiles = profiles;
        this.sessions = sessions;
        this.zone = config.zone();
    }

    @GET
    @Operation(summary = "Vue d'ensemble d'un enfant pour l'espace parents", description = "Ses journées (temps "
            + "regardé et écouté, toutes les journées de la période, vides comprises), ses thèmes sur la période et "
            + "ses derniers éléments terminés ; par défaut les 28 derniers jours (Europe/Paris), 400 au plus.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ChildOverview.Overview.class)))
    @APIResponse(responseCode = "400", description = "Nombre de jours invalide",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "401", description = "Pas de session valide",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = "Un enfant regarde sous cette session (réservé aux parents)",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = "Profil inconnu pour ce compte",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response overview(@CookieParam(SessionCookies.NAME) String token, @PathParam("profileId") long profileId,
                             @QueryParam("days") Integer days) {
        ViewerSession session = sessions.verify(token);
        if (session.childProfileId().isPresent()) {
            return ApiError.response(HttpStatus.FORBIDDEN, CHILD_WATCHING);
        }
        long customerId = session.customerId();
        int count = days == null ? DEFAULT_DAYS : days;
        if (count < 1 || count > LearningResource.MAX_DAYS) {
            return ApiError.response(HttpStatus.BAD_REQUEST,
                    "Nombre de jours invalide : de 1 à " + LearningResource.MAX_DAYS + ".");
        }
        if (profiles.find(customerId, profileId).isEmpty()) {
            return ApiError.response(HttpStatus.NOT_FOUND, "Ce profil n'existe pas ou n'appartient pas à ce compte.");
        }
        LocalDate today = LocalDate.now(zone);
        return Response.ok(overview.of(profileId, today.minusDays(count - 1L), today)).build();
    }
}
