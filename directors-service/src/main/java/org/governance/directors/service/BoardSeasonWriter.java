package org.governance.directors.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.governance.directors.mapping.BoardFile;
import org.governance.directors.mapping.BoardFile.DirectorRow;
import org.governance.directors.mapping.BoardMapper;
import org.governance.directors.mapping.DirectorRequest;
import org.governance.directors.model.Company;
import org.governance.directors.model.Director;
import org.governance.directors.model.Person;
import org.governance.directors.model.PersonNames;
import org.governance.directors.model.SeatOrigin;
import org.governance.directors.repository.CompanyRepository;
import org.governance.directors.repository.DirectorRepository;
import org.governance.directors.repository.PersonRepository;
import org.governance.wire.Problem.FieldError;
import org.governance.wire.ServiceException;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The directors of a board file in one transaction: each director row is a person (by CIK, else a board member
 * without a CIK of the same name, else a new person) and a seat, matched by person and first day (or an adopted
 * FILINGS seat of the same days, which the file takes over), created or replaced through {@link DirectorService} so
 * that every seat rule holds; open seats the file does not list end the day before the season starts. A dry run checks
 * the same rules without inserting anything (new people and seats stay in memory) and rolls back what it changed. What a real run changed is kept in an {@link Undo}, for when committees-service then refuses.
 */
@ApplicationScoped
public class BoardSeasonWriter {

    /** How to put the board back as it was before a run: seats and people created, seats changed (as they were). */
    public record Undo(List<Long> createdSeats, List<Long> createdPeople, Map<Long, Previous> changedSeats) {
    }

    public record Previous(DirectorRequest request, SeatOrigin origin) {
    }

    /** The seat of each director row (negative in a dry run for a seat that would be created), and what changed. */
    public record Result(Map<DirectorRow, Long> seats, int peopleCreated, int seatsCreated, int seatsUpdated, int seatsUnchanged,
            int seatsEnded, Undo undo) {
    }

    /** The file's columns for the fields DirectorService names in its refusals. */
    private static final Map<String, String> COLUMNS = Map.of("personId", "name", "independent", "independent", "directorClass", "class",
            "termExpiresYear", "termEnd", "firstElected", "from", "leftOn", "to", "roles", "roles", "executiveTitle", "title");

    private final CompanyRepository companies;
    private final PersonRepository people;
    private final DirectorRepository directors;
    private final DirectorService seats;
    private final BoardMapper mapper;

    public BoardSeasonWriter(CompanyRepository companies, PersonRepository people, DirectorRepository directors, DirectorService seats,
            BoardMapper mapper) {
        this.companies = companies;
        this.people = people;
        this.directors = directors;
        this.seats = seats;
        this.mapper = mapper;
    }

    @Transactional
    public Result apply(BoardFile file, boolean dryRun) {
        Company company = companies.findByIdOptional(file.companyCik()).orElse(null);
        if (company == null) {
            var at = file.seasonWhere().of("companyCik");
            String detail = "line " + at.line() + ", column " + at.column() + ": no company with CIK " + file.companyCik()
                    + "; create it first (POST /companies)";
            throw ServiceException.refusedWith(ServiceException.Kind.UNKNOWN_REFERENCE, detail,
                    List.of(new FieldError(at.field(), detail, at.line(), at.column())));
        }
        List<FieldError> errors = new ArrayList<>();
        List<Director> board = directors.everySeat(company.cik);
        Set<DirectorRow> experts = BoardFileRules.auditFinancialExperts(file);
        Map<DirectorRow, Long> seatIds = new HashMap<>();
        Set<Long> listed = new HashSet<>();
        Undo undo = new Undo(new ArrayList<>(), new ArrayList<>(), new HashMap<>());
        int[] counts = new int[4];
        long placeholder = 0;
        Map<String, Person> newPeople = new HashMap<>();
        for (DirectorRow row : file.directors()) {
            Person person = newPeople.containsKey(BoardFileRules.personKey(row.cik(), row.name()))
                    ? newPeople.get(BoardFileRules.personKey(row.cik(), row.name())) : person(row, board, undo, dryRun);
            if (person.id == null || undo.createdPeople().contains(person.id)) {
                newPeople.put(BoardFileRules.personKey(row.cik(), row.name()), person);
            }
            DirectorRequest request = new DirectorRequest(company.cik, person.id, row.independent(), row.independenceDeterminedOn(),
                    row.directorClass(), row.termEnd(), row.from(), row.to(), row.roles(), row.title(), experts.contains(row),
                    row.illustrative(), row.source());
            Director seat = board.stream().filter(s -> s.person.id.equals(person.id) && s.firstElected.equals(row.from())).findFirst()
                    .or(() -> board.stream().filter(s -> s.person.id.equals(person.id) && s.origin == SeatOrigin.FILINGS
                            && overlaps(s, row.from(), row.to())).findFirst())
                    .orElse(null);
            try {
                if (seat == null && dryRun) {
                    // nothing is inserted in a dry run (identity values are not given back by a rollback)
                    seats.check(request, company, person);
                    seatIds.put(row, -(++placeholder));
                    counts[0]++;
                } else if (seat == null) {
                    long id = seats.create(request).id();
                    board.add(directors.findById(id));
                    listed.add(id);
                    undo.createdSeats().add(id);
                    seatIds.put(row, id);
                    counts[0]++;
                } else {
                    listed.add(seat.id);
                    seatIds.put(row, seat.id);
                    DirectorRequest before = mapper.toRequest(seat);
                    if (before.equals(request) && seat.origin == SeatOrigin.CURATED) {
                        counts[2]++;
                    } else {
                        undo.changedSeats().putIfAbsent(seat.id, new Previous(before, seat.origin));
                        seats.replace(seat.id, request);
                        counts[1]++;
                    }
                }
            } catch (ServiceException e) {
                var at = row.where().of(COLUMNS.getOrDefault(e.field(), "name"));
                BoardFileRules.error(errors, at, e.getMessage());
            }
        }
        LocalDate lastDay = file.seasonStart().minusDays(1);
        for (Director seat : board) {
            if (!listed.contains(seat.id) && seat.firstElected.isBefore(file.seasonStart())
                    && (seat.leftOn == null || !seat.leftOn.isBefore(file.seasonStart()))) {
                undo.changedSeats().putIfAbsent(seat.id, new Previous(mapper.toRequest(seat), seat.origin));
                seat.leftOn = lastDay;
                seat.origin = SeatOrigin.CURATED;
                counts[3]++;
            }
        }
        if (!errors.isEmpty()) {
            throw BoardFileService.refused(errors);
        }
        Constraints.write(directors::flush);
        if (dryRun) {
            QuarkusTransaction.setRollbackOnly();
        }
        return new Result(seatIds, undo.createdPeople().size(), counts[0], counts[1], counts[2], counts[3], undo);
    }

    /** Puts back what a run changed: its seats and people removed, the seats it changed as they were. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void undo(Undo undo) {
        undo.createdSeats().forEach(id -> directors.deleteById(id));
        directors.flush();
        undo.changedSeats().forEach((id, previous) -> {
            Director seat = directors.findById(id);
            mapper.copy(previous.request(), seat);
            seat.origin = previous.origin();
        });
        directors.flush();
        undo.createdPeople().forEach(id -> people.deleteById(id));
    }

    private Person person(DirectorRow row, List<Director> board, Undo undo, boolean dryRun) {
        if (row.cik() != null) {
            Person known = people.findByCik(row.cik()).orElse(null);
            if (known != null) {
                return known;
            }
        }
        String key = BoardFileRules.personKey(null, row.name());
        for (Director seat : board) {
            if (seat.person.cik == null && BoardFileRules.personKey(null, seat.person.fullName).equals(key)) {
                return seat.person;
            }
        }
        Person person = new Person();
        person.fullName = row.name().strip();
        person.cik = row.cik();
        person.edgarName = row.edgarName();
        person.nameTokens = PersonNames.tokens(person.fullName, person.edgarName);
        person.illustrative = row.illustrative();
        person.source = row.source();
        if (dryRun) {
            undo.createdPeople().add(-1L - undo.createdPeople().size());
            return person;
        }
        people.persistAndFlush(person);
        undo.createdPeople().add(person.id);
        return person;
    }

    private static boolean overlaps(Director seat, LocalDate from, LocalDate to) {
        return (seat.leftOn == null || !seat.leftOn.isBefore(from)) && (to == null || !seat.firstElected.isAfter(to));
    }
}
