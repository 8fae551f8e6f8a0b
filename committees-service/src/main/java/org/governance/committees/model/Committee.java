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
import jakarta.persistence.Table;

import org.governance.committees.events.CommitteeEvents;

/** A committee of one company's board, alive from {@link #formedOn} to {@link #dissolvedOn}, both days included. */
@Entity
@EntityListeners(CommitteeEvents.class)
@Table(name = "committee")
public class Committee extends Recorded {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** The company's SEC CIK, ten digits; the company itself is owned by directors-service. */
    @Column(name = "company_cik")
    public String companyCik;

    @Enumerated(EnumType.STRING)
    public CommitteeType type;

    public String name;

    /** A standing committee is permanent; an ad hoc one is formed for one task. */
    public boolean standing;

    @Column(name = "charter_url")
    public String charterUrl;

    @Column(name = "charter_text")
    public String charterText;

    @Column(name = "charter_reviewed_on")
    public LocalDate charterReviewedOn;

    /** Empty when unknown: the committee then counts as existing from the start. */
    @Column(name = "formed_on")
    public LocalDate formedOn;

    @Column(name = "dissolved_on")
    public LocalDate dissolvedOn;

    public boolean illustrative;

    /** Whether the committee exists on the day. */
    public boolean aliveOn(LocalDate day) {
        return (formedOn == null || !formedOn.isAfter(day)) && (dissolvedOn == null || !dissolvedOn.isBefore(day));
    }
}
