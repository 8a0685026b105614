package fr.pitchoun.cms.quiz;

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

@Path("/api/programmes/{programme}/episodes/{episode}/quiz")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Quiz", description = "Quiz publiés des épisodes, lus par le site public")
public class QuizApiResource {

    private final QuizCatalog quizzes;
    private final CachedJson answers;

    QuizApiResource(QuizCatalog quizzes, CachedJson answers) {
        this.quizzes = quizzes;
        this.answers = answers;
    }

    @GET
    @Operation(summary = "Le quiz publié d'un épisode publié",
            description = "Avec les bonnes réponses : le site corrige lui-même les réponses de l'enfant. 404 sans quiz publié.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PublishedQuiz.class)))
    @APIResponse(responseCode = "304", description = "Le quiz n'a pas changé depuis l'ETag envoyé")
    @APIResponse(responseCode = "404", description = "Épisode inconnu, non publié, ou sans quiz publié")
    public Response quiz(@PathParam("programme") String programme, @PathParam("episode") String episode,
                         Request request) {
        return answers.ok(request, quizzes.published(programme, episode).orElseThrow(NotFoundException::new));
    }
}
