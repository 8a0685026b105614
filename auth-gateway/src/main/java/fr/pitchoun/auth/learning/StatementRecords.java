package fr.pitchoun.auth.learning;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The records of pitchoun.learning.statements (deploy/contracts/pitchoun.learning.statements/schema.json): the
 * platform's envelope (schemaVersion, eventId = the statement's id, occurredAt) around an xAPI statement whose
 * actor is the child profile as an account, so the statement can be exported as it is.
 */
public final class StatementRecords {

    public static final int SCHEMA_VERSION = 1;
    static final String EXTENSIONS = "https://pitchoun.fr/xapi/extensions/";
    static final String KIND = EXTENSIONS + "item-kind";
    static final String THEMES = EXTENSIONS + "learning-themes";
    static final String AGE_RANGE = EXTENSIONS + "age-range";
    static final String LENGTH = EXTENSIONS + "length";
    /** In result.extensions of an answered statement: each answer (question, choice, right or not). */
    static final String QUIZ_ANSWERS = EXTENSIONS + "quiz-answers";
    private static final String FRENCH = "fr-FR";

    private final ObjectMapper json;
    private final String accountHomePage;

    public StatementRecords(ObjectMapper json, String activityBase) {
        this.json = json;
        this.accountHomePage = activityBase;
    }

    public ObjectNode toRecord(LearningStatement statement) {
        ObjectNode record = json.createObjectNode();
        record.put("schemaVersion", SCHEMA_VERSION);
        record.put("eventId", statement.id());
        record.put("occurredAt", statement.timestamp().toString());
        ObjectNode xapi = record.putObject("statement");
        xapi.put("id", statement.id());
        ObjectNode actor = xapi.putObject("actor");
        actor.put("objectType", "Agent");
        actor.putObject("account").put("homePage", accountHomePage).put("name", Long.toString(statement.profileId()));
        ObjectNode verb = xapi.putObject("verb");
        verb.put("id", statement.verb().iri());
        verb.putObject("display").put(FRENCH, statement.verb().display());
        ObjectNode object = xapi.putObject("object");
        object.put("objectType", "Activity");
        object.put("id", statement.itemIri());
        ObjectNode definition = object.putObject("definition");
        definition.put("type", statement.kind().activityType());
        definition.putObject("name").put(FRENCH, statement.title());
        ObjectNode extensions = definition.putObject("extensions");
        extensions.put(KIND, statement.kind().code());
        statement.themes().forEach(extensions.putArray(THEMES)::add);
        ObjectNode ages = extensions.putObject(AGE_RANGE);
        ages.put("min", statement.ageMin());
        ages.put("max", statement.ageMax());
        extensions.put(LENGTH, statement.itemLength().toString());
        ObjectNode result = xapi.putObject("result");
        result.put("duration", statement.duration().toString());
        result.put("completion", statement.completion());
        if (statement.scoreRaw() != null) {
            result.putObject("score").put("raw", statement.scoreRaw()).put("min", 0).put("max", statement.scoreMax());
        }
        if (!statement.answers().isEmpty()) {
            var answers = result.putObject("extensions").putArray(QUIZ_ANSWERS);
            statement.answers().forEach(answer -> answers.addObject().put("question", answer.question())
                    .put("questionText", answer.questionText()).put("choice", answer.choice())
                    .put("choiceText", answer.choiceText()).put("correct", answer.correct()));
        }
        xapi.put("timestamp", statement.timestamp().toString());
        return record;
    }

    /** The statement of a record, or {@link InvalidStatementException} saying what is wrong with it. */
    public LearningStatement parse(String value) {
        JsonNode record;
        try {
            record = json.readTree(value);
        } catch (JsonProcessingException e) {
            throw new InvalidStatementException("not JSON: " + e.getOriginalMessage(), e);
        }
        if (record == null || !record.isObject()) {
            throw new InvalidStatementException("not a JSON object");
        }
        if (record.path("schemaVersion").asInt(-1) != SCHEMA_VERSION) {
            throw new InvalidStatementException("unknown schemaVersion " + record.path("schemaVersion")
                    + " (this gateway reads " + SCHEMA_VERSION + ")");
        }
        JsonNode xapi = record.path("statement");
        String id = xapi.path("id").asText(null);
        if (!StatementRules.isUuid(id)) {
            throw new InvalidStatementException("statement id is not a UUID");
        }
        long profileId = number(xapi.path("actor").path("account").path("name").asText(""), "actor account name");
        Verb verb = Verb.ofIri(xapi.path("verb").path("id").asText(""))
                .orElseThrow(() -> new InvalidStatementException("unknown verb " + xapi.path("verb").path("id")));
        JsonNode object = xapi.path("object");
        String iri = text(object.path("id"), "object id");
        JsonNode definition = object.path("definition");
        JsonNode extensions = definition.path("extensions");
        ItemKind kind = ItemKind.ofCode(extensions.path(KIND).asText(""))
                .orElseThrow(() -> new InvalidStatementException("unknown item kind " + extensions.path(KIND)));
        List<String> themes = new ArrayList<>();
        extensions.path(THEMES).forEach(theme -> themes.add(theme.asText()));
        JsonNode ages = extensions.path(AGE_RANGE);
        JsonNode result = xapi.path("result");
        Duration duration = duration(result.path("duration"), "result duration");
        JsonNode score = result.path("score");
        List<LearningStatement.QuizAnswer> answers = new ArrayList<>();
        result.path("extensions").path(QUIZ_ANSWERS).forEach(answer -> answers.add(new LearningStatement.QuizAnswer(
                answer.path("question").asInt(), answer.path("questionText").asText(""), answer.path("choice").asInt(),
                answer.path("choiceText").asText(""), answer.path("correct").asBoolean())));
        if (verb == Verb.ANSWERED && (integer(score.path("raw")) == null || integer(score.path("max")) == null)) {
            throw new InvalidStatementException("answered statement without a score");
        }
        return new LearningStatement(id, profileId, verb, kind, iri, text(definition.path("name").path(FRENCH),
                "object name"), List.copyOf(themes), integer(ages.path("min")), integer(ages.path("max")),
                duration(extensions.path(LENGTH), "item length"), duration,
                result.path("completion").asBoolean(false), integer(score.path("raw")), integer(score.path("max")),
                instant(xapi.path("timestamp")), answers);
    }

    private static String text(JsonNode node, String what) {
        if (!node.isTextual() || node.asText().isBlank()) {
            throw new InvalidStatementException(what + " missing");
        }
        return node.asText();
    }

    private static long number(String text, String what) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new InvalidStatementException(what + " is not a profile id: " + text, e);
        }
    }

    private static Integer integer(JsonNode node) {
        return node.isIntegralNumber() ? node.asInt() : null;
    }

    private static Duration duration(JsonNode node, String what) {
        try {
            Duration duration = Duration.parse(text(node, what));
            if (duration.isNegative()) {
                throw new InvalidStatementException(what + " is negative");
            }
            return duration;
        } catch (DateTimeParseException e) {
            throw new InvalidStatementException(what + " is not an ISO 8601 duration", e);
        }
    }

    private static Instant instant(JsonNode node) {
        try {
            return Instant.parse(text(node, "timestamp"));
        } catch (DateTimeParseException e) {
            throw new InvalidStatementException("timestamp is not an RFC 3339 instant", e);
        }
    }
}
