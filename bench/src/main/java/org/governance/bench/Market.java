package org.governance.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A generated market: companies, the people on their boards, committees, and the insiders' Form 4 filings. */
public record Market(List<Company> companies, List<Person> people, List<Seat> seats, List<Committee> committees,
        List<Filing> filings) {

    public record Company(String cik, String name, String ticker, boolean classifiedBoard, BigDecimal basePrice) {
    }

    public record Person(int id, String fullName, String cik, String edgarName) {
    }

    /** A board seat; officers who file but do not sit on the board have no seat. */
    public record Seat(Company company, Person person, boolean independent, String directorClass, Integer termExpiresYear,
            LocalDate firstElected, List<String> roles, boolean financialExpert) {
    }

    public record Committee(Company company, String type, String name, List<Membership> members) {
    }

    public record Membership(Seat seat, String role, LocalDate from, LocalDate to, boolean financialExpert) {
    }

    /** A Form 4 (or 4/A) with its rows; {@code amends} is the accession an amendment amends. */
    public record Filing(String accession, LocalDate filingDate, LocalDate periodOfReport, String documentType,
            Company issuer, Person owner, boolean director, boolean officer, String officerTitle, List<Trade> trades,
            boolean plan10b5One, String amends, LocalDate originalFilingDate) {
    }

    public record Trade(LocalDate date, String code, BigDecimal shares, BigDecimal price, String acquiredDisposed,
            BigDecimal sharesOwnedFollowing) {
    }
}
