package org.governance.filings.service;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.governance.events.outbox.Outbox;
import org.governance.filings.edgar.OwnershipDocument;
import org.governance.filings.model.FilingHeader;
import org.governance.filings.model.Outcome;
import org.governance.filings.model.SourceFormat;
import org.governance.filings.repository.FilingReadRepository;
import org.governance.filings.repository.FilingReadRepository.UnlinkedAmendment;
import org.governance.filings.repository.FilingWriteRepository;
import org.governance.filings.repository.FilingWriteRepository.NewFiling;
import org.governance.filings.repository.Jdbc;
import org.governance.wire.ServiceException;

/**
 * Stores one filing in its own transaction: either everything it says is stored, or nothing is.
 * Amendments are linked to the filing they amend, whichever of the two arrives first.
 */
@ApplicationScoped
public class FilingWriter {

    /** The accession was stored by another request between our check and our insert. */
    static final class DuplicateAccession extends RuntimeException {
        DuplicateAccession(Throwable cause) {
            super(cause);
        }
    }

    private static final String UNIQUE_VIOLATION = "23505";
    private final FilingReadRepository filings;
    private final FilingWriteRepository writes;
    private final Outbox outbox;

    public FilingWriter(FilingReadRepository filings, FilingWriteRepository writes, Outbox outbox) {
        this.filings = filings;
        this.writes = writes;
        this.outbox = outbox;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Outcome store(String accession, LocalDate filingDate, String sha256, SourceFormat sourceFormat, OwnershipDocument doc) {
        Optional<FilingHeader> existing = filings.header(accession);
        if (existing.isPresent()) {
            return compare(existing.get(), filingDate, sha256, sourceFormat);
        }
        try {
            writes.insertAll(List.of(new NewFiling(accession, filingDate, sha256, sourceFormat, doc)));
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw new DuplicateAccession(e);
            }
            throw new Jdbc.DataAccessException("Storing filing " + accession, e);
        }
        NewFiling stored = new NewFiling(accession, filingDate, sha256, sourceFormat, doc);
        Map<String, String> originals = linkAll(List.of(stored));
        outbox.add(FilingEvents.stored(stored, originals.get(accession)));
        return Outcome.STORED;
    }

    /**
     * Stores a chunk of filings from a bulk source (a Form 345 data set) in one transaction, with one insert batch per
     * table: accessions stored already, from any source, are left as they are. Fails as a whole if any filing cannot
     * be stored, so that the caller can store that chunk one by one and learn which.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Map<String, Outcome> storeAll(List<NewFiling> chunk) {
        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        Set<String> present = filings.existing(chunk.stream().map(NewFiling::accession).toList());
        List<NewFiling> fresh = new ArrayList<>();
        for (NewFiling filing : chunk) {
            boolean isNew = !present.contains(filing.accession()) && !outcomes.containsKey(filing.accession());
            // a repeat inside the chunk keeps the first one's outcome
            outcomes.putIfAbsent(filing.accession(), isNew ? Outcome.STORED : Outcome.ALREADY_PRESENT);
            if (isNew) {
                fresh.add(filing);
            }
        }
        try {
            writes.insertAll(fresh);
        } catch (SQLException e) {
            throw new Jdbc.DataAccessException("Storing " + fresh.size() + " filings", e);
        }
        Map<String, String> originals = linkAll(fresh);
        // one filing-stored event per filing stored, in the same transaction: none for those already present
        outbox.addAll(fresh.stream().map(filing -> FilingEvents.stored(filing, originals.get(filing.accession()))).toList());
        return outcomes;
    }

    /**
     * Amendments point to the filing they amend, and the amended filing to its latest amendment, whichever arrived
     * first. Each amendment looks its original up; the amendments still waiting for an original are read once for
     * all the new filings' issuers and matched here (the same rule for one filing and for a chunk of 500). Returns
     * the original each new amendment was linked to.
     */
    private Map<String, String> linkAll(List<NewFiling> fresh) {
        Map<String, String> originals = new HashMap<>();
        Set<String> issuers = new HashSet<>();
        for (NewFiling filing : fresh) {
            OwnershipDocument doc = filing.doc();
            if (doc.isAmendment()) {
                filings.originalOf(filing.accession(), doc.baseForm(), doc.issuer().cik(), doc.reportingOwners().get(0).cik(),
                        doc.dateOfOriginalSubmission(), doc.periodOfReport())
                        .ifPresent(original -> {
                            writes.link(filing.accession(), original.accession());
                            originals.put(filing.accession(), original.accession());
                        });
            } else {
                issuers.add(doc.issuer().cik());
            }
        }
        List<UnlinkedAmendment> waiting = issuers.isEmpty() ? List.of() : new ArrayList<>(filings.unlinkedAmendments(issuers));
        for (NewFiling filing : fresh) {
            if (waiting.isEmpty()) {
                return originals;
            }
            if (filing.doc().isAmendment()) {
                continue;
            }
            List<UnlinkedAmendment> named = waiting.stream().filter(amendment -> names(amendment, filing)).toList();
            for (UnlinkedAmendment amendment : named) {
                writes.link(amendment.accession(), filing.accession());
            }
            // linked now: no longer waiting for another original
            waiting.removeAll(named);
        }
        return originals;
    }

    /** Whether a waiting amendment names this filing: same form, issuer and first owner, its date of original submission. */
    private static boolean names(UnlinkedAmendment amendment, NewFiling filing) {
        OwnershipDocument doc = filing.doc();
        boolean sameFiler = amendment.documentType().equals(doc.documentType() + "/A")
                && amendment.issuerCik().equals(doc.issuer().cik())
                && amendment.ownerCik().equals(doc.reportingOwners().get(0).cik())
                && !amendment.accession().equals(filing.accession());
        return sameFiler && (amendment.dateOfOriginalSubmission() != null && filing.filingDate() != null
                ? amendment.dateOfOriginalSubmission().equals(filing.filingDate())
                : amendment.periodOfReport().equals(doc.periodOfReport()));
    }

    /** After a lost race: the winner's filing decides between 200 and 409. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Outcome existing(String accession, LocalDate filingDate, String sha256, SourceFormat sourceFormat) {
        return compare(filings.header(accession).orElseThrow(), filingDate, sha256, sourceFormat);
    }

    /**
     * The same accession again. From the same kind of source, its content must be the same (an accession names one
     * filing). Between a data set and XML the content hashes differ by nature (the data set rounds amounts to two
     * decimals and lacks a few elements), so the filing already stored stands.
     */
    private Outcome compare(FilingHeader stored, LocalDate filingDate, String sha256, SourceFormat sourceFormat) {
        boolean sameKindOfSource = SourceFormat.DATASET.name().equals(stored.sourceFormat()) == (sourceFormat == SourceFormat.DATASET);
        if (sameKindOfSource && !stored.contentSha256().equals(sha256)) {
            throw ServiceException.conflict("accession", "Filing " + stored.accession()
                    + " is already stored with different content; an accession number names exactly one filing");
        }
        if (stored.filingDate() == null && filingDate != null) {
            writes.setFilingDate(stored.accession(), filingDate);
        }
        return Outcome.ALREADY_PRESENT;
    }
}
