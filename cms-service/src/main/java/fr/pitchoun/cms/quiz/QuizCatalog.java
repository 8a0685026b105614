package fr.pitchoun.cms.quiz;

import fr.pitchoun.cms.content.Actor;
import fr.pitchoun.cms.content.AuditEntry;
import fr.pitchoun.cms.content.ContentChanges;
import fr.pitchoun.cms.content.ContentType;
import fr.pitchoun.cms.content.ItemEdits;
import fr.pitchoun.cms.content.ParisTime;
import fr.pitchoun.cms.content.PublicationState;
import fr.pitchoun.cms.content.ScheduledItems;
import fr.pitchoun.cms.editor.ImageField;
import fr.pitchoun.cms.form.FieldErrors;
import fr.pitchoun.cms.form.FormOutcome;
import fr.pitchoun.cms.media.MediaChoices;
import fr.pitchoun.cms.programme.Episode;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The episodes' quizzes, as editors manage them through the shared edit flow ({@link ItemEdits}: trimmed and checked
 * first, audited, a content-changed event {@code quiz} when the site can see the change), and as the site reads the
 * published ones.
 */
@ApplicationScoped
public class QuizCatalog implements ScheduledItems, ItemEdits.Kind<QuizForm, Quiz> {

    @ApplicationScoped
    static class Repository implements PanacheRepository<Quiz> {
    }

    private final Repository repository;
    private final ItemEdits edits;
    private final ContentChanges changes;
    private final MediaChoices medias;

    QuizCatalog(Repository repository, ItemEdits edits, ContentChanges changes, MediaChoices medias) {
        this.repository = repository;
        this.edits = edits;
        this.changes = changes;
        this.medias = medias;
    }

    public Optional<Quiz> byId(long id) {
        return repository.findByIdOptional(id);
    }

    public Optional<Quiz> ofEpisode(Episode episode) {
        return repository.find("episode", episode).firstResultOptional();
    }

    /** The published quiz of a published episode, as the site reads it. */
    public Optional<PublishedQuiz> published(String programmeSlug, String episodeSlug) {
        return repository.find("episode.programme.slug = ?1 and episode.slug = ?2", programmeSlug, episodeSlug)
                .firstResultOptional().filter(Quiz::isPublic).map(PublishedQuiz::of);
    }

    /** Creates the episode's quiz, or changes the one it has. */
    @Transactional
    public FormOutcome<QuizForm, Quiz> save(long episodeId, QuizForm typed, Actor who) {
        Episode episode = Episode.<Episode>findByIdOptional(episodeId).orElseThrow(jakarta.ws.rs.NotFoundException::new);
        Optional<Quiz> current = ofEpisode(episode);
        if (current.isPresent()) {
            return edits.update(this, current.get(), typed, who);
        }
        return edits.create(this, typed, () -> {
            Quiz quiz = new Quiz();
            quiz.episode = episode;
            return quiz;
        }, who);
    }

    @Transactional
    public Optional<Quiz> delete(long id, Actor who) {
        return byId(id).map(quiz -> edits.delete(ContentType.QUIZ, quiz, "Quiz de l'épisode « " + quiz.episode.title
                + " ».", who));
    }

    @Override
    @Transactional
    public int publishDue(Instant now) {
        return changes.publishDue(ContentType.QUIZ,
                repository.list("status = ?1 and publishAt <= ?2", PublicationState.SCHEDULED, now));
    }

    public List<AuditEntry> trail(Quiz quiz) {
        return changes.trail(ContentType.QUIZ, quiz.id);
    }

    @Override
    public ContentType type() {
        return ContentType.QUIZ;
    }

    @Override
    public FieldErrors check(QuizForm form, Quiz current) {
        return QuizChecks.check(form, medias, Instant.now());
    }

    /** The questions in use, in slot order, numbered from 1; stored questions are reused in place. */
    @Override
    public void apply(QuizForm form, Quiz quiz) {
        List<QuizForm.Slot> used = form.slots().stream().filter(QuizForm.Slot::used).toList();
        while (quiz.questions.size() > used.size()) {
            quiz.questions.remove(quiz.questions.size() - 1);
        }
        for (int index = 0; index < used.size(); index++) {
            QuizQuestion question;
            if (index < quiz.questions.size()) {
                question = quiz.questions.get(index);
            } else {
                question = new QuizQuestion();
                question.quiz = quiz;
                quiz.questions.add(question);
            }
            copy(used.get(index), index + 1, question);
        }
        quiz.status = PublicationState.valueOf(form.status);
        quiz.publishAt = quiz.status == PublicationState.SCHEDULED
                ? ParisTime.parseField(form.publishAt).orElseThrow() : null;
    }

    /** Empty boxes between choices are closed up; the right answer follows its box. */
    private void copy(QuizForm.Slot slot, int position, QuizQuestion question) {
        question.position = position;
        question.text = slot.text();
        question.readAloud = slot.readAloud();
        List<String> choices = new java.util.ArrayList<>();
        int right = 0;
        for (int box = 1; box <= QuizForm.MAX_CHOICES; box++) {
            String choice = slot.choices().get(box - 1);
            if (!choice.isEmpty()) {
                choices.add(choice);
                if (slot.rightIs(box)) {
                    right = choices.size();
                }
            }
        }
        question.choice1 = choices.get(0);
        question.choice2 = choices.get(1);
        question.choice3 = choices.size() > 2 ? choices.get(2) : null;
        question.choice4 = choices.size() > 3 ? choices.get(3) : null;
        question.rightChoice = right;
        question.explanation = slot.explanation();
        question.image = ImageField.chosen(slot.image(), medias);
    }

    @Override
    public QuizForm formOf(Quiz quiz) {
        return QuizForm.of(quiz);
    }

    @Override
    public List<String> fields() {
        return QuizForm.FIELDS;
    }

    @Override
    public Map<String, String> labels() {
        return QuizForm.LABELS;
    }

    /** A quiz has no address of its own (it is shown with its episode): nothing to redirect. */
    @Override
    public String redirectKey(Quiz quiz) {
        return "quiz";
    }
}
