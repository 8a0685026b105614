package fr.pitchoun.cms.programme;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.pitchoun.cms.config.CmsConfig;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

@Path("/api/programmes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Programmes", description = "Catalogue publié, lu par le site public")
public class ProgrammeApiResource {

    private final ProgrammeCatalog catalog;
    private final ObjectMapper json;
    private final CacheControl cacheControl;

    ProgrammeApiResource(ProgrammeCatalog catalog, ObjectMapper json, CmsConfig config) {
        this.catalog = catalog;
        this.json = json;
        this.cacheControl = new CacheControl();
        this.cacheControl.setMaxAge((int) config.apiMaxAge().toSeconds());
    }

    @GET
    @Operation(summary = "Programmes publiés, par titre",
            description = "Réponse avec ETag : renvoyez-le dans If-None-Match pour obtenir 304 tant que rien n'a changé.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = PublishedProgramme.class)))
    @APIResponse(responseCode = "304", description = "Le catalogue n'a pas changé depuis l'ETag envoyé")
    public Response published(Request request) {
        return cacheable(request, catalog.published());
    }

    @GET
    @Path("{slug}")
    @Operation(summary = "Un programme publié, avec ses épisodes publiés",
            description = "404 si le programme n'existe pas ou n'est pas publié.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PublishedProgramme.class)))
    @APIResponse(responseCode = "304", description = "Le programme n'a pas changé depuis l'ETag envoyé")
    @APIResponse(responseCode = "301", description = "Ancien identifiant du programme : Location donne l'adresse actuelle")
    @APIResponse(responseCode = "404", description = "Programme inconnu ou non publié")
    public Response one(@PathParam("slug") String slug, Request request) {
        var programme = catalog.published(slug);
        if (programme.isEmpty()) {
            // A renamed programme keeps its old addresses working.
            return catalog.redirect(slug)
                    .map(current -> Response.status(Response.Status.MOVED_PERMANENTLY)
                            .location(UriBuilder.fromResource(ProgrammeApiResource.class).path(current).build())
                            .cacheControl(cacheControl).build())
                    .orElseThrow(NotFoundException::new);
        }
        return cacheable(request, programme.get());
    }

    /** The ETag is a digest of the JSON itself, so any visible change gives a new tag. */
    private Response cacheable(Request request, Object body) {
        EntityTag tag = new EntityTag(digest(body));
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        Response.ResponseBuilder response = notModified != null ? notModified : Response.ok(body);
        return response.tag(tag).cacheControl(cacheControl).build();
    }

    private String digest(Object body) {
        try {
            byte[] bytes = json.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 16);
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot compute the ETag", e);
        }
    }
}
