package org.governance.filings.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.governance.filings.edgar.OwnershipDocument.Table;
import org.governance.filings.mapping.FilingMapper;
import org.governance.filings.mapping.FilingResponse;
import org.governance.filings.mapping.InsidersResponse;
import org.governance.filings.mapping.InsidersResponse.Holding;
import org.governance.filings.mapping.InsidersResponse.Insider;
import org.governance.filings.mapping.IssuerResponse;
import org.governance.filings.mapping.SummaryResponse;
import org.governance.filings.mapping.TransactionRecord;
import org.governance.filings.model.TransactionQuery;
import org.governance.filings.repository.FilingReadRepository;
import org.governance.filings.repository.FilingReadRepository.CodeTotals;
import org.governance.filings.repository.InsiderRepository;
import org.governance.wire.Page;
import org.governance.wire.PageRequest;
import org.governance.wire.ServiceException;

/** Reads filings and transactions; superseded filings are left out unless asked for. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class FilingQueryService {

    private final FilingReadRepository filings;
    private final InsiderRepository insiders;
    private final FilingMapper mapper;

    public FilingQueryService(FilingReadRepository filings, InsiderRepository insiders, FilingMapper mapper) {
        this.filings = filings;
        this.insiders = insiders;
        this.mapper = mapper;
    }

    /** An issuer's insiders as reported up to {@code asOf}: no filing yet is an empty list, not a 404. */
    public InsidersResponse insiders(String issuer, LocalDate asOf) {
        Map<String, List<Holding>> holdings = new HashMap<>();
        for (InsiderRepository.OwnerHolding row : insiders.holdings(issuer, asOf)) {
            holdings.computeIfAbsent(row.ownerCik(), cik -> new ArrayList<>()).add(row.holding());
        }
        List<InsiderRepository.Owner> owners = insiders.owners(issuer, asOf);
        String issuerName = owners.stream().max(Comparator.comparing(InsiderRepository.Owner::lastFiled))
                .map(InsiderRepository.Owner::issuerName).orElse(null);
        return new InsidersResponse(issuer, issuerName, asOf, owners.stream().map(o -> new Insider(o.cik(), o.name(), o.director(),
                o.officer(), o.officerTitle(), o.tenPercentOwner(), o.other(), o.otherText(), o.firstFiled(), o.lastFiled(), o.filings(),
                o.lastAccession(), o.exited(), holdings.getOrDefault(o.cik(), List.of()))).toList());
    }

    /** The issuers with filings in the period (either end open), by CIK. */
    public Page<IssuerResponse> issuers(LocalDate filedFrom, LocalDate filedTo, PageRequest page) {
        if (filedFrom != null && filedTo != null && filedTo.isBefore(filedFrom)) {
            throw ServiceException.invalidParameter("filedTo", "filedTo (" + filedTo + ") is before filedFrom (" + filedFrom + ")");
        }
        LocalDate from = filedFrom == null ? LocalDate.of(1900, 1, 1) : filedFrom;
        LocalDate to = filedTo == null ? LocalDate.of(9999, 12, 31) : filedTo;
        return Page.of(insiders.issuers(from, to, page), issuer -> issuer, page, () -> insiders.countIssuers(from, to));
    }

    public FilingResponse get(String accession) {
        if (!FilingIngestService.ACCESSION.matcher(accession).matches()) {
            throw ServiceException.invalidParameter("accession", "'" + accession + "' is not an accession number (0001415889-24-020022)");
        }
        return filings.find(accession).map(mapper::toResponse)
                .orElseThrow(() -> ServiceException.notFound("No filing with accession number " + accession));
    }

    public Page<TransactionRecord> transactions(TransactionQuery query, PageRequest page) {
        return Page.of(filings.transactions(query, page), mapper::toRecord, page, () -> filings.countTransactions(query));
    }

    /** What a reporting owner acquired and disposed of, per code; non-derivative transactions unless a table is named. */
    public SummaryResponse ownerSummary(String owner, String quarter, LocalDate from, LocalDate to, Table table) {
        return summary(owner, quarter, TransactionQuery.of(Set.of(owner), Set.of(), from, to, Set.of(), orDefault(table), false));
    }

    /** What insiders of an issuer acquired and disposed of, per code; non-derivative transactions unless a table is named. */
    public SummaryResponse issuerSummary(String issuer, String quarter, LocalDate from, LocalDate to, Table table) {
        return summary(issuer, quarter, TransactionQuery.of(Set.of(), Set.of(issuer), from, to, Set.of(), orDefault(table), false));
    }

    private static Table orDefault(Table table) {
        return table == null ? Table.NON_DERIVATIVE : table;
    }

    /** Totals per code; {@code quarter} is only echoed back. */
    private SummaryResponse summary(String cik, String quarter, TransactionQuery query) {
        List<CodeTotals> byCode = filings.totalsByCode(query);
        Table table = query.table();
        return new SummaryResponse(cik, quarter, query.from(), query.to(), table == null ? null : table.name(),
                byCode.stream().map(mapper::toSummary).toList(), mapper.total(byCode));
    }
}
