package fr.pitchoun.ingest.admin;

import fr.pitchoun.ingest.channel.ChannelSummary;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.net.URI;

/** Channel administration, for service accounts holding the ingest.admin scope (auth-gateway's tokens). */
@Path("/api/admin/channels")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(ChannelAdminResource.SCOPE)
@Tag(name = "Administration des chaînes", description = "Création, activation, clé de flux et habillage hors antenne")
@SecurityScheme(securitySchemeName = "serviceAccount", type = SecuritySchemeType.HTTP, scheme = "bearer",
        bearerFormat = "JWT", description = "Jeton de compte de service d'auth-gateway portant le scope ingest.admin")
@SecurityRequirement(name = "serviceAccount")
@APIResponse(responseCode = "401", description = "Jeton absent, invalide ou expiré")
@APIResponse(responseCode = "403", description = "Jeton sans le scope ingest.admin")
public class ChannelAdminResource {

    static final String SCOPE = "ingest.admin";

    private final ChannelAdministration administration;

    ChannelAdminResource(ChannelAdministration administration) {
        this.administration = administration;
    }

    @Schema(description = "Nouvelle chaîne")
    public record NewChannel(
            @Schema(description = "Identifiant public : minuscules, chiffres, tirets", example = "pitchoun-sport",
                    required = true) String slug,
            @Schema(description = "Nom affiché", example = "Pitchoun Sport", required = true) String name,
            @Schema(description = "Habillage hors antenne (URL http(s) ou chemin absolu) ; absent : carton généré",
                    nullable = true) String slate) {
    }

    @Schema(description = "Habillage hors antenne")
    public record Slate(
            @Schema(description = "URL http(s) ou chemin absolu d'une image ou d'une courte vidéo en boucle ; null : "
                    + "le carton « On revient vite » généré", nullable = true) String slate) {
    }

    @Schema(description = "Une chaîne et sa nouvelle clé de flux, montrée cette seule fois")
    public record IssuedKey(ChannelSummary channel,
                            @Schema(description = "Clé de flux à saisir dans l'encodeur de la régie : "
                                    + "rtmp://HÔTE:1935/live/<clé>") String streamKey) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Crée une chaîne", description = "Active d'emblée ; sa clé de flux n'est montrée qu'ici.")
    @APIResponse(responseCode = "201", description = "Créée")
    @APIResponse(responseCode = "400", description = "Slug, nom ou habillage invalide")
    @APIResponse(responseCode = "409", description = "Slug déjà pris")
    public Response create(NewChannel request) {
        NewChannel body = request == null ? new NewChannel(null, null, null) : request;
        ChannelAdministration.Issued issued = administration.create(body.slug(), body.name(), body.slate());
        return Response.created(URI.create("/api/channels/" + issued.channel().slug()))
                .header("Cache-Control", "no-store")
                .entity(new IssuedKey(issued.channel(), issued.streamKey())).build();
    }

    @POST
    @Path("{slug}/stream-key")
    @Operation(summary = "Renouvelle la clé de flux",
            description = "La nouvelle clé n'est montrée qu'ici ; l'ancienne est refusée dès maintenant, et une régie "
                    + "à l'antenne avec elle est coupée au prochain on_update de NGINX.")
    @APIResponse(responseCode = "200", description = "Nouvelle clé")
    @APIResponse(responseCode = "404", description = "Chaîne inconnue")
    public Response rotateKey(@PathParam("slug") String slug) {
        ChannelAdministration.Issued issued = administration.rotateKey(slug);
        return Response.ok(new IssuedKey(issued.channel(), issued.streamKey())).header("Cache-Control", "no-store")
                .build();
    }

    @POST
    @Path("{slug}/enable")
    @Operation(summary = "Active la chaîne : sa régie peut publier")
    @APIResponse(responseCode = "200", description = "La chaîne")
    @APIResponse(responseCode = "404", description = "Chaîne inconnue")
    public ChannelSummary enable(@PathParam("slug") String slug) {
        return administration.setEnabled(slug, true);
    }

    @POST
    @Path("{slug}/disable")
    @Operation(summary = "Désactive la chaîne", description = "Elle quitte l'antenne aussitôt si elle y était ; "
            + "sa régie est coupée au prochain on_update de NGINX.")
    @APIResponse(responseCode = "200", description = "La chaîne")
    @APIResponse(responseCode = "404", description = "Chaîne inconnue")
    public ChannelSummary disable(@PathParam("slug") String slug) {
        return administration.setEnabled(slug, false);
    }

    @PUT
    @Path("{slug}/slate")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Choisit l'habillage hors antenne")
    @APIResponse(responseCode = "200", description = "La chaîne")
    @APIResponse(responseCode = "400", description = "Habillage invalide")
    @APIResponse(responseCode = "404", description = "Chaîne inconnue")
    public ChannelSummary setSlate(@PathParam("slug") String slug, Slate request) {
        return administration.setSlate(slug, request == null ? null : request.slate());
    }

    @Schema(description = "Refus, expliqué")
    public record Problem(@Schema(description = "Pourquoi") String message) {
    }

    @ServerExceptionMapper
    Response refused(ChannelAdministration.Refused refused) {
        Response.Status status = switch (refused.reason) {
            case INVALID -> Response.Status.BAD_REQUEST;
            case NOT_FOUND -> Response.Status.NOT_FOUND;
            case CONFLICT -> Response.Status.CONFLICT;
        };
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(new Problem(refused.getMessage()))
                .build();
    }
}
