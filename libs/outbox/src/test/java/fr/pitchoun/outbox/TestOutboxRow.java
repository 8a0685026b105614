package fr.pitchoun.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Table;

import java.util.List;

/** What a service writes to use the outbox: its table, mapped by an empty subclass of OutboxRecord. */
@Entity
@Table(name = "test_outbox")
public class TestOutboxRow extends OutboxRecord {

    /** The rows of a test's run still waiting, oldest first, read in a transaction of their own. */
    static List<TestOutboxRow> waitingOf(EntityManager entities, String run) {
        return QuarkusTransaction.requiringNew().call(() -> entities
                .createQuery("from TestOutboxRow where payload like :run order by id", TestOutboxRow.class)
                .setParameter("run", "%" + run + "%").getResultList());
    }
}
