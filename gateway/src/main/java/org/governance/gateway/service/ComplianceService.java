package org.governance.gateway.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.governance.gateway.client.CommitteesClient;
import org.governance.gateway.client.DirectorsClient;
import org.governance.gateway.model.Compliance;
import org.governance.gateway.model.ComplianceCheck;
import org.governance.gateway.model.ComplianceReport;

/**
 * A company's compliance on a day: the board's checks (directors-service) and the committees' checks
 * (committees-service) in one answer, each check marked with its scope; it passes when both do. One call to each
 * service for all the companies.
 */
@ApplicationScoped
public class ComplianceService {

    private final DirectorsClient directors;
    private final CommitteesClient committees;

    public ComplianceService(DirectorsClient directors, CommitteesClient committees) {
        this.directors = directors;
        this.committees = committees;
    }

    /** The answers in the order of the CIKs given. */
    public List<Compliance> of(Collection<String> ciks, LocalDate day) {
        Map<String, ComplianceReport> board = byCompany(directors.boardCompliance(ciks, day));
        Map<String, ComplianceReport> committee = byCompany(committees.compliance(ciks, day));
        List<Compliance> answers = new ArrayList<>();
        for (String cik : ciks) {
            List<ComplianceCheck> checks = new ArrayList<>();
            boolean passed = true;
            for (var scope : List.of(Map.entry("BOARD", board), Map.entry("COMMITTEES", committee))) {
                ComplianceReport report = scope.getValue().get(cik);
                if (report != null) {
                    report.checks().forEach(check -> checks.add(check.withScope(scope.getKey())));
                    passed &= report.passed();
                }
            }
            answers.add(new Compliance(cik, day, passed, checks));
        }
        return answers;
    }

    private static Map<String, ComplianceReport> byCompany(List<ComplianceReport> reports) {
        return reports.stream().collect(Collectors.toMap(ComplianceReport::companyCik, Function.identity(), (first, second) -> first));
    }
}
