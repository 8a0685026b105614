package fr.pitchoun.frontend.schedule;

import fr.pitchoun.frontend.catalogue.CmsContent;
import fr.pitchoun.frontend.dates.FrenchDates;
import fr.pitchoun.frontend.site.SitePages;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestQuery;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The TV guide ({@code /grille?jour=AAAA-MM-JJ}): every channel's schedule of a day, today by default. */
@Path("/grille")
@Produces(MediaType.TEXT_HTML)
public class GuidePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance grille(TvGuide guide);

        static native TemplateInstance jourInvalide(String jour, LocalDate today);
    }

    private final CmsContent content;

    GuidePages(CmsContent content) {
        this.content = content;
    }

    @GET
    public Response guide(@RestQuery String jour) {
        Instant now = Instant.now();
        LocalDate today = LocalDate.ofInstant(now, FrenchDates.PARIS);
        Optional<LocalDate> day = TvGuide.requestedDay(jour, today);
        if (day.isEmpty()) {
            return Response.status(Response.Status.BAD_REQUEST).entity(Templates.jourInvalide(jour, today)).build();
        }
        List<TvGuide.ChannelDay> channels = SitePages.read("TV guide", () -> content.channels().stream()
                .map(channel -> TvGuide.channelDay(channel, content.schedule(channel.slug(), day.get()), now))
                .toList());
        return Response.ok(Templates.grille(TvGuide.of(day.get(), channels, today))).build();
    }
}
