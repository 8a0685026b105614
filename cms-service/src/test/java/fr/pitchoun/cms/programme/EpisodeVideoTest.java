package fr.pitchoun.cms.programme;

import fr.pitchoun.cms.EditorClient;
import fr.pitchoun.cms.account.EditorAccounts;
import fr.pitchoun.cms.account.Role;
import fr.pitchoun.cms.content.AuditEntry;
import fr.pitchoun.cms.content.ContentType;
import fr.pitchoun.cms.replay.CatalogueVideo;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An episode's Kinow video and early-access window in the form, the editors' list and the API, with auth-gateway
 * away (as cms-service's tests run: 28082 answers nothing). The picker against the real catalogue API is e2e-tests'
 * {@code EpisodeVideoPickerTest}.
 */
@QuarkusTest
class EpisodeVideoTest {

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Inject
    EditorAccounts accounts;

    @Inject
    ProgrammeCatalog programmes;

    @Inject
    EpisodeVideoCheck check;

    private EditorClient editor;

    @BeforeEach
    void signIn() {
        editor = EditorClient.newAccount(accounts, Role.EDITOR);
    }

    @Test
    void theApiPublishesTheVideoAndTheEarlyAccessWindow() {
        String slug = "video-api-" + run;
        long programmeId = programme(slug);
        long episodeId = episode(programmeId, "Avec vidéo");
        linkVideo(episodeId, new CatalogueVideo(1101, 45L, "Les abysses (Kinow)", 785, null, 2101L), true);
        long withoutExtract = episode(programmeId, "Sans extrait", "2");
        linkVideo(withoutExtract, new CatalogueVideo(1102, 45L, "Le récif", 600, null, 2102L), false);
        episode(programmeId, "Sans vidéo", "3");

        episodeForm("Avec vidéo").formParam("number", "1").formParam("kinowVideoId", "1101")
                .formParam("withExtract", "oui")
                .formParam("earlyAccessAt", "2026-12-20T18:00").formParam("broadcastAt", "2026-12-27T18:00")
                .post("/editeur/episodes/{id}", episodeId).then().statusCode(303)
                .header("Location", endsWith("/editeur/episodes/" + episodeId + "?enregistre=1"));

        given().get("/api/programmes/{slug}", slug).then().statusCode(200)
                .body("episodes[0].video.kinowVideoId", equalTo(1101))
                .body("episodes[0].video.kinowExtractId", equalTo(2101))
                .body("episodes[0].video.durationSeconds", equalTo(785))
                .body("episodes[0].video.hasExtract", equalTo(true))
                .body("episodes[0].video.available", equalTo(true))
                .body("episodes[0].earlyAccess.from", equalTo("2026-12-20T17:00:00Z"))
                .body("episodes[0].earlyAccess.until", equalTo("2026-12-27T17:00:00Z"))
                .body("episodes[0].broadcastAt", equalTo("2026-12-27T17:00:00Z"))
                .body("episodes[0]", not(org.hamcrest.Matchers.hasKey("kinowVideoUrl")))
                .body("episodes[1].video.kinowExtractId", nullValue())
                .body("episodes[1].video.hasExtract", equalTo(false))
                .body("episodes[1].earlyAccess", nullValue())
                .body("episodes[2].video", nullValue());

        editor.page("/editeur/programmes/" + programmeId).then().statusCode(200)
                .body(containsString("« Les abysses (Kinow) » n° 1101, 13 min 05 s, avec extrait"))
                .body(containsString("« Le récif » n° 1102, 10 min 00 s"));
    }

    @Test
    void earlyAccessNeedsABroadcastDateAfterIt() {
        long programmeId = programme("video-dates-" + run);
        episodeForm("Trop tôt").formParam("number", "1").formParam("earlyAccessAt", "2026-12-20T18:00")
                .post("/editeur/programmes/{id}/episodes/nouveau", programmeId).then().statusCode(422)
                .body(containsString("Indiquez la date de diffusion : l&#39;accès anticipé MyPitchoun+ s&#39;arrête à "
                        + "la diffusion."));
        episodeForm("À l'envers").formParam("number", "1").formParam("earlyAccessAt", "2026-12-20T18:00")
                .formParam("broadcastAt", "2026-12-19T18:00")
                .post("/editeur/programmes/{id}/episodes/nouveau", programmeId).then().statusCode(422)
                .body(containsString("L&#39;accès anticipé doit commencer avant la diffusion."));
        episodeForm("Mal tapé").formParam("number", "1").formParam("broadcastAt", "demain")
                .formParam("kinowVideoId", "https://kinow.example/videos/42")
                .post("/editeur/programmes/{id}/episodes/nouveau", programmeId).then().statusCode(422)
                .body(containsString("La date de diffusion n&#39;est pas valide"))
                .body(containsString("Choisissez la vidéo dans le catalogue Kinow."))
                .body(containsString("value=\"Mal tapé\""));
        assertTrue(programmes.episodes(programmes.byId(programmeId).orElseThrow()).isEmpty());
    }

    @Test
    void withTheGatewayAwayTheFormSavesTheOtherFieldsKeepsTheVideoAndSaysSoInFrench() {
        String slug = "video-absente-" + run;
        long programmeId = programme(slug);
        long episodeId = episode(programmeId, "Avant");
        linkVideo(episodeId, new CatalogueVideo(1101, 45L, "Les abysses", 780, null, 2101L), true);

        editor.page("/editeur/episodes/" + episodeId).then().statusCode(200)
                .body(containsString("<legend>Vidéo en replay sur Kinow</legend>"))
                .body(containsString("id=\"video-actuelle\" name=\"kinowVideoId\" value=\"1101\" checked"))
                .body(containsString("Vidéo actuelle : « Les abysses », n° 1101, 13 min 00 s, avec extrait"))
                .body(containsString("<label for=\"videoQuery\">Chercher une vidéo du catalogue Kinow par son titre"));

        // Searching: the form comes back as typed, with the reason, and nothing is saved.
        episodeForm("Titre tapé").formParam("number", "1").formParam("kinowVideoId", "1101")
                .formParam("videoQuery", "baleine").formParam("action", "chercher-video")
                .post("/editeur/episodes/{id}", episodeId).then().statusCode(200)
                .body(containsString("Le catalogue Kinow est momentanément indisponible"))
                .body(containsString("value=\"Titre tapé\""))
                .body(containsString("value=\"baleine\""));
        assertEquals("Avant", title(episodeId));

        // Saving with another video chosen: the title is saved, the video stays, the editor is told.
        episodeForm("Après").formParam("number", "1").formParam("kinowVideoId", "1999").formParam("withExtract", "oui")
                .post("/editeur/episodes/{id}", episodeId).then().statusCode(303)
                .header("Location", endsWith("/editeur/episodes/" + episodeId + "?enregistre=1&catalogue=indisponible"));
        editor.page("/editeur/episodes/" + episodeId + "?enregistre=1&catalogue=indisponible").then()
                .body(containsString("Modifications enregistrées."))
                .body(containsString("Les autres champs sont enregistrés, mais le catalogue Kinow est momentanément "
                        + "indisponible : la vidéo choisie auparavant est gardée."));
        assertEquals("Après", title(episodeId));
        given().get("/api/programmes/{slug}", slug).then()
                .body("episodes[0].title", equalTo("Après"))
                .body("episodes[0].video.kinowVideoId", equalTo(1101))
                .body("episodes[0].video.kinowExtractId", equalTo(2101));
        String trail = QuarkusTransaction.requiringNew().call(() -> AuditEntry.<AuditEntry>list(
                "contentType = ?1 and contentId = ?2 order by id desc", ContentType.EPISODE, episodeId).get(0).details);
        assertEquals("Champs modifiés : titre, identifiant. Catalogue Kinow injoignable : la vidéo précédente est gardée.",
                trail);

        // Choosing no video needs no catalogue: it is removed.
        episodeForm("Après").formParam("number", "1").formParam("slug", "apres").formParam("kinowVideoId", "")
                .post("/editeur/episodes/{id}", episodeId).then().statusCode(303)
                .header("Location", endsWith("?enregistre=1"));
        given().get("/api/programmes/{slug}", slug).then().body("episodes[0].video", nullValue());
    }

    @Test
    void aVideoKinowNoLongerHasIsFlaggedToEditorsAndPublishedAsUnavailable() {
        String slug = "video-disparue-" + run;
        long programmeId = programme(slug);
        long episodeId = episode(programmeId, "Disparue");
        linkVideo(episodeId, new CatalogueVideo(1777, 45L, "Disparue", 600, null, null), false);

        // The catalogue does not answer: the round stops and marks nothing.
        EpisodeVideoCheck.Round round = check.checkDue(Instant.now().plusSeconds(7200));
        assertTrue(round.catalogueAway());
        given().get("/api/programmes/{slug}", slug).then().body("episodes[0].video.available", equalTo(true));

        QuarkusTransaction.requiringNew().run(() -> Episode.<Episode>findById(episodeId).kinowVideoMissingSince =
                Instant.now());
        editor.page("/editeur/programmes/" + programmeId).then()
                .body(containsString("<strong class=\"alerte\">Introuvable chez Kinow</strong> (n° 1777) : à remplacer"));
        editor.page("/editeur/episodes/" + episodeId).then()
                .body(containsString("— <strong class=\"alerte\">introuvable chez Kinow</strong>"));
        given().get("/api/programmes/{slug}", slug).then()
                .body("episodes[0].video.kinowVideoId", equalTo(1777))
                .body("episodes[0].video.available", equalTo(false));
    }

    @Test
    void anAddressTheMigrationCouldNotReadIsShownUntilForgotten() {
        long programmeId = programme("video-ancienne-" + run);
        long episodeId = episode(programmeId, "Ancienne adresse");
        QuarkusTransaction.requiringNew().run(() -> Episode.<Episode>findById(episodeId).kinowUnparsedUrl =
                "https://videos.example/abysses");

        editor.page("/editeur/programmes/" + programmeId).then()
                .body(containsString("<strong class=\"alerte\">Adresse non reconnue</strong> : à choisir au catalogue"));
        editor.page("/editeur/episodes/" + episodeId).then()
                .body(containsString("<code>https://videos.example/abysses</code>"));
        episodeForm("Ancienne adresse").formParam("number", "1").formParam("forgetUnparsedUrl", "oui")
                .post("/editeur/episodes/{id}", episodeId).then().statusCode(303);
        assertFalse(editor.page("/editeur/episodes/" + episodeId).asString().contains("videos.example"));
    }

    private void linkVideo(long episodeId, CatalogueVideo video, boolean withExtract) {
        QuarkusTransaction.requiringNew().run(() -> Episode.<Episode>findById(episodeId)
                .linkVideo(video, withExtract, Instant.now()));
    }

    private String title(long episodeId) {
        return QuarkusTransaction.requiringNew().call(() -> Episode.<Episode>findById(episodeId).title);
    }

    private long programme(String slug) {
        editor.form().formParam("title", "Vidéos " + slug).formParam("slug", slug).formParam("ageMin", "5")
                .formParam("ageMax", "9").formParam("status", "PUBLISHED")
                .post("/editeur/programmes/nouveau").then().statusCode(303);
        return programmes.bySlug(slug).orElseThrow().id;
    }

    private long episode(long programmeId, String title) {
        return episode(programmeId, title, "1");
    }

    private long episode(long programmeId, String title, String number) {
        episodeForm(title).formParam("number", number).post("/editeur/programmes/{id}/episodes/nouveau", programmeId)
                .then().statusCode(303);
        return programmes.episodes(programmes.byId(programmeId).orElseThrow()).stream()
                .filter(e -> e.title.equals(title)).findFirst().orElseThrow().id;
    }

    private RequestSpecification episodeForm(String title) {
        return editor.form().formParam("title", title).formParam("durationMinutes", "13").formParam("status",
                "PUBLISHED");
    }
}
