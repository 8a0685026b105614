package fr.pitchoun.cms.quiz;

import fr.pitchoun.cms.content.PublicationFields;
import fr.pitchoun.cms.content.PublicationState;
import fr.pitchoun.cms.editor.ImageField;
import fr.pitchoun.cms.form.FieldErrors;
import fr.pitchoun.cms.media.MediaChoices;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What is wrong in a (trimmed) quiz form, in French, each message under the field to fix. */
final class QuizChecks {

    static final int MIN_QUESTIONS = 2;
    static final int MAX_QUESTIONS = QuizForm.SLOTS;
    /** Where the page shows the messages about the quiz as a whole (the questions' fieldset). */
    static final String QUESTIONS = "questions";

    private QuizChecks() {
    }

    static FieldErrors check(QuizForm form, MediaChoices medias, Instant now) {
        FieldErrors errors = FieldErrors.none();
        List<QuizForm.Slot> used = form.slots().stream().filter(QuizForm.Slot::used).toList();
        if (used.size() < MIN_QUESTIONS) {
            errors.add(QUESTIONS, "Un quiz a au moins " + MIN_QUESTIONS + " questions : il en a " + used.size()
                    + ". Complétez-en au moins " + MIN_QUESTIONS + ".");
        } else if (used.size() > MAX_QUESTIONS) {
            errors.add(QUESTIONS, "Un quiz a au plus " + MAX_QUESTIONS + " questions.");
        }
        used.forEach(slot -> checkSlot(slot, medias, errors));
        if (!form.status.matches(PublicationState.FORM_PATTERN)) {
            errors.add("status", "Choisissez un statut.");
        }
        PublicationFields.check(form.status, form.publishAt, errors, now);
        return errors;
    }

    private static void checkSlot(QuizForm.Slot slot, MediaChoices medias, FieldErrors errors) {
        String question = "Question " + slot.number() + " : ";
        if (slot.text().isEmpty()) {
            errors.add(slot.name("Text"), question + "écrivez la question.");
        } else if (slot.text().length() > 300) {
            errors.add(slot.name("Text"), question + "la question ne doit pas dépasser 300 caractères.");
        }
        if (slot.readAloud().length() > 1000) {
            errors.add(slot.name("ReadAloud"), question + "le texte lu ne doit pas dépasser 1000 caractères.");
        }
        Map<String, Integer> seen = new HashMap<>();
        int filled = 0;
        for (int box = 1; box <= QuizForm.MAX_CHOICES; box++) {
            String choice = slot.choices().get(box - 1);
            if (choice.isEmpty()) {
                continue;
            }
            filled++;
            String field = slot.name("Choice" + box);
            if (choice.length() > 120) {
                errors.add(field, question + "une réponse ne doit pas dépasser 120 caractères.");
            }
            Integer first = seen.putIfAbsent(choice.toLowerCase(Locale.FRENCH), box);
            if (first != null) {
                errors.add(field, question + "la réponse « " + choice + " » est déjà proposée (réponse " + first
                        + ") : chaque réponse doit être différente.");
            }
        }
        if (filled < 2) {
            errors.add(slot.name("Choice1"), question + "proposez au moins 2 réponses.");
        }
        if (slot.right().isEmpty()) {
            errors.add(slot.name("Right"), question + "indiquez la bonne réponse.");
        } else if (!slot.right().matches("[1-4]") || slot.choices().get(Integer.parseInt(slot.right()) - 1).isEmpty()) {
            errors.add(slot.name("Right"), question + "la bonne réponse indiquée est vide : choisissez une réponse "
                    + "écrite.");
        }
        if (slot.explanation().isEmpty()) {
            errors.add(slot.name("Explanation"), question + "écrivez l'explication montrée après la réponse.");
        } else if (slot.explanation().length() > 500) {
            errors.add(slot.name("Explanation"), question + "l'explication ne doit pas dépasser 500 caractères.");
        }
        ImageField.check(slot.image(), medias, slot.name("Image"), errors);
    }
}
