package org.governance.gateway.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.governance.gateway.client.DirectorsClient;
import org.governance.gateway.client.FilingsClient;
import org.governance.gateway.model.BoardDiscrepancy;
import org.governance.gateway.model.BoardDiscrepancy.Kind;
import org.governance.gateway.model.Director;
import org.governance.gateway.model.Insider;
import org.governance.wire.Cik;

/**
 * The curated board of a day next to what the company's Forms 3, 4 and 5 say up to that day: a director in the
 * filings without a seat, a seated director whom no filing names, a seated director whose latest filing marks an exit.
 * People are matched by their SEC CIK, a director without one by name ({@link NameMatch}, as the flagship does).
 */
@ApplicationScoped
public class BoardFilingsCheck {

    private final DirectorsClient directors;
    private final FilingsClient filings;

    public BoardFilingsCheck(DirectorsClient directors, FilingsClient filings) {
        this.directors = directors;
        this.filings = filings;
    }

    public List<BoardDiscrepancy> of(String companyCik, LocalDate day) {
        List<Director> board = directors.directors(Set.of(), Set.of(companyCik), Set.of(), day);
        Map<String, Insider> insiders = filings.insiders(companyCik, day).stream()
                .collect(Collectors.toMap(Insider::cik, Function.identity(), (a, b) -> a));
        Set<String> seated = new HashSet<>();
        List<BoardDiscrepancy> found = new ArrayList<>();
        for (Director seat : board) {
            String cik = Cik.normalize(seat.person().cik()).orElse(null);
            // by CIK; a director without one by name, as the flagship matches trades (NameMatch)
            Insider insider = cik != null ? insiders.get(cik)
                    : insiders.values().stream().filter(i -> NameMatch.matches(seat.person(), i.name())).findFirst().orElse(null);
            if (insider != null) {
                seated.add(insider.cik());
            }
            if (insider == null) {
                found.add(new BoardDiscrepancy(Kind.DIRECTOR_FILES_NOTHING, cik, seat.person().fullName(), seat.id(), null,
                        cik == null ? "No CIK is known for this director and no filing names an owner of this name up to " + day
                                : "No Form 3, 4 or 5 of the company names this director up to " + day));
            } else if (insider.exited()) {
                found.add(new BoardDiscrepancy(Kind.DIRECTOR_FILED_EXIT, cik, seat.person().fullName(), seat.id(), insider.lastFiled(),
                        "The filing of " + insider.lastFiled() + " (" + insider.lastAccession() + ") says the director is no longer"
                                + " subject to Section 16"));
            }
        }
        for (Insider insider : insiders.values()) {
            if (insider.director() && !insider.exited() && !seated.contains(insider.cik())) {
                found.add(new BoardDiscrepancy(Kind.DIRECTOR_NOT_ON_BOARD, insider.cik(), insider.name(), null, insider.lastFiled(),
                        "The filing of " + insider.lastFiled() + " (" + insider.lastAccession() + ") reports a director with no seat on"
                                + " the board on " + day));
            }
        }
        return found;
    }
}
