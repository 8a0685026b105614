package fr.pitchoun.cms.schedule;

import fr.pitchoun.cms.programme.Programme;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The control room's CSV alone, without the service: what it reads, and the errors it gives by line. */
class CsvImportTest {

    private static final String HEADER = "date;debut;fin;programme;titre";

    private static CsvImport.Result read(String csv) {
        return CsvImport.read(csv, slug -> slug.equals("mission-ocean") ? Optional.of(missionOcean()) : Optional.empty(),
                times -> Optional.empty());
    }

    private static Programme missionOcean() {
        Programme programme = new Programme();
        programme.slug = "mission-ocean";
        programme.title = "Mission Océan";
        return programme;
    }

    private static List<String> titles(CsvImport.Result result) {
        return result.rows().stream().map(CsvImport.Row::title).toList();
    }

    @Test
    void aQuotedFieldIsReadWithoutItsQuotes() {
        CsvImport.Result result = read(HEADER + "\n2026-11-30;07:00;07:30;;\"Le \"\"grand\"\" réveil\"\n");

        assertEquals(List.of(), result.errors());
        assertEquals(List.of("Le \"grand\" réveil"), titles(result));
    }

    @Test
    void aSeparatorInsideQuotesBelongsToTheField() {
        CsvImport.Result result = read(HEADER + "\n2026-11-30;07:00;07:30;;\"Contes; comptines\"\n"
                + "2026-11-30;08:00;08:30;\"mission-ocean\";\n");

        assertEquals(List.of(), result.errors());
        assertEquals(List.of("Contes; comptines", "Mission Océan"), titles(result));
    }

    @Test
    void commasSeparateWhenTheHeaderUsesThem() {
        CsvImport.Result result = read("date,debut,fin,programme,titre\n2026-11-30,07:00,07:30,,\"Contes, comptines\"\n");

        assertEquals(List.of(), result.errors());
        assertEquals(List.of("Contes, comptines"), titles(result));
    }

    @Test
    void aByteOrderMarkBeforeTheHeaderIsIgnored() {
        CsvImport.Result result = read("\uFEFF" + HEADER + "\n2026-11-30;07:00;07:30;mission-ocean;\n");

        assertEquals(List.of(), result.errors());
        assertEquals(List.of("Mission Océan"), titles(result));
    }

    @Test
    void crlfLineEndsAreLineEnds() {
        CsvImport.Result result = read(HEADER + "\r\n2026-11-30;07:00;07:30;;Réveil\r\n2026-11-30;07:15;07:45;;Chevauche\r\n");

        assertEquals(List.of("Ligne 3 : chevauche la ligne 2."), result.errors());
        assertEquals(List.of("Réveil"), titles(result));
    }

    @Test
    void errorsNameTheFileLineCountingBlankLinesAndLineEndsInsideQuotes() {
        CsvImport.Result result = read(HEADER + "\n"
                + "2026-11-30;07:00;07:30;;\"Sur deux\nlignes\"\n"
                + "\n"
                + "31/12/2031;15:00;15:30;;Mauvaise date\n"
                + "2026-11-30;16:00;16:30;programme-inconnu;\n"
                + "2026-11-30;17:00;17:30\n");

        assertEquals(List.of("Ligne 5 : la date « 31/12/2031 » n'est pas une date (exemple : 2026-11-30).",
                "Ligne 6 : aucun programme n'a l'identifiant « programme-inconnu ».",
                "Ligne 7 : 4 ou 5 champs attendus (" + HEADER + "), 3 trouvés."), result.errors());
        assertEquals(List.of(2), result.rows().stream().map(CsvImport.Row::line).toList());
    }

    @Test
    void aQuoteLeftOpenIsAnErrorOfItsLine() {
        CsvImport.Result result = read(HEADER + "\n2026-11-30;07:00;07:30;;Réveil\n2026-11-30;08:00;08:30;;\"Pas fermé\n");

        assertEquals(List.of("Ligne 3 : un guillemet ouvert n'est jamais refermé."), result.errors());
    }

    @Test
    void aWrongHeaderOrNoSlotIsRefused() {
        assertEquals(List.of("Ligne 1 : l'en-tête doit être « " + HEADER + " »."),
                read("jour;heure\n2026-11-30;07:00;07:30;;Réveil\n").errors());
        assertEquals(List.of("Ligne 1 : l'en-tête doit être « " + HEADER + " »."), read("").errors());
        assertEquals(List.of("Le fichier ne contient aucun créneau."), read(HEADER + "\r\n").errors());
    }

    @Test
    void aSlotAlreadyInTheScheduleIsNamed() {
        CsvImport.Result result = CsvImport.read(HEADER + "\n2026-11-30;07:00;07:30;;Réveil\n", slug -> Optional.empty(),
                times -> Optional.of("Dessins animés (7:00–8:00)"));

        assertEquals(List.of("Ligne 2 : chevauche « Dessins animés (7:00–8:00) », déjà dans la grille."), result.errors());
    }
}
