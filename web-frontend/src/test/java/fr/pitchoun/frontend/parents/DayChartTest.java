package fr.pitchoun.frontend.parents;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DayChartTest {

    @Test
    void eachDayIsABarWithItsMinutesWrittenAndTitledWatchedAndListenedApart() {
        List<ChildActivity.Day> days = new ArrayList<>();
        LocalDate first = LocalDate.parse("2026-11-06");
        for (int i = 0; i < 28; i++) {
            days.add(new ChildActivity.Day(first.plusDays(i), 0, 0, 0));
        }
        days.set(25, new ChildActivity.Day(first.plusDays(25), 12 * 60, 0, 1));
        days.set(27, new ChildActivity.Day(first.plusDays(27), 20 * 60, 10 * 60, 0));
        DayChart chart = DayChart.of("graphique-7", days);

        String svg = chart.svg();
        assertTrue(svg.startsWith("<svg"), svg);
        assertTrue(svg.contains("role=\"img\" aria-labelledby=\"graphique-7-titre graphique-7-resume\""), svg);
        // Two days with time: three bars (one watched, one watched + listened, hatched), their totals above them.
        assertEquals(2, count(svg, "<rect class=\"regarde\""));
        assertEquals(1, count(svg, "<rect class=\"ecoute\""));
        assertTrue(svg.contains("fill=\"url(#graphique-7-hachures)\""), svg);
        assertEquals(List.of("12", "30"), values(svg));
        assertTrue(svg.contains("<title>jeudi 3 décembre : 20 min regardé, 10 min écouté</title>"), svg);
        // The axis goes to the first step above the busiest day (30 min), in minutes.
        assertTrue(svg.contains(">30 min</text>") && svg.contains(">15 min</text>") && svg.contains(">0 min</text>"));
        // The busiest day fills the plot (160 px) from its base (y = 22 + 160): 20 min watched is 2/3 of it.
        assertTrue(svg.contains("class=\"regarde\" x=\"" + (48 + 24 * 27 + 4.0) + "\" y=\"75.3\" width=\"16\" "
                + "height=\"106.7\""), svg);
        assertEquals(28, chart.rows().size());
        assertEquals(new DayChart.Row("jeudi 3 décembre", "20 min", "10 min", "30 min"), chart.rows().get(27));
        assertEquals(new DayChart.Row("vendredi 6 novembre", "0 s", "0 s", "0 s"), chart.rows().get(0));
        assertTrue(chart.summary().contains("32 min regardé, 10 min écouté"), chart.summary());
        // Months named where they start: « nov. » then « déc. ».
        assertTrue(svg.contains(">nov.</text>") && svg.contains(">déc.</text>"), svg);
    }

    @Test
    void lessThanAMinuteIsWrittenAndTheScaleFitsTheBusiestDay() {
        DayChart chart = DayChart.of("g", List.of(new ChildActivity.Day(LocalDate.parse("2026-12-03"), 10, 0, 0)));
        assertEquals(List.of("&lt;1"), values(chart.svg()));
        assertTrue(chart.svg().contains(">2,5 min</text>") && chart.svg().contains(">5 min</text>"), chart.svg());
        assertEquals("10 s", chart.rows().get(0).watched());
        assertEquals(10, DayChart.scaleMinutes(0));
        assertEquals(5, DayChart.scaleMinutes(0.2));
        assertEquals(90, DayChart.scaleMinutes(61));
        assertEquals(1500, DayChart.scaleMinutes(1441));
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    private static List<String> values(String svg) {
        Matcher values = Pattern.compile("<text class=\"valeur\"[^>]*>([^<]*)</text>").matcher(svg);
        List<String> found = new ArrayList<>();
        while (values.find()) {
            found.add(values.group(1));
        }
        return found;
    }
}
