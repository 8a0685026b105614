package fr.pitchoun.cms.home;

import fr.pitchoun.cms.account.CurrentEditor;
import fr.pitchoun.cms.content.Actor;
import fr.pitchoun.cms.content.PublicationState;
import fr.pitchoun.cms.form.FieldErrors;
import fr.pitchoun.cms.form.FormOutcome;
import fr.pitchoun.cms.editor.ItemPages;
import fr.pitchoun.cms.programme.Programme;
import fr.pitchoun.cms.schedule.TvChannel;
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
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.Arrays;
import java.util.List;

import static fr.pitchoun.cms.editor.EditorResponses.savedMessage;
import static fr.pitchoun.cms.editor.EditorResponses.seeOther;
import static fr.pitchoun.cms.editor.EditorResponses.unprocessable;

/** The editors' pages of the home page: its blocks in order, their forms, ordering, preview. */
@Path("/editeur/accueil")
@Produces(MediaType.TEXT_HTML)
public class HomeEditorResource {

    private static final String LIST = "/editeur/accueil";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance blocks(List<HomeBlock> blocks, List<BlockKind> kinds, String message,
                                              FieldErrors errors, Long errorBlock);

        static native TemplateInstance blockForm(BlockKind kind, HomeBlockForm form, FieldErrors errors,
                                                 HomeBlock block, List<Programme> programmes,
                                                 List<TvChannel> channels, String message);

        static native TemplateInstance preview(List<HomePageComposer.Shown> blocks);
    }

    private final HomePageComposer page;
    private final CurrentEditor editor;

    private final ItemPages<HomeBlock> pages;

    HomeEditorResource(HomePageComposer page, CurrentEditor editor) {
        this.page = page;
        this.editor = editor;
        this.pages = new ItemPages<>("accueil", LIST, "bloc", "le bloc", ItemPages.titled(b -> b.title), page::byId,
                page::trail, page::delete);
    }

    @GET
    public TemplateInstance list(@RestQuery("deplace") Long moved, @RestQuery("cree") Long created,
                                 @RestQuery String supprime) {
        return Templates.blocks(page.blocks(), List.of(BlockKind.values()), confirmation(moved, created, supprime),
                FieldErrors.none(), null);
    }

    @GET
    @Path("nouveau")
    public TemplateInstance newBlock(@RestQuery String type) {
        BlockKind kind = Arrays.stream(BlockKind.values()).filter(k -> k.name().equals(type)).findFirst()
                .orElseThrow(NotFoundException::new);
        return form(kind, HomeBlockForm.blank(kind), FieldErrors.none(), null, null);
    }

    @POST
    @Path("nouveau")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@BeanParam HomeBlockForm form) {
        FormOutcome<HomeBlockForm, HomeBlock> outcome = page.create(form, who());
        if (!outcome.succeeded()) {
            if (outcome.errors().has("kind")) {
                throw new NotFoundException();
            }
            return unprocessable(form(outcome.form().blockKind(), outcome.form(), outcome.errors(), null, null));
        }
        return seeOther(UriBuilder.fromPath(LIST).queryParam("cree", outcome.item().id).fragment("bloc-{id}"),
                outcome.item().id);
    }

    @GET
    @Path("{id}")
    public TemplateInstance edit(@RestPath long id, @RestQuery String enregistre) {
        HomeBlock block = block(id);
        return form(block.kind, HomeBlockForm.of(block), FieldErrors.none(), block,
                savedMessage(enregistre != null, block.status));
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@RestPath long id, @BeanParam HomeBlockForm form) {
        FormOutcome<HomeBlockForm, HomeBlock> outcome = page.update(id, form, who()).orElseThrow(NotFoundException::new);
        if (!outcome.succeeded()) {
            return unprocessable(form(outcome.item().kind, outcome.form(), outcome.errors(), outcome.item(), null));
        }
        return seeOther(UriBuilder.fromPath(LIST + "/{id}").queryParam("enregistre", "1"), id);
    }

    @POST
    @Path("{id}/monter")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response moveUp(@RestPath long id) {
        return moveTo(id, block(id).position - 1);
    }

    @POST
    @Path("{id}/descendre")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response moveDown(@RestPath long id) {
        return moveTo(id, block(id).position + 1);
    }

    @POST
    @Path("{id}/position")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response place(@RestPath long id, @RestForm String position) {
        HomeBlock block = block(id);
        String typed = position == null ? "" : position.strip();
        if (!typed.matches("[1-9][0-9]{0,3}")) {
            FieldErrors errors = FieldErrors.none();
            errors.add("position", "La position de « " + block.title + " » doit être un nombre entier à partir de 1.");
            return unprocessable(Templates.blocks(page.blocks(), List.of(BlockKind.values()), null, errors, id));
        }
        return moveTo(id, Integer.parseInt(typed));
    }

    @GET
    @Path("apercu")
    public TemplateInstance preview() {
        return Templates.preview(page.preview());
    }

    @GET
    @Path("{id}/historique")
    public TemplateInstance history(@RestPath long id) {
        return pages.history(id);
    }

    @GET
    @Path("{id}/supprimer")
    public TemplateInstance confirmDeletion(@RestPath long id) {
        return pages.confirmDelete(id,
                block -> "Pour le retirer seulement du site, choisissez plutôt le statut « Archivé ».");
    }

    @POST
    @Path("{id}/supprimer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@RestPath long id) {
        return pages.delete(id, who(), ItemPages.backToList(LIST));
    }

    private Response moveTo(long id, int position) {
        page.move(id, Math.max(1, position), who()).orElseThrow(NotFoundException::new);
        return seeOther(UriBuilder.fromPath(LIST).queryParam("deplace", id).fragment("bloc-{id}"), id);
    }

    private TemplateInstance form(BlockKind kind, HomeBlockForm form, FieldErrors errors, HomeBlock block,
                                  String message) {
        return Templates.blockForm(kind, form, errors, block, page.programmeChoices(), page.channels(), message);
    }

    private String confirmation(Long moved, Long created, String deleted) {
        if (deleted != null) {
            return "Le bloc a été supprimé.";
        }
        Long id = moved != null ? moved : created;
        HomeBlock block = id == null ? null : page.byId(id).orElse(null);
        if (block == null) {
            return null;
        }
        return "« " + block.title + " » " + (moved != null ? "est maintenant" : "a été ajouté")
                + " en position " + block.position + (block.status == PublicationState.PUBLISHED ? "."
                : " (" + block.status.label().toLowerCase() + ", pas encore sur le site).");
    }

    private HomeBlock block(long id) {
        return pages.item(id);
    }

    private Actor who() {
        return Actor.of(editor.get());
    }
}
