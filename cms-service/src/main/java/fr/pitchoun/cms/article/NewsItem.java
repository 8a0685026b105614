package fr.pitchoun.cms.article;

import fr.pitchoun.cms.media.MediaAsset;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** A news item ("actualité"): an article with the date the site shows and an optional image. */
@Entity
@Table(name = "news_item")
public class NewsItem extends Article {

    @Column(name = "published_on", nullable = false)
    public LocalDate publishedOn;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "image_id")
    public MediaAsset image;
}
