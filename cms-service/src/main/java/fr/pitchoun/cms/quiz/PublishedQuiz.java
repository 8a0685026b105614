package fr.pitchoun.cms.quiz;

import fr.pitchoun.cms.media.PublicImage;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(description = "Quiz publié d'un épisode, proposé à l'enfant à la fin de l'épisode.")
public record PublishedQuiz(
        @Schema(example = "7") long id,
        @Schema(description = "Le programme (slug)", example = "mission-ocean") String programme,
        @Schema(description = "L'épisode (slug)", example = "le-recif-de-corail") String episode,
        @Schema(description = "Titre de l'épisode", example = "Le récif de corail") String episodeTitle,
        @Schema(description = "De 2 à 5 questions, dans l'ordre") List<Question> questions) {

    @Schema(description = "Une question à choix multiple.")
    public record Question(
            @Schema(description = "Numéro de la question, à partir de 1", example = "1") int number,
            @Schema(example = "De quelle couleur devient un corail malade ?") String text,
            @Schema(description = "Ce que le site lit à voix haute (par défaut : la question et ses réponses)")
            String readAloud,
            @Schema(description = "De 2 à 4 réponses, dans l'ordre") List<String> choices,
            @Schema(description = "Numéro de la bonne réponse dans choices, à partir de 1", example = "2")
            int rightChoice,
            @Schema(description = "L'explication bienveillante montrée après la réponse") String explanation,
            @Schema(description = "Image de la question, s'il y en a une", nullable = true) PublicImage image) {
    }

    static PublishedQuiz of(Quiz quiz) {
        return new PublishedQuiz(quiz.id, quiz.episode.programme.slug, quiz.episode.slug, quiz.episode.title,
                quiz.questions.stream().map(PublishedQuiz::question).toList());
    }

    private static Question question(QuizQuestion question) {
        return new Question(question.position, question.text, readAloud(question), question.choices(),
                question.rightChoice, question.explanation, PublicImage.of(question.image));
    }

    /** The editor's text, else the question followed by its numbered choices. */
    static String readAloud(QuizQuestion question) {
        if (question.readAloud != null && !question.readAloud.isBlank()) {
            return question.readAloud;
        }
        StringBuilder spoken = new StringBuilder(question.text);
        List<String> choices = question.choices();
        for (int c = 0; c < choices.size(); c++) {
            spoken.append(" Réponse ").append(c + 1).append(" : ").append(choices.get(c)).append('.');
        }
        return spoken.toString();
    }
}
