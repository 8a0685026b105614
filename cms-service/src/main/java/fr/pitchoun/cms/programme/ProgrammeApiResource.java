package fr.pitchoun.cms.programme;

import fr.pitchoun.cms.api.CachedJson;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
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

import java.util.Optional;

@Path("/api/programmes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Programmes", description = "Catalogue publié, lu par le site public")
public class ProgrammeApiResource {

    private final ProgrammeCatalog catalog;
    private final CachedJson answers;

    ProgrammeApiResource(ProgrammeCatalog catalog, CachedJson answers) {
        this.catalog = catalog;
        this.answers = answers;
    }

    @GET
    @Operation(summary = "Programmes publiés, par titre",
            description = "Réponse avec ETag : renvoyez-le dans If-None-Match pour obtenir 304 tant que rien n'a changé.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = PublishedProgramme.class)))
    @APIResponse(responseCode = "304", description = "Le catalogue n'a pas changé depuis l'ETag envoyé")
    public Response published(Request request) {
        return answers.ok(request, catalog.published());
    }

    @GET
    @Path("{slug}")
    @Operation(summary = "Un programme publié, avec ses épisodes publiés",
            description = "404 si le programme n'existe pas ou n'est pas publié.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PublishedProgramme.class)))
    @APIResponse(responseCode = "301", description = "Ancien identifiant du programme : Location donne l'adresse actuelle")
    @APIResponse(responseCode = "304", description = "Le programme n'a pas changé depuis l'ETag envoyé")
    @APIResponse(responseCode = "404", description = "Programme inconnu ou non publié")
    public Response one(@PathParam("slug") String slug, Request request) {
        Optional<PublishedProgramme> programme = catalog.published(slug);
        if (programme.isEmpty()) {
            // A renamed programme keeps its old addresses working.
            return catalog.redirect(slug)
                    .map(current -> answers.movedPermanently(
                            UriBuilder.fromResource(ProgrammeApiResource.class).path(current).build()))
                    .orElseThrow(NotFoundException::new);
        }
        return answers.ok(request, programme.get());
    }
}
