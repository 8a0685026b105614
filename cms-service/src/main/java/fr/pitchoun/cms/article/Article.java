package fr.pitchoun.cms.article;

import fr.pitchoun.cms.content.ContentChanges;
import fr.pitchoun.cms.content.PublishableEntity;
import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/** What pages and news share: a title, a stable slug, a summary for cards and search engines, a rich text body. */
@MappedSuperclass
public abstract class Article extends PublishableEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true, length = 80)
    public String slug;

    @Column(nullable = false, length = 160)
    public String title;

    @Column(nullable = false, length = 300)
    public String summary = "";

    /** HTML cleaned by {@link fr.pitchoun.cms.content.RichText}: safe to show as it is. */
    @Column(nullable = false, columnDefinition = "MEDIUMTEXT")
    public String body = "";

    @Override
    public long itemId() {
        return id;
    }

    @Override
    public ContentChanges.Visibility visibility() {
        return new ContentChanges.Visibility(status.isPublic(), slug, null);
    }
}
