package org.governance.directors.service;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.governance.directors.model.BoardRole;
import org.governance.directors.model.Company;
import org.governance.directors.model.Director;
import org.governance.directors.model.DirectorClass;
import org.governance.directors.repository.DirectorRepository;
import org.governance.wire.ComplianceReport;
import org.governance.wire.ComplianceReport.ComplianceCheck;
import org.governance.wire.ComplianceReport.Status;

/** Checks a board, as it stood on one day, against the listing rules and the company's own guidelines. */
@ApplicationScoped
@Transactional(SUPPORTS)
public class BoardComplianceService {

    static final String GUIDELINES = "Corporate Governance Guidelines of QUALYS, INC.";

    private final DirectorRepository directors;
    private final CompanyService companyService;

    public BoardComplianceService(DirectorRepository directors, CompanyService companyService) {
        this.directors = directors;
        this.companyService = companyService;
    }

    public ComplianceReport check(String cik, LocalDate day) {
        return check(companyService.find(cik), day);
    }

    /**
     * The reports of many companies in one call, in the order asked, with two queries in all (the companies, then
     * every seat on their boards that day); CIKs of unknown companies are left out.
     */
    public List<ComplianceReport> checkMany(java.util.Collection<String> ciks, LocalDate day) {
        Map<String, Company> known = companyService.findAll(ciks).stream()
                .collect(java.util.stream.Collectors.toMap(company -> company.cik, company -> company));
        if (known.isEmpty()) {
            return List.of();
        }
        Map<String, List<Director>> boards = directors.boardsOn(known.keySet(), day).stream()
                .collect(java.util.stream.Collectors.groupingBy(director -> director.company.cik));
        return ciks.stream().filter(known::containsKey)
                .map(cik -> check(known.get(cik), boards.getOrDefault(cik, List.of()), day)).toList();
    }

    private ComplianceReport check(Company company, LocalDate day) {
        return check(company, directors.boardOn(company.cik, day), day);
    }

    private ComplianceReport check(Company company, List<Director> board, LocalDate day) {
        String cik = company.cik;
        List<ComplianceCheck> checks = List.of(
                majorityIndependent(board),
                staggeredClasses(company, board),
                singleChair(board),
                leadIndependentDirector(board));
        boolean passed = checks.stream().noneMatch(check -> check.status() == Status.FAIL);
        return new ComplianceReport(cik, day, passed, checks);
    }

    private static ComplianceCheck majorityIndependent(List<Director> board) {
        long independent = board.stream().filter(Director::isIndependent).count();
        long undetermined = board.stream().filter(d -> d.independent == null).count();
        boolean pass = independent * 2 > board.size();
        return new ComplianceCheck("BOARD_MAJORITY_INDEPENDENT", "A majority of the board is independent",
                status(pass), independent + " of " + board.size() + " directors independent"
                        + (undetermined == 0 ? "" : " (" + undetermined + " adopted from the filings, independence not determined)"),
                "Nasdaq Rule 5605(b)(1); " + GUIDELINES + ", Board Structure and Composition");
    }

    private static ComplianceCheck staggeredClasses(Company company, List<Director> board) {
        String id = "CLASSIFIED_BOARD_STAGGERED";
        String rule = "Three classes of directors, sizes differing by at most one, each serving a staggered three-year term";
        String source = GUIDELINES + ", Term and Term Limits";
        if (!company.classifiedBoard) {
            return new ComplianceCheck(id, rule, Status.NOT_APPLICABLE, "The board is not classified", source);
        }
        List<String> unclassed = board.stream().filter(d -> d.directorClass == null)
                .map(d -> d.person.fullName).toList();
        Map<DirectorClass, List<Director>> byClass = new EnumMap<>(DirectorClass.class);
        for (DirectorClass directorClass : DirectorClass.values()) {
            byClass.put(directorClass, new ArrayList<>());
        }
        board.stream().filter(d -> d.directorClass != null).forEach(d -> byClass.get(d.directorClass).add(d));

        List<String> facts = new ArrayList<>();
        Set<Integer> expiryYears = new TreeSet<>();
        boolean everyClassHasOneExpiry = true;
        for (Map.Entry<DirectorClass, List<Director>> entry : byClass.entrySet()) {
            Set<Integer> years = entry.getValue().stream().filter(d -> d.termExpiresYear != null)
                    .map(d -> d.termExpiresYear).collect(Collectors.toCollection(TreeSet::new));
            boolean someWithoutYear = entry.getValue().stream().anyMatch(d -> d.termExpiresYear == null);
            everyClassHasOneExpiry &= years.size() == 1 && !someWithoutYear;
            expiryYears.addAll(years);
            facts.add("Class " + entry.getKey() + ": " + entry.getValue().size() + " director(s)"
                    + (years.isEmpty() ? ", no term expiry" : ", term expiring " + join(years))
                    + (someWithoutYear && !years.isEmpty() ? " (some without term expiry)" : ""));
        }
        int largest = byClass.values().stream().mapToInt(List::size).max().orElse(0);
        int smallest = byClass.values().stream().mapToInt(List::size).min().orElse(0);
        boolean balanced = smallest > 0 && largest - smallest <= 1;
        boolean staggered = everyClassHasOneExpiry && expiryYears.size() == 3;
        if (!unclassed.isEmpty()) {
            facts.add("without a class: " + String.join(", ", unclassed));
        }
        facts.add(balanced ? "class sizes differ by at most one" : "class sizes differ by more than one or a class is empty");
        facts.add(staggered ? "each class expires in a different year" : "classes do not expire in three different years");
        return new ComplianceCheck(id, rule, status(unclassed.isEmpty() && balanced && staggered),
                String.join("; ", facts), source);
    }

    private static ComplianceCheck singleChair(List<Director> board) {
        List<String> chairs = namesWithRole(board, BoardRole.CHAIR);
        return new ComplianceCheck("SINGLE_CHAIR", "The board has exactly one Chair", status(chairs.size() == 1),
                chairs.isEmpty() ? "No Chair" : chairs.size() + " Chair(s): " + String.join(", ", chairs),
                GUIDELINES + ", Selection of Chair and Chief Executive Officer");
    }

    private static ComplianceCheck leadIndependentDirector(List<Director> board) {
        String id = "LEAD_INDEPENDENT_DIRECTOR";
        String rule = "A Lead Independent Director presides over the independent directors when the Chair is not independent";
        String source = GUIDELINES + ", Board Operations and Meetings";
        List<Director> chairs = board.stream().filter(d -> d.hasRole(BoardRole.CHAIR)).toList();
        List<String> leads = board.stream().filter(d -> d.hasRole(BoardRole.LEAD_INDEPENDENT_DIRECTOR) && d.isIndependent())
                .map(d -> d.person.fullName).toList();
        String leadFact = leads.isEmpty() ? "no independent Lead Independent Director"
                : "Lead Independent Director: " + String.join(", ", leads);
        if (chairs.isEmpty()) {
            return new ComplianceCheck(id, rule, status(!leads.isEmpty()), "No Chair; " + leadFact, source);
        }
        boolean chairIndependent = chairs.stream().allMatch(Director::isIndependent);
        if (chairIndependent) {
            return new ComplianceCheck(id, rule, Status.PASS,
                    "The Chair is independent, so no Lead Independent Director is required; " + leadFact, source);
        }
        return new ComplianceCheck(id, rule, status(!leads.isEmpty()), "The Chair ("
                + chairs.stream().map(d -> d.person.fullName).collect(Collectors.joining(", "))
                + ") is not independent; " + leadFact, source);
    }

    private static List<String> namesWithRole(List<Director> board, BoardRole role) {
        return board.stream().filter(d -> d.hasRole(role)).map(d -> d.person.fullName).toList();
    }

    private static String join(Set<Integer> years) {
        return years.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    private static Status status(boolean pass) {
        return pass ? Status.PASS : Status.FAIL;
    }
}
