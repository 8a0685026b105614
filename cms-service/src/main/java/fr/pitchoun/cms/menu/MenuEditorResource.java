package fr.pitchoun.cms.menu;

import fr.pitchoun.cms.account.CurrentEditor;
import fr.pitchoun.cms.content.Actor;
import fr.pitchoun.cms.form.FieldErrors;
import fr.pitchoun.cms.form.FormOutcome;
import fr.pitchoun.cms.editor.EditorPages;
import fr.pitchoun.cms.editor.ItemPages;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.List;

import static fr.pitchoun.cms.editor.EditorResponses.seeOther;
import static fr.pitchoun.cms.editor.EditorResponses.unprocessable;

/** The editors' pages of the site's menus: their links in order, a form per link, up/down buttons. */
@Path("/editeur/menus")
@Produces(MediaType.TEXT_HTML)
public class MenuEditorResource {

    private static final String LIST = "/editeur/menus";

    /** A menu and its links, as the list shows them. */
    public record MenuWithItems(SiteMenu menu, List<MenuItem> items) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance menus(List<MenuWithItems> menus, String message);

        static native TemplateInstance itemForm(SiteMenu menu, MenuItemForm form, FieldErrors errors, MenuItem item);
    }

    private final MenuComposer menus;
    private final CurrentEditor editor;

    /** A menu's links: no history of their own (audited with their menu). */
    private final ItemPages<MenuItem> links;

    MenuEditorResource(MenuComposer menus, CurrentEditor editor) {
        this.menus = menus;
        this.editor = editor;
        this.links = new ItemPages<>("menus", LIST + "/liens", "lien", "le lien",
                item -> "« " + item.label + " » du menu « " + item.menu.label + " »", menus::item, null, menus::delete);
    }

    @GET
    public TemplateInstance list(@RestQuery("deplace") Long moved, @RestQuery("enregistre") Long saved,
                                 @RestQuery String supprime) {
        Long id = moved != null ? moved : saved;
        MenuItem item = id == null ? null : menus.item(id).orElse(null);
        String message = supprime != null ? "Le lien a été retiré du menu. Le site le montre déjà."
                : item == null ? null
                : "« " + item.label + " » " + (moved != null ? "est maintenant" : "est enregistré") + " en position "
                + item.position + " du menu. Le site le montre déjà.";
        return Templates.menus(menus.all().stream().map(menu -> new MenuWithItems(menu, menus.items(menu))).toList(),
                message);
    }

    @GET
    @Path("{name}/nouveau")
    public TemplateInstance newItem(@RestPath String name) {
        return Templates.itemForm(menu(name), new MenuItemForm(), FieldErrors.none(), null);
    }

    @POST
    @Path("{name}/nouveau")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestPath String name, @BeanParam MenuItemForm form) {
        SiteMenu menu = menu(name);
        FormOutcome<MenuItemForm, MenuItem> outcome = menus.create(menu, form, who());
        if (!outcome.succeeded()) {
            return unprocessable(Templates.itemForm(menu, outcome.form(), outcome.errors(), null));
        }
        return saved(outcome.item());
    }

    @GET
    @Path("liens/{id}")
    public TemplateInstance edit(@RestPath long id) {
        MenuItem item = item(id);
        return Templates.itemForm(item.menu, MenuItemForm.of(item), FieldErrors.none(), item);
    }

    @POST
    @Path("liens/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@RestPath long id, @BeanParam MenuItemForm form) {
        FormOutcome<MenuItemForm, MenuItem> outcome = menus.update(id, form, who()).orElseThrow(NotFoundException::new);
        if (!outcome.succeeded()) {
            return unprocessable(Templates.itemForm(outcome.item().menu, outcome.form(), outcome.errors(),
                    outcome.item()));
        }
        return saved(outcome.item());
    }

    @POST
    @Path("liens/{id}/monter")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response moveUp(@RestPath long id) {
        return moveTo(id, item(id).position - 1);
    }

    @POST
    @Path("liens/{id}/descendre")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response moveDown(@RestPath long id) {
        return moveTo(id, item(id).position + 1);
    }

    @GET
    @Path("{name}/historique")
    public TemplateInstance history(@RestPath String name) {
        SiteMenu menu = menu(name);
        return EditorPages.history("menus", "menu « " + menu.label + " »", LIST, menus.trail(menu));
    }

    @GET
    @Path("liens/{id}/supprimer")
    public TemplateInstance confirmDeletion(@RestPath long id) {
        return links.confirmDelete(id, item -> "Le lien disparaît du site dès la suppression.");
    }

    @POST
    @Path("liens/{id}/supprimer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@RestPath long id) {
        return links.delete(id, who(), ItemPages.backToList(LIST));
    }

    private Response moveTo(long id, int position) {
        menus.move(id, Math.max(1, position), who()).orElseThrow(NotFoundException::new);
        return seeOther(UriBuilder.fromPath(LIST).queryParam("deplace", id).fragment("lien-{id}"), id);
    }

    private static Response saved(MenuItem item) {
        return seeOther(UriBuilder.fromPath(LIST).queryParam("enregistre", item.id).fragment("lien-{id}"), item.id);
    }

    private SiteMenu menu(String name) {
        return menus.byName(name).orElseThrow(NotFoundException::new);
    }

    private MenuItem item(long id) {
        return links.item(id);
    }

    private Actor who() {
        return Actor.of(editor.get());
    }
}
