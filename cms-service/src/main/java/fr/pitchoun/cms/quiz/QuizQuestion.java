package fr.pitchoun.cms.quiz;

import fr.pitchoun.cms.media.MediaAsset;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.util.ArrayList;
import java.util.List;

/** One multiple-choice question of a quiz: 2 to 4 choices, the right one by its number (1 to 4). */
@Entity
@Table(name = "quiz_question")
public class QuizQuestion extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "quiz_id")
    public Quiz quiz;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false, length = 300)
    public String text;

    /** What the site's « Écouter la question » says. */
    @Column(name = "read_aloud", nullable = false, length = 1000)
    public String readAloud;

    @Column(name = "choice_1", nullable = false, length = 120)
    public String choice1;

    @Column(name = "choice_2", nullable = false, length = 120)
    public String choice2;

    @Column(name = "choice_3", length = 120)
    public String choice3;

    @Column(name = "choice_4", length = 120)
    public String choice4;

    @Column(name = "right_choice", nullable = false)
    public int rightChoice;

    @Column(nullable = false, length = 500)
    public String explanation;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "image_id")
    public MediaAsset image;

    /** The choices in order (two to four). */
    public List<String> choices() {
        List<String> choices = new ArrayList<>(List.of(choice1, choice2));
        if (choice3 != null) {
            choices.add(choice3);
        }
        if (choice4 != null) {
            choices.add(choice4);
        }
        return choices;
    }

    public String rightAnswer() {
        return choices().get(rightChoice - 1);
    }
}
