package fr.pitchoun.cms.radio;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One stream of a radio ("Qualité standard" in MP3...). Public whenever its radio is. */
@Entity
@Table(name = "radio_version")
public class RadioVersion extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "radio_id", nullable = false)
    public Radio radio;

    @Column(nullable = false, length = 80)
    public String name;

    @Column(name = "stream_url", nullable = false, length = 500)
    public String streamUrl;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    public StreamFormat format;

    /** 1 for the stream shown first. */
    @Column(nullable = false)
    public int position;
}
