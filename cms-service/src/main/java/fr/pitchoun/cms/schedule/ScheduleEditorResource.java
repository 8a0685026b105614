package fr.pitchoun.cms.schedule;

import fr.pitchoun.cms.account.CurrentEditor;
import fr.pitchoun.cms.content.Actor;
import fr.pitchoun.cms.content.ParisTime;
import fr.pitchoun.cms.form.FieldErrors;
import fr.pitchoun.cms.form.FormOutcome;
import fr.pitchoun.cms.programme.Programme;
import fr.pitchoun.cms.programme.ProgrammeCatalog;
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
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import static fr.pitchoun.cms.editor.EditorResponses.unprocessable;

/** The schedule's week view and its forms: add, edit, delete a slot; copy a day or a week forward; import a CSV. */
@Path("/editeur/grille")
@Produces(MediaType.TEXT_HTML)
public class ScheduleEditorResource {

    /** The control room's exports are a few kilobytes a week; anything much larger is not one. */
    private static final long MAX_CSV_BYTES = 512 * 1024;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance week(TvChannel channel, List<TvChannel> channels, LocalDate monday,
                                            Map<LocalDate, List<ScheduleSlot>> days, List<Programme> programmes,
                                            SlotForm form, FieldErrors errors, String message, List<String> problems);

        static native TemplateInstance slot(ScheduleSlot slot, List<Programme> programmes, SlotForm form,
                                            FieldErrors errors);

        static native TemplateInstance confirmDelete(ScheduleSlot slot);
    }

    private final ScheduleBook schedule;
    private final ProgrammeCatalog programmes;
    private final CurrentEditor editor;

    ScheduleEditorResource(ScheduleBook schedule, ProgrammeCatalog programmes, CurrentEditor editor) {
        this.schedule = schedule;
        this.programmes = programmes;
        this.editor = editor;
    }

    @GET
    public Response firstChannel() {
        return Response.seeOther(UriBuilder.fromPath("/editeur/grille/{c}").build(schedule.channels().get(0).slug)).build();
    }

    @GET
    @Path("{channel}")
    public TemplateInstance week(@RestPath String channel, @RestQuery String semaine, @RestQuery String fait,
                                 @RestQuery Integer nombre) {
        String message = fait == null ? null : switch (fait) {
            case "ajoute" -> "Le créneau a été ajouté.";
            case "modifie" -> "Le créneau a été modifié.";
            case "supprime" -> "Le créneau a été supprimé.";
            case "copie" -> nombre + " créneau(x) copié(s).";
            case "importe" -> nombre + " créneau(x) importé(s).";
            default -> null;
        };
        SlotForm form = new SlotForm();
        form.date = monday(semaine).toString();
        return page(channel, monday(semaine), form, FieldErrors.none(), message, List.of());
    }

    @POST
    @Path("{channel}/creneaux")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response add(@RestPath String channel, @BeanParam SlotForm form) {
        channel(channel);
        FormOutcome<SlotForm, ScheduleSlot> outcome = schedule.save(channel, null, form, who());
        if (!outcome.succeeded()) {
            return unprocessable(page(channel, mondayOfTyped(outcome.form().date), outcome.form(), outcome.errors(),
                    null, List.of()));
        }
        return backToWeek(channel, outcome.item().startsAt.atZone(ParisTime.ZONE).toLocalDate(), "ajoute", null);
    }

    @GET
    @Path("creneaux/{id}")
    public TemplateInstance editSlot(@RestPath long id) {
        ScheduleSlot slot = slot(id);
        return Templates.slot(slot, programmes.allByTitle(), SlotForm.of(slot), FieldErrors.none());
    }

    @POST
    @Path("creneaux/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response updateSlot(@RestPath long id, @BeanParam SlotForm form) {
        ScheduleSlot slot = slot(id);
        FormOutcome<SlotForm, ScheduleSlot> outcome = schedule.save(slot.channelSlug, id, form, who());
        if (!outcome.succeeded()) {
            return unprocessable(Templates.slot(slot, programmes.allByTitle(), outcome.form(), outcome.errors()));
        }
        return backToWeek(slot.channelSlug, outcome.item().startsAt.atZone(ParisTime.ZONE).toLocalDate(), "modifie", null);
    }

    @GET
    @Path("creneaux/{id}/supprimer")
    public TemplateInstance confirmDelete(@RestPath long id) {
        return Templates.confirmDelete(slot(id));
    }

    @POST
    @Path("creneaux/{id}/supprimer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@RestPath long id) {
        ScheduleSlot slot = schedule.delete(id, who()).orElseThrow(NotFoundException::new);
        return backToWeek(slot.channelSlug, slot.startsAt.atZone(ParisTime.ZONE).toLocalDate(), "supprime", null);
    }

    /** {@code etendue}: "jour" copies the day {@code depuis} to the next day, "semaine" its week to the next week. */
    @POST
    @Path("{channel}/copier")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response copy(@RestPath String channel, @RestForm String depuis, @RestForm String etendue) {
        channel(channel);
        LocalDate from = parseDay(depuis);
        boolean week = "semaine".equals(etendue);
        LocalDate start = week ? ScheduleBook.mondayOf(from) : from;
        ScheduleBook.Copy copy = schedule.copyForward(channel, start, week ? 7 : 1, week ? 7 : 1, who());
        if (copy.refusal() != null) {
            return unprocessable(page(channel, ScheduleBook.mondayOf(from), emptyForm(from), FieldErrors.none(), null,
                    List.of(copy.refusal())));
        }
        return backToWeek(channel, start.plusDays(week ? 7 : 1), "copie", copy.copied());
    }

    @POST
    @Path("{channel}/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response importCsv(@RestPath String channel, @RestForm("fichier") FileUpload file,
                              @RestForm String semaine) throws IOException {
        channel(channel);
        LocalDate monday = monday(semaine);
        List<String> problems;
        if (file == null || file.size() == 0) {
            problems = List.of("Choisissez le fichier CSV exporté par la régie.");
        } else if (file.size() > MAX_CSV_BYTES) {
            problems = List.of("Le fichier dépasse 512 Ko : ce n'est pas un export de grille.");
        } else {
            CsvImport.Result result = schedule.importCsv(channel,
                    Files.readString(file.uploadedFile(), StandardCharsets.UTF_8), who());
            if (result.errors().isEmpty()) {
                LocalDate first = result.rows().get(0).times().start().atZone(ParisTime.ZONE).toLocalDate();
                return backToWeek(channel, first, "importe", result.rows().size());
            }
            problems = result.errors();
        }
        return unprocessable(page(channel, monday, emptyForm(monday), FieldErrors.none(), null, problems));
    }

    private TemplateInstance page(String channel, LocalDate monday, SlotForm form, FieldErrors errors, String message,
                                  List<String> problems) {
        return Templates.week(channel(channel), schedule.channels(), monday, schedule.week(channel, monday),
                programmes.allByTitle(), form, errors, message, problems);
    }

    private static SlotForm emptyForm(LocalDate day) {
        SlotForm form = new SlotForm();
        form.date = day.toString();
        return form;
    }

    private static Response backToWeek(String channel, LocalDate day, String done, Integer count) {
        UriBuilder week = UriBuilder.fromPath("/editeur/grille/{c}").queryParam("semaine", ScheduleBook.mondayOf(day))
                .queryParam("fait", done);
        if (count != null) {
            week.queryParam("nombre", count);
        }
        return Response.seeOther(week.build(channel)).build();
    }

    private static LocalDate monday(String semaine) {
        return ScheduleBook.mondayOf(semaine == null ? LocalDate.now(ParisTime.ZONE) : parseDay(semaine));
    }

    private static LocalDate mondayOfTyped(String date) {
        try {
            return ScheduleBook.mondayOf(LocalDate.parse(date));
        } catch (DateTimeParseException e) {
            return ScheduleBook.mondayOf(LocalDate.now(ParisTime.ZONE));
        }
    }

    private static LocalDate parseDay(String day) {
        try {
            return LocalDate.parse(day);
        } catch (DateTimeParseException | NullPointerException e) {
            throw new NotFoundException();
        }
    }

    private TvChannel channel(String slug) {
        return schedule.channel(slug).orElseThrow(NotFoundException::new);
    }

    private ScheduleSlot slot(long id) {
        return schedule.slot(id).orElseThrow(NotFoundException::new);
    }

    private Actor who() {
        return Actor.of(editor.get());
    }
}
