package fr.pitchoun.auth.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;

/** index.html of the export: what each file holds, in French, readable without opening the JSON. */
final class ExportSummary {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'à' HH:mm", Locale.FRENCH);
    private static final Map<String, String> FILES = Map.of(
            "compte.json", "votre compte, tel que Kinow le tient (nom, adresse e-mail, offre)",
            "profils.json", "les profils de vos enfants : surnom, tranche d'âge, avatar",
            "releves-xapi.json", "tout ce que vos enfants ont regardé ou écouté, relevé par relevé (format xAPI)",
            "reponses-quiz.json", "leurs réponses aux quiz (relevés « answered »)",
            "resultats-quiz.json", "leurs résultats par quiz : dernier et meilleur score, nombre d'essais",
            "journees.json", "le temps passé par jour et par thème (ce que montre l'espace parents)",
            "flux-podcast.json", "votre flux privé de podcasts : depuis quand son adresse actuelle existe",
            "connexions.json", "vos connexions encore gardées",
            "ecoutes-podcasts.json", "où vous vous êtes arrêtés dans les épisodes de podcasts");

    /** The avatars' names as the site shows them (web-frontend's family.Avatars). */
    private static final Map<String, String> AVATARS = Map.of("fox", "renard", "owl", "hibou", "rabbit", "lapin",
            "bear", "ours", "cat", "chat", "turtle", "tortue");

    private final ObjectMapper json;
    private final ZoneId zone;
    private final StringBuilder html = new StringBuilder();

    ExportSummary(ObjectMapper json, ZoneId zone) {
        this.json = json;
        this.zone = zone;
    }

    String html(Map<String, Object> files, Map<String, String> featureDescriptions) {
        JsonNode account = json.valueToTree(files.get("compte.json"));
        html.append("<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>Vos données Pitchoun</title>\n<style>body{font-family:sans-serif;max-width:60em;")
                .append("margin:2em auto;line-height:1.5;color:#1a1a1a}table{border-collapse:collapse}")
                .append("th,td{border:1px solid #777;padding:.2em .5em;text-align:left}</style>\n</head>\n<body>\n")
                .append("<h1>Vos données Pitchoun</h1>\n<h2>Votre compte</h2>\n<ul>\n");
        item("Nom", text(account, "firstName") + " " + text(account, "lastName"));
        item("Adresse e-mail", text(account, "email"));
        item("Numéro de client Kinow", text(account, "customerId"));
        if (account.has("message")) {
            item("Attention", text(account, "message"));
        }
        html.append("</ul>\n<h2>Vos enfants</h2>\n");
        JsonNode statements = json.valueToTree(files.get("releves-xapi.json"));
        JsonNode children = json.valueToTree(files.get("profils.json"));
        if (children.isEmpty()) {
            html.append("<p>Aucun profil enfant.</p>\n");
        }
        for (JsonNode child : children) {
            html.append("<h3>").append(escape(text(child, "name"))).append("</h3>\n<p>")
                    .append(escape(text(child, "ageBandLabel"))).append(", avatar « ")
                    .append(escape(AVATARS.getOrDefault(text(child, "avatar"), text(child, "avatar"))))
                    .append(" », profil créé le ")
                    .append(escape(when(text(child, "createdAt")))).append(".</p>\n");
            statementsOf(statements, child.path("id").asLong());
        }
        html.append("<h2>Podcasts et connexions</h2>\n<ul>\n");
        JsonNode feed = json.valueToTree(files.get("flux-podcast.json"));
        item("Flux privé des podcasts", feed.path("active").asBoolean()
                ? "adresse actuelle créée le " + when(text(feed, "lastMadeAt")) : "aucun");
        JsonNode listening = json.valueToTree(files.get("ecoutes-podcasts.json"));
        item("Épisodes de podcasts commencés", listening.has("message") ? text(listening, "message")
                : Integer.toString(listening.path("positions").size()));
        JsonNode signIns = json.valueToTree(files.get("connexions.json")).path("sessions");
        item("Connexions gardées", signIns.size() + (signIns.isEmpty() ? "" : ", la plus récente le "
                + when(text(signIns.get(0), "signedInAt"))));
        html.append("</ul>\n<h2>Les fichiers de cette archive</h2>\n<ul>\n");
        for (String file : files.keySet()) {
            item(file, FILES.getOrDefault(file, featureDescriptions.getOrDefault(file, "")));
        }
        return html.append("</ul>\n<p>Ce que nous gardons, combien de temps, et comment tout supprimer : page « Mes ")
                .append("données » de votre compte sur le site Pitchoun.</p>\n</body>\n</html>\n").toString();
    }

    private void statementsOf(JsonNode perChild, long profileId) {
        for (JsonNode child : perChild) {
            if (child.path("profileId").asLong() != profileId) {
                continue;
            }
            JsonNode items = child.path("items");
            if (items.isEmpty()) {
                html.append("<p>Aucun relevé gardé.</p>\n");
                return;
            }
            html.append("<table>\n<caption>").append(items.size())
                    .append(" relevé(s)</caption>\n<tr><th scope=\"col\">Quand</th><th scope=\"col\">Quoi</th>")
                    .append("<th scope=\"col\">Titre</th><th scope=\"col\">Durée</th></tr>\n");
            for (JsonNode statement : items) {
                html.append("<tr><td>").append(escape(when(text(statement, "timestamp")))).append("</td><td>")
                        .append(escape(statement.path("verb").path("display").path("fr-FR").asText(
                                text(statement.path("verb"), "id")))).append("</td><td>")
                        .append(escape(statement.path("object").path("definition").path("name").path("fr-FR")
                                .asText())).append("</td><td>")
                        .append(escape(duration(statement.path("result").path("duration").asText())))
                        .append("</td></tr>\n");
            }
            html.append("</table>\n");
        }
    }

    private void item(String label, String value) {
        html.append("<li><strong>").append(escape(label)).append("</strong> : ").append(escape(value))
                .append("</li>\n");
    }

    private String when(String instant) {
        try {
            return WHEN.format(Instant.parse(instant).atZone(zone));
        } catch (DateTimeParseException e) {
            return instant;
        }
    }

    private static String duration(String iso) {
        try {
            long seconds = Math.round(Duration.parse(iso).toMillis() / 1000.0);
            return seconds < 60 ? seconds + " s" : seconds / 60 + " min " + seconds % 60 + " s";
        } catch (DateTimeParseException e) {
            return iso;
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? "" : value.asText();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
