package fr.pitchoun.auth.learning;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.pitchoun.auth.profile.FamilyProfiles;
import fr.pitchoun.auth.session.ViewerSession;
import fr.pitchoun.auth.web.FixedWindowLimit;
import fr.pitchoun.outbox.Outbox;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Turns the site's report into a statement for the session's child and leaves it in the outbox (the relay sends it
 * to pitchoun.learning.statements; Kafka being away only delays it). Every refusal is counted by reason.
 */
@ApplicationScoped
public class StatementIntake {

    static final String METRIC = "pitchoun.learning.statements.received";

    private final FamilyProfiles profiles;
    private final Outbox outbox;
    private final StatementRules rules;
    private final StatementRecords records;
    private final FixedWindowLimit perSession;
    private final String activityBase;
    private final MeterRegistry metrics;

    StatementIntake(FamilyProfiles profiles, Outbox outbox, LearningConfig config, ObjectMapper json,
                    MeterRegistry metrics) {
        this.profiles = profiles;
        this.outbox = outbox;
        this.rules = new StatementRules(config.lengthSlack());
        this.records = new StatementRecords(json, config.activityBase());
        this.perSession = new FixedWindowLimit(config.maxPerSession(), config.window(), System::nanoTime);
        this.activityBase = config.activityBase();
        this.metrics = metrics;
    }

    /** The statement stored for sending, or why the report was refused. */
    @Transactional
    public Outcome accept(ViewerSession session, StatementReport report) {
        long wait = perSession.countAndWaitSeconds(session.sessionId());
        if (wait > 0) {
            return refused(Outcome.Kind.THROTTLED, "throttled",
                    "Trop de relevés de lecture : patientez un instant.", wait);
        }
        Optional<Long> child = session.childProfileId();
        if (child.isEmpty()) {
            return refused(Outcome.Kind.NO_CHILD, "no-child", "Aucun profil enfant ne regarde sous cette session.", 0);
        }
        if (profiles.find(session.customerId(), child.get()).isEmpty()) {
            return refused(Outcome.Kind.FOREIGN_PROFILE, "profile",
                    "Ce profil n'existe pas ou n'appartient pas à ce compte.", 0);
        }
        Optional<StatementRules.Refusal> refusal = rules.check(report);
        if (refusal.isPresent()) {
            return refused(Outcome.Kind.INVALID, refusal.get().reason(), refusal.get().message(), 0);
        }
        LearningStatement statement = statement(child.get(), report, Instant.now());
        outbox.append(Long.toString(statement.profileId()), statement.id(), records.toRecord(statement));
        metrics.counter(METRIC, "outcome", "accepted", "reason", "none").increment();
        return new Outcome(Outcome.Kind.ACCEPTED, null, 0, statement);
    }

    LearningStatement statement(long profileId, StatementReport report, Instant now) {
        StatementReport.Item item = report.item();
        ItemKind kind = ItemKind.ofCode(item.kind()).orElseThrow();
        Verb verb = Verb.ofCode(report.verb()).orElseThrow();
        boolean quiz = verb == Verb.ANSWERED;
        return new LearningStatement(report.statementId().toLowerCase(), profileId, verb, kind,
                kind.iri(activityBase, item.first(), item.second()), item.title().strip(),
                item.themes() == null ? List.of() : item.themes().stream().map(String::strip).distinct().toList(),
                item.ageMin(), item.ageMax(), seconds(item.lengthSeconds() == null ? 0 : item.lengthSeconds()),
                seconds(report.durationSeconds()), verb == Verb.COMPLETED || quiz,
                quiz ? report.score().raw() : null, quiz ? report.score().max() : null, now,
                quiz ? answers(report.answers()) : List.of());
    }

    private static List<LearningStatement.QuizAnswer> answers(List<StatementReport.Answer> answers) {
        return answers.stream().sorted(java.util.Comparator.comparing(StatementReport.Answer::question))
                .map(a -> new LearningStatement.QuizAnswer(a.question(), a.questionText().strip(), a.choice(),
                        a.choiceText().strip(), a.correct())).toList();
    }

    private static Duration seconds(double seconds) {
        return Duration.ofMillis(Math.round(seconds * 1000));
    }

    private Outcome refused(Outcome.Kind kind, String reason, String message, long retryAfter) {
        metrics.counter(METRIC, "outcome", "refused", "reason", reason).increment();
        return new Outcome(kind, message, retryAfter, null);
    }

    /** What became of a report. */
    public record Outcome(Kind kind, String message, long retryAfterSeconds, LearningStatement statement) {

        public enum Kind { ACCEPTED, THROTTLED, NO_CHILD, FOREIGN_PROFILE, INVALID }
    }
}
