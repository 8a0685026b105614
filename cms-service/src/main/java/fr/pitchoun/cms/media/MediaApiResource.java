package fr.pitchoun.cms.media;

import fr.pitchoun.cms.api.CachedJson;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

@Path("/api/medias")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Médias", description = "Images de la médiathèque")
public class MediaApiResource {

    private final MediaLibrary library;
    private final CachedJson answers;

    MediaApiResource(MediaLibrary library, CachedJson answers) {
        this.library = library;
        this.answers = answers;
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Une image de la médiathèque : adresses de ses fichiers, texte alternatif, dimensions",
            description = "Les images sont publiques dès leur ajout. Réponse avec ETag (304 si rien n'a changé).")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PublicImage.class)))
    @APIResponse(responseCode = "304", description = "L'image n'a pas changé depuis l'ETag envoyé")
    @APIResponse(responseCode = "404", description = "Image inconnue")
    public Response one(@RestPath long id, Request request) {
        return answers.ok(request, PublicImage.of(library.byId(id).orElseThrow(NotFoundException::new)));
    }
}
