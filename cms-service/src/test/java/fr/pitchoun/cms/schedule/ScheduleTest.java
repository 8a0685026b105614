package fr.pitchoun.cms.schedule;

import fr.pitchoun.cms.EditorClient;
import fr.pitchoun.cms.account.EditorAccounts;
import fr.pitchoun.cms.account.Role;
import fr.pitchoun.cms.content.Actor;
import fr.pitchoun.cms.content.ParisTime;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

/** The TV schedule: slots without overlaps, copy forward, CSV import all or nothing, now/next in the API. */
@QuarkusTest
class ScheduleTest {

    private static final String CHANNEL = "pitchoun-junior";

    /** A day of its own for each test: the shared test database keeps the slots of earlier runs. */
    private final LocalDate day = LocalDate.of(2031, 1, 6).plusWeeks(ThreadLocalRandom.current().nextInt(0, 2000));

    @Inject
    EditorAccounts accounts;

    @Inject
    ScheduleBook schedule;

    private EditorClient editor;

    @BeforeEach
    void signIn() {
        editor = EditorClient.newAccount(accounts, Role.EDITOR);
    }

    @Test
    void aSlotIsAddedAndAnOverlappingOneIsRefused() {
        slot("07:00", "07:30", "Réveil en douceur").post("/editeur/grille/{c}/creneaux", CHANNEL)
                .then().statusCode(303).header("Location", containsString("fait=ajoute"));

        slot("07:15", "07:45", "Chevauchement").post("/editeur/grille/{c}/creneaux", CHANNEL)
                .then().statusCode(422)
                .body(containsString("Le créneau n&#39;a pas été ajouté"))
                .body(containsString("Ce créneau chevauche « Réveil en douceur »"))
                .body(containsString("value=\"07:15\""));
        // Back to back is fine.
        slot("07:30", "08:00", "Juste après").post("/editeur/grille/{c}/creneaux", CHANNEL).then().statusCode(303);

        given().get("/api/chaines/{c}/grille?date={d}", CHANNEL, day.toString()).then().statusCode(200)
                .body("title", equalTo(java.util.List.of("Réveil en douceur", "Juste après")));
        editor.page("/editeur/grille/" + CHANNEL + "?semaine=" + day).then().statusCode(200)
                .body(containsString("07:00–07:30"))
                .body(not(containsString("Chevauchement")));
    }

    @Test
    void aDayIsCopiedForwardOnceAndACopyThatWouldOverlapCopiesNothing() {
        slot("09:00", "09:30", "Matinale").post("/editeur/grille/{c}/creneaux", CHANNEL).then().statusCode(303);
        slot("10:00", "10:20", "Dessin animé").post("/editeur/grille/{c}/creneaux", CHANNEL).then().statusCode(303);

        copy(day, "jour").then().statusCode(303).header("Location", containsString("nombre=2"));
        given().get("/api/chaines/{c}/grille?date={d}", CHANNEL, day.plusDays(1).toString())
                .then().body("title", equalTo(java.util.List.of("Matinale", "Dessin animé")));

        copy(day, "jour").then().statusCode(422)
                .body(containsString("Rien n&#39;a été copié : « Matinale » chevaucherait « Matinale »"));
        given().get("/api/chaines/{c}/grille?date={d}", CHANNEL, day.plusDays(1).toString()).then().body("$", hasSize(2));
    }

    @Test
    void aCsvWithBadRowsImportsNothingAndSaysWhichLines() {
        String d = day.toString();
        String bad = "date;debut;fin;programme;titre\n"
                + d + ";14:00;14:30;;Goûter\n"
                + d + ";14:15;14:45;;Chevauche la ligne 2\n"
                + "31/12/2031;15:00;15:30;;Mauvaise date\n"
                + d + ";16:00;16:30;programme-inconnu;\n";
        importCsv(bad).then().statusCode(422)
                .body(containsString("Ligne 3 : chevauche la ligne 2."))
                .body(containsString("Ligne 4 : la date « 31/12/2031 » n&#39;est pas une date"))
                .body(containsString("Ligne 5 : aucun programme n&#39;a l&#39;identifiant « programme-inconnu »."));
        given().get("/api/chaines/{c}/grille?date={d}", CHANNEL, d).then().body("$", hasSize(0));

        String good = "date;debut;fin;programme;titre\r\n" + d + ";14:00;14:30;;Goûter\r\n" + d + ";23:30;00:15;;Nuit\r\n";
        importCsv(good).then().statusCode(303).header("Location", containsString("nombre=2"));
        given().get("/api/chaines/{c}/grille?date={d}", CHANNEL, d).then()
                .body("title", equalTo(java.util.List.of("Goûter", "Nuit")))
                .body("[1].endsAt", equalTo(day.plusDays(1).atTime(0, 15).atZone(ParisTime.ZONE).toInstant().toString()));
    }

    @Test
    void theApiSaysWhatIsOnNowAndWhatComesNext() {
        Instant now = Instant.now();
        // Clear the next hour of this channel (demo content or earlier runs may have filled it).
        schedule.day(CHANNEL, now.atZone(ParisTime.ZONE).toLocalDate()).stream()
                .filter(s -> s.endsAt.isAfter(now.minusSeconds(3600)) && s.startsAt.isBefore(now.plusSeconds(7200)))
                .forEach(s -> schedule.delete(s.id, new Actor(null, "Test")));
        schedule.day(CHANNEL, now.atZone(ParisTime.ZONE).toLocalDate().plusDays(1)).stream()
                .filter(s -> s.startsAt.isBefore(now.plusSeconds(7200)))
                .forEach(s -> schedule.delete(s.id, new Actor(null, "Test")));
        Instant start = now.minus(10, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MINUTES);
        add(start, start.plus(20, ChronoUnit.MINUTES), "En ce moment");
        add(start.plus(30, ChronoUnit.MINUTES), start.plus(50, ChronoUnit.MINUTES), "Tout à l'heure");

        given().get("/api/chaines").then().statusCode(200)
                .body("find { it.slug == 'pitchoun-junior' }.name", equalTo("Pitchoun Junior"))
                .body("find { it.slug == 'pitchoun-junior' }.now.title", equalTo("En ce moment"))
                .body("find { it.slug == 'pitchoun-junior' }.next.title", equalTo("Tout à l'heure"))
                .body("slug", org.hamcrest.Matchers.hasItem("pitchoun-tv"));
    }

    private void add(Instant start, Instant end, String title) {
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm");
        editor.page("/editeur/grille/" + CHANNEL);
        editor.form().formParam("date", start.atZone(ParisTime.ZONE).toLocalDate().toString())
                .formParam("start", time.format(start.atZone(ParisTime.ZONE)))
                .formParam("end", time.format(end.atZone(ParisTime.ZONE)))
                .formParam("title", title)
                .post("/editeur/grille/{c}/creneaux", CHANNEL).then().statusCode(303);
    }

    private RequestSpecification slot(String start, String end, String title) {
        return editor.form().formParam("date", day.toString()).formParam("start", start).formParam("end", end)
                .formParam("title", title);
    }

    private io.restassured.response.Response copy(LocalDate from, String extent) {
        return editor.form().formParam("depuis", from.toString()).formParam("etendue", extent)
                .post("/editeur/grille/{c}/copier", CHANNEL);
    }

    private io.restassured.response.Response importCsv(String csv) {
        return editor.request().multiPart(EditorClient.CSRF_FIELD, editor.csrfToken())
                .multiPart("semaine", day.toString())
                .multiPart("fichier", "grille.csv", csv.getBytes(java.nio.charset.StandardCharsets.UTF_8), "text/csv")
                .post("/editeur/grille/{c}/import", CHANNEL);
    }
}
