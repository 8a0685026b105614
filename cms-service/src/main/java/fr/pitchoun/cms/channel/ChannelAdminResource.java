package fr.pitchoun.cms.channel;

import fr.pitchoun.cms.account.AdminOnly;
import fr.pitchoun.cms.account.CurrentEditor;
import fr.pitchoun.cms.content.Actor;
import fr.pitchoun.cms.editor.EditorResponses;
import fr.pitchoun.cms.editor.EditorPages;
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
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;
import java.util.Optional;

/** Admins manage the live TV channels (live-ingest-service): create, enable, rotate the stream key, set the slate. */
@AdminOnly
@Path("/editeur/chaines")
@Produces(MediaType.TEXT_HTML)
public class ChannelAdminResource {

    private static final String LIST = "/editeur/chaines";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance channels(List<LiveChannel> channels, String message);

        static native TemplateInstance newChannel(ChannelForm form, FieldErrors errors);

        /** The key just issued, shown this once; {@code created}: a new channel rather than a rotation. */
        static native TemplateInstance issuedKey(IssuedKey issued, String publishUrl, boolean created);

        static native TemplateInstance confirmRotation(LiveChannel channel);

        static native TemplateInstance slateForm(LiveChannel channel, SlateForm form, FieldErrors errors);

        static native TemplateInstance unavailable(String reason);
    }

    private final LiveChannels channels;
    private final LiveSettings settings;
    private final CurrentEditor current;

    ChannelAdminResource(LiveChannels channels, LiveSettings settings, CurrentEditor current) {
        this.channels = channels;
        this.settings = settings;
        this.current = current;
    }

    @GET
    public TemplateInstance list(@RestQuery String fait, @RestQuery String chaine) {
        // Feedback comes as codes, never as text from the address: a link cannot make the page say anything else.
        List<LiveChannel> all = channels.all();
        String name = all.stream().filter(c -> c.slug().equals(chaine)).map(LiveChannel::name).findFirst().orElse("");
        String message = fait == null || name.isEmpty() ? null : switch (fait) {
            case "active" -> "La chaîne " + name + " est activée : sa régie peut prendre l'antenne.";
            case "desactive" -> "La chaîne " + name + " est désactivée : sa régie ne peut plus prendre l'antenne.";
            case "habillage" -> "L'habillage hors antenne de " + name + " est enregistré.";
            default -> null;
        };
        return Templates.channels(all, message);
    }

    /** Asks nothing of the live service: the history stays readable while it is away. */
    @GET
    @Path("historique")
    public TemplateInstance history() {
        return EditorPages.history("chaines", "chaînes du direct", LIST, channels.trail());
    }

    @GET
    @Path("nouvelle")
    public TemplateInstance newChannel() {
        return Templates.newChannel(new ChannelForm(), FieldErrors.none());
    }

    @POST
    @Path("nouvelle")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@BeanParam ChannelForm form) {
        FormOutcome<ChannelForm, IssuedKey> created = channels.create(form, actor());
        if (!created.succeeded()) {
            return EditorResponses.unprocessable(Templates.newChannel(created.form(), created.errors()));
        }
        return keyPage(created.item(), true);
    }

    @GET
    @Path("{slug}/nouvelle-cle")
    public TemplateInstance confirmRotation(@RestPath String slug) {
        return Templates.confirmRotation(channels.bySlug(slug).orElseThrow(NotFoundException::new));
    }

    @POST
    @Path("{slug}/nouvelle-cle")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response rotateKey(@RestPath String slug) {
        return keyPage(channels.rotateKey(slug, actor()).orElseThrow(NotFoundException::new), false);
    }

    @POST
    @Path("{slug}/activer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response enable(@RestPath String slug) {
        return done("active", channels.setEnabled(slug, true, actor()));
    }

    @POST
    @Path("{slug}/desactiver")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response disable(@RestPath String slug) {
        return done("desactive", channels.setEnabled(slug, false, actor()));
    }

    @GET
    @Path("{slug}/habillage")
    public TemplateInstance slateForm(@RestPath String slug) {
        LiveChannel channel = channels.bySlug(slug).orElseThrow(NotFoundException::new);
        SlateForm form = new SlateForm();
        form.slate = channel.slate() == null ? "" : channel.slate();
        return Templates.slateForm(channel, form, FieldErrors.none());
    }

    @POST
    @Path("{slug}/habillage")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response setSlate(@RestPath String slug, @BeanParam SlateForm form) {
        FormOutcome<SlateForm, Optional<LiveChannel>> outcome = channels.setSlate(slug, form, actor());
        if (!outcome.succeeded()) {
            LiveChannel channel = channels.bySlug(slug).orElseThrow(NotFoundException::new);
            return EditorResponses.unprocessable(Templates.slateForm(channel, outcome.form(), outcome.errors()));
        }
        return done("habillage", outcome.item());
    }

    /** The live service is away: say so plainly, nothing was done (the rest of the editors' UI keeps working). */
    @ServerExceptionMapper
    public Response unavailable(LiveServiceUnavailable away) {
        return Response.status(Response.Status.SERVICE_UNAVAILABLE).type(MediaType.TEXT_HTML_TYPE)
                .header("Retry-After", "60").entity(Templates.unavailable(away.getMessage())).build();
    }

    /** A key page is never kept by a browser or a proxy: the key must not be found again in a cache. */
    private Response keyPage(IssuedKey issued, boolean created) {
        return Response.ok(Templates.issuedKey(issued, settings.rtmpPublishUrl(), created))
                .header("Cache-Control", "no-store").build();
    }

    private Actor actor() {
        return Actor.of(current.get());
    }

    /** Post/redirect/get back to the list, which says what was done. */
    private static Response done(String what, Optional<LiveChannel> changed) {
        LiveChannel channel = changed.orElseThrow(NotFoundException::new);
        return EditorResponses.seeOther(UriBuilder.fromPath(LIST).queryParam("fait", what)
                .queryParam("chaine", channel.slug()));
    }
}
