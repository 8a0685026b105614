package fr.pitchoun.auth.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import fr.pitchoun.auth.account.CustomerDirectory;
import fr.pitchoun.auth.kinow.KinowCustomer;
import fr.pitchoun.auth.learning.LearningConfig;
import fr.pitchoun.auth.learning.LearningHistory;
import fr.pitchoun.auth.learning.QuizResults;
import fr.pitchoun.auth.learning.Verb;
import fr.pitchoun.auth.podcastfeed.PodcastFeeds;
import fr.pitchoun.auth.profile.FamilyProfiles;
import fr.pitchoun.auth.profile.ProfileView;
import fr.pitchoun.auth.session.FamilySessions;
import fr.pitchoun.auth.session.ViewerSession;
import io.quarkus.arc.All;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * « Télécharger mes données »: everything the platform keeps about the signed-in family, as a zip of JSON files and
 * a French summary (index.html). The account comes from Kinow, the listening positions from podcast-service; a part
 * that cannot be read says so in its file and on the summary instead of failing the whole export.
 */
@ApplicationScoped
public class FamilyExport {

    /** The account page never waits on Kinow longer than this; the export neither. */
    private static final Duration KINOW_WAIT = Duration.ofSeconds(3);

    private final CustomerDirectory customers;
    private final FamilyProfiles profiles;
    private final LearningHistory learning;
    private final QuizResults quizzes;
    private final PodcastFeeds feeds;
    private final FamilySessions sessions;
    private final PodcastListening listening;
    private final List<FamilyData> features;
    private final ObjectMapper json;
    private final ZoneId zone;

    FamilyExport(CustomerDirectory customers, FamilyProfiles profiles, LearningHistory learning, QuizResults quizzes,
                 PodcastFeeds feeds,
                 FamilySessions sessions, PodcastListening listening, @All List<FamilyData> features,
                 ObjectMapper json, LearningConfig learningConfig) {
        this.customers = customers;
        this.profiles = profiles;
        this.quizzes = quizzes;
        this.learning = learning;
        this.feeds = feeds;
        this.sessions = sessions;
        this.listening = listening;
        this.features = features;
        this.json = json.copy().enable(SerializationFeature.INDENT_OUTPUT);
        this.zone = learningConfig.zone();
    }

    /** The files of the export, by name, in the order of the zip. */
    public Map<String, Object> files(ViewerSession session) {
        long customerId = session.customerId();
        List<ProfileView> children = profiles.of(customerId);
        Family family = new Family(customerId, children.stream().map(ProfileView::id).toList());
        Map<String, Object> files = new LinkedHashMap<>();
        files.put("compte.json", account(session));
        files.put("profils.json", children);
        files.put("releves-xapi.json", perChild(children, child -> learning.allStatements(child.id(), null)));
        files.put("reponses-quiz.json", perChild(children,
                child -> learning.allStatements(child.id(), Verb.ANSWERED)));
        files.put("resultats-quiz.json", perChild(children, child -> quizzes.of(child.id(), Integer.MAX_VALUE)));
        files.put("journees.json", perChild(children, child -> learning.days(child.id(), LocalDate.of(2000, 1, 1),
                LocalDate.now(zone))));
        files.put("flux-podcast.json", feeds.createdAt(customerId)
                .<Object>map(made -> Map.of("active", true, "lastMadeAt", made,
                        "note", "Seule la date de la dernière adresse créée est gardée, jamais l'adresse elle-même."))
                .orElse(Map.of("active", false)));
        files.put("connexions.json", Map.of("sessions", sessions.of(customerId), "note",
                "Les connexions sont gardées tant que leur session peut être prolongée (12 heures au plus)."));
        files.put("ecoutes-podcasts.json", podcastListening(customerId));
        for (FamilyData feature : features) {
            files.put(feature.fileName(), feature.export(family));
        }
        return files;
    }

    /** The zip: every file of {@link #files} and index.html. */
    public byte[] zip(ViewerSession session) {
        Map<String, Object> files = files(session);
        Map<String, String> descriptions = new LinkedHashMap<>();
        features.forEach(feature -> descriptions.put(feature.fileName(), feature.description()));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            zip.putNextEntry(new ZipEntry("index.html"));
            zip.write(new ExportSummary(json, zone).html(files, descriptions).getBytes(StandardCharsets.UTF_8));
            for (Map.Entry<String, Object> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(json.writeValueAsBytes(file.getValue()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private Object account(ViewerSession session) {
        Map<String, Object> account = new LinkedHashMap<>();
        account.put("customerId", session.customerId());
        account.put("entitlements", session.entitlements().stream().sorted().toList());
        try {
            KinowCustomer customer = customers.customer(session.customerId()).await().atMost(KINOW_WAIT);
            account.put("firstName", customer.firstname());
            account.put("lastName", customer.lastname());
            account.put("email", customer.email());
            account.put("source", "Kinow");
        } catch (RuntimeException e) {
            account.put("firstName", session.firstName());
            account.put("available", false);
            account.put("message", "Kinow n'a pas répondu : le nom et l'adresse e-mail du compte manquent. "
                    + "Réessayez dans quelques minutes.");
        }
        return account;
    }

    private Object podcastListening(long customerId) {
        if (!listening.configured()) {
            return Map.of("positions", List.of());
        }
        return listening.export(customerId).<Object>map(JsonNode.class::cast).orElse(Map.of("available", false,
                "message", "Le service des podcasts n'a pas répondu : vos positions d'écoute manquent. "
                        + "Réessayez dans quelques minutes."));
    }

    private static List<Map<String, Object>> perChild(List<ProfileView> children,
                                                      java.util.function.Function<ProfileView, List<?>> rows) {
        List<Map<String, Object>> perChild = new ArrayList<>();
        for (ProfileView child : children) {
            perChild.add(Map.of("profileId", child.id(), "name", child.name(), "items", rows.apply(child)));
        }
        return perChild;
    }
}
