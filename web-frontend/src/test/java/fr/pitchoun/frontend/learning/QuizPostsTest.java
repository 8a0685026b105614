package fr.pitchoun.frontend.learning;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** The quiz's posts with cms-service away (the test profile's): other sites are refused, an unread quiz is none. */
@QuarkusTest
class QuizPostsTest {

    private static final String QUIZ = "/apprentissage/quiz/mission-ocean/le-recif-de-corail";
    private static final String ANSWERS = "{\"attemptId\":\"0b8f9a4e-3a49-4d7e-9f0c-3f7f0e0f6b21\",\"choices\":[2,1,1]}";

    @Test
    void aPostFromAnotherSiteIsRefused() {
        given().header("Sec-Fetch-Site", "cross-site").contentType(ContentType.JSON).body(ANSWERS).post(QUIZ)
                .then().statusCode(403).body("message", equalTo("Cette demande ne vient pas du site Pitchoun."));
        given().header("Origin", "https://ailleurs.example").contentType(ContentType.JSON)
                .body("{\"question\":1,\"choice\":2}").post(QUIZ + "/correction").then().statusCode(403);
    }

    @Test
    void withoutTheCmsThereIsNoQuizToScore() {
        given().header("Sec-Fetch-Site", "same-origin").contentType(ContentType.JSON).body(ANSWERS).post(QUIZ)
                .then().statusCode(404).body("message", equalTo("Cet épisode n'a pas de quiz."));
    }
}
