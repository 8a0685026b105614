package fr.pitchoun.cms.menu;

import fr.pitchoun.cms.form.FormText;
import fr.pitchoun.cms.content.Actor;
import fr.pitchoun.cms.content.AuditAction;
import fr.pitchoun.cms.content.AuditEntry;
import fr.pitchoun.cms.content.ContentChanges;
import fr.pitchoun.cms.content.ContentType;
import fr.pitchoun.cms.content.LinkTargets;
import fr.pitchoun.cms.content.Ordered;
import fr.pitchoun.cms.form.FieldErrors;
import fr.pitchoun.cms.form.FormOutcome;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import java.util.List;
import java.util.Optional;

/**
 * The site's menus. A menu has no draft: every change is on the site at once, audited per menu and announced as an
 * update of the menu (type {@code menu}, slug: its name).
 */
@ApplicationScoped
public class MenuComposer {

    private final Validator validator;
    private final ContentChanges changes;

    MenuComposer(Validator validator, ContentChanges changes) {
        this.validator = validator;
        this.changes = changes;
    }

    public List<SiteMenu> all() {
        return SiteMenu.listAll(Sort.by("id"));
    }

    public Optional<SiteMenu> byName(String name) {
        return SiteMenu.find("name", name).firstResultOptional();
    }

    public Optional<MenuItem> item(long id) {
        return MenuItem.findByIdOptional(id);
    }

    public List<MenuItem> items(SiteMenu menu) {
        return MenuItem.list("menu", Sort.by("position").and("id"), menu);
    }

    public Optional<PublicMenu> published(String name) {
        return byName(name).map(menu -> new PublicMenu(menu.name,
                items(menu).stream().map(item -> new PublicMenu.Link(item.label, item.target)).toList()));
    }

    /** Adds the link at the end of the menu. */
    @Transactional
    public FormOutcome<MenuItemForm, MenuItem> create(SiteMenu menu, MenuItemForm typed, Actor who) {
        MenuItemForm form = FormText.trimmed(typed);
        FieldErrors errors = check(menu, form, null);
        if (!errors.isEmpty()) {
            return new FormOutcome<>(form, errors, null);
        }
        MenuItem item = new MenuItem();
        item.menu = menu;
        item.label = form.label;
        item.target = form.target;
        item.position = locked(menu).size() + 1;
        item.persist();
        record(menu, AuditAction.CREATED, "Lien « " + item.label + " » (" + item.target + ") ajouté en position "
                + item.position + ".", who);
        return new FormOutcome<>(form, errors, item);
    }

    @Transactional
    public Optional<FormOutcome<MenuItemForm, MenuItem>> update(long id, MenuItemForm typed, Actor who) {
        return item(id).map(item -> {
            MenuItemForm form = FormText.trimmed(typed);
            FieldErrors errors = check(item.menu, form, item.id);
            if (!errors.isEmpty()) {
                return new FormOutcome<>(form, errors, item);
            }
            String before = "« " + item.label + " » (" + item.target + ")";
            item.label = form.label;
            item.target = form.target;
            record(item.menu, AuditAction.UPDATED, "Lien " + before + " devenu « " + item.label + " » ("
                    + item.target + ").", who);
            return new FormOutcome<>(form, errors, item);
        });
    }

    @Transactional
    public Optional<MenuItem> move(long id, int newPosition, Actor who) {
        return item(id).map(item -> {
            int before = Ordered.move(locked(item.menu), item, newPosition);
            if (before != item.position) {
                record(item.menu, AuditAction.UPDATED, "Lien « " + item.label + " » : position " + before + " → "
                        + item.position + ".", who);
            }
            return item;
        });
    }

    @Transactional
    public Optional<MenuItem> delete(long id, Actor who) {
        return item(id).map(item -> {
            List<MenuItem> menu = locked(item.menu);
            Ordered.move(menu, item, menu.size());
            record(item.menu, AuditAction.DELETED, "Lien « " + item.label + " » (" + item.target + ") retiré.", who);
            item.delete();
            return item;
        });
    }

    public List<AuditEntry> trail(SiteMenu menu) {
        return changes.trail(ContentType.MENU, menu.id);
    }

    private void record(SiteMenu menu, AuditAction action, String details, Actor who) {
        changes.record(ContentType.MENU, menu.id, action, details, who, menu.visibility(), menu.visibility());
    }

    /** The menu's items under a lock, so that two editors changing it at once take turns. */
    private static List<MenuItem> locked(SiteMenu menu) {
        return MenuItem.<MenuItem>find("menu = ?1 order by position, id", menu)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    private FieldErrors check(SiteMenu menu, MenuItemForm form, Long currentId) {
        FieldErrors errors = FieldErrors.of(validator, form, MenuItemForm.FIELDS);
        if (!errors.has("target")) {
            LinkTargets.problem(form.target).ifPresent(message -> errors.add("target", message));
        }
        if (!errors.has("target") && MenuItem.count("menu = ?1 and target = ?2 and id <> ?3", menu, form.target,
                currentId == null ? -1L : currentId) > 0) {
            errors.add("target", "Ce menu a déjà un lien vers « " + form.target + " ».");
        }
        return errors;
    }
}
