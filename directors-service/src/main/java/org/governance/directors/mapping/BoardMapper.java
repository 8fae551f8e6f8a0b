package org.governance.directors.mapping;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.governance.directors.model.Company;
import org.governance.directors.model.Director;
import org.governance.directors.model.Person;
import org.governance.directors.model.SeatOrigin;

/** Entity to wire-format mapping for companies, people and seats. */
@ApplicationScoped
public class BoardMapper {

    public CompanyResponse toResponse(Company company) {
        return new CompanyResponse(company.cik, company.name, company.ticker, company.exchange,
                company.fiscalYearEnd, company.classifiedBoard, company.source);
    }

    public PersonResponse toResponse(Person person) {
        return new PersonResponse(person.id, person.fullName, person.cik, person.edgarName,
                person.illustrative, person.source);
    }

    public DirectorResponse toResponse(Director director) {
        return new DirectorResponse(director.id, director.company.cik, director.company.name,
                toResponse(director.person), director.independent, director.independenceDeterminedOn,
                director.directorClass, director.termExpiresYear, director.firstElected, director.leftOn,
                director.roleSet(), director.executiveTitle, director.auditCommitteeFinancialExpert,
                director.illustrative, director.source, director.origin);
    }

    /** The seat as a full request, the base onto which a merge patch is applied. */
    public DirectorRequest toRequest(Director director) {
        return new DirectorRequest(director.company.cik, director.person.id, director.independent,
                director.independenceDeterminedOn, director.directorClass, director.termExpiresYear,
                director.firstElected, director.leftOn, director.roleSet(), director.executiveTitle,
                director.auditCommitteeFinancialExpert, director.illustrative, director.source);
    }

    public void copy(CompanyRequest request, Company company) {
        company.name = request.name().strip();
        company.ticker = request.ticker() == null ? null : request.ticker().toUpperCase();
        company.exchange = request.exchange();
        company.fiscalYearEnd = request.fiscalYearEnd();
        company.classifiedBoard = Boolean.TRUE.equals(request.classifiedBoard());
        company.source = request.source();
    }

    /** Copies everything but the CIK, which the caller has normalised and checked. */
    public void copy(PersonRequest request, Person person) {
        person.fullName = request.fullName().strip();
        person.edgarName = request.edgarName();
        person.illustrative = Boolean.TRUE.equals(request.illustrative());
        person.source = request.source();
    }

    /** Copies everything but the company and person, which the caller has looked up. */
    public void copy(DirectorRequest request, Director director) {
        director.independent = request.independent();
        director.independenceDeterminedOn = request.independenceDeterminedOn();
        director.directorClass = request.directorClass();
        director.termExpiresYear = request.termExpiresYear();
        director.firstElected = request.firstElected();
        director.leftOn = request.leftOn();
        director.setRoles(request.roles() == null ? Set.of() : request.roles());
        director.executiveTitle = request.executiveTitle();
        director.auditCommitteeFinancialExpert = Boolean.TRUE.equals(request.auditCommitteeFinancialExpert());
        director.illustrative = Boolean.TRUE.equals(request.illustrative());
        director.source = request.source();
        director.origin = SeatOrigin.CURATED;
    }
}
