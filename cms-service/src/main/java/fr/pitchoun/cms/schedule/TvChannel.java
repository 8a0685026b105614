package fr.pitchoun.cms.schedule;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A TV channel with a schedule; its slug is the one live-ingest-service streams under. */
@Entity
@Table(name = "tv_channel")
public class TvChannel extends PanacheEntityBase {

    @Id
    @Column(length = 40)
    public String slug;

    @Column(nullable = false, length = 80)
    public String name;
}
