package org.governance.directors.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.governance.directors.events.BoardEvents;

/** A natural person who sits, or sat, on one or more boards. */
@Entity
@EntityListeners(BoardEvents.class)
@Table(name = "person")
public class Person extends Recorded {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "full_name")
    public String fullName;

    /** The person's own SEC CIK, when known; unique. */
    public String cik;

    /** The name as EDGAR writes it on filings, e.g. "Wilson John N". */
    @Column(name = "edgar_name")
    public String edgarName;

    /** Normalised words of both names, kept for order- and punctuation-insensitive search. */
    @Column(name = "name_tokens")
    public String nameTokens;

    /** True when the person is an invented example, not a fact. */
    public boolean illustrative;
}
