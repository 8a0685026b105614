package fr.pitchoun.cms.schedule;

import fr.pitchoun.cms.programme.Programme;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads the control room's schedule export: a header line, then one slot a line, fields separated by ';' (or ','):
 * {@code date;debut;fin;programme;titre} — e.g. {@code 2026-11-30;07:00;07:30;mission-ocean;}. Every line is checked
 * (format, programme, overlaps with the schedule and with the file's other lines) before anything is stored.
 */
final class CsvImport {

    static final String HEADER = "date;debut;fin;programme;titre";

    record Row(int line, SlotTimes times, Programme programme, String title) {
    }

    record Result(List<Row> rows, List<String> errors) {
    }

    private CsvImport() {
    }

    static Result read(String csv, Function<String, Optional<Programme>> programmes,
                       Function<SlotTimes, Optional<String>> inTheWay) {
        List<Row> rows = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        String[] lines = (csv == null ? "" : csv).replace("\r", "").split("\n");
        if (lines.length == 0 || !lines[0].strip().replace(',', ';').equalsIgnoreCase(HEADER)) {
            errors.add("Ligne 1 : l'en-tête doit être « " + HEADER + " ».");
            return new Result(rows, errors);
        }
        char separator = lines[0].contains(";") ? ';' : ',';
        for (int i = 1; i < lines.length; i++) {
            int number = i + 1;
            if (lines[i].isBlank()) {
                continue;
            }
            String[] fields = lines[i].split(String.valueOf(separator), -1);
            if (fields.length < 4 || fields.length > 5) {
                errors.add("Ligne " + number + " : 4 ou 5 champs attendus (" + HEADER + "), " + fields.length + " trouvés.");
                continue;
            }
            SlotTimes.Parsed parsed = SlotTimes.parse(fields[0], fields[1], fields[2]);
            if (parsed.times() == null) {
                errors.add("Ligne " + number + " : " + parsed.error() + ".");
                continue;
            }
            String slug = fields[3].strip();
            String title = fields.length == 5 ? fields[4].strip() : "";
            Programme programme = null;
            if (!slug.isEmpty()) {
                programme = programmes.apply(slug).orElse(null);
                if (programme == null) {
                    errors.add("Ligne " + number + " : aucun programme n'a l'identifiant « " + slug + " ».");
                    continue;
                }
            } else if (title.isEmpty()) {
                errors.add("Ligne " + number + " : indiquez un programme ou un titre.");
                continue;
            }
            if (title.length() > 120) {
                errors.add("Ligne " + number + " : le titre ne doit pas dépasser 120 caractères.");
                continue;
            }
            Optional<Row> clash = rows.stream().filter(row -> row.times().overlaps(parsed.times())).findFirst();
            if (clash.isPresent()) {
                errors.add("Ligne " + number + " : chevauche la ligne " + clash.get().line() + ".");
                continue;
            }
            Optional<String> existing = inTheWay.apply(parsed.times());
            if (existing.isPresent()) {
                errors.add("Ligne " + number + " : chevauche « " + existing.get() + " », déjà dans la grille.");
                continue;
            }
            rows.add(new Row(number, parsed.times(), programme, title.isEmpty() ? programme.title : title));
        }
        if (rows.isEmpty() && errors.isEmpty()) {
            errors.add("Le fichier ne contient aucun créneau.");
        }
        return new Result(rows, errors);
    }
}
