package fr.pitchoun.cms.schedule;

import fr.pitchoun.cms.content.ParisTime;
import org.jboss.resteasy.reactive.RestForm;

import java.time.format.DateTimeFormatter;
import java.util.List;

/** A slot as typed in the week view's form (Paris times), kept as text to be shown back as typed. */
public class SlotForm {

    static final List<String> FIELDS = List.of("date", "start", "end", "programme", "title");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    @RestForm
    public String date = "";

    @RestForm
    public String start = "";

    @RestForm
    public String end = "";

    /** Slug of the programme on air; may be empty for anything else (news flash, trailer), given a title. */
    @RestForm
    public String programme = "";

    /** What the guide shows; the programme's title when left empty. */
    @RestForm
    public String title = "";

    static SlotForm of(ScheduleSlot slot) {
        SlotForm form = new SlotForm();
        form.date = slot.startsAt.atZone(ParisTime.ZONE).toLocalDate().toString();
        form.start = TIME.format(slot.startsAt.atZone(ParisTime.ZONE));
        form.end = TIME.format(slot.endsAt.atZone(ParisTime.ZONE));
        form.programme = slot.programme == null ? "" : slot.programme.slug;
        form.title = slot.title;
        return form;
    }
}
