package org.governance.filings.service;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.governance.filings.edgar.OwnershipDocument;
import org.governance.filings.model.FilingHeader;
import org.governance.filings.repository.FilingRepository;

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

    public enum Outcome {
        STORED, ALREADY_PRESENT
    }

    private static final String UNIQUE_VIOLATION = "23505";

    private final FilingRepository filings;

    public FilingWriter(FilingRepository filings) {
        this.filings = filings;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Outcome store(String accession, LocalDate filingDate, String sha256, String sourceFormat, OwnershipDocument doc) {
        Optional<FilingHeader> existing = filings.header(accession);
        if (existing.isPresent()) {
            return compare(existing.get(), filingDate, sha256);
        }
        try {
            filings.insert(accession, filingDate, sha256, sourceFormat, doc);
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw new DuplicateAccession(e);
            }
            throw new IllegalStateException("Storing filing " + accession + " failed: " + e.getMessage(), e);
        }
        String ownerCik = doc.reportingOwners().get(0).cik();
        if (doc.isAmendment()) {
            filings.originalOf(accession, doc.baseForm(), doc.issuer().cik(), ownerCik, doc.dateOfOriginalSubmission(),
                    doc.periodOfReport()).ifPresent(original -> filings.link(accession, original.accession()));
        } else {
            for (FilingHeader amendment : filings.waitingAmendments(accession, doc.documentType(), doc.issuer().cik(), ownerCik,
                    filingDate, doc.periodOfReport())) {
                filings.link(amendment.accession(), accession);
            }
        }
        return Outcome.STORED;
    }

    /** After a lost race: the winner's filing decides between 200 and 409. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Outcome existing(String accession, LocalDate filingDate, String sha256) {
        return compare(filings.header(accession).orElseThrow(), filingDate, sha256);
    }

    private Outcome compare(FilingHeader stored, LocalDate filingDate, String sha256) {
        if (!stored.contentSha256().equals(sha256)) {
            throw ServiceException.conflict("accession", "Filing " + stored.accession()
                    + " is already stored with different content; an accession number names exactly one filing");
        }
        if (stored.filingDate() == null && filingDate != null) {
            filings.setFilingDate(stored.accession(), filingDate);
        }
        return Outcome.ALREADY_PRESENT;
    }
}
