package org.governance.directors.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.governance.directors.events.BoardEvents;

/** An issuer, keyed by its SEC CIK (always ten digits, zero-padded). */
@Entity
@EntityListeners(BoardEvents.class)
@Table(name = "company")
public class Company extends Recorded {

    @Id
    public String cik;

    public String name;

    public String ticker;

    public String exchange;

    /** Month and day the fiscal year ends, as MM-DD. */
    @Column(name = "fiscal_year_end")
    public String fiscalYearEnd;

    /** A classified (staggered) board elects one of three classes of directors each year. */
    @Column(name = "classified_board")
    public boolean classifiedBoard;
}
