package org.governance.directors.client;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.governance.wire.ServiceException;
import org.jboss.logging.Logger;

/**
 * What directors-service asks filings-service: the insiders its filings report per issuer, and which issuers it holds.
 * When filings-service cannot answer, the request fails as a 503 problem.
 */
@ApplicationScoped
public class FilingsRecords {

    private static final Logger LOG = Logger.getLogger(FilingsRecords.class);
    private static final int RETRY_AFTER_SECONDS = 5;

    private final ResilientFilingsClient client;

    FilingsRecords(ResilientFilingsClient client) {
        this.client = client;
    }

    /** The issuer's insiders as its filings report them up to the day. */
    public ReportedInsiders insiders(String issuerCik, LocalDate asOf) {
        return call(() -> client.insiders(issuerCik, asOf));
    }

    /** The CIKs of every issuer with a filing filed in the period (both ends optional), in CIK order. */
    public List<String> issuerCiks(LocalDate filedFrom, LocalDate filedTo) {
        return call(() -> client.issuerCiks(filedFrom, filedTo));
    }

    private static <T> T call(Supplier<T> call) {
        try {
            return call.get();
        } catch (FaultToleranceException | ProcessingException | WebApplicationException e) {
            LOG.warnf("filings-service did not answer: %s", e.toString());
            throw ServiceException.dependencyUnavailable(
                    "filings-service, which holds the insiders' filings, could not be reached; try again later", RETRY_AFTER_SECONDS);
        }
    }
}
