package fr.pitchoun.cms.programme;

import fr.pitchoun.cms.account.CurrentEditor;
import fr.pitchoun.cms.content.Actor;
import fr.pitchoun.cms.content.Page;
import fr.pitchoun.cms.content.PublicationState;
import fr.pitchoun.cms.editor.ItemPages;
import fr.pitchoun.cms.form.FieldErrors;
import fr.pitchoun.cms.form.FormOutcome;
import fr.pitchoun.cms.replay.CatalogueUnavailable;
import fr.pitchoun.cms.replay.ReplayCatalogue;
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

/** The editors' pages for programmes and episodes. Thin: the catalogues decide, this class renders and redirects. */
@Path("/editeur")
@Produces(MediaType.TEXT_HTML)
public class ProgrammeEditorResource {

    private static final String SECTION = "programmes";
    /** The value of the episode form's "search the catalogue" button: re-renders the form, saves nothing. */
    private static final String SEARCH_VIDEO = "chercher-video";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance programmes(Page<Programme> page, String q, String etat,
                                                  List<PublicationState> states, Programme created, boolean deleted);

        static native TemplateInstance programmeForm(ProgrammeForm form, FieldErrors errors, Programme programme,
                                                     List<Episode> episodes, String message);

        static native TemplateInstance episodeForm(EpisodeForm form, FieldErrors errors, Programme programme,
                                                   Episode episode, String message, VideoPicker picker);

        static native TemplateInstance preview(Programme programme, List<Episode> episodes);
    }

    private final ProgrammeCatalog programmes;
    private final EpisodeCatalog episodes;
    private final ReplayCatalogue catalogue;
    private final CurrentEditor editor;
    private final ItemPages<Programme> programmePages;
    private final ItemPages<Episode> episodePages;

    ProgrammeEditorResource(ProgrammeCatalog programmes, EpisodeCatalog episodes, ReplayCatalogue catalogue,
                            CurrentEditor editor) {
        this.programmes = programmes;
        this.episodes = episodes;
        this.catalogue = catalogue;
        this.editor = editor;
        this.programmePages = new ItemPages<>(SECTION, "/editeur/programmes", "programme", "le programme",
                ItemPages.titled(p -> p.title), programmes::byId, programmes::trail, programmes::delete);
        this.episodePages = new ItemPages<>(SECTION, "/editeur/episodes", "épisode", "l'épisode",
                ItemPages.titled(e -> e.title), episodes::byId, episodes::trail, episodes::delete);
    }

    @GET
    public TemplateInstance list(@RestQuery String q, @RestQuery String etat, @RestQuery Integer page,
                                 @RestQuery("cree") String createdSlug, @RestQuery String supprime) {
        PublicationState state = PublicationState.fromFilter(etat);
        Programme created = createdSlug == null ? null : programmes.bySlug(createdSlug).orElse(null);
        return Templates.programmes(programmes.search(q, state, page == null ? 1 : page), q == null ? "" : q,
                state == null ? "" : state.name(), List.of(PublicationState.values()), created, supprime != null);
    }

    @GET
    @Path("programmes/nouveau")
    public TemplateInstance newProgramme() {
        return Templates.programmeForm(new ProgrammeForm(), FieldErrors.none(), null, List.of(), null);
    }

    @POST
    @Path("programmes/nouveau")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@BeanParam ProgrammeForm form) {
        FormOutcome<ProgrammeForm, Programme> outcome = programmes.create(form, who());
        if (!outcome.succeeded()) {
            return unprocessable(Templates.programmeForm(outcome.form(), outcome.errors(), null, List.of(), null));
        }
        // Post/redirect/get: reloading the list never sends the form twice.
        return seeOther(UriBuilder.fromPath("/editeur").queryParam("cree", outcome.item().slug));
    }

    @GET
    @Path("programmes/{id}")
    public TemplateInstance editProgramme(@RestPath long id, @RestQuery String enregistre) {
        Programme programme = programme(id);
        return Templates.programmeForm(ProgrammeForm.of(programme), FieldErrors.none(), programme,
                programmes.episodes(programme), savedMessage(enregistre != null, programme.status));
    }

    @POST
    @Path("programmes/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@RestPath long id, @BeanParam ProgrammeForm form) {
        FormOutcome<ProgrammeForm, Programme> outcome = programmes.update(id, form, who()).orElseThrow(NotFoundException::new);
        if (!outcome.succeeded()) {
            return unprocessable(Templates.programmeForm(outcome.form(), outcome.errors(), outcome.item(),
                    programmes.episodes(outcome.item()), null));
        }
        return seeOther(UriBuilder.fromPath("/editeur/programmes/{id}").queryParam("enregistre", "1"), id);
    }

    @GET
    @Path("programmes/{id}/historique")
    public TemplateInstance programmeHistory(@RestPath long id) {
        return programmePages.history(id);
    }

    @GET
    @Path("programmes/{id}/apercu")
    public TemplateInstance preview(@RestPath long id) {
        Programme programme = programme(id);
        return Templates.preview(programme, programmes.episodes(programme));
    }

    @GET
    @Path("programmes/{id}/supprimer")
    public TemplateInstance confirmProgrammeDeletion(@RestPath long id) {
        return programmePages.confirmDelete(id,
                programme -> "Ses " + programmes.episodes(programme).size() + " épisode(s) seront supprimés avec lui.");
    }

    @POST
    @Path("programmes/{id}/supprimer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response deleteProgramme(@RestPath long id) {
        return programmePages.delete(id, who(), ItemPages.backToList("/editeur"));
    }

    @GET
    @Path("programmes/{id}/episodes/nouveau")
    public TemplateInstance newEpisode(@RestPath long id) {
        Programme programme = programme(id);
        EpisodeForm form = new EpisodeForm();
        form.number = String.valueOf(programmes.episodes(programme).stream().mapToInt(e -> e.number).max().orElse(0) + 1);
        form.withExtract = EpisodeForm.TICKED;
        return Templates.episodeForm(form, FieldErrors.none(), programme, null, null, VideoPicker.idle(catalogue));
    }

    @POST
    @Path("programmes/{id}/episodes/nouveau")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response createEpisode(@RestPath long id, @BeanParam EpisodeForm form, @RestForm String action) {
        if (SEARCH_VIDEO.equals(action)) {
            return Response.ok(Templates.episodeForm(form, FieldErrors.none(), programme(id), null, null,
                    VideoPicker.search(catalogue, form.videoQuery, form.videoCategory))).build();
        }
        EpisodeCatalog.EpisodeEdit edit = episodes.create(id, form, who()).orElseThrow(NotFoundException::new);
        if (!edit.outcome().succeeded()) {
            return unprocessable(Templates.episodeForm(edit.outcome().form(), edit.outcome().errors(), programme(id),
                    null, null, pickerAfter(edit)));
        }
        return afterSave(edit);
    }

    @GET
    @Path("episodes/{id}")
    public TemplateInstance editEpisode(@RestPath long id, @RestQuery String enregistre,
                                        @RestQuery("catalogue") String catalogueAway) {
        Episode episode = episode(id);
        return Templates.episodeForm(EpisodeForm.of(episode), FieldErrors.none(), episode.programme, episode,
                savedMessage(enregistre != null, episode.status),
                catalogueAway == null ? VideoPicker.idle(catalogue)
                        : VideoPicker.saying(VideoPicker.SAVED_WITHOUT_CATALOGUE));
    }

    @POST
    @Path("episodes/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response updateEpisode(@RestPath long id, @BeanParam EpisodeForm form, @RestForm String action) {
        if (SEARCH_VIDEO.equals(action)) {
            Episode episode = episode(id);
            return Response.ok(Templates.episodeForm(form, FieldErrors.none(), episode.programme, episode, null,
                    VideoPicker.search(catalogue, form.videoQuery, form.videoCategory))).build();
        }
        EpisodeCatalog.EpisodeEdit edit = episodes.update(id, form, who()).orElseThrow(NotFoundException::new);
        if (!edit.outcome().succeeded()) {
            return unprocessable(Templates.episodeForm(edit.outcome().form(), edit.outcome().errors(),
                    edit.outcome().item().programme, edit.outcome().item(), null, pickerAfter(edit)));
        }
        return afterSave(edit);
    }

    private VideoPicker pickerAfter(EpisodeCatalog.EpisodeEdit edit) {
        return edit.catalogueAway() ? VideoPicker.saying(CatalogueUnavailable.MESSAGE + " La vidéo choisie auparavant "
                + "est gardée.") : VideoPicker.idle(catalogue);
    }

    /** Back to the episode's form, saying it was saved (and, when so, that the catalogue could not be asked). */
    private static Response afterSave(EpisodeCatalog.EpisodeEdit edit) {
        UriBuilder target = UriBuilder.fromPath("/editeur/episodes/{id}").queryParam("enregistre", "1");
        if (edit.catalogueAway()) {
            target.queryParam("catalogue", "indisponible");
        }
        return seeOther(target, edit.outcome().item().id);
    }

    @GET
    @Path("episodes/{id}/historique")
    public TemplateInstance episodeHistory(@RestPath long id) {
        return episodePages.history(id);
    }

    @GET
    @Path("episodes/{id}/supprimer")
    public TemplateInstance confirmEpisodeDeletion(@RestPath long id) {
        return episodePages.confirmDelete(id, episode -> null);
    }

    @POST
    @Path("episodes/{id}/supprimer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response deleteEpisode(@RestPath long id) {
        return episodePages.delete(id, who(), episode -> UriBuilder.fromPath("/editeur/programmes/" + episode.programme.id));
    }

    private Programme programme(long id) {
        return programmePages.item(id);
    }

    private Episode episode(long id) {
        return episodePages.item(id);
    }

    private Actor who() {
        return Actor.of(editor.get());
    }
}
