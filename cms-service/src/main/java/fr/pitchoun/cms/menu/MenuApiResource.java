package fr.pitchoun.cms.menu;

import fr.pitchoun.cms.api.CachedJson;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/menus")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Menus", description = "Menus du site (en-tête : principal, pied de page : pied), lus par le site public")
public class MenuApiResource {

    private final MenuComposer menus;
    private final CachedJson answers;

    MenuApiResource(MenuComposer menus, CachedJson answers) {
        this.menus = menus;
        this.answers = answers;
    }

    @GET
    @Path("{name}")
    @Operation(summary = "Un menu du site et ses liens, dans l'ordre",
            description = "Un menu n'a pas de brouillon : ses liens sont publics dès leur enregistrement. "
                    + "Réponse avec ETag : renvoyez-le dans If-None-Match pour obtenir 304 tant que rien n'a changé.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PublicMenu.class)))
    @APIResponse(responseCode = "304", description = "Le menu n'a pas changé depuis l'ETag envoyé")
    @APIResponse(responseCode = "404", description = "Menu inconnu")
    public Response menu(@PathParam("name") String name, Request request) {
        return answers.ok(request, menus.published(name).orElseThrow(NotFoundException::new));
    }
}
