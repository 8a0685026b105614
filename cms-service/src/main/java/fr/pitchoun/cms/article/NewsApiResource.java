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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

@Path("/api/actualites")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Actualités", description = "Actualités publiées, les plus récentes en premier")
public class NewsApiResource {

    private final NewsCatalog catalog;
    private final CachedJson answers;

    NewsApiResource(NewsCatalog catalog, CachedJson answers) {
        this.catalog = catalog;
        this.answers = answers;
    }

    @GET
    @Operation(summary = "Actualités publiées, les plus récentes en premier, 20 par page, sans leur contenu",
            description = "Réponse avec ETag : renvoyez-le dans If-None-Match pour obtenir 304 tant que rien n'a changé.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = NewsList.class)))
    @APIResponse(responseCode = "304", description = "La liste n'a pas changé depuis l'ETag envoyé")
    public Response published(@Parameter(description = "Numéro de page, à partir de 1 (1 par défaut)")
                              @RestQuery Integer page, Request request) {
        return answers.ok(request, NewsList.of(catalog.published(page == null ? 1 : page)));
    }

    @GET
    @Path("{slug}")
    @Operation(summary = "Une actualité publiée, avec son contenu en HTML nettoyé",
            description = "404 si l'actualité n'existe pas ou n'est pas publiée.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PublishedNews.class)))
    @APIResponse(responseCode = "301", description = "Ancien identifiant : Location donne l'adresse actuelle")
    @APIResponse(responseCode = "304", description = "L'actualité n'a pas changé depuis l'ETag envoyé")
    @APIResponse(responseCode = "404", description = "Actualité inconnue ou non publiée")
    public Response one(@PathParam("slug") String slug, Request request) {
        return answers.bySlug(request, catalog.published(slug).map(news -> PublishedNews.of(news, true)),
                () -> catalog.redirect(slug)
                .map(current -> UriBuilder.fromResource(NewsApiResource.class).path(current).build()));
    }
}
