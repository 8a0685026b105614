package fr.pitchoun.ingest.channel;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The channels and whether each is on air, as recorded from NGINX's callbacks. */
@ApplicationScoped
public class ChannelDirectory {

    private static final String SELECT = """
            select c.slug, c.displayName, c.enabled, p.startedAt, c.slate
            from Channel c left join Publication p on p.channel = c and p.endedAt is null
            """;

    private final PullUrls pullUrls;

    ChannelDirectory(PullUrls pullUrls) {
        this.pullUrls = pullUrls;
    }

    @Transactional
    public List<ChannelSummary> all() {
        return Panache.getEntityManager().createQuery(SELECT + "order by c.slug", Object[].class)
                .getResultStream().map(this::summary).toList();
    }

    @Transactional
    public Optional<ChannelSummary> bySlug(String slug) {
        return Panache.getEntityManager().createQuery(SELECT + "where c.slug = :slug", Object[].class)
                .setParameter("slug", slug)
                .getResultStream().findFirst().map(this::summary);
    }

    private ChannelSummary summary(Object[] row) {
        String slug = (String) row[0];
        Instant liveSince = (Instant) row[3];
        boolean live = liveSince != null;
        return new ChannelSummary(slug, (String) row[1], (Boolean) row[2], live, liveSince,
                live ? pullUrls.of(slug) : null, (String) row[4]);
    }
}
