package fr.pitchoun.cms.quiz;

import fr.pitchoun.cms.editor.PublicationForm;
import org.jboss.resteasy.reactive.RestForm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an editor typed in an episode's quiz form, kept as text to be shown back as typed: five question slots (a
 * quiz has two to five questions; empty slots are not questions), each with its text, the text read aloud (empty:
 * the question and its choices), up to four choices, the number of the right one, a picture and an explanation.
 * Flat text fields, so the shared form mechanisms (trimming, audit of the changed fields) work on them as they are.
 */
public class QuizForm extends PublicationForm {

    public static final int SLOTS = 5;
    public static final int MAX_CHOICES = 4;
    /** The parts of a slot, as its fields are named ({@code q1Text}, {@code q1Choice2}…), and their French names. */
    static final Map<String, String> PARTS = partNames();
    static final List<String> FIELDS = fieldNames();
    static final Map<String, String> LABELS = labels();

    // Question 1
    @RestForm
    public String q1Text = "";
    @RestForm
    public String q1ReadAloud = "";
    @RestForm
    public String q1Choice1 = "";
    @RestForm
    public String q1Choice2 = "";
    @RestForm
    public String q1Choice3 = "";
    @RestForm
    public String q1Choice4 = "";
    @RestForm
    public String q1Right = "";
    @RestForm
    public String q1Image = "";
    @RestForm
    public String q1Explanation = "";

    // Question 2
    @RestForm
    public String q2Text = "";
    @RestForm
    public String q2ReadAloud = "";
    @RestForm
    public String q2Choice1 = "";
    @RestForm
    public String q2Choice2 = "";
    @RestForm
    public String q2Choice3 = "";
    @RestForm
    public String q2Choice4 = "";
    @RestForm
    public String q2Right = "";
    @RestForm
    public String q2Image = "";
    @RestForm
    public String q2Explanation = "";

    // Question 3
    @RestForm
    public String q3Text = "";
    @RestForm
    public String q3ReadAloud = "";
    @RestForm
    public String q3Choice1 = "";
    @RestForm
    public String q3Choice2 = "";
    @RestForm
    public String q3Choice3 = "";
    @RestForm
    public String q3Choice4 = "";
    @RestForm
    public String q3Right = "";
    @RestForm
    public String q3Image = "";
    @RestForm
    public String q3Explanation = "";

    // Question 4
    @RestForm
    public String q4Text = "";
    @RestForm
    public String q4ReadAloud = "";
    @RestForm
    public String q4Choice1 = "";
    @RestForm
    public String q4Choice2 = "";
    @RestForm
    public String q4Choice3 = "";
    @RestForm
    public String q4Choice4 = "";
    @RestForm
    public String q4Right = "";
    @RestForm
    public String q4Image = "";
    @RestForm
    public String q4Explanation = "";

    // Question 5
    @RestForm
    public String q5Text = "";
    @RestForm
    public String q5ReadAloud = "";
    @RestForm
    public String q5Choice1 = "";
    @RestForm
    public String q5Choice2 = "";
    @RestForm
    public String q5Choice3 = "";
    @RestForm
    public String q5Choice4 = "";
    @RestForm
    public String q5Right = "";
    @RestForm
    public String q5Image = "";
    @RestForm
    public String q5Explanation = "";

    /** The slot {@code number} (1 to 5) as typed. */
    public Slot slot(int number) {
        List<String> choices = new ArrayList<>();
        for (int c = 1; c <= MAX_CHOICES; c++) {
            choices.add(get(number, "Choice" + c));
        }
        return new Slot(number, get(number, "Text"), get(number, "ReadAloud"), choices, get(number, "Right"),
                get(number, "Image"), get(number, "Explanation"));
    }

    public List<Slot> slots() {
        List<Slot> slots = new ArrayList<>();
        for (int number = 1; number <= SLOTS; number++) {
            slots.add(slot(number));
        }
        return slots;
    }

    /** Fills slot {@code number} with a stored question. */
    void show(int number, QuizQuestion question) {
        set(number, "Text", question.text);
        set(number, "ReadAloud", question.readAloud);
        List<String> choices = question.choices();
        for (int c = 1; c <= choices.size(); c++) {
            set(number, "Choice" + c, choices.get(c - 1));
        }
        set(number, "Right", String.valueOf(question.rightChoice));
        set(number, "Image", question.image == null ? "" : String.valueOf(question.image.id));
        set(number, "Explanation", question.explanation);
    }

    static QuizForm of(Quiz quiz) {
        QuizForm form = new QuizForm();
        for (QuizQuestion question : quiz.questions) {
            form.show(question.position, question);
        }
        form.showPublication(quiz);
        return form;
    }

    private String get(int number, String part) {
        try {
            return (String) QuizForm.class.getField(fieldName(number, part)).get(this);
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private void set(int number, String part, String value) {
        try {
            QuizForm.class.getField(fieldName(number, part)).set(this, value == null ? "" : value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static String fieldName(int number, String part) {
        return "q" + number + part;
    }

    /**
     * One question slot as typed. {@code choices} has four entries, empty ones included (their boxes' order
     * matters: {@code right} names a box).
     */
    public record Slot(int number, String text, String readAloud, List<String> choices, String right, String image,
                       String explanation) {

        /** The field name of a part of this slot, for the page ({@code name('Text')} → {@code q1Text}). */
        public String name(String part) {
            return fieldName(number, part);
        }

        /** Whether the editor wrote anything in it (the right-answer button alone does not make a question). */
        public boolean used() {
            return !text.isEmpty() || !readAloud.isEmpty() || !explanation.isEmpty() || !image.isEmpty()
                    || choices.stream().anyMatch(choice -> !choice.isEmpty());
        }

        public String choiceName(int box) {
            return name("Choice" + box);
        }

        public String choiceLabel(int box) {
            return "Réponse " + box;
        }

        public boolean rightIs(int box) {
            return right.equals(String.valueOf(box));
        }
    }

    private static Map<String, String> partNames() {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("Text", "la question");
        parts.put("ReadAloud", "texte lu à voix haute");
        parts.put("Choice1", "réponse 1");
        parts.put("Choice2", "réponse 2");
        parts.put("Choice3", "réponse 3");
        parts.put("Choice4", "réponse 4");
        parts.put("Right", "bonne réponse");
        parts.put("Image", "image");
        parts.put("Explanation", "explication");
        return parts;
    }

    private static List<String> fieldNames() {
        List<String> names = new ArrayList<>();
        for (int number = 1; number <= SLOTS; number++) {
            for (String part : PARTS.keySet()) {
                names.add(fieldName(number, part));
            }
        }
        names.add("status");
        names.add("publishAt");
        return List.copyOf(names);
    }

    private static Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        for (int number = 1; number <= SLOTS; number++) {
            for (Map.Entry<String, String> part : PARTS.entrySet()) {
                labels.put(fieldName(number, part.getKey()), "question " + number + " (" + part.getValue() + ")");
            }
        }
        labels.put("status", "statut");
        labels.put("publishAt", "date de publication");
        return Map.copyOf(labels);
    }
}
