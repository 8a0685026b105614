package fr.pitchoun.e2e;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An editor's browser on cms-service's pages: signs in as the demo editor, reads a form as the page shows it (every
 * field with its current value) and sends it back with some fields changed, as a person would.
 */
final class EditorForms {

    /** The demo editor and admin seeded by cms-service's demo content (see its README). */
    private static final String EDITOR_EMAIL = "editrice@pitchoun.test";
    private static final String EDITOR_PASSWORD = "Pitchoun-Edition-2026";
    private static final String ADMIN_EMAIL = "admin@pitchoun.test";
    private static final String ADMIN_PASSWORD = "Pitchoun-Admin-2026";
    private static final Pattern INPUT = Pattern.compile("<input\\s([^>]*)>");
    private static final Pattern TEXTAREA = Pattern.compile("<textarea\\s([^>]*)>(.*?)</textarea>", Pattern.DOTALL);
    private static final Pattern SELECT = Pattern.compile("<select\\s([^>]*)>(.*?)</select>", Pattern.DOTALL);
    private static final Pattern OPTION = Pattern.compile("<option\\s([^>]*)>");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
            .cookieHandler(new CookieManager()).build();

    /** Signed in as the demo editor. */
    static EditorForms signIn() throws Exception {
        return signIn(EDITOR_EMAIL, EDITOR_PASSWORD);
    }

    /** Signed in as the demo admin, who also manages accounts and live channels. */
    static EditorForms signInAsAdmin() throws Exception {
        return signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
    }

    private static EditorForms signIn(String email, String password) throws Exception {
        EditorForms editor = new EditorForms();
        List<Map.Entry<String, String>> form = editor.form("/editeur/connexion", "/editeur/connexion");
        form.removeIf(field -> field.getKey().equals("email") || field.getKey().equals("password"));
        form.add(new SimpleEntry<>("email", email));
        form.add(new SimpleEntry<>("password", password));
        assertEquals(303, editor.post("/editeur/connexion", form).statusCode(), email + " signs in");
        return editor;
    }

    String page(String path) throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(TestPlatform.CMS_URL + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode(), path);
        return page.body();
    }

    /** The fields of the form of {@code page} that posts to {@code action}, with the values the page shows. */
    List<Map.Entry<String, String>> form(String page, String action) throws Exception {
        String html = page(page);
        int start = html.indexOf("action=\"" + action + "\"");
        assertTrue(start >= 0, "the page " + page + " has a form posting to " + action);
        String form = html.substring(start, html.indexOf("</form>", start));
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        Matcher input = INPUT.matcher(form);
        while (input.find()) {
            String attributes = input.group(1);
            String name = attribute(attributes, "name");
            String type = attribute(attributes, "type");
            boolean choice = "checkbox".equals(type) || "radio".equals(type);
            if (name != null && (!choice || attributes.contains(" checked"))) {
                String value = attribute(attributes, "value");
                fields.add(new SimpleEntry<>(name, value == null ? (choice ? "on" : "") : value));
            }
        }
        Matcher textarea = TEXTAREA.matcher(form);
        while (textarea.find()) {
            fields.add(new SimpleEntry<>(attribute(textarea.group(1), "name"), unescape(textarea.group(2))));
        }
        Matcher select = SELECT.matcher(form);
        while (select.find()) {
            String chosen = null;
            Matcher option = OPTION.matcher(select.group(2));
            while (option.find()) {
                String value = attribute(option.group(1), "value");
                if (chosen == null || option.group(1).contains(" selected")) {
                    chosen = value;
                }
                if (option.group(1).contains(" selected")) {
                    break;
                }
            }
            fields.add(new SimpleEntry<>(attribute(select.group(1), "name"), chosen == null ? "" : chosen));
        }
        return fields;
    }

    /** Replaces the value of a field (every field of that name). */
    static void set(List<Map.Entry<String, String>> form, String name, String value) {
        assertTrue(form.stream().anyMatch(field -> field.getKey().equals(name)), "the form has a field " + name);
        form.forEach(field -> {
            if (field.getKey().equals(name)) {
                field.setValue(value);
            }
        });
    }

    static String value(List<Map.Entry<String, String>> form, String name) {
        return form.stream().filter(field -> field.getKey().equals(name)).map(Map.Entry::getValue).findFirst()
                .orElseThrow(() -> new AssertionError("the form has no field " + name));
    }

    HttpResponse<String> post(String path, List<Map.Entry<String, String>> form) throws Exception {
        String body = form.stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create(TestPlatform.CMS_URL + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String attribute(String attributes, String name) {
        Matcher value = Pattern.compile("(?:^|\\s)" + name + "=\"([^\"]*)\"").matcher(attributes);
        return value.find() ? unescape(value.group(1)) : null;
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&#x27;", "'").replace("&amp;", "&");
    }
}
