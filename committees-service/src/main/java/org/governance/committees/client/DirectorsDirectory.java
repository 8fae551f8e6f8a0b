package org.governance.committees.client;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.governance.committees.config.CommitteesConfig;
import org.governance.wire.ServiceException;
import org.jboss.logging.Logger;

/**
 * What committees-service asks directors-service: seats and companies. When directors-service cannot answer
 * (down, slow, erroring, or its circuit open), the request fails as a 503 problem and nothing is stored.
 */
@ApplicationScoped
public class DirectorsDirectory {

    private static final Logger LOG = Logger.getLogger(DirectorsDirectory.class);

    private final ResilientDirectorsClient client;
    private final CommitteesConfig config;

    DirectorsDirectory(ResilientDirectorsClient client, CommitteesConfig config) {
        this.client = client;
        this.config = config;
    }

    /** The seats with these ids, by id; ids directors-service does not know are absent. */
    public Map<Long, Seat> seats(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : call(() -> client.seats(ids));
    }

    public Optional<Seat> seat(long id) {
        return Optional.ofNullable(seats(java.util.List.of(id)).get(id));
    }

    public Optional<CompanyRef> company(String cik) {
        return call(() -> client.company(cik));
    }

    private <T> T call(Supplier<T> call) {
        try {
            return call.get();
        } catch (FaultToleranceException | ProcessingException | WebApplicationException e) {
            LOG.warnf("directors-service did not answer: %s", e.toString());
            throw ServiceException.dependencyUnavailable(
                    "directors-service, which owns companies and board seats, could not be reached; try again later",
                    config.directorsUnavailableRetryAfter());
        }
    }
}
