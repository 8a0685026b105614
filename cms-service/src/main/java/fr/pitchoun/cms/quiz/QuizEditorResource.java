package fr.pitchoun.cms.quiz;

import fr.pitchoun.cms.account.CurrentEditor;
import fr.pitchoun.cms.content.Actor;
import fr.pitchoun.cms.editor.ItemPages;
import fr.pitchoun.cms.form.FieldErrors;
import fr.pitchoun.cms.form.FormOutcome;
import fr.pitchoun.cms.programme.Episode;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import static fr.pitchoun.cms.editor.EditorResponses.savedMessage;
import static fr.pitchoun.cms.editor.EditorResponses.seeOther;
import static fr.pitchoun.cms.editor.EditorResponses.unprocessable;

/** The editors' pages of an episode's quiz. Thin: {@link QuizCatalog} decides, this class renders and redirects. */
@Path("/editeur")
@Produces(MediaType.TEXT_HTML)
public class QuizEditorResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance quizForm(QuizForm form, FieldErrors errors, Episode episode, Quiz quiz,
                                                String message);

        static native TemplateInstance preview(Quiz quiz, PublishedQuiz shown);
    }

    private final QuizCatalog quizzes;
    private final CurrentEditor editor;
    private final ItemPages<Quiz> pages;

    QuizEditorResource(QuizCatalog quizzes, CurrentEditor editor) {
        this.quizzes = quizzes;
        this.editor = editor;
        this.pages = new ItemPages<>("programmes", "/editeur/quiz", "quiz", "le quiz",
                ItemPages.titled(quiz -> quiz.episode.title), quizzes::byId, quizzes::trail, quizzes::delete);
    }

    @GET
    @Path("episodes/{id}/quiz")
    public TemplateInstance edit(@RestPath long id, @RestQuery String enregistre) {
        Episode episode = episode(id);
        Quiz quiz = quizzes.ofEpisode(episode).orElse(null);
        return Templates.quizForm(quiz == null ? new QuizForm() : QuizForm.of(quiz), FieldErrors.none(), episode, quiz,
                quiz == null ? null : savedMessage(enregistre != null, quiz.status));
    }

    @POST
    @Path("episodes/{id}/quiz")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@RestPath long id, @BeanParam QuizForm form) {
        FormOutcome<QuizForm, Quiz> outcome = quizzes.save(id, form, who());
        if (!outcome.succeeded()) {
            Episode episode = episode(id);
            return unprocessable(Templates.quizForm(outcome.form(), outcome.errors(), episode,
                    quizzes.ofEpisode(episode).orElse(null), null));
        }
        return seeOther(UriBuilder.fromPath("/editeur/episodes/{id}/quiz").queryParam("enregistre", "1"), id);
    }

    @GET
    @Path("quiz/{id}/apercu")
    public TemplateInstance preview(@RestPath long id) {
        Quiz quiz = pages.item(id);
        return Templates.preview(quiz, PublishedQuiz.of(quiz));
    }

    @GET
    @Path("quiz/{id}/historique")
    public TemplateInstance history(@RestPath long id) {
        return pages.history(id);
    }

    @GET
    @Path("quiz/{id}/supprimer")
    public TemplateInstance confirmDeletion(@RestPath long id) {
        return pages.confirmDelete(id, quiz -> null);
    }

    @POST
    @Path("quiz/{id}/supprimer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@RestPath long id) {
        return pages.delete(id, who(), quiz -> UriBuilder.fromPath("/editeur/episodes/" + quiz.episode.id));
    }

    private static Episode episode(long id) {
        return Episode.<Episode>findByIdOptional(id).orElseThrow(NotFoundException::new);
    }

    private Actor who() {
        return Actor.of(editor.get());
    }
}
