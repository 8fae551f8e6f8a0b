package org.governance.filings.rest;

import static org.governance.wire.ProblemMappers.problem;

import java.util.List;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.governance.filings.edgar.InvalidFilingException;
import org.governance.wire.Problem.FieldError;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** filings-service's own refusals, beside the shared ones of {@link org.governance.wire.ProblemMappers}. */
public class FilingProblemMappers {

    /** A filing refused by the EDGAR parser: the element path is the field. */
    @ServerExceptionMapper
    public Response invalidFiling(InvalidFilingException e, UriInfo uri) {
        boolean malformed = e.reason() == InvalidFilingException.Reason.MALFORMED;
        return problem(malformed ? 400 : 422, malformed ? "malformed-xml" : "invalid-filing",
                malformed ? "The filing is not readable XML" : "The filing is not a valid ownership document",
                e.getMessage() + " (at " + e.path() + ")", uri, List.of(new FieldError(e.path(), e.getMessage())));
    }
}
