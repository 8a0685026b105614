package fr.pitchoun.cms.event;

import fr.pitchoun.cms.api.CachedJson;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;

@Path("/api/evenements")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Événements", description = "Agenda publié, lu par le site public")
public class EventApiResource {

    private final EventCatalog catalog;
    private final CachedJson answers;

    EventApiResource(EventCatalog catalog, CachedJson answers) {
        this.catalog = catalog;
        this.answers = answers;
    }

    @GET
    @Operation(summary = "Événements publiés à venir, par date de début",
            description = "Un événement terminé (sa fin passée, ou son début s'il n'a pas de fin) n'y est plus, sauf "
                    + "avec passes=true. Réponse avec ETag : renvoyez-le dans If-None-Match pour obtenir 304.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = PublishedEvent.class)))
    @APIResponse(responseCode = "304", description = "Rien n'a changé depuis l'ETag envoyé")
    public Response published(@Parameter(description = "true pour inclure aussi les événements passés")
                              @QueryParam("passes") boolean withPast, Request request) {
        return answers.ok(request, catalog.published(Instant.now(), withPast));
    }

    @GET
    @Path("{slug}")
    @Operation(summary = "Un événement publié (même passé)",
            description = "404 si l'événement n'existe pas ou n'est pas publié.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PublishedEvent.class)))
    @APIResponse(responseCode = "301", description = "Ancien identifiant : Location donne l'adresse actuelle")
    @APIResponse(responseCode = "304", description = "L'événement n'a pas changé depuis l'ETag envoyé")
    @APIResponse(responseCode = "404", description = "Événement inconnu ou non publié")
    public Response one(@PathParam("slug") String slug, Request request) {
        return answers.bySlug(request, catalog.published(slug), () -> catalog.redirect(slug)
                .map(current -> UriBuilder.fromResource(EventApiResource.class).path(current).build()));
    }
}
