package fr.pitchoun.frontend.parents;

import fr.pitchoun.frontend.dates.FrenchDates;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The bar chart of a child's days, drawn on the server as SVG: one stacked bar a day, time watched (solid) under time
 * listened (hatched), so the two read apart without colour; each bar's total in minutes written above it and in its
 * title; the axis in minutes. {@link #rows()} is the same as a table, for screen readers (the picture itself is one
 * image with a summary).
 */
public record DayChart(String svg, String summary, List<Row> rows) {

    static final int SLOT = 24;
    static final int BAR = 16;
    static final int LEFT = 48;
    static final int TOP = 22;
    static final int PLOT = 160;
    static final int BOTTOM = 40;
    private static final int[] SCALE_MINUTES = {5, 10, 15, 20, 30, 45, 60, 90, 120, 180, 240, 360, 480, 720, 1440};
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM", Locale.FRANCE);

    /** A day of the table: « mardi 3 décembre », the time watched, listened and both. */
    public record Row(String day, String watched, String listened, String total) {
    }

    public static DayChart of(String id, List<ChildActivity.Day> days) {
        double maxSeconds = days.stream().mapToDouble(ChildActivity.Day::playedSeconds).max().orElse(0);
        int scale = scaleMinutes(maxSeconds / 60);
        int width = LEFT + SLOT * days.size() + 8;
        int height = TOP + PLOT + BOTTOM;
        double watched = days.stream().mapToDouble(ChildActivity.Day::watchedSeconds).sum();
        double listened = days.stream().mapToDouble(ChildActivity.Day::listenedSeconds).sum();
        String summary = days.isEmpty() ? "Aucune journée."
                : "Temps par jour du " + FrenchDates.day(days.get(0).day()) + " au "
                + FrenchDates.day(days.get(days.size() - 1).day()) + " : " + TimeSpent.of(watched) + " regardé, "
                + TimeSpent.of(listened) + " écouté en tout. Le détail jour par jour est dans le tableau qui suit.";
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"graphique\" viewBox=\"0 0 ").append(width)
                .append(' ').append(height).append("\" role=\"img\" aria-labelledby=\"").append(id)
                .append("-titre ").append(id).append("-resume\">");
        svg.append("<title id=\"").append(id).append("-titre\">Temps regardé et écouté par jour</title>");
        svg.append("<desc id=\"").append(id).append("-resume\">").append(escape(summary)).append("</desc>");
        svg.append("<defs><pattern id=\"").append(id).append("-hachures\" width=\"6\" height=\"6\" "
                + "patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
                + "<rect width=\"6\" height=\"6\" fill=\"#ffe2b8\"/>"
                + "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#8a3b00\" stroke-width=\"3\"/></pattern></defs>");
        for (int step = 0; step <= 2; step++) {
            // The middle of an odd top is written « 2,5 min ».
            String minutes = scale * step % 2 == 0 ? Integer.toString(scale * step / 2)
                    : scale * step / 2 + ",5";
            double y = TOP + PLOT - PLOT * step / 2.0;
            svg.append("<line class=\"grille\" x1=\"").append(LEFT).append("\" x2=\"").append(width - 8)
                    .append("\" y1=\"").append(y).append("\" y2=\"").append(y)
                    .append("\" stroke=\"#6b7080\" stroke-width=\"").append(step == 0 ? "1.5" : "0.5")
                    .append("\"/>");
            svg.append("<text class=\"axe\" x=\"").append(LEFT - 6).append("\" y=\"").append(y + 4)
                    .append("\" text-anchor=\"end\" font-size=\"11\">").append(minutes).append(" min</text>");
        }
        List<Row> rows = new ArrayList<>();
        LocalDate previous = null;
        for (int i = 0; i < days.size(); i++) {
            ChildActivity.Day day = days.get(i);
            double x = LEFT + SLOT * i + (SLOT - BAR) / 2.0;
            double watchedHeight = PLOT * day.watchedSeconds() / 60 / scale;
            double listenedHeight = PLOT * day.listenedSeconds() / 60 / scale;
            String label = FrenchDates.day(day.day());
            String title = label + " : " + TimeSpent.of(day.watchedSeconds()) + " regardé, "
                    + TimeSpent.of(day.listenedSeconds()) + " écouté";
            svg.append("<g class=\"jour\"><title>").append(escape(title)).append("</title>");
            double base = TOP + PLOT;
            if (day.watchedSeconds() > 0) {
                svg.append(bar(x, base - watchedHeight, watchedHeight, "fill=\"#1d3557\"", "regarde"));
            }
            if (day.listenedSeconds() > 0) {
                svg.append(bar(x, base - watchedHeight - listenedHeight, listenedHeight,
                        "fill=\"url(#" + id + "-hachures)\" stroke=\"#8a3b00\" stroke-width=\"1\"", "ecoute"));
            }
            if (day.playedSeconds() > 0) {
                svg.append("<text class=\"valeur\" x=\"").append(x + BAR / 2.0).append("\" y=\"")
                        .append(round(base - watchedHeight - listenedHeight - 4))
                        .append("\" text-anchor=\"middle\" font-size=\"10\">").append(minutesLabel(day.playedSeconds()))
                        .append("</text>");
            }
            svg.append("<text class=\"date\" x=\"").append(x + BAR / 2.0).append("\" y=\"").append(TOP + PLOT + 14)
                    .append("\" text-anchor=\"middle\" font-size=\"10\">").append(day.day().getDayOfMonth())
                    .append("</text>");
            if (previous == null || previous.getMonth() != day.day().getMonth()) {
                svg.append("<text class=\"mois\" x=\"").append(x).append("\" y=\"").append(TOP + PLOT + 28)
                        .append("\" font-size=\"10\">").append(escape(MONTH.format(day.day()))).append("</text>");
            }
            svg.append("</g>");
            previous = day.day();
            rows.add(new Row(label, TimeSpent.of(day.watchedSeconds()), TimeSpent.of(day.listenedSeconds()),
                    TimeSpent.of(day.playedSeconds())));
        }
        svg.append("</svg>");
        return new DayChart(svg.toString(), summary, rows);
    }

    /** The axis' top in minutes: the first step of the scale at or above the busiest day (10 min when all are empty). */
    static int scaleMinutes(double maxMinutes) {
        if (maxMinutes <= 0) {
            return 10;
        }
        for (int step : SCALE_MINUTES) {
            if (maxMinutes <= step) {
                return step;
            }
        }
        return (int) Math.ceil(maxMinutes / 60) * 60;
    }

    /** What is written above a bar: whole minutes, « <1 » under a minute. */
    static String minutesLabel(double seconds) {
        return seconds < 30 ? "&lt;1" : Long.toString(Math.round(seconds / 60));
    }

    private static String bar(double x, double y, double height, String paint, String kind) {
        return "<rect class=\"" + kind + "\" x=\"" + x + "\" y=\"" + round(y) + "\" width=\"" + BAR + "\" height=\""
                + round(Math.max(height, 1)) + "\" " + paint + "/>";
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
