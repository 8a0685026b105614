package fr.pitchoun.auth.learning;

import com.fasterxml.jackson.databind.JsonNode;
import fr.pitchoun.auth.profile.FamilyProfiles;
import fr.pitchoun.auth.session.SessionCookies;
import fr.pitchoun.auth.session.SessionTokens;
import fr.pitchoun.auth.session.ViewerSession;
import fr.pitchoun.auth.web.ApiError;
import fr.pitchoun.auth.web.HttpStatus;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/** The site's learning reports, and what the store holds for a child of the signed-in family. */
@Path("/api/learning")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Apprentissage", description = "Relevés de lecture des enfants (forme xAPI) et leurs journées")
@APIResponse(responseCode = "401", description = "Pas de session valide",
        content = @Content(schema = @Schema(implementation = ApiError.class)))
public class LearningResource {

    static final int MAX_DAYS = 400;
    static final int MAX_STATEMENTS = 500;
    static final int MAX_QUIZZES = 100;

    private final StatementIntake intake;
    private final LearningHistory history;
    private final QuizResults quizzes;
    private final FamilyProfiles profiles;
    private final SessionTokens sessions;
    private final ZoneId zone;

    LearningResource(StatementIntake intake, LearningHistory history, QuizResults quizzes, FamilyProfiles profiles,
                     SessionTokens sessions, LearningConfig config) {
        this.intake = intake;
        this.history = history;
        this.quizzes = quizzes;
        this.profiles = profiles;
        this.sessions = sessions;
        this.zone = config.zone();
    }

    @POST
    @Path("/statements")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Enregistre un relevé de lecture",
            description = "Pour le profil enfant choisi dans la session ; envoyé à pitchoun.learning.statements.")
    @APIResponse(responseCode = "202", description = "Accepté : il sera compté dans quelques secondes")
    @APIResponse(responseCode = "403", description = "Pas de profil enfant dans la session, ou pas celui du compte",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "422", description = "Relevé refusé (durée, élément, identifiant)",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "429", description = "Trop de relevés pour cette session",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response record(@CookieParam(SessionCookies.NAME) String token, StatementReport report) {
        StatementIntake.Outcome outcome = intake.accept(sessions.verify(token), report);
        return switch (outcome.kind()) {
            case ACCEPTED -> Response.accepted(Map.of("statementId", outcome.statement().id())).build();
            case THROTTLED -> Response.fromResponse(ApiError.response(HttpStatus.TOO_MANY_REQUESTS,
                    outcome.message())).header("Retry-After", outcome.retryAfterSeconds()).build();
            case NO_CHILD, FOREIGN_PROFILE -> ApiError.response(HttpStatus.FORBIDDEN, outcome.message());
            case INVALID -> ApiError.response(HttpStatus.UNPROCESSABLE_ENTITY, outcome.message());
        };
    }

    @GET
    @Path("/profiles/{profileId}/days")
    @Operation(summary = "Journées d'un enfant", description = "Temps joué, éléments terminés et thèmes par jour "
            + "(Europe/Paris), du plus ancien au plus récent ; par défaut les 28 derniers jours.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(type = SchemaType.ARRAY,
            implementation = LearningHistory.DayView.class)))
    @APIResponse(responseCode = "404", description = "Profil inconnu pour ce compte",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response days(@CookieParam(SessionCookies.NAME) String token, @PathParam("profileId") long profileId,
                         @QueryParam("from") String from, @QueryParam("to") String to) {
        ViewerSession session = sessions.verify(token);
        if (profiles.find(session.customerId(), profileId).isEmpty()) {
            return ApiError.response(HttpStatus.NOT_FOUND, "Ce profil n'existe pas ou n'appartient pas à ce compte.");
        }
        LocalDate last;
        LocalDate first;
        try {
            last = to == null ? LocalDate.now(zone) : LocalDate.parse(to);
            first = from == null ? last.minusDays(27) : LocalDate.parse(from);
        } catch (DateTimeParseException e) {
            return ApiError.response(HttpStatus.BAD_REQUEST, "Dates attendues sous la forme AAAA-MM-JJ.");
        }
        if (first.isAfter(last) || first.plusDays(MAX_DAYS).isBefore(last)) {
            return ApiError.response(HttpStatus.BAD_REQUEST,
                    "Période invalide : du plus ancien au plus récent, " + MAX_DAYS + " jours au plus.");
        }
        return Response.ok(history.days(profileId, first, last)).build();
    }

    @GET
    @Path("/profiles/{profileId}/statements")
    @Operation(summary = "Derniers relevés d'un enfant", description = "Les relevés xAPI, du plus récent au plus ancien.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(type = SchemaType.ARRAY,
            implementation = Object.class)))
    @APIResponse(responseCode = "404", description = "Profil inconnu pour ce compte",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response statements(@CookieParam(SessionCookies.NAME) String token,
                               @PathParam("profileId") long profileId, @QueryParam("limit") Integer limit) {
        ViewerSession session = sessions.verify(token);
        if (profiles.find(session.customerId(), profileId).isEmpty()) {
            return ApiError.response(HttpStatus.NOT_FOUND, "Ce profil n'existe pas ou n'appartient pas à ce compte.");
        }
        int count = limit == null || limit < 1 ? 50 : Math.min(limit, MAX_STATEMENTS);
        List<JsonNode> latest = history.latestStatements(profileId, count);
        return Response.ok(latest).build();
    }

    @GET
    @Path("/profiles/{profileId}/quizzes")
    @Operation(summary = "Résultats d'un enfant aux quiz", description = "Par quiz : dernier et meilleur score, "
            + "nombre de questions et de tentatives, dernière réponse ; du plus récent au plus ancien (100 au plus).")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(type = SchemaType.ARRAY,
            implementation = QuizResults.QuizView.class)))
    @APIResponse(responseCode = "404", description = "Profil inconnu pour ce compte",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response quizzes(@CookieParam(SessionCookies.NAME) String token, @PathParam("profileId") long profileId) {
        ViewerSession session = sessions.verify(token);
        if (profiles.find(session.customerId(), profileId).isEmpty()) {
            return ApiError.response(HttpStatus.NOT_FOUND, "Ce profil n'existe pas ou n'appartient pas à ce compte.");
        }
        return Response.ok(quizzes.of(profileId, MAX_QUIZZES)).build();
    }
}
