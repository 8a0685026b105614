package fr.pitchoun.frontend.screentime;

import java.util.List;
import java.util.Map;

/**
 * What the parents' « Temps d'écran » page shows: every child's form, and the one the gateway refused as the parent
 * left it ({@code formOf}: its profile; typed values kept, a message next to each field at fault).
 */
public record ScreenTimeForms(List<ChildSettings> children, long formOf, Map<String, String> typed,
                              Map<String, String> fieldErrors, String error, String notice) {

    static ScreenTimeForms of(List<ChildSettings> children, String notice) {
        return new ScreenTimeForms(children, 0, Map.of(), Map.of(), null, notice);
    }

    /** The value shown in a field: what was typed if this child's form came back, else what is kept. */
    public String value(ChildSettings child, String field) {
        if (formOf == child.profileId()) {
            return typed.getOrDefault(field, "");
        }
        Object kept = switch (field) {
            case ScreenTimePages.LIMIT -> child.dailyLimitMinutes();
            case ScreenTimePages.FROM -> child.closedFrom();
            default -> child.closedUntil();
        };
        return kept == null ? "" : kept.toString();
    }

    public String errorOf(ChildSettings child, String field) {
        return formOf == child.profileId() ? fieldErrors.get(field) : null;
    }
}
