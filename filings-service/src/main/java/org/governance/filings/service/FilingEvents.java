package org.governance.filings.service;

import java.util.List;
import java.util.Map;

import org.governance.events.FilingStored;
import org.governance.events.Topics;
import org.governance.events.outbox.Outbox;
import org.governance.filings.edgar.Derivations;
import org.governance.filings.edgar.OwnershipDocument;
import org.governance.filings.repository.FilingWriteRepository.NewFiling;

/** The {@code filing-stored} event of a filing just stored, as the outbox writes it (events/README.md). */
final class FilingEvents {

    private FilingEvents() {
    }

    static Outbox.Pending stored(NewFiling filing, String amendsAccession) {
        OwnershipDocument doc = filing.doc();
        Map<String, String> footnoteTexts = doc.footnoteTexts();
        List<FilingStored.Owner> owners = doc.reportingOwners().stream()
                .map(o -> new FilingStored.Owner(o.cik(), o.name(), o.director(), o.officer(), o.tenPercentOwner(), o.other(),
                        o.officerTitle(), o.otherText()))
                .toList();
        List<FilingStored.Trade> trades = doc.transactions().stream()
                .map(t -> new FilingStored.Trade(t.table().name(), t.seq(), t.securityTitle(), t.transactionDate(), t.code(), t.shares(),
                        t.pricePerShare(), t.acquiredDisposed(), t.sharesOwnedFollowing(), t.directOrIndirect(),
                        Derivations.underPlan(doc, t, footnoteTexts), Derivations.late(doc.documentType(), t, filing.filingDate())))
                .toList();
        OwnershipDocument.Issuer issuer = doc.issuer();
        FilingStored event = new FilingStored(filing.accession(), doc.documentType(), doc.periodOfReport(), filing.filingDate(),
                amendsAccession, doc.aff10b5One(), new FilingStored.Issuer(issuer.cik(), issuer.name(), issuer.tradingSymbol()), owners,
                trades);
        return new Outbox.Pending(Topics.FILINGS, issuer.cik(), FilingStored.TYPE, FilingStored.VERSION, event);
    }
}
