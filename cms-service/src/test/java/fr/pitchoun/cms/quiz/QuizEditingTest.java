package fr.pitchoun.cms.quiz;

import com.fasterxml.jackson.databind.JsonNode;
import fr.pitchoun.cms.EditorClient;
import fr.pitchoun.cms.account.EditorAccounts;
import fr.pitchoun.cms.account.Role;
import fr.pitchoun.cms.media.TestImages;
import fr.pitchoun.cms.outbox.ContentChangedTopic;
import fr.pitchoun.cms.programme.ProgrammeCatalog;
import fr.pitchoun.contracts.TopicContract;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An episode's quiz through the editors' pages: French messages with everything typed kept, states with their audit
 * trail, the preview, the public JSON and the content-changed events on the real broker.
 */
@QuarkusTest
class QuizEditingTest {

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Inject
    EditorAccounts accounts;

    @Inject
    ProgrammeCatalog programmes;

    private EditorClient editor;

    @BeforeEach
    void signIn() {
        editor = EditorClient.newAccount(accounts, Role.EDITOR);
    }

    @Test
    void mistakesAreNamedInFrenchAndEverythingTypedIsKept() {
        long episode = publishedEpisode();
        editor.page("/editeur/episodes/" + episode).then().statusCode(200)
                .body(containsString("href=\"/editeur/episodes/" + episode + "/quiz\""));
        editor.page("/editeur/episodes/" + episode + "/quiz").then().statusCode(200)
                .body(containsString("<h1>Quiz de l'épisode « Episode " + run + " »</h1>"))
                .body(containsString("Créer le quiz"));

        // One question only, with no right answer and the same choice twice.
        editor.form().formParam("q1Text", "Combien de pattes a une araignée ?")
                .formParam("q1Choice1", "Huit").formParam("q1Choice2", "huit ")
                .formParam("q1Explanation", "Elle en a huit, deux de plus que les insectes.")
                .formParam("status", "PUBLISHED")
                .post("/editeur/episodes/{id}/quiz", episode)
                .then().statusCode(422)
                .body(containsString("Un quiz a au moins 2 questions : il en a 1."))
                .body(containsString("Question 1 : indiquez la bonne réponse."))
                .body(containsString("Question 1 : la réponse « huit » est déjà proposée (réponse 1)"))
                .body(containsString("value=\"Combien de pattes a une araignée ?\""))
                .body(containsString("Elle en a huit, deux de plus que les insectes.</textarea>"));

        // A second question without its text, and a right answer on an empty box.
        question(question(editor.form(), 1, "Quel animal tisse une toile ?", "1", "L'araignée", "Le chat"), 2, "", "3",
                "Le chien", "La souris")
                .formParam("status", "DRAFT")
                .post("/editeur/episodes/{id}/quiz", episode)
                .then().statusCode(422)
                .body(containsString("Question 2 : écrivez la question."))
                .body(containsString("Question 2 : la bonne réponse indiquée est vide"))
                .body(containsString("value=\"La souris\""))
                .body(not(containsString("Un quiz a au moins 2 questions")));
        assertTrue(programmes.bySlug("quiz-" + run).isPresent());
        given().get("/api/programmes/quiz-{run}/episodes/episode-{run}/quiz", run, run).then().statusCode(404);
    }

    @Test
    void aPublishedQuizIsInTheApiAnnouncedAndAuditedAndDeletionTakesItOff() {
        long episode = publishedEpisode();
        quizForm(editor.form(), "DRAFT").post("/editeur/episodes/{id}/quiz", episode).then().statusCode(303);
        String api = "/api/programmes/quiz-" + run + "/episodes/episode-" + run + "/quiz";
        given().get(api).then().statusCode(404);

        quizForm(editor.form(), "PUBLISHED").post("/editeur/episodes/{id}/quiz", episode).then().statusCode(303);
        given().get(api).then().statusCode(200)
                .body("episode", equalTo("episode-" + run))
                .body("questions.size()", equalTo(3))
                .body("questions[0].choices", equalTo(List.of("Rouge", "Blanc", "Vert")))
                .body("questions[0].rightChoice", equalTo(2))
                .body("questions[0].readAloud", equalTo("De quelle couleur devient un corail malade ? "
                        + "Réponse 1 : Rouge. Réponse 2 : Blanc. Réponse 3 : Vert."))
                .body("questions[1].readAloud", equalTo("Écoute bien : qui fait blanchir le corail ?"))
                .body("questions[1].choices", equalTo(List.of("L'eau chaude", "La lune")))
                .body("questions[1].rightChoice", equalTo(1))
                .body("questions[2].image", nullValue());

        String page = editor.page("/editeur/episodes/" + episode + "/quiz?enregistre=1").then().statusCode(200)
                .body(containsString("Modifications enregistrées. État : Publié.")).extract().asString();
        long quizId = Long.parseLong(page.replaceAll("(?s).*/editeur/quiz/(\\d+)/apercu.*", "$1"));
        editor.page("/editeur/quiz/" + quizId + "/apercu").then().statusCode(200)
                .body(containsString("Blanc — <strong>bonne réponse</strong>"));
        editor.page("/editeur/quiz/" + quizId + "/historique").then().statusCode(200)
                .body(containsString("Création")).body(containsString("Publication"))
                .body(containsString("Test " + editor.email));

        editor.page("/editeur/quiz/" + quizId + "/supprimer").then().statusCode(200);
        editor.form().post("/editeur/quiz/{id}/supprimer", quizId).then().statusCode(303);
        given().get(api).then().statusCode(404);

        try (ContentChangedTopic topic = new ContentChangedTopic()) {
            List<JsonNode> events = topic.await(e -> "quiz".equals(e.path("type").asText())
                    && ("episode-" + run).equals(e.path("slug").asText()), 2, Duration.ofSeconds(20));
            assertEquals(List.of("PUBLISHED", "UNPUBLISHED"), events.stream().map(e -> e.path("action").asText())
                    .toList(), "a draft sends nothing; publication and deletion do");
            assertEquals("quiz-" + run, events.get(0).path("parentSlug").asText());
            TopicContract contract = TopicContract.of(ContentChangedTopic.TOPIC);
            topic.records().stream().map(ConsumerRecord::value)
                    .filter(value -> value.contains("\"quiz\"") && value.contains("episode-" + run))
                    .forEach(contract::assertValid);
        }
    }

    @Test
    void aQuestionsPictureIsChosenFromTheLibraryShownInThePreviewAndPublishedWithItsAltText() {
        long episode = publishedEpisode();
        String location = editor.request().multiPart(EditorClient.CSRF_FIELD, editor.csrfToken())
                // As a browser sends it: the field in UTF-8.
                .multiPart(new MultiPartSpecBuilder("Un récif de coraux blanchis " + run).controlName("altText")
                        .charset(StandardCharsets.UTF_8).build())
                .multiPart("file", "recif.png", TestImages.opaque(640, 360, "png"), "image/png")
                .post("/editeur/medias/nouveau").then().statusCode(303).extract().header("Location");
        long image = Long.parseLong(location.replaceAll(".*/editeur/medias/(\\d+).*", "$1"));

        // An image id that is not in the library is named, and what was typed stays.
        quizForm(editor.form().formParam("q1Image", "999999999"), "PUBLISHED")
                .post("/editeur/episodes/{id}/quiz", episode).then().statusCode(422)
                .body(containsString("dans la médiathèque : choisissez-en une autre."))
                .body(containsString("value=\"De quelle couleur devient un corail malade ?\""));

        quizForm(editor.form().formParam("q1Image", Long.toString(image)), "PUBLISHED")
                .post("/editeur/episodes/{id}/quiz", episode).then().statusCode(303);
        String api = "/api/programmes/quiz-" + run + "/episodes/episode-" + run + "/quiz";
        String url = given().get(api).then().statusCode(200)
                .body("questions[0].image.id", equalTo((int) image))
                .body("questions[0].image.alt", equalTo("Un récif de coraux blanchis " + run))
                .body("questions[0].image.url", startsWith("/medias/" + image + "/"))
                .body("questions[1].image", nullValue())
                .extract().path("questions[0].image.url");
        given().get(url).then().statusCode(200).contentType(startsWith("image/"));

        String page = editor.page("/editeur/episodes/" + episode + "/quiz?enregistre=1").then().statusCode(200)
                .extract().asString();
        long quizId = Long.parseLong(page.replaceAll("(?s).*/editeur/quiz/(\\d+)/apercu.*", "$1"));
        editor.page("/editeur/quiz/" + quizId + "/apercu").then().statusCode(200)
                .body(containsString("alt=\"Un récif de coraux blanchis " + run + "\""));
    }

    private RequestSpecification quizForm(RequestSpecification form, String status) {
        question(form, 1, "De quelle couleur devient un corail malade ?", "2", "Rouge", "Blanc", "Vert");
        // Boxes 1 and 3 filled: the choices close up and the right answer follows its box.
        form.formParam("q2Text", "Qui fait blanchir le corail ?").formParam("q2Choice1", "L'eau chaude")
                .formParam("q2Choice3", "La lune").formParam("q2Right", "1")
                .formParam("q2ReadAloud", "Écoute bien : qui fait blanchir le corail ?")
                .formParam("q2Explanation", "C'est la chaleur de l'eau.");
        question(form, 4, "Qui vit dans le récif ?", "1", "Des poissons", "Des chameaux");
        return form.formParam("status", status);
    }

    private static RequestSpecification question(RequestSpecification form, int number, String text, String right,
                                                 String... choices) {
        form.formParam("q" + number + "Text", text).formParam("q" + number + "Right", right)
                .formParam("q" + number + "Explanation", "Bravo, c'est bien ça !");
        for (int c = 0; c < choices.length; c++) {
            form.formParam("q" + number + "Choice" + (c + 1), choices[c]);
        }
        return form;
    }

    /** A published programme with one published episode; the episode's id. */
    private long publishedEpisode() {
        editor.form().formParam("title", "Quiz " + run).formParam("slug", "quiz-" + run)
                .formParam("ageMin", "5").formParam("ageMax", "9").formParam("status", "PUBLISHED")
                .post("/editeur/programmes/nouveau").then().statusCode(303);
        long programme = programmes.bySlug("quiz-" + run).orElseThrow().id;
        editor.page("/editeur/programmes/" + programme + "/episodes/nouveau");
        editor.form().formParam("number", "1").formParam("title", "Episode " + run).formParam("slug", "episode-" + run)
                .formParam("durationMinutes", "12").formParam("status", "PUBLISHED")
                .post("/editeur/programmes/{id}/episodes/nouveau", programme).then().statusCode(303);
        return programmes.episodes(programmes.bySlug("quiz-" + run).orElseThrow()).get(0).id;
    }
}
