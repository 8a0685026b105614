package fr.pitchoun.ingest.publication;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;

/** NGINX-RTMP's on_publish / on_update / on_publish_done callbacks (form-encoded POSTs). */
@Path("/rtmp")
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
@Tag(name = "Rappels NGINX-RTMP", description = "Appelés par NGINX-RTMP quand la régie commence ou cesse de publier")
public class RtmpCallbackResource {

    private final PublishingDesk desk;

    RtmpCallbackResource(PublishingDesk desk) {
        this.desk = desk;
    }

    @POST
    @Path("publish")
    @Operation(summary = "La régie commence à publier (on_publish)",
            description = "`name` est la clé de flux. Clé connue d'une chaîne active : 302 avec `Location: <slug>`, "
                    + "NGINX renomme alors le flux au nom public de la chaîne.")
    @APIResponse(responseCode = "302", description = "Accepté ; le flux est renommé au slug de la chaîne")
    @APIResponse(responseCode = "403", description = "Clé inconnue ou chaîne désactivée : NGINX refuse la publication")
    @APIResponse(responseCode = "409", description = "La chaîne est déjà à l'antenne depuis une autre connexion")
    public Response publish(@RestForm String name, @RestForm String clientid, @RestForm String addr) {
        PublishingDesk.Decision decision = desk.publish(orEmpty(name), orEmpty(clientid), orEmpty(addr));
        return switch (decision.outcome()) {
            // Set as a raw header: a JAX-RS location(URI) would be made absolute, and NGINX wants the bare new name.
            case ACCEPTED -> Response.status(Response.Status.FOUND).header(HttpHeaders.LOCATION, decision.slug()).build();
            case ALREADY_LIVE -> Response.status(Response.Status.CONFLICT).build();
            case UNKNOWN_KEY, DISABLED -> Response.status(Response.Status.FORBIDDEN).build();
        };
    }

    @POST
    @Path("update")
    @Operation(summary = "Battement de cœur d'une connexion (on_update, toutes les notify_update_timeout)",
            description = "`call` vaut `update_publish` pour la régie (`name` = clé de flux d'origine) et "
                    + "`update_play` pour un lecteur, toujours accepté. Une régie dont la clé a été renouvelée ou "
                    + "dont la chaîne a été désactivée reçoit 403 : NGINX la déconnecte.")
    @APIResponse(responseCode = "204", description = "La connexion continue ; la publication est confirmée")
    @APIResponse(responseCode = "403", description = "NGINX coupe la régie (clé renouvelée, chaîne désactivée, "
            + "publication close)")
    public Response update(@RestForm String call, @RestForm String name, @RestForm String clientid,
                           @RestForm String addr) {
        boolean keep = desk.update(orEmpty(call), orEmpty(name), orEmpty(clientid), orEmpty(addr));
        return Response.status(keep ? Response.Status.NO_CONTENT : Response.Status.FORBIDDEN).build();
    }

    @POST
    @Path("publish-done")
    @Operation(summary = "La régie cesse de publier (on_publish_done)",
            description = "`name` est la clé de flux d'origine (NGINX l'envoie même après renommage), `clientid` "
                    + "désigne la connexion ; la publication correspondante prend fin.")
    @APIResponse(responseCode = "204", description = "Pris en compte (NGINX ignore la réponse)")
    public void publishDone(@RestForm String name, @RestForm String clientid, @RestForm String addr) {
        desk.publishDone(orEmpty(name), orEmpty(clientid), orEmpty(addr));
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
