package fr.pitchoun.cms.event;

import fr.pitchoun.cms.account.CurrentEditor;
import fr.pitchoun.cms.content.Actor;
import fr.pitchoun.cms.content.ListFilter;
import fr.pitchoun.cms.content.Page;
import fr.pitchoun.cms.content.PublicationState;
import fr.pitchoun.cms.editor.ItemPages;
import fr.pitchoun.cms.form.FieldErrors;
import fr.pitchoun.cms.form.FormOutcome;
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

import static fr.pitchoun.cms.editor.EditorResponses.savedMessage;
import static fr.pitchoun.cms.editor.EditorResponses.seeOther;
import static fr.pitchoun.cms.editor.EditorResponses.unprocessable;

/** The editors' pages for the agenda. Thin: the catalogue decides, this class renders and redirects. */
@Path("/editeur/evenements")
@Produces(MediaType.TEXT_HTML)
public class EventEditorResource {

    private static final String SECTION = "evenements";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance events(Page<Event> page, ListFilter filter, List<PublicationState> states,
                                              Event created, boolean deleted);

        static native TemplateInstance eventForm(EventForm form, FieldErrors errors, Event event, String message);

        static native TemplateInstance preview(Event event);
    }

    private final EventCatalog events;
    private final CurrentEditor editor;

    private final ItemPages<Event> pages;

    EventEditorResource(EventCatalog events, CurrentEditor editor) {
        this.events = events;
        this.editor = editor;
        this.pages = new ItemPages<>(SECTION, "/editeur/evenements", "événement", "l'événement",
                ItemPages.titled(e -> e.title), events::byId, events::trail, events::delete);
    }

    @GET
    public TemplateInstance list(@RestQuery String q, @RestQuery String etat, @RestQuery Integer page,
                                 @RestQuery("cree") String createdSlug, @RestQuery String supprime) {
        ListFilter filter = ListFilter.of(q, etat);
        return Templates.events(events.search(filter, page == null ? 1 : page), filter,
                List.of(PublicationState.values()),
                createdSlug == null ? null : events.bySlug(createdSlug).orElse(null), supprime != null);
    }

    @GET
    @Path("nouveau")
    public TemplateInstance newEvent() {
        return Templates.eventForm(new EventForm(), FieldErrors.none(), null, null);
    }

    @POST
    @Path("nouveau")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@BeanParam EventForm form) {
        FormOutcome<EventForm, Event> outcome = events.create(form, who());
        if (!outcome.succeeded()) {
            return unprocessable(Templates.eventForm(outcome.form(), outcome.errors(), null, null));
        }
        return seeOther(UriBuilder.fromPath("/editeur/evenements").queryParam("cree", outcome.item().slug));
    }

    @GET
    @Path("{id}")
    public TemplateInstance edit(@RestPath long id, @RestQuery String enregistre) {
        Event event = event(id);
        return Templates.eventForm(EventForm.of(event), FieldErrors.none(), event,
                savedMessage(enregistre != null, event.status));
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@RestPath long id, @BeanParam EventForm form) {
        FormOutcome<EventForm, Event> outcome = events.update(id, form, who()).orElseThrow(NotFoundException::new);
        if (!outcome.succeeded()) {
            return unprocessable(Templates.eventForm(outcome.form(), outcome.errors(), outcome.item(), null));
        }
        return seeOther(UriBuilder.fromPath("/editeur/evenements/{id}").queryParam("enregistre", "1"), id);
    }

    @GET
    @Path("{id}/apercu")
    public TemplateInstance preview(@RestPath long id) {
        return Templates.preview(event(id));
    }

    @GET
    @Path("{id}/historique")
    public TemplateInstance history(@RestPath long id) {
        return pages.history(id);
    }

    @GET
    @Path("{id}/supprimer")
    public TemplateInstance confirmDeletion(@RestPath long id) {
        return pages.confirmDelete(id, event -> null);
    }

    @POST
    @Path("{id}/supprimer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@RestPath long id) {
        return pages.delete(id, who(), ItemPages.backToList("/editeur/evenements"));
    }

    private Event event(long id) {
        return pages.item(id);
    }

    private Actor who() {
        return Actor.of(editor.get());
    }
}
