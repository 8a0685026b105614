package fr.pitchoun.cms.radio;

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
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.List;

import static fr.pitchoun.cms.editor.EditorResponses.savedMessage;
import static fr.pitchoun.cms.editor.EditorResponses.seeOther;
import static fr.pitchoun.cms.editor.EditorResponses.unprocessable;

/** The editors' pages for radios and their streams. Thin: the catalogue decides, this class renders and redirects. */
@Path("/editeur/radios")
@Produces(MediaType.TEXT_HTML)
public class RadioEditorResource {

    private static final String SECTION = "radios";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance radios(Page<Radio> page, ListFilter filter, List<PublicationState> states,
                                              Radio created, boolean deleted, Radio nowPlayingSaved);

        static native TemplateInstance radioForm(RadioForm form, FieldErrors errors, Radio radio, String nowPlaying,
                                                 FieldErrors nowPlayingErrors, String message);

        static native TemplateInstance versionForm(RadioVersionForm form, FieldErrors errors, Radio radio,
                                                   RadioVersion version, List<StreamFormat> formats);

        static native TemplateInstance preview(Radio radio);
    }

    private final RadioCatalog radios;
    private final CurrentEditor editor;

    private final ItemPages<Radio> radioPages;
    /** A radio's versions: no history of their own (audited with their radio). */
    private final ItemPages<RadioVersion> versionPages;

    RadioEditorResource(RadioCatalog radios, CurrentEditor editor) {
        this.radios = radios;
        this.editor = editor;
        this.radioPages = new ItemPages<>(SECTION, "/editeur/radios", "radio", "la radio", ItemPages.titled(r -> r.name),
                radios::byId, radios::trail, radios::delete);
        this.versionPages = new ItemPages<>(SECTION, "/editeur/radios/versions", "version", "la version",
                v -> "« " + v.name + " » de « " + v.radio.name + " »", radios::versionById, null, radios::deleteVersion);
    }

    @GET
    public TemplateInstance list(@RestQuery String q, @RestQuery String etat, @RestQuery Integer page,
                                 @RestQuery("cree") String createdSlug, @RestQuery String supprime,
                                 @RestQuery("enCours") Long nowPlayingSaved) {
        ListFilter filter = ListFilter.of(q, etat);
        return Templates.radios(radios.search(filter, page == null ? 1 : page), filter,
                List.of(PublicationState.values()),
                createdSlug == null ? null : radios.bySlug(createdSlug).orElse(null), supprime != null,
                nowPlayingSaved == null ? null : radios.byId(nowPlayingSaved).orElse(null));
    }

    @GET
    @Path("nouvelle")
    public TemplateInstance newRadio() {
        return Templates.radioForm(new RadioForm(), FieldErrors.none(), null, "", FieldErrors.none(), null);
    }

    @POST
    @Path("nouvelle")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@BeanParam RadioForm form) {
        FormOutcome<RadioForm, Radio> outcome = radios.create(form, who());
        if (!outcome.succeeded()) {
            return unprocessable(Templates.radioForm(outcome.form(), outcome.errors(), null, "", FieldErrors.none(),
                    null));
        }
        return seeOther(UriBuilder.fromPath("/editeur/radios").queryParam("cree", outcome.item().slug));
    }

    @GET
    @Path("{id}")
    public TemplateInstance edit(@RestPath long id, @RestQuery String enregistre) {
        Radio radio = radio(id);
        return Templates.radioForm(RadioForm.of(radio), FieldErrors.none(), radio, radio.nowPlaying, FieldErrors.none(),
                savedMessage(enregistre != null, radio.status));
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@RestPath long id, @BeanParam RadioForm form) {
        FormOutcome<RadioForm, Radio> outcome = radios.update(id, form, who()).orElseThrow(NotFoundException::new);
        if (!outcome.succeeded()) {
            // The catalogue's copy is detached: this request's reads show its streams.
            Radio radio = radio(id);
            return unprocessable(Templates.radioForm(outcome.form(), outcome.errors(), radio, radio.nowPlaying,
                    FieldErrors.none(), null));
        }
        return seeOther(UriBuilder.fromPath("/editeur/radios/{id}").queryParam("enregistre", "1"), id);
    }

    /** The quick "now playing" form, on the list ({@code retour=liste}) and on the radio's page. */
    @POST
    @Path("{id}/en-ce-moment")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response updateNowPlaying(@RestPath long id, @RestForm String nowPlaying, @RestForm String retour) {
        FormOutcome<String, Radio> outcome = radios.updateNowPlaying(id, nowPlaying, who())
                .orElseThrow(NotFoundException::new);
        if (!outcome.succeeded()) {
            Radio radio = radio(id);
            return unprocessable(Templates.radioForm(RadioForm.of(radio), FieldErrors.none(), radio, outcome.form(),
                    outcome.errors(), null));
        }
        if ("liste".equals(retour)) {
            return seeOther(UriBuilder.fromPath("/editeur/radios").queryParam("enCours", id));
        }
        return seeOther(UriBuilder.fromPath("/editeur/radios/{id}").queryParam("enregistre", "1"), id);
    }

    @GET
    @Path("{id}/apercu")
    public TemplateInstance preview(@RestPath long id) {
        return Templates.preview(radio(id));
    }

    @GET
    @Path("{id}/historique")
    public TemplateInstance history(@RestPath long id) {
        return radioPages.history(id);
    }

    @GET
    @Path("{id}/supprimer")
    public TemplateInstance confirmDeletion(@RestPath long id) {
        return radioPages.confirmDelete(id,
                radio -> "ses " + radio.versions.size() + " version(s) seront supprimées avec elle.");
    }

    @POST
    @Path("{id}/supprimer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@RestPath long id) {
        return radioPages.delete(id, who(), ItemPages.backToList("/editeur/radios"));
    }

    @GET
    @Path("{id}/versions/nouvelle")
    public TemplateInstance newVersion(@RestPath long id) {
        Radio radio = radio(id);
        RadioVersionForm form = new RadioVersionForm();
        form.position = String.valueOf(radios.nextPosition(radio));
        return Templates.versionForm(form, FieldErrors.none(), radio, null, List.of(StreamFormat.values()));
    }

    @POST
    @Path("{id}/versions/nouvelle")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response createVersion(@RestPath long id, @BeanParam RadioVersionForm form) {
        FormOutcome<RadioVersionForm, RadioVersion> outcome = radios.addVersion(id, form, who())
                .orElseThrow(NotFoundException::new);
        if (!outcome.succeeded()) {
            return unprocessable(Templates.versionForm(outcome.form(), outcome.errors(), radio(id), null,
                    List.of(StreamFormat.values())));
        }
        return seeOther(UriBuilder.fromPath("/editeur/radios/{id}").queryParam("enregistre", "1"), id);
    }

    @GET
    @Path("versions/{id}")
    public TemplateInstance editVersion(@RestPath long id) {
        RadioVersion version = version(id);
        return Templates.versionForm(RadioVersionForm.of(version), FieldErrors.none(), version.radio, version,
                List.of(StreamFormat.values()));
    }

    @POST
    @Path("versions/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response updateVersion(@RestPath long id, @BeanParam RadioVersionForm form) {
        FormOutcome<RadioVersionForm, RadioVersion> outcome = radios.updateVersion(id, form, who())
                .orElseThrow(NotFoundException::new);
        RadioVersion version = outcome.item();
        if (!outcome.succeeded()) {
            return unprocessable(Templates.versionForm(outcome.form(), outcome.errors(), version.radio, version,
                    List.of(StreamFormat.values())));
        }
        return seeOther(UriBuilder.fromPath("/editeur/radios/{id}").queryParam("enregistre", "1"), version.radio.id);
    }

    @GET
    @Path("versions/{id}/supprimer")
    public TemplateInstance confirmVersionDeletion(@RestPath long id) {
        return versionPages.confirmDelete(id, version -> null);
    }

    @POST
    @Path("versions/{id}/supprimer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response deleteVersion(@RestPath long id) {
        return versionPages.delete(id, who(), version -> UriBuilder.fromPath("/editeur/radios/" + version.radio.id)
                .queryParam("enregistre", "1"));
    }

    private Radio radio(long id) {
        return radioPages.item(id);
    }

    private RadioVersion version(long id) {
        return versionPages.item(id);
    }

    private Actor who() {
        return Actor.of(editor.get());
    }
}
