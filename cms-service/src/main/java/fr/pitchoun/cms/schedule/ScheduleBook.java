package fr.pitchoun.cms.schedule;

import fr.pitchoun.cms.form.FormText;
import fr.pitchoun.cms.content.Actor;
import fr.pitchoun.cms.content.AuditAction;
import fr.pitchoun.cms.content.ContentChanges;
import fr.pitchoun.cms.content.ContentType;
import fr.pitchoun.cms.content.ParisTime;
import fr.pitchoun.cms.form.FieldErrors;
import fr.pitchoun.cms.form.FormOutcome;
import fr.pitchoun.cms.programme.Programme;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The channels' schedules. Writes to a channel's schedule take a lock on the channel's row first, so two editors (or
 * an import and an editor) can never slip overlapping slots in between each other's check and write.
 */
@ApplicationScoped
public class ScheduleBook {

    private final ContentChanges changes;

    ScheduleBook(ContentChanges changes) {
        this.changes = changes;
    }

    public List<TvChannel> channels() {
        return TvChannel.listAll(Sort.by("name"));
    }

    public Optional<TvChannel> channel(String slug) {
        return TvChannel.findByIdOptional(slug);
    }

    public Optional<ScheduleSlot> slot(long id) {
        return ScheduleSlot.findByIdOptional(id);
    }

    public static LocalDate mondayOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The slots starting on each day of the week of {@code monday}, day by day (Paris days). */
    public Map<LocalDate, List<ScheduleSlot>> week(String channel, LocalDate monday) {
        Map<LocalDate, List<ScheduleSlot>> days = new LinkedHashMap<>();
        for (int i = 0; i < 7; i++) {
            days.put(monday.plusDays(i), new ArrayList<>());
        }
        between(channel, start(monday), start(monday.plusDays(7)))
                .forEach(slot -> days.get(slot.startsAt.atZone(ParisTime.ZONE).toLocalDate()).add(slot));
        return days;
    }

    public List<ScheduleSlot> day(String channel, LocalDate day) {
        return between(channel, start(day), start(day.plusDays(1)));
    }

    /** The slot on air at {@code now} (if any) and the one after it. */
    public NowNext nowNext(String channel, Instant now) {
        ScheduleSlot onAir = ScheduleSlot.<ScheduleSlot>find("channelSlug = ?1 and startsAt <= ?2 and endsAt > ?2",
                channel, now).firstResult();
        ScheduleSlot next = ScheduleSlot.<ScheduleSlot>find("channelSlug = ?1 and startsAt >= ?2",
                Sort.by("startsAt"), channel, onAir == null ? now : onAir.endsAt).firstResult();
        return new NowNext(onAir, next);
    }

    public record NowNext(ScheduleSlot now, ScheduleSlot next) {
    }

    @Transactional
    public FormOutcome<SlotForm, ScheduleSlot> save(String channel, Long slotId, SlotForm typed, Actor who) {
        lock(channel);
        SlotForm form = FormText.trimmed(typed);
        FieldErrors errors = FieldErrors.none();
        SlotTimes times = SlotTimes.parse(form.date, form.start, form.end).value().orElse(null);
        if (times == null) {
            errors.add("start", capitalised(SlotTimes.parse(form.date, form.start, form.end).error()) + ".");
        }
        Programme programme = null;
        if (!form.programme.isEmpty()) {
            programme = Programme.<Programme>find("slug", form.programme).firstResult();
            if (programme == null) {
                errors.add("programme", "Aucun programme n'a l'identifiant « " + form.programme + " ».");
            }
        } else if (form.title.isEmpty()) {
            errors.add("title", "Choisissez un programme ou indiquez un titre.");
        }
        if (form.title.length() > 120) {
            errors.add("title", "Le titre ne doit pas dépasser 120 caractères.");
        }
        if (times != null) {
            overlapping(channel, times, slotId).ifPresent(other -> errors.add("start",
                    "Ce créneau chevauche « " + other.title + " » (" + describe(other) + ")."));
        }
        if (!errors.isEmpty()) {
            return new FormOutcome<>(form, errors, null);
        }
        ScheduleSlot slot = slotId == null ? new ScheduleSlot() : ScheduleSlot.findById(slotId);
        boolean creating = slot.id == null;
        slot.channelSlug = channel;
        slot.startsAt = times.start();
        slot.endsAt = times.end();
        slot.programme = programme;
        slot.title = form.title.isEmpty() ? programme.title : form.title;
        slot.persist();
        changes.record(ContentType.SCHEDULE_SLOT, slot.id, creating ? AuditAction.CREATED : AuditAction.UPDATED,
                slot.title + " : " + describe(slot) + ".", who,
                creating ? ContentChanges.Visibility.HIDDEN : slot.visibility(), slot.visibility());
        return new FormOutcome<>(form, errors, slot);
    }

    @Transactional
    public Optional<ScheduleSlot> delete(long id, Actor who) {
        return slot(id).map(slot -> {
            lock(slot.channelSlug);
            changes.record(ContentType.SCHEDULE_SLOT, slot.id, AuditAction.DELETED, slot.title + " : " + describe(slot) + ".",
                    who, slot.visibility(), ContentChanges.Visibility.HIDDEN);
            slot.delete();
            return slot;
        });
    }

    /** Either every slot is copied or none is: a copy that would overlap the target says which slot is in the way. */
    public record Copy(int copied, String refusal) {
    }

    /**
     * Copies the slots of {@code days} days from {@code from} onwards to the same times {@code shiftDays} days later
     * (a day forward: 1 day and 1; a week forward: 7 days and 7).
     */
    @Transactional
    public Copy copyForward(String channel, LocalDate from, int days, int shiftDays, Actor who) {
        lock(channel);
        List<ScheduleSlot> source = between(channel, start(from), start(from.plusDays(days)));
        if (source.isEmpty()) {
            return new Copy(0, "Il n'y a aucun créneau à copier.");
        }
        List<ScheduleSlot> copies = new ArrayList<>();
        for (ScheduleSlot slot : source) {
            // Day arithmetic on the Paris calendar, so a copy across a clock change keeps its wall-clock time.
            SlotTimes moved = new SlotTimes(
                    slot.startsAt.atZone(ParisTime.ZONE).plusDays(shiftDays).toInstant(),
                    slot.endsAt.atZone(ParisTime.ZONE).plusDays(shiftDays).toInstant());
            Optional<ScheduleSlot> inTheWay = overlapping(channel, moved, null);
            if (inTheWay.isPresent()) {
                return new Copy(0, "Rien n'a été copié : « " + slot.title + " » chevaucherait « "
                        + inTheWay.get().title + " » (" + describe(inTheWay.get()) + ").");
            }
            ScheduleSlot copy = new ScheduleSlot();
            copy.channelSlug = channel;
            copy.startsAt = moved.start();
            copy.endsAt = moved.end();
            copy.programme = slot.programme;
            copy.title = slot.title;
            copies.add(copy);
        }
        for (ScheduleSlot copy : copies) {
            copy.persist();
            changes.record(ContentType.SCHEDULE_SLOT, copy.id, AuditAction.CREATED,
                    "Copie : " + copy.title + " : " + describe(copy) + ".", who, ContentChanges.Visibility.HIDDEN,
                    copy.visibility());
        }
        return new Copy(copies.size(), null);
    }

    /** Stores every row of a valid import, or nothing; whatever is refused is said line by line. */
    @Transactional
    public CsvImport.Result importCsv(String channel, String csv, Actor who) {
        lock(channel);
        CsvImport.Result result = CsvImport.read(csv, slug -> Programme.<Programme>find("slug", slug).firstResultOptional(),
                times -> overlapping(channel, times, null).map(other -> other.title + " (" + describe(other) + ")"));
        if (!result.errors().isEmpty()) {
            return result;
        }
        for (CsvImport.Row row : result.rows()) {
            ScheduleSlot slot = new ScheduleSlot();
            slot.channelSlug = channel;
            slot.startsAt = row.times().start();
            slot.endsAt = row.times().end();
            slot.programme = row.programme();
            slot.title = row.title();
            slot.persist();
            changes.record(ContentType.SCHEDULE_SLOT, slot.id, AuditAction.CREATED,
                    "Import CSV : " + slot.title + " : " + describe(slot) + ".", who, ContentChanges.Visibility.HIDDEN,
                    slot.visibility());
        }
        return result;
    }

    private static List<ScheduleSlot> between(String channel, Instant from, Instant to) {
        return ScheduleSlot.list("channelSlug = ?1 and startsAt >= ?2 and startsAt < ?3", Sort.by("startsAt"),
                channel, from, to);
    }

    private static Optional<ScheduleSlot> overlapping(String channel, SlotTimes times, Long except) {
        return ScheduleSlot.<ScheduleSlot>find("channelSlug = ?1 and startsAt < ?2 and endsAt > ?3 and id <> ?4",
                Sort.by("startsAt"), channel, times.end(), times.start(), except == null ? -1L : except).firstResultOptional();
    }

    private static void lock(String channel) {
        if (TvChannel.findById(channel, LockModeType.PESSIMISTIC_WRITE) == null) {
            throw new IllegalArgumentException("Unknown channel " + channel);
        }
    }

    private static Instant start(LocalDate day) {
        return day.atStartOfDay(ParisTime.ZONE).toInstant();
    }

    static String describe(ScheduleSlot slot) {
        return SlotDescriptions.describe(slot.startsAt, slot.endsAt);
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
