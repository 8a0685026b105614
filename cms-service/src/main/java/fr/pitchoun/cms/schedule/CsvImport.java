package fr.pitchoun.cms.schedule;

import fr.pitchoun.cms.programme.Programme;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads the control room's schedule export: a header line, then one slot a record, fields separated by ';' (or ','),
 * quoted when they hold a separator ({@code "Contes; comptines"}): {@code date;debut;fin;programme;titre} — e.g.
 * {@code 2026-11-30;07:00;07:30;mission-ocean;}. Every line is checked (format, programme, overlaps with the schedule
 * and with the file's other lines) before anything is stored. A UTF-8 byte-order mark and CRLF line ends are accepted.
 */
final class CsvImport {

    static final String HEADER = "date;debut;fin;programme;titre";
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    record Row(int line, SlotTimes times, Programme programme, String title) {
    }

    record Result(List<Row> rows, List<String> errors) {
    }

    private CsvImport() {
    }

    static Result read(String csv, Function<String, Optional<Programme>> programmes,
                       Function<SlotTimes, Optional<String>> inTheWay) {
        String text = csv == null ? "" : csv;
        if (!text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK) {
            text = text.substring(1);
        }
        List<Row> rows = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separatorOf(text)).get();
        try (CSVParser parser = CSVParser.parse(text, format)) {
            Iterator<CSVRecord> records = parser.iterator();
            Lines lines = new Lines(text);
            long linesRead = 0;
            try {
                if (!records.hasNext() || !isHeader(records.next())) {
                    errors.add("Ligne 1 : l'en-tête doit être « " + HEADER + " ».");
                    return new Result(rows, errors);
                }
                while (true) {
                    linesRead = parser.getCurrentLineNumber();
                    if (!records.hasNext()) {
                        break;
                    }
                    CSVRecord record = records.next();
                    readRow(record, lines.at(record.getCharacterPosition()), programmes, inTheWay, rows, errors);
                }
            } catch (UncheckedIOException e) {
                // The only way a text source fails: a quoted field left open up to the end of the file.
                errors.add("Ligne " + (linesRead + 1) + " : un guillemet ouvert n'est jamais refermé.");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (rows.isEmpty() && errors.isEmpty()) {
            errors.add("Le fichier ne contient aucun créneau.");
        }
        return new Result(rows, errors);
    }

    private static void readRow(CSVRecord record, int number, Function<String, Optional<Programme>> programmes,
                                Function<SlotTimes, Optional<String>> inTheWay, List<Row> rows, List<String> errors) {
        if (record.size() == 1 && record.get(0).isBlank()) {
            return;
        }
        if (record.size() < 4 || record.size() > 5) {
            errors.add("Ligne " + number + " : 4 ou 5 champs attendus (" + HEADER + "), " + record.size() + " trouvés.");
            return;
        }
        SlotTimes.Parsed parsed = SlotTimes.parse(record.get(0), record.get(1), record.get(2));
        if (parsed.times() == null) {
            errors.add("Ligne " + number + " : " + parsed.error() + ".");
            return;
        }
        String slug = record.get(3).strip();
        String title = record.size() == 5 ? record.get(4).strip() : "";
        Programme programme = null;
        if (!slug.isEmpty()) {
            programme = programmes.apply(slug).orElse(null);
            if (programme == null) {
                errors.add("Ligne " + number + " : aucun programme n'a l'identifiant « " + slug + " ».");
                return;
            }
        } else if (title.isEmpty()) {
            errors.add("Ligne " + number + " : indiquez un programme ou un titre.");
            return;
        }
        if (title.length() > 120) {
            errors.add("Ligne " + number + " : le titre ne doit pas dépasser 120 caractères.");
            return;
        }
        Optional<Row> clash = rows.stream().filter(row -> row.times().overlaps(parsed.times())).findFirst();
        if (clash.isPresent()) {
            errors.add("Ligne " + number + " : chevauche la ligne " + clash.get().line() + ".");
            return;
        }
        Optional<String> existing = inTheWay.apply(parsed.times());
        if (existing.isPresent()) {
            errors.add("Ligne " + number + " : chevauche « " + existing.get() + " », déjà dans la grille.");
            return;
        }
        rows.add(new Row(number, parsed.times(), programme, title.isEmpty() ? programme.title : title));
    }

    /** The header line says which separator the file uses: ';' when it has one, else ','. */
    private static char separatorOf(String text) {
        int end = text.indexOf('\n');
        return (end < 0 ? text : text.substring(0, end)).contains(";") ? ';' : ',';
    }

    private static boolean isHeader(CSVRecord record) {
        return String.join(";", record.values()).strip().equalsIgnoreCase(HEADER);
    }

    /** The file's line (from 1) where a record starts: a quoted field may hold line ends, so records are not lines. */
    private static final class Lines {
        private final String text;
        private int position;
        private int line = 1;

        Lines(String text) {
            this.text = text;
        }

        /**
         * Records come in order, so counting goes on from the previous record. A record's position is where the
         * parser started looking for it, before the empty lines it skips: those are counted too.
         */
        int at(long recordStart) {
            while (position < text.length() && (position < recordStart || isLineEnd(text.charAt(position)))) {
                char c = text.charAt(position++);
                if (c == '\n' || c == '\r' && (position >= text.length() || text.charAt(position) != '\n')) {
                    line++;
                }
            }
            return line;
        }

        private static boolean isLineEnd(char c) {
            return c == '\n' || c == '\r';
        }
    }
}
