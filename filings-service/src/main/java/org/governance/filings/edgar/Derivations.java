package org.governance.filings.edgar;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.governance.filings.edgar.OwnershipDocument.Transaction;

/** What the platform computes from a filing rather than reads from it. */
public final class Derivations {

    /** Rule 10b5-1, written in the ways filers write it: "10b5-1", "10b5 - 1", "10b-5-1", "10b5–1". */
    private static final Pattern RULE_10B5_1 = Pattern.compile("10\\s*b\\s*-?\\s*5\\s*[-\u2010-\u2015]\\s*1", Pattern.CASE_INSENSITIVE);
    /** A footnote that says the trade was NOT under such a plan does not count as evidence for one. */
    private static final Pattern NEGATED = Pattern.compile(
            "\\bnot\\s+(been\\s+)?(made|effected|entered\\s+into|executed|done)\\s+pursuant\\s+to", Pattern.CASE_INSENSITIVE);
    /** Form 4 is due before the end of the second business day after the trade (Exchange Act Section 16(a)(2)(C)). */
    public static final int FORM4_DEADLINE_BUSINESS_DAYS = 2;

    public enum PlanStatus {
        /** The filing's aff10b5One checkbox is set. */
        CHECKBOX,
        /** A footnote the transaction cites mentions Rule 10b5-1. */
        FOOTNOTE,
        NONE
    }

    public record Plan(PlanStatus status, String evidence) {
    }

    private Derivations() {
    }

    /** Shares times price, when both are given; never guessed. */
    public static BigDecimal value(BigDecimal shares, BigDecimal price) {
        return shares == null || price == null ? null : shares.multiply(price);
    }

    public static Plan plan(Boolean aff10b5One, Transaction transaction, Map<String, String> footnoteTexts) {
        Set<String> cited = new LinkedHashSet<>();
        for (List<String> ids : transaction.footnoteRefs().values()) {
            cited.addAll(ids);
        }
        String footnoteEvidence = null;
        for (String id : cited) {
            String text = footnoteTexts.get(id);
            if (text != null && RULE_10B5_1.matcher(text).find() && !NEGATED.matcher(text).find()) {
                footnoteEvidence = id + ": " + text;
                break;
            }
        }
        if (Boolean.TRUE.equals(aff10b5One)) {
            return new Plan(PlanStatus.CHECKBOX, "The filing's Rule 10b5-1(c) checkbox (aff10b5One) is set"
                    + (footnoteEvidence == null ? "" : "; " + footnoteEvidence));
        }
        if (footnoteEvidence != null) {
            return new Plan(PlanStatus.FOOTNOTE, footnoteEvidence);
        }
        return new Plan(PlanStatus.NONE, null);
    }

    /** The day the reporting clock starts: the deemed execution date when given, else the transaction date. */
    public static LocalDate tradeDay(Transaction transaction) {
        return transaction.deemedExecutionDate() != null ? transaction.deemedExecutionDate() : transaction.transactionDate();
    }

    /** Business days from the trade to the filing; null when the filing date is not known. */
    public static Integer filingLag(Transaction transaction, LocalDate filingDate) {
        LocalDate trade = tradeDay(transaction);
        return filingDate == null || trade == null ? null : BusinessCalendar.businessDaysBetween(trade, filingDate);
    }

    /** The verdict stored at ingest: made under a 10b5-1 plan, by the filing's checkbox or a footnote of the transaction. */
    public static boolean underPlan(OwnershipDocument doc, Transaction transaction, Map<String, String> footnoteTexts) {
        return plan(doc.aff10b5One(), transaction, footnoteTexts).status() != PlanStatus.NONE;
    }

    /**
     * Whether a Form 4 transaction was reported late (more than two business days after the trade); null when
     * the question does not apply (not a Form 4 trade, or a transaction of Form 5 reported early) or the filing
     * date is unknown.
     */
    public static Boolean late(String documentType, Transaction transaction, LocalDate filingDate) {
        boolean form4 = documentType.startsWith("4");
        boolean reportedAsForm5 = "5".equals(transaction.formType());
        Integer lag = filingLag(transaction, filingDate);
        if (!form4 || reportedAsForm5 || lag == null) {
            return null;
        }
        return lag > FORM4_DEADLINE_BUSINESS_DAYS;
    }
}
