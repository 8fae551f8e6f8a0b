package org.governance.gateway.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.governance.gateway.client.CommitteesClient;
import org.governance.gateway.client.DirectorsClient;
import org.governance.gateway.client.Downstream;
import org.governance.gateway.client.FilingsClient;
import org.governance.gateway.graphql.error.Errors;
import org.governance.gateway.model.CommitteeMembership;
import org.governance.gateway.model.Director;
import org.governance.gateway.model.Inputs.TransactionFilter;
import org.governance.gateway.model.OwnerRole;
import org.governance.gateway.model.Page;
import org.governance.gateway.model.TransactionRecord;
import org.governance.gateway.model.TransactionSort;

/**
 * The trade screener: filings-service filters and pages; a committee-type filter is first turned into the CIKs of the
 * people who sat on such a committee of the issuers in the period (committees-service, then directors-service).
 */
@ApplicationScoped
public class TradeScreenService {

    static final int MAX_ISSUERS_FOR_COMMITTEES = 20;

    private final CommitteesClient committees;
    private final DirectorsClient directors;
    private final FilingsClient filings;
    private final Downstream downstream;

    public TradeScreenService(CommitteesClient committees, DirectorsClient directors, FilingsClient filings, Downstream downstream) {
        this.committees = committees;
        this.directors = directors;
        this.filings = filings;
        this.downstream = downstream;
    }

    public Page<TransactionRecord> screen(TransactionFilter filter, TransactionSort sort, int page, int size) {
        TransactionFilter f = filter == null ? TransactionFilter.none() : filter;
        List<String> owners = f.ownerCiks();
        if (f.committeeTypes() != null && !f.committeeTypes().isEmpty()) {
            Set<String> members = committeeMembers(f);
            Set<String> asked = owners == null ? Set.of()
                    : owners.stream().map(o -> Ciks.pad(o, "filter.ownerCiks")).collect(Collectors.toSet());
            Set<String> wanted = asked.isEmpty() ? members
                    : members.stream().filter(asked::contains).collect(Collectors.toCollection(LinkedHashSet::new));
            if (wanted.isEmpty()) {
                return new Page<>(List.of(), page, size, 0, 0);
            }
            owners = new ArrayList<>(wanted);
        }
        var query = new FilingsClient.TransactionQuery(owners, f.issuerCiks(), f.quarter(), f.from(), f.to(), f.codes(), f.table(),
                f.includeSuperseded(), f.minValue(), f.roles() == null ? null : f.roles().stream().map(OwnerRole::name).toList(),
                f.underPlan(), f.late(), sort == null ? null : sort.parameter());
        return filings.transactions(query, page, size);
    }

    /** The SEC CIKs of the people on a committee of those types of the issuers at some time in the period. */
    private Set<String> committeeMembers(TransactionFilter f) {
        List<String> issuers = f.issuerCiks() == null ? List.of() : f.issuerCiks();
        if (issuers.isEmpty() || issuers.size() > MAX_ISSUERS_FOR_COMMITTEES) {
            throw new Errors.InvalidInput("committeeTypes needs issuerCiks (1 to " + MAX_ISSUERS_FOR_COMMITTEES
                    + "): committee memberships are read per issuer", null, null, "filter.committeeTypes");
        }
        LocalDate from = f.from();
        LocalDate to = f.to();
        if (f.quarter() != null) {
            Quarter quarter = Quarter.parse(f.quarter(), "filter.quarter");
            from = quarter.from();
            to = quarter.to();
        }
        LocalDate periodFrom = from;
        LocalDate periodTo = to;
        List<CompletableFuture<List<CommitteeMembership>>> calls = issuers.stream()
                .map(issuer -> downstream.start(() -> committees.companyMemberships(Ciks.pad(issuer, "filter.issuerCiks"), periodFrom,
                        periodTo, f.committeeTypes())))
                .toList();
        Set<Long> seats = new LinkedHashSet<>();
        for (var call : calls) {
            downstream.await(CommitteesClient.SERVICE, call).forEach(m -> seats.add(m.directorId()));
        }
        if (seats.isEmpty()) {
            return Set.of();
        }
        List<Director> members = directors.directors(seats, Set.of(), Set.of(), null);
        return members.stream().map(d -> d.person().cik()).filter(cik -> cik != null)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
