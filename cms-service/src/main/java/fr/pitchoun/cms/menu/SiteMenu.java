package fr.pitchoun.cms.menu;

import fr.pitchoun.cms.content.ContentChanges;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One of the site's menus ({@code principal}: the header, {@code pied}: the footer), created by the schema. */
@Entity
@Table(name = "site_menu")
public class SiteMenu extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** The name the site asks for: /api/menus/{name}. */
    @Column(nullable = false, unique = true, length = 40)
    public String name;

    @Column(nullable = false, length = 80)
    public String label;

    /** A menu has no draft: it is always on the site, and every change to it is an update the site must see. */
    ContentChanges.Visibility visibility() {
        return new ContentChanges.Visibility(true, name, null);
    }
}
