package fr.pitchoun.auth.profile;

import fr.pitchoun.auth.session.SessionCookies;
import fr.pitchoun.auth.session.SessionTokens;
import fr.pitchoun.auth.session.ViewerSession;
import fr.pitchoun.auth.web.ApiError;
import fr.pitchoun.auth.web.HttpStatus;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Map;

/** The family is the signed-in viewer's: a parent can only ever reach their own children's profiles. */
@Path("/api/profiles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Profils enfants", description = "Profils des enfants du compte connecté (cookie pitchoun_session)")
@APIResponse(responseCode = "401", description = "Pas de session valide",
        content = @Content(schema = @Schema(implementation = ApiError.class)))
public class ProfileResource {

    static final String NOT_SAVED = "Le profil n'a pas été enregistré : corrigez les champs signalés.";
    static final String NOT_FOUND = "Ce profil n'existe pas ou n'appartient pas à ce compte.";

    private final FamilyProfiles profiles;
    private final SessionTokens sessions;
    private final SessionCookies cookies;

    ProfileResource(FamilyProfiles profiles, SessionTokens sessions, SessionCookies cookies) {
        this.profiles = profiles;
        this.sessions = sessions;
        this.cookies = cookies;
    }

    @GET
    @Operation(summary = "Profils enfants du compte", description = "Dans l'ordre de leur création.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = ProfileView.class)))
    public List<ProfileView> list(@CookieParam(SessionCookies.NAME) String session) {
        return profiles.of(family(session));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Crée un profil enfant")
    @APIResponse(responseCode = "201", description = "Profil créé (adresse dans Location)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ProfileView.class)))
    @APIResponse(responseCode = "409", description = "Nombre maximal de profils atteint",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "422", description = "Champs à corriger, rien n'est enregistré",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response create(@CookieParam(SessionCookies.NAME) String session, ProfileForm form, UriInfo uri) {
        FamilyProfiles.Creation creation = profiles.create(family(session),
                form == null ? new ProfileForm(null, null, null) : form);
        if (creation.limitReached()) {
            return ApiError.response(HttpStatus.CONFLICT, "Ce compte a déjà " + profiles.maxPerCustomer()
                    + " profils enfants : supprimez-en un pour en créer un autre.");
        }
        if (creation.profile() == null) {
            return ApiError.response(HttpStatus.UNPROCESSABLE_ENTITY, NOT_SAVED, creation.errors());
        }
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(creation.profile().id())).build())
                .entity(creation.profile()).build();
    }

    @PATCH
    @Path("{profileId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Renomme un profil enfant")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ProfileView.class)))
    @APIResponse(responseCode = "404", description = "Profil inconnu pour ce compte",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "422", description = "Nom à corriger",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response rename(@CookieParam(SessionCookies.NAME) String session, @PathParam("profileId") long profileId,
                           ProfileRename rename) {
        ViewerSession viewer = sessions.verify(session);
        FamilyProfiles.Rename result = profiles.rename(viewer.customerId(), profileId,
                rename == null ? null : rename.name());
        if (result.notFound()) {
            return ApiError.response(HttpStatus.NOT_FOUND, NOT_FOUND);
        }
        if (result.profile() == null) {
            return ApiError.response(HttpStatus.UNPROCESSABLE_ENTITY, NOT_SAVED, Map.of("name", result.nameError()));
        }
        Response.ResponseBuilder answer = Response.ok(result.profile());
        if (watchedBy(viewer, profileId)) {
            // The header shows the new nickname at once: the session's token is re-signed with it.
            answer.cookie(cookies.holding(sessions.watchedBy(viewer,
                    WhoIsWatchingResource.watchingAs(result.profile())).token()));
        }
        return answer.build();
    }

    @DELETE
    @Path("{profileId}")
    @Operation(summary = "Supprime un profil enfant", description = "Supprime aussi les données de l'enfant.")
    @APIResponse(responseCode = "204", description = "Profil supprimé")
    @APIResponse(responseCode = "404", description = "Profil inconnu pour ce compte",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response delete(@CookieParam(SessionCookies.NAME) String session, @PathParam("profileId") long profileId) {
        ViewerSession viewer = sessions.verify(session);
        if (!profiles.delete(viewer.customerId(), profileId)) {
            return ApiError.response(HttpStatus.NOT_FOUND, NOT_FOUND);
        }
        Response.ResponseBuilder answer = Response.noContent();
        if (watchedBy(viewer, profileId)) {
            // Nobody is chosen any more: the site asks « Qui regarde ? » again.
            answer.cookie(cookies.holding(sessions.watchedBy(viewer, null).token()));
        }
        return answer.build();
    }

    private static boolean watchedBy(ViewerSession viewer, long profileId) {
        return viewer.childProfileId().filter(id -> id == profileId).isPresent();
    }

    private long family(String session) {
        return sessions.verify(session).customerId();
    }
}
