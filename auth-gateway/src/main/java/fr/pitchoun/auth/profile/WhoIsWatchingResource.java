package fr.pitchoun.auth.profile;

import fr.pitchoun.auth.session.Entitlement;
import fr.pitchoun.auth.session.SessionCookies;
import fr.pitchoun.auth.session.SessionTokens;
import fr.pitchoun.auth.session.SignedInViewer;
import fr.pitchoun.auth.session.ViewerSession;
import fr.pitchoun.auth.session.WatchingProfile;
import fr.pitchoun.auth.web.ApiError;
import fr.pitchoun.auth.web.HttpStatus;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * « Qui regarde ? »: the choice goes into the session token itself (claim "watching"), re-signed here, so the site
 * and every playback carry it without a lookup, and nobody can put another family's child in it.
 */
@Path("/api/sessions/current/profile")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Profils enfants")
@APIResponse(responseCode = "401", description = "Pas de session valide",
        content = @Content(schema = @Schema(implementation = ApiError.class)))
public class WhoIsWatchingResource {

    static final String NO_OFFER = "Les profils enfants font partie des offres MyPitchoun et MyPitchoun+.";

    private final FamilyProfiles profiles;
    private final SessionTokens sessions;
    private final SessionCookies cookies;

    WhoIsWatchingResource(FamilyProfiles profiles, SessionTokens sessions, SessionCookies cookies) {
        this.profiles = profiles;
        this.sessions = sessions;
        this.cookies = cookies;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Choisit qui regarde", description = "Un profil enfant du compte, ou le parent. Pose un "
            + "nouveau cookie pitchoun_session de la même session.")
    @APIResponse(responseCode = "200", description = "Choix enregistré dans la session",
            content = @Content(schema = @Schema(implementation = SignedInViewer.class)))
    @APIResponse(responseCode = "403", description = "Compte sans offre MyPitchoun",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = "Profil inconnu pour ce compte",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response choose(@CookieParam(SessionCookies.NAME) String token, WatchingChoice choice) {
        ViewerSession session = sessions.verify(token);
        if (!session.entitlements().contains(Entitlement.MYPITCHOUN)) {
            return ApiError.response(HttpStatus.FORBIDDEN, NO_OFFER);
        }
        WatchingProfile watching;
        if (choice == null || choice.profileId() == null) {
            watching = WatchingProfile.parent();
        } else {
            var profile = profiles.find(session.customerId(), choice.profileId());
            if (profile.isEmpty()) {
                return ApiError.response(HttpStatus.NOT_FOUND, ProfileResource.NOT_FOUND);
            }
            watching = watchingAs(profile.get());
        }
        return cookies.signedIn(sessions.watchedBy(session, watching));
    }

    static WatchingProfile watchingAs(ProfileView profile) {
        return new WatchingProfile(profile.id(), profile.name(), profile.avatar());
    }
}
