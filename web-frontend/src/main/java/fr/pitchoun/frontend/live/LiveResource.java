package fr.pitchoun.frontend.live;

import fr.pitchoun.frontend.account.SiteSessions;
import fr.pitchoun.frontend.account.Visit;
import fr.pitchoun.frontend.screentime.ScreenTimeConfig;
import fr.pitchoun.frontend.screentime.ScreenTimeGate;
import fr.pitchoun.frontend.security.ContentSecurityPolicy;
import fr.pitchoun.frontend.site.SitePages;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The live pages: {@code /direct} lists every channel (still, state, programme on now and next: public, like the
 * guide), {@code /direct/{channel}} plays one. Only a MyPitchoun+ viewer gets a channel's signed address (the player,
 * /js/direct.js, reads it from the video element); anyone else gets the page saying how to get in, and no address. A
 * child's address is short-lived ({@code screen-time.live-address-lifetime}) and renewed by the player through
 * {@code /direct/adresse?chaine=}, which asks the screen-time rule each time: once the child's time is over no new
 * address is given, and the live stops when the last one expires (the player shows the pause page at once).
 */
@Path("/direct")
@Produces(MediaType.TEXT_HTML)
public class LiveResource {

    private static final String CHANNEL = "{channel: [a-z0-9]+(-[a-z0-9]+)*}";
    private static final Pattern CHANNEL_SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance direct(List<LiveChannels.OnAir> channels);

        static native TemplateInstance chaine(LiveChannels.OnAir onAir, List<LiveChannels.OnAir> channels,
                                              String manifestUrl, boolean signedIn, boolean renewed);

        static native TemplateInstance programme(LiveChannels.OnAir onAir);
    }

    private final LiveChannels channels;
    private final LiveStream stream;
    private final SiteSessions sessions;
    private final ScreenTimeGate screenTime;
    private final Duration childAddressLifetime;

    LiveResource(LiveChannels channels, LiveStream stream, SiteSessions sessions, ScreenTimeGate screenTime,
                 ScreenTimeConfig config) {
        this.channels = channels;
        this.stream = stream;
        this.sessions = sessions;
        this.screenTime = screenTime;
        this.childAddressLifetime = config.liveAddressLifetime();
    }

    @GET
    public Response list() {
        List<LiveChannels.OnAir> all = SitePages.read("Live channels", () -> channels.all(Instant.now()));
        return Response.ok(withStills(Templates.direct(all))).build();
    }

    @GET
    @Path(CHANNEL)
    public Response channel(@PathParam("channel") String slug, @CookieParam(SiteSessions.COOKIE) String token) {
        Instant now = Instant.now();
        LiveChannels.OnAir onAir = channels.channel(slug, now).orElseThrow(NotFoundException::new);
        Visit visit = sessions.visit(token);
        boolean entitled = visit.viewer().map(viewer -> viewer.watchesLive()).orElse(false);
        boolean child = visit.viewer().flatMap(viewer -> viewer.childWatching()).isPresent();
        if (entitled) {
            screenTime.require(visit.viewer(), SiteSessions.sessionIn(visit.setCookies()).orElse(token));
        }
        String manifestUrl = entitled ? manifestUrl(slug, child) : null;
        List<LiveChannels.OnAir> others = otherChannels(onAir, now);
        return visit.withCookies(Response.ok(withStills(Templates.chaine(onAir, others, manifestUrl,
                visit.viewer().isPresent(), entitled && child)))).build();
    }

    /**
     * The channel's state and programme as the page shows them (an HTML fragment of the page), read again by the
     * player at each slot change and when it switches channel. Public, like the guide.
     */
    @GET
    @Path(CHANNEL + "/programme")
    public Response programme(@PathParam("channel") String slug) {
        LiveChannels.OnAir onAir = channels.channel(slug, Instant.now()).orElseThrow(NotFoundException::new);
        return Response.ok(Templates.programme(onAir)).build();
    }

    /** A new signed address of {@code chaine} for the player (JSON); 423 once a child's screen time is over. */
    @GET
    @Path("adresse")
    @Produces(MediaType.APPLICATION_JSON)
    public Response address(@QueryParam("chaine") String channel, @CookieParam(SiteSessions.COOKIE) String token) {
        Visit visit = sessions.visit(token);
        if (!visit.viewer().map(viewer -> viewer.watchesLive()).orElse(false)) {
            return visit.withCookies(Response.status(Response.Status.FORBIDDEN)).build();
        }
        screenTime.require(visit.viewer(), SiteSessions.sessionIn(visit.setCookies()).orElse(token));
        if (channel == null || !CHANNEL_SLUG.matcher(channel).matches()) {
            return visit.withCookies(Response.status(Response.Status.BAD_REQUEST).type(MediaType.TEXT_PLAIN_TYPE)
                    .entity("Chaîne inconnue : indiquez-la dans le paramètre « chaine ».")).build();
        }
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        // The site serves no other JSON (no JSON provider on the server side): one field, written here.
        String address = manifestUrl(channel, visit.viewer().get().childWatching().isPresent());
        return visit.withCookies(Response.ok("{\"manifestUrl\":\"" + address + "\"}").cacheControl(noStore))
                .build();
    }

    /** Every channel, for the switch above the player; only this one when cms-service cannot list them. */
    private List<LiveChannels.OnAir> otherChannels(LiveChannels.OnAir onAir, Instant now) {
        try {
            return channels.all(now);
        } catch (RuntimeException e) {
            return List.of(onAir);
        }
    }

    /** The stills come from the HLS server: the page allows it as an image source. */
    private TemplateInstance withStills(TemplateInstance page) {
        return page.setAttribute(ContentSecurityPolicy.IMAGE_ORIGINS, Set.of(stream.baseUrl()));
    }

    private String manifestUrl(String channel, boolean child) {
        return child ? stream.signedManifestUrl(channel, Instant.now(), childAddressLifetime)
                : stream.signedManifestUrl(channel, Instant.now());
    }
}
