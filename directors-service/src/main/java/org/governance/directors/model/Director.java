package org.governance.directors.model;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

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

import org.governance.directors.events.BoardEvents;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A board seat: one person on one company's board from {@link #firstElected} to {@link #leftOn},
 * both days included; an open seat has no {@code leftOn}.
 */
@Entity
@EntityListeners(BoardEvents.class)
@Table(name = "director")
public class Director extends Recorded {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "company_cik")
    public Company company;

    @ManyToOne(optional = false)
    @JoinColumn(name = "person_id")
    public Person person;

    /** Null when no one has determined it yet: only on a seat adopted from the filings. */
    public Boolean independent;

    @Column(name = "independence_determined_on")
    public LocalDate independenceDeterminedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "director_class")
    public DirectorClass directorClass;

    @Column(name = "term_expires_year")
    public Integer termExpiresYear;

    @Column(name = "first_elected")
    public LocalDate firstElected;

    @Column(name = "left_on")
    public LocalDate leftOn;

    /** Stored as a text array so that a database constraint can forbid two Chairs on one day. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "roles", columnDefinition = "text[]")
    public String[] roles = new String[0];

    @Column(name = "executive_title")
    public String executiveTitle;

    @Column(name = "audit_committee_financial_expert")
    public boolean auditCommitteeFinancialExpert;

    public boolean illustrative;

    /** CURATED for a seat a person wrote; FILINGS for one adopted from the insiders' filings, which adoption may update. */
    @Enumerated(EnumType.STRING)
    public SeatOrigin origin = SeatOrigin.CURATED;

    public Set<BoardRole> roleSet() {
        Set<BoardRole> set = EnumSet.noneOf(BoardRole.class);
        for (String role : roles) {
            set.add(BoardRole.valueOf(role));
        }
        return set;
    }

    public void setRoles(Set<BoardRole> newRoles) {
        roles = newRoles.stream().sorted().map(Enum::name).toArray(String[]::new);
    }

    /** Whether someone determined that the director is independent (not merely: not that they are not). */
    public boolean isIndependent() {
        return Boolean.TRUE.equals(independent);
    }

    public boolean hasRole(BoardRole role) {
        return roleSet().contains(role);
    }

    /** Whether the seat is held on the given day. */
    public boolean servesOn(LocalDate day) {
        return !firstElected.isAfter(day) && (leftOn == null || !leftOn.isBefore(day));
    }
}
