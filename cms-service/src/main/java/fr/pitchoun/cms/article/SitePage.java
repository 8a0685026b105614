package fr.pitchoun.cms.article;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A free page of the site: "Qui sommes-nous", "Mentions légales", "Contact"... */
@Entity
@Table(name = "site_page")
public class SitePage extends Article {
}
