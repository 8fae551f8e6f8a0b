package org.governance.directors.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.governance.wire.Problem;
import org.governance.wire.ServiceException;
import org.jboss.logging.Logger;

/**
 * Sends a board file's committees and memberships to committees-service. A refusal (400, 422) comes back as
 * {@link Refused} with committees-service's problem, whose errors name the entries ({@code memberships[3].from});
 * committees-service down, failing or slower than the read timeout is a 503. Not retried: a season is sent once per import, and a retry after a
 * timeout could not tell whether the first was stored.
 */
@ApplicationScoped
public class CommitteeSeasons {

    private static final Logger LOG = Logger.getLogger(CommitteeSeasons.class);

    /** committees-service refused the season; nothing of it is stored there. */
    public static final class Refused extends RuntimeException {
        private final transient Problem problem;

        Refused(Problem problem) {
            super(problem.detail());
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }

    private final CommitteesApi api;

    CommitteeSeasons(@RestClient CommitteesApi api) {
        this.api = api;
    }

    public CommitteeSeason.Report send(String cik, CommitteeSeason season, boolean dryRun) {
        try {
            return api.season(cik, dryRun, season);
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 400 || status == 404 || status == 409 || status == 422) {
                throw new Refused(e.getResponse().readEntity(Problem.class));
            }
            throw unavailable(e);
        } catch (ProcessingException e) {
            throw unavailable(e);
        }
    }

    private static ServiceException unavailable(RuntimeException e) {
        LOG.warnf("committees-service did not answer: %s", e.toString());
        return ServiceException.dependencyUnavailable("committees-service, which holds committees and memberships, could not be reached;"
                + " nothing of the board file was stored; try again later", 5);
    }
}
