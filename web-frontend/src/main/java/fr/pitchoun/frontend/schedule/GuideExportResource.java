package fr.pitchoun.frontend.schedule;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.pitchoun.frontend.catalogue.ScheduleSlot;
import fr.pitchoun.frontend.site.SitePages;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The week's schedule for TV boxes, IPTV apps and other sites: {@code /guide.xml} (XMLTV) and {@code /guide.json}.
 * Public, like the guide page; caches may keep it five minutes (the CMS reads behind it are dropped at each change).
 */
@Path("/")
public class GuideExportResource {

    private static final String CACHE = "public, max-age=300";

    private final GuideExport export;
    private final ObjectMapper json;

    GuideExportResource(GuideExport export, ObjectMapper json) {
        this.export = export;
        this.json = json;
    }

    @GET
    @Path("guide.xml")
    @Produces("application/xml;charset=utf-8")
    public Response xmltv(@Context UriInfo uri) {
        List<GuideExport.ChannelWeek> week = SitePages.read("XMLTV guide", () -> export.week(Instant.now()));
        return Response.ok(XmltvWriter.write(week, uri.getBaseUri())).header("Cache-Control", CACHE).build();
    }

    @GET
    @Path("guide.json")
    @Produces("application/json;charset=utf-8")
    public Response json(@Context UriInfo uri) throws JsonProcessingException {
        List<GuideExport.ChannelWeek> week = SitePages.read("JSON guide", () -> export.week(Instant.now()));
        List<Map<String, Object>> channels = week.stream().map(channel -> Map.<String, Object>of(
                "slug", channel.channel().slug(), "name", channel.channel().name(),
                "slots", channel.slots().stream().map(slot -> slotJson(slot, uri)).toList())).toList();
        return Response.ok(json.writeValueAsString(Map.of("channels", channels))).header("Cache-Control", CACHE)
                .build();
    }

    /** A slot: its start and end (ISO-8601, UTC), its title, and its programme's page when it is published. */
    private static Map<String, Object> slotJson(ScheduleSlot slot, UriInfo uri) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("startsAt", slot.startsAt().toString());
        fields.put("endsAt", slot.endsAt().toString());
        fields.put("title", slot.title());
        if (slot.programmeSlug() != null) {
            fields.put("programmeUrl", uri.getBaseUri().resolve("programmes/" + slot.programmeSlug()).toString());
        }
        return fields;
    }
}
