package fr.pitchoun.cms.media;

import fr.pitchoun.cms.account.CurrentEditor;
import fr.pitchoun.cms.content.Actor;
import fr.pitchoun.cms.content.AuditEntry;
import fr.pitchoun.cms.content.Page;
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

/** The editors' pages of the media library. Thin: {@link MediaLibrary} decides, this class renders and redirects. */
@Path("/editeur/medias")
@Produces(MediaType.TEXT_HTML)
public class MediaEditorResource {

    /** HTTP status for a form sent back with mistakes to fix. */
    private static final int UNPROCESSABLE_CONTENT = 422;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance medias(Page<MediaAsset> page, String q, boolean deleted);

        static native TemplateInstance upload(MediaForm form, FieldErrors errors, String limit);

        static native TemplateInstance media(MediaAsset asset, MediaForm form, FieldErrors errors,
                                             List<MediaVariant> variants, List<String> usedBy, String message);

        static native TemplateInstance history(MediaAsset asset, List<AuditEntry> entries);

        static native TemplateInstance confirmDelete(MediaAsset asset, List<String> usedBy, boolean refused);
    }

    private final MediaLibrary library;
    private final CurrentEditor editor;

    MediaEditorResource(MediaLibrary library, CurrentEditor editor) {
        this.library = library;
        this.editor = editor;
    }

    @GET
    public TemplateInstance list(@RestQuery String q, @RestQuery Integer page, @RestQuery String supprime) {
        return Templates.medias(library.search(q, page == null ? 1 : page), q == null ? "" : q, supprime != null);
    }

    @GET
    @Path("nouveau")
    public TemplateInstance newMedia() {
        return Templates.upload(new MediaForm(), FieldErrors.none(), library.uploadLimit());
    }

    @POST
    @Path("nouveau")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@BeanParam MediaForm form) {
        FormOutcome<MediaForm, MediaAsset> outcome = library.upload(form, who());
        if (!outcome.succeeded()) {
            return Response.status(UNPROCESSABLE_CONTENT)
                    .entity(Templates.upload(outcome.form(), outcome.errors(), library.uploadLimit())).build();
        }
        return Response.seeOther(UriBuilder.fromPath("/editeur/medias/{id}").queryParam("ajoute", "1")
                .build(outcome.item().id)).build();
    }

    @GET
    @Path("{id}")
    public TemplateInstance edit(@RestPath long id, @RestQuery String ajoute, @RestQuery String enregistre) {
        MediaAsset asset = asset(id);
        String message = ajoute != null ? "L'image a été ajoutée à la médiathèque."
                : enregistre != null ? "Le texte alternatif a été enregistré." : null;
        return page(asset, MediaForm.of(asset), FieldErrors.none(), message);
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@RestPath long id, @BeanParam MediaForm form) {
        FormOutcome<MediaForm, MediaAsset> outcome = library.updateAltText(id, form, who()).orElseThrow(NotFoundException::new);
        if (!outcome.succeeded()) {
            return Response.status(UNPROCESSABLE_CONTENT)
                    .entity(page(outcome.item(), outcome.form(), outcome.errors(), null)).build();
        }
        return Response.seeOther(UriBuilder.fromPath("/editeur/medias/{id}").queryParam("enregistre", "1")
                .build(id)).build();
    }

    @GET
    @Path("{id}/historique")
    public TemplateInstance history(@RestPath long id) {
        MediaAsset asset = asset(id);
        return Templates.history(asset, library.trail(asset));
    }

    @GET
    @Path("{id}/supprimer")
    public TemplateInstance confirmDeletion(@RestPath long id) {
        MediaAsset asset = asset(id);
        return Templates.confirmDelete(asset, library.usedBy(asset), false);
    }

    @POST
    @Path("{id}/supprimer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@RestPath long id) {
        return switch (library.delete(id, who())) {
            case DELETED -> Response.seeOther(UriBuilder.fromPath("/editeur/medias").queryParam("supprime", "1")
                    .build()).build();
            case STILL_USED -> {
                MediaAsset asset = asset(id);
                yield Response.status(Response.Status.CONFLICT)
                        .entity(Templates.confirmDelete(asset, library.usedBy(asset), true)).build();
            }
            case UNKNOWN -> throw new NotFoundException();
        };
    }

    private TemplateInstance page(MediaAsset asset, MediaForm form, FieldErrors errors, String message) {
        return Templates.media(asset, form, errors, library.variants(asset), library.usedBy(asset), message);
    }

    private MediaAsset asset(long id) {
        return library.byId(id).orElseThrow(NotFoundException::new);
    }

    private Actor who() {
        return Actor.of(editor.get());
    }
}
