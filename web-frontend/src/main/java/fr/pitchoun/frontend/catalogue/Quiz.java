package fr.pitchoun.frontend.catalogue;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/**
 * The published quiz of an episode ({@code GET /api/programmes/{p}/episodes/{e}/quiz}), right answers included: the
 * site shows the questions and corrects the answers itself, the right answers never go to the browser beforehand.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Quiz(long id, String programme, String episode, String episodeTitle, List<Question> questions) {

    public Quiz {
        questions = questions == null ? List.of() : List.copyOf(questions);
    }

    /** {@code rightChoice}: the number of the right choice, from 1. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Question(int number, String text, String readAloud, List<String> choices, int rightChoice,
                           String explanation, Image image) {

        public Question {
            choices = choices == null ? List.of() : List.copyOf(choices);
        }
    }
}
