package fr.pitchoun.cms.home;

import fr.pitchoun.cms.api.CachedJson;
import jakarta.ws.rs.GET;
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

@Path("/api/accueil")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Page d'accueil", description = "Blocs publiés de la page d'accueil, lus par le site public")
public class HomeApiResource {

    private final HomePageComposer page;
    private final CachedJson answers;

    HomeApiResource(HomePageComposer page, CachedJson answers) {
        this.page = page;
        this.answers = answers;
    }

    @GET
    @Operation(summary = "Les blocs publiés de la page d'accueil, dans l'ordre",
            description = "Brouillons, blocs programmés et archivés n'y figurent jamais ; un carrousel ne contient que "
                    + "des programmes publiés (les derniers publiés si l'éditeur n'en a choisi aucun). Réponse avec "
                    + "ETag : renvoyez-le dans If-None-Match pour obtenir 304 tant que rien n'a changé.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PublicHomePage.class)))
    @APIResponse(responseCode = "304", description = "La page n'a pas changé depuis l'ETag envoyé")
    public Response home(Request request) {
        return answers.ok(request, page.published());
    }
}
