package fr.pitchoun.auth.screentime;

import fr.pitchoun.auth.profile.FamilyProfiles;
import fr.pitchoun.auth.profile.ProfileView;
import fr.pitchoun.auth.session.InvalidCredentialsException;
import fr.pitchoun.auth.session.SessionCookies;
import fr.pitchoun.auth.session.SessionTokens;
import fr.pitchoun.auth.session.ViewerSession;
import fr.pitchoun.auth.web.ApiError;
import fr.pitchoun.auth.web.ClientAddress;
import fr.pitchoun.auth.web.HttpStatus;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The parents' screen-time settings per child, and where the session's child stands now (with the unlock). */
@Path("/api/screen-time")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Temps d'écran", description = "Limite quotidienne et heures fermées des enfants, déblocage du parent")
@APIResponse(responseCode = "401", description = "Pas de session valide",
        content = @Content(schema = @Schema(implementation = ApiError.class)))
public class ScreenTimeResource {

    static final String PARENTS_ONLY = "Seul un parent peut régler le temps d'écran : choisissez « Parent » dans "
            + "« Qui regarde ? ».";
    static final String NOT_YOUR_CHILD = "Ce profil n'existe pas ou n'appartient pas à ce compte.";
    static final String NO_CHILD = "Aucun enfant ne regarde sous cette session : rien à débloquer.";
    static final String WRONG_PASSWORD = "Ce n'est pas le mot de passe du compte. Réessayez.";
    static final String PASSWORD_MISSING = "Indiquez le mot de passe du compte.";
    static final String BAD_MINUTES = "Choisissez le reste de la journée, ou de 1 à 240 minutes.";

    /** What the unlock form sends: the account's password and, optionally, minutes (none: the rest of the day). */
    public record UnlockRequest(String password, Integer minutes) {
        @Override
        public String toString() {
            return "UnlockRequest[minutes=" + minutes + "]";
        }
    }

    private final ScreenTime screenTime;
    private final ParentUnlock unlocks;
    private final FamilyProfiles profiles;
    private final SessionTokens sessions;

    ScreenTimeResource(ScreenTime screenTime, ParentUnlock unlocks, FamilyProfiles profiles, SessionTokens sessions) {
        this.screenTime = screenTime;
        this.unlocks = unlocks;
        this.profiles = profiles;
        this.sessions = sessions;
    }

    @GET
    @Path("/profiles")
    @Operation(summary = "Les réglages de chaque enfant de la famille (parent seulement)")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(type = SchemaType.ARRAY,
            implementation = ChildScreenTime.class)))
    @APIResponse(responseCode = "403", description = "Un enfant regarde sous cette session",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response children(@CookieParam(SessionCookies.NAME) String token) {
        ViewerSession parent = sessions.verify(token);
        if (parent.childProfileId().isPresent()) {
            return ApiError.response(HttpStatus.FORBIDDEN, PARENTS_ONLY);
        }
        List<ChildScreenTime> children = profiles.of(parent.customerId()).stream().map(this::of).toList();
        return Response.ok(children).build();
    }

    @PUT
    @Path("/profiles/{profileId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Règle la limite quotidienne et les heures fermées d'un enfant (parent seulement)")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ChildScreenTime.class)))
    @APIResponse(responseCode = "403", description = "Un enfant regarde sous cette session")
    @APIResponse(responseCode = "404", description = "Profil inconnu pour ce compte")
    @APIResponse(responseCode = "422", description = "Réglage refusé, message par champ",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response save(@CookieParam(SessionCookies.NAME) String token, @PathParam("profileId") long profileId,
                         ScreenTimeForm form) {
        ViewerSession parent = sessions.verify(token);
        if (parent.childProfileId().isPresent()) {
            return ApiError.response(HttpStatus.FORBIDDEN, PARENTS_ONLY);
        }
        Optional<ProfileView> child = profiles.find(parent.customerId(), profileId);
        if (child.isEmpty()) {
            return ApiError.response(HttpStatus.NOT_FOUND, NOT_YOUR_CHILD);
        }
        ScreenTimeForm typed = form == null ? new ScreenTimeForm(null, null, null) : form;
        Map<String, String> errors = typed.errors();
        if (!errors.isEmpty()) {
            return ApiError.response(HttpStatus.UNPROCESSABLE_ENTITY, "Vérifiez les réglages : "
                    + String.join(" ", errors.values()), errors);
        }
        screenTime.save(profileId, typed.settings());
        return Response.ok(of(child.get())).build();
    }

    @GET
    @Path("/current")
    @Operation(summary = "L'enfant de cette session peut-il lire maintenant ?",
            description = "Toujours permis quand aucun enfant ne regarde (le parent).")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ScreenTimeView.class)))
    public ScreenTimeView current(@CookieParam(SessionCookies.NAME) String token) {
        return screenTime.of(sessions.verify(token));
    }

    @POST
    @Path("/current/unlock")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Le parent débloque la lecture de l'enfant de cette session avec le mot de passe du compte",
            description = "Pour le reste de la journée (minutes absent) ou pour quelques minutes. Mot de passe "
                    + "vérifié chez Kinow comme à la connexion, avec les mêmes limites de tentatives.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ScreenTimeView.class)))
    @APIResponse(responseCode = "401", description = "Mot de passe incorrect",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = "Aucun enfant ne regarde sous cette session")
    @APIResponse(responseCode = "422", description = "Mot de passe absent ou durée invalide")
    @APIResponse(responseCode = "429", description = "Trop de tentatives (limites de la connexion)")
    @APIResponse(responseCode = "503", description = "Kinow ne peut pas vérifier le mot de passe")
    public Response unlock(@CookieParam(SessionCookies.NAME) String token, UnlockRequest request,
                           @Context HttpServerRequest http) {
        ViewerSession viewer = sessions.verify(token);
        Optional<Long> child = viewer.childProfileId();
        if (child.isEmpty()) {
            return ApiError.response(HttpStatus.FORBIDDEN, NO_CHILD);
        }
        if (request == null || request.password() == null || request.password().isEmpty()) {
            return ApiError.response(HttpStatus.UNPROCESSABLE_ENTITY, PASSWORD_MISSING,
                    Map.of("password", PASSWORD_MISSING));
        }
        if (request.minutes() != null && (request.minutes() < 1 || request.minutes() > 240)) {
            return ApiError.response(HttpStatus.UNPROCESSABLE_ENTITY, BAD_MINUTES, Map.of("minutes", BAD_MINUTES));
        }
        try {
            return Response.ok(unlocks.unlock(viewer, child.get(), request.password(), request.minutes(),
                    ClientAddress.of(http))).build();
        } catch (InvalidCredentialsException e) {
            return ApiError.response(HttpStatus.UNAUTHORIZED, WRONG_PASSWORD, Map.of("password", WRONG_PASSWORD));
        }
    }

    private ChildScreenTime of(ProfileView child) {
        ScreenTimeSettings settings = screenTime.settings(child.id());
        return new ChildScreenTime(child.id(), child.name(), child.avatar(), settings.dailyLimitMinutes(),
                settings.closedFrom() == null ? null : settings.closedFrom().toString(),
                settings.closedUntil() == null ? null : settings.closedUntil().toString(),
                screenTime.ofProfile(child.id()));
    }
}
