package fr.pitchoun.cms.article;

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

@Path("/api/pages")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Pages", description = "Pages libres publiées (« Qui sommes-nous », « Mentions légales »...)")
public class PageApiResource {

    private final PageCatalog catalog;
    private final CachedJson answers;

    PageApiResource(PageCatalog catalog, CachedJson answers) {
        this.catalog = catalog;
        this.answers = answers;
    }

    @GET
    @Operation(summary = "Pages publiées, par titre, sans leur contenu (pour les menus et le plan du site)",
            description = "Réponse avec ETag : renvoyez-le dans If-None-Match pour obtenir 304 tant que rien n'a changé.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = PublishedPage.class)))
    @APIResponse(responseCode = "304", description = "La liste n'a pas changé depuis l'ETag envoyé")
    public Response published(Request request) {
        return answers.ok(request, catalog.published().stream().map(page -> PublishedPage.of(page, false)).toList());
    }

    @GET
    @Path("{slug}")
    @Operation(summary = "Une page publiée, avec son contenu en HTML nettoyé",
            description = "404 si la page n'existe pas ou n'est pas publiée.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PublishedPage.class)))
    @APIResponse(responseCode = "301", description = "Ancien identifiant de la page : Location donne l'adresse actuelle")
    @APIResponse(responseCode = "304", description = "La page n'a pas changé depuis l'ETag envoyé")
    @APIResponse(responseCode = "404", description = "Page inconnue ou non publiée")
    public Response one(@PathParam("slug") String slug, Request request) {
        return answers.bySlug(request, catalog.published(slug).map(page -> PublishedPage.of(page, true)),
                () -> catalog.redirect(slug)
                .map(current -> UriBuilder.fromResource(PageApiResource.class).path(current).build()));
    }
}
