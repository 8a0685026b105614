package fr.pitchoun.cms.radio;

import fr.pitchoun.cms.api.CachedJson;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/radios")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Radios", description = "Radios publiées, avec leurs flux et ce qui passe en ce moment")
public class RadioApiResource {

    private final RadioCatalog catalog;
    private final CachedJson answers;

    RadioApiResource(RadioCatalog catalog, CachedJson answers) {
        this.catalog = catalog;
        this.answers = answers;
    }

    @GET
    @Operation(summary = "Radios publiées, par nom",
            description = "Réponse avec ETag : renvoyez-le dans If-None-Match pour obtenir 304 tant que rien n'a changé.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = PublishedRadio.class)))
    @APIResponse(responseCode = "304", description = "Rien n'a changé depuis l'ETag envoyé")
    public Response published(Request request) {
        return answers.ok(request, catalog.published());
    }

    @GET
    @Path("{slug}")
    @Operation(summary = "Une radio publiée", description = "404 si la radio n'existe pas ou n'est pas publiée.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PublishedRadio.class)))
    @APIResponse(responseCode = "301", description = "Ancien identifiant de la radio : Location donne l'adresse actuelle")
    @APIResponse(responseCode = "304", description = "La radio n'a pas changé depuis l'ETag envoyé")
    @APIResponse(responseCode = "404", description = "Radio inconnue ou non publiée")
    public Response one(@PathParam("slug") String slug, Request request) {
        return answers.bySlug(request, catalog.published(slug), () -> catalog.redirect(slug)
                .map(current -> UriBuilder.fromResource(RadioApiResource.class).path(current).build()));
    }
}
