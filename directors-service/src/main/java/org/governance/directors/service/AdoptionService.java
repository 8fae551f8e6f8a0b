package org.governance.directors.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.governance.directors.client.FilingsRecords;
import org.governance.directors.mapping.AdoptionReport;
import org.governance.directors.mapping.AdoptionReport.IssuerProblem;
import org.governance.directors.mapping.AdoptionRequest;
import org.governance.wire.Cik;
import org.governance.wire.ServiceException;
import org.jboss.logging.Logger;

/**
 * Adopts the insiders that filings-service reports into board seats, issuer by issuer. No transaction is open while
 * filings-service is asked; each issuer is then written in its own short transaction ({@link InsiderAdopter}), so that
 * one issuer's refusal leaves the others adopted and an interrupted run is finished by running it again.
 */
@ApplicationScoped
public class AdoptionService {

    private static final Logger LOG = Logger.getLogger(AdoptionService.class);

    private final FilingsRecords filings;
    private final InsiderAdopter adopter;

    public AdoptionService(FilingsRecords filings, InsiderAdopter adopter) {
        this.filings = filings;
        this.adopter = adopter;
    }

    public AdoptionReport adopt(@Valid @NotNull AdoptionRequest request) {
        long started = System.nanoTime();
        boolean all = Boolean.TRUE.equals(request.all());
        List<String> chosen = request.issuerCiks() == null ? List.of() : request.issuerCiks();
        if (all == !chosen.isEmpty()) {
            throw ServiceException.invalidField(all ? "issuerCiks" : "all", "Name the issuers in issuerCiks, or set all to true; not both");
        }
        if (!all && (request.filedFrom() != null || request.filedTo() != null)) {
            throw ServiceException.invalidField(request.filedFrom() != null ? "filedFrom" : "filedTo",
                    "filedFrom and filedTo choose among all issuers; with issuerCiks they mean nothing");
        }
        if (request.filedFrom() != null && request.filedTo() != null && request.filedTo().isBefore(request.filedFrom())) {
            throw ServiceException.invalidField("filedTo", "filedTo (" + request.filedTo() + ") is before filedFrom (" + request.filedFrom() + ")");
        }
        LocalDate asOf = request.asOf() == null ? LocalDate.now() : request.asOf();
        Set<String> ciks = new LinkedHashSet<>();
        if (all) {
            ciks.addAll(filings.issuerCiks(request.filedFrom(), request.filedTo()));
        } else {
            chosen.forEach(cik -> ciks.add(Cik.normalize(cik).orElseThrow()));
        }
        InsiderAdopter.Tally total = new InsiderAdopter.Tally();
        List<IssuerProblem> problems = new ArrayList<>();
        for (String cik : ciks) {
            var reported = filings.insiders(cik, asOf);
            try {
                total.add(adopter.adopt(reported));
            } catch (ServiceException | PersistenceException e) {
                // a seat a concurrent write made overlapping, say: this issuer is left as it was, the others go on
                problems.add(new IssuerProblem(cik, e instanceof ServiceException ? e.getMessage() : "the seats could not be stored"));
                LOG.warnf("Adopting the insiders of %s failed: %s", cik, e.toString());
            }
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        LOG.infof("Adopted the insiders of %d issuer(s) in %d ms: %d seat(s) created, %d updated", ciks.size(), millis,
                total.seatsCreated, total.seatsUpdated);
        return new AdoptionReport(asOf, ciks.size(), total.companiesCreated, total.peopleCreated, total.peopleMatchedByName,
                total.seatsCreated, total.seatsUpdated, total.seatsUnchanged, total.curatedSeatsKept, total.insidersNotDirectors,
                problems, millis);
    }
}
