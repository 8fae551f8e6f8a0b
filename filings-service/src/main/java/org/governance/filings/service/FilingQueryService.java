package org.governance.filings.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.governance.filings.edgar.OwnershipDocument.Table;
import org.governance.filings.mapping.FilingMapper;
import org.governance.filings.mapping.FilingResponse;
import org.governance.filings.mapping.SummaryResponse;
import org.governance.filings.mapping.TransactionRecord;
import org.governance.filings.repository.FilingRepository;
import org.governance.filings.repository.FilingRepository.CodeTotals;
import org.governance.filings.repository.TransactionQuery;
import org.governance.wire.Page;
import org.governance.wire.PageRequest;
import org.governance.wire.ServiceException;

/** Reads filings and transactions; superseded filings are left out unless asked for. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class FilingQueryService {

    private final FilingRepository filings;
    private final FilingMapper mapper;

    public FilingQueryService(FilingRepository filings, FilingMapper mapper) {
        this.filings = filings;
        this.mapper = mapper;
    }

    public FilingResponse get(String accession) {
        return filings.find(accession).map(mapper::toResponse)
                .orElseThrow(() -> ServiceException.notFound("No filing with accession number " + accession));
    }

    public Page<TransactionRecord> transactions(TransactionQuery query, PageRequest page) {
        return Page.of(filings.transactions(query, page), mapper::toRecord, page, () -> filings.countTransactions(query));
    }

    /** Totals per code; {@code quarter} is only echoed back. */
    public SummaryResponse summary(String cik, String quarter, TransactionQuery query) {
        List<CodeTotals> byCode = filings.totalsByCode(query);
        Table table = query.table();
        return new SummaryResponse(cik, quarter, query.from(), query.to(), table == null ? null : table.name(),
                byCode.stream().map(mapper::toSummary).toList(), mapper.total(byCode));
    }
}
