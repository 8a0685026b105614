package fr.pitchoun.ingest.channel;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;

/** The channels and whether each is on air, as recorded from NGINX's callbacks. */
@ApplicationScoped
public class ChannelDirectory {

    @Transactional
    public List<ChannelSummary> all() {
        return Panache.getEntityManager().createQuery("""
                        select c.slug, c.displayName, c.enabled, p.startedAt
                        from Channel c left join Publication p on p.channel = c and p.endedAt is null
                        order by c.slug""", Object[].class)
                .getResultStream()
                .map(row -> new ChannelSummary((String) row[0], (String) row[1], (Boolean) row[2], row[3] != null,
                        (Instant) row[3]))
                .toList();
    }
}
