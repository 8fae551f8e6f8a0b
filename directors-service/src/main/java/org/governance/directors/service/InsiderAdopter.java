package org.governance.directors.service;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.governance.directors.client.ReportedInsiders;
import org.governance.directors.client.ReportedInsiders.Insider;
import org.governance.directors.model.Company;
import org.governance.directors.model.Director;
import org.governance.directors.model.Person;
import org.governance.directors.model.PersonNames;
import org.governance.directors.model.SeatOrigin;
import org.governance.directors.repository.CompanyRepository;
import org.governance.directors.repository.DirectorRepository;
import org.governance.directors.repository.PersonRepository;
import org.governance.wire.Cik;

/**
 * Adopts one issuer's insiders, as its filings report them, into board seats, in one transaction: a reporting owner who
 * is a director gets a seat marked {@link SeatOrigin#FILINGS} from their first filing to their exit (open without one).
 * A seat a person curated is never changed; a FILINGS seat is brought up to date; what is already so is left alone.
 */
@ApplicationScoped
public class InsiderAdopter {

    /** What adopting one issuer changed. */
    public static final class Tally {
        int companiesCreated;
        int peopleCreated;
        int peopleMatchedByName;
        int seatsCreated;
        int seatsUpdated;
        int seatsUnchanged;
        int curatedSeatsKept;
        int insidersNotDirectors;

        void add(Tally other) {
            companiesCreated += other.companiesCreated;
            peopleCreated += other.peopleCreated;
            peopleMatchedByName += other.peopleMatchedByName;
            seatsCreated += other.seatsCreated;
            seatsUpdated += other.seatsUpdated;
            seatsUnchanged += other.seatsUnchanged;
            curatedSeatsKept += other.curatedSeatsKept;
            insidersNotDirectors += other.insidersNotDirectors;
        }
    }

    private final CompanyRepository companies;
    private final PersonRepository people;
    private final DirectorRepository directors;

    public InsiderAdopter(CompanyRepository companies, PersonRepository people, DirectorRepository directors) {
        this.companies = companies;
        this.people = people;
        this.directors = directors;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Tally adopt(ReportedInsiders reported) {
        Tally tally = new Tally();
        List<Insider> reportedDirectors = reported.insiders().stream().filter(Insider::director).toList();
        tally.insidersNotDirectors = reported.insiders().size() - reportedDirectors.size();
        if (reportedDirectors.isEmpty()) {
            return tally;
        }
        String cik = Cik.normalize(reported.issuerCik()).orElseThrow();
        Company company = companies.findByIdOptional(cik).orElse(null);
        if (company == null) {
            company = new Company();
            company.cik = cik;
            company.name = reported.issuerName() == null ? "CIK " + cik : reported.issuerName().strip();
            company.source = "The issuer's name as its insiders' SEC Forms 3, 4 and 5 give it (adopted from the filings)";
            companies.persist(company);
            tally.companiesCreated++;
        }
        List<Director> board = directors.everySeat(cik);
        for (Insider insider : reportedDirectors) {
            Person person = person(insider, board, tally);
            LocalDate from = insider.firstFiled();
            LocalDate to = insider.exited() ? insider.lastFiled() : null;
            List<Director> theirs = board.stream().filter(seat -> seat.person.id.equals(person.id)).toList();
            if (theirs.stream().anyMatch(seat -> seat.origin == SeatOrigin.CURATED && overlaps(seat, from, to))) {
                tally.curatedSeatsKept++;
                continue;
            }
            Director seat = theirs.stream().filter(s -> s.origin == SeatOrigin.FILINGS).findFirst().orElse(null);
            if (seat == null) {
                seat = new Director();
                seat.company = company;
                seat.person = person;
                seat.origin = SeatOrigin.FILINGS;
                fill(seat, insider, from, to);
                directors.persist(seat);
                board.add(seat);
                tally.seatsCreated++;
            } else if (fill(seat, insider, from, to)) {
                tally.seatsUpdated++;
            } else {
                tally.seatsUnchanged++;
            }
        }
        Constraints.write(directors::flush);
        return tally;
    }

    /** The person with the insider's CIK; else a board member without a CIK of the same name; else a new person. */
    private Person person(Insider insider, List<Director> board, Tally tally) {
        String cik = Cik.normalize(insider.cik()).orElse(null);
        if (cik != null) {
            Person known = people.findByCik(cik).orElse(null);
            if (known != null) {
                return known;
            }
        }
        Set<String> words = new HashSet<>(PersonNames.words(insider.name()));
        for (Director seat : board) {
            Person holder = seat.person;
            if (holder.cik == null && (words.equals(new HashSet<>(PersonNames.words(holder.fullName)))
                    || words.equals(new HashSet<>(PersonNames.words(holder.edgarName))))) {
                tally.peopleMatchedByName++;
                return holder;
            }
        }
        Person person = new Person();
        person.cik = cik;
        person.edgarName = insider.name();
        person.fullName = displayName(insider.name());
        person.nameTokens = PersonNames.tokens(person.fullName, person.edgarName);
        person.source = "CIK and name as the person's SEC Forms 3, 4 and 5 give them (adopted from the filings)";
        people.persist(person);
        tally.peopleCreated++;
        return person;
    }

    /** Writes the filings' facts onto a FILINGS seat; whether anything changed. */
    private static boolean fill(Director seat, Insider insider, LocalDate from, LocalDate to) {
        String title = insider.officer() && insider.officerTitle() != null && !insider.officerTitle().isBlank()
                ? insider.officerTitle().strip() : null;
        String source = "SEC Forms 3, 4 and 5: first filed " + from + ", latest " + insider.lastAccession() + " filed "
                + insider.lastFiled() + (insider.exited() ? ", no longer subject to Section 16" : "");
        boolean changed = !from.equals(seat.firstElected) || !Objects.equals(to, seat.leftOn)
                || !Objects.equals(title, seat.executiveTitle) || !source.equals(seat.source);
        seat.firstElected = from;
        seat.leftOn = to;
        seat.executiveTitle = title;
        seat.source = source;
        return changed;
    }

    private static boolean overlaps(Director seat, LocalDate from, LocalDate to) {
        return (seat.leftOn == null || !seat.leftOn.isBefore(from)) && (to == null || !seat.firstElected.isAfter(to));
    }

    /**
     * EDGAR writes a person's name family name first ("Wilson John N"); the display name puts it last, and names
     * filed in capitals get capitalised words. The name as filed stays in {@code edgarName}.
     */
    static String displayName(String edgarName) {
        List<String> words = List.of(edgarName.strip().split("\\s+"));
        boolean capitals = edgarName.equals(edgarName.toUpperCase(Locale.ROOT));
        List<String> shown = words.size() < 2 ? words
                : Stream.concat(words.subList(1, words.size()).stream(), Stream.of(words.get(0))).toList();
        return shown.stream().map(word -> capitals ? capitalise(word) : word).collect(Collectors.joining(" "));
    }

    private static String capitalise(String word) {
        return word.isEmpty() ? word : word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT);
    }
}
