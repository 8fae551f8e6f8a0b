package org.governance.committees.model;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.governance.committees.events.CommitteeEvents;

/**
 * One director (a board seat of directors-service) on one committee from {@link #from} to {@link #to},
 * both days included; an open membership has no {@code to}.
 */
@Entity
@EntityListeners(CommitteeEvents.class)
@Table(name = "membership")
public class Membership extends Recorded {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "committee_id")
    public Committee committee;

    /** The seat id owned by directors-service. */
    @Column(name = "director_id")
    public long directorId;

    @Enumerated(EnumType.STRING)
    public MemberRole role;

    @Column(name = "from_date")
    public LocalDate from;

    @Column(name = "to_date")
    public LocalDate to;

    /** Designated audit committee financial expert (audit committees only). */
    @Column(name = "financial_expert")
    public boolean financialExpert;

    public boolean illustrative;
}
