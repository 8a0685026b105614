package fr.pitchoun.cms.quiz;

import fr.pitchoun.cms.content.ContentChanges;
import fr.pitchoun.cms.content.PublishableEntity;
import fr.pitchoun.cms.programme.Episode;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.util.ArrayList;
import java.util.List;

/** The short quiz a child answers at the end of an episode (one per episode), with its own publication state. */
@Entity
@Table(name = "quiz")
public class Quiz extends PublishableEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @OneToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "episode_id")
    public Episode episode;

    @OneToMany(mappedBy = "quiz", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("position")
    public List<QuizQuestion> questions = new ArrayList<>();

    /** On the site only while the quiz and its episode (and so its programme) are published. */
    public boolean isPublic() {
        return status.isPublic() && episode.isPublic();
    }

    @Override
    public long itemId() {
        return id;
    }

    /** Its events name the episode the site shows it with: the episode's slug, its programme's as parent. */
    @Override
    public ContentChanges.Visibility visibility() {
        return new ContentChanges.Visibility(isPublic(), episode.slug, episode.programme.slug);
    }
}
