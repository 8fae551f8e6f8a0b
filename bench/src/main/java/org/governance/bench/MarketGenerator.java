package org.governance.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.governance.bench.Market.Committee;
import org.governance.bench.Market.Company;
import org.governance.bench.Market.Filing;
import org.governance.bench.Market.Membership;
import org.governance.bench.Market.Person;
import org.governance.bench.Market.Seat;
import org.governance.bench.Market.Trade;

/**
 * A deterministic (seeded) market of the S&P 500's shape: boards of 7 to 15 seats (about 11 on average, so 500
 * companies give about 5,500 seats), a third of them classified into three classes; about one director in eight sits
 * on a second or third board; four committees a board whose members rotate over the years; and Form 4 filings at the
 * real rate (about 170,000 a year for 500 companies, about 340 a company) with the real mix of codes (S, P, M, A, F,
 * G), one to four rows, 10b5-1 plans on most planned sales, about 3 % amendments and about 5 % late filings.
 * Everything is invented: names, CIKs (from 0007000000 up) and accession numbers (filer prefix 0099SS0000, SS from the seed).
 */
public final class MarketGenerator {

    /** What to generate. */
    public record Options(long seed, int companies, int years, int firstYear, int filingsPerCompanyYear) {
        public static Options of(long seed, int companies, int years) {
            return new Options(seed, companies, years, 2024, 340);
        }
    }

    private static final String[] FIRST = {"Ada", "Bruno", "Cora", "Dev", "Edda", "Felix", "Greta", "Hugo", "Ines", "Jon",
        "Kira", "Lars", "Mona", "Nils", "Olga", "Paul", "Quinn", "Rosa", "Sven", "Tara", "Ugo", "Vera", "Wim", "Xena",
        "Yuri", "Zora"};
    private static final String[] LAST = {"Abbott", "Barlow", "Castell", "Dunmore", "Ellery", "Fairbank", "Garnet", "Hollis",
        "Ingram", "Jessop", "Kendal", "Lowell", "Marden", "Norcott", "Oakley", "Pemberton", "Quarry", "Rowntree",
        "Stanway", "Thorne", "Upton", "Varley", "Whitmore", "Yardley"};
    private static final String[] OTHER_COMMITTEES = {"Risk Committee", "Technology Committee", "Finance Committee"};
    private static final String[] OFFICER_TITLES = {"Chief Executive Officer", "Chief Financial Officer",
        "Chief Operating Officer", "General Counsel", "Chief Technology Officer", "Chief People Officer"};

    private final Options options;
    private final Random random;
    private int nextPerson;
    private int nextAccession;

    private MarketGenerator(Options options) {
        this.options = options;
        this.random = new Random(options.seed());
    }

    public static Market generate(Options options) {
        return new MarketGenerator(options).market();
    }

    private Market market() {
        LocalDate start = LocalDate.of(options.firstYear(), 1, 1);
        List<Company> companies = new ArrayList<>();
        for (int i = 0; i < options.companies(); i++) {
            companies.add(new Company(String.valueOf(7_000_000 + i * 7), "Generated Holdings " + (i + 1) + " Inc.", ticker(i),
                    random.nextDouble() < 0.33, money(10 + random.nextDouble() * random.nextDouble() * 490)));
        }
        List<Person> people = new ArrayList<>();
        List<Seat> seats = new ArrayList<>();
        List<Seat> interlockable = new ArrayList<>();
        List<Committee> committees = new ArrayList<>();
        List<Filing> filings = new ArrayList<>();
        for (Company company : companies) {
            int size = 7 + random.nextInt(9);
            List<Seat> board = new ArrayList<>();
            Set<Integer> onBoard = new HashSet<>();
            for (int s = 0; s < size; s++) {
                Person person;
                if (!interlockable.isEmpty() && random.nextDouble() < 0.12) {
                    person = interlockable.get(random.nextInt(interlockable.size())).person();
                    if (!onBoard.add(person.id())) {
                        person = newPerson(people);
                        onBoard.add(person.id());
                    }
                } else {
                    person = newPerson(people);
                    onBoard.add(person.id());
                }
                boolean chair = s == 0;
                boolean independent = !chair && random.nextDouble() < 0.88;
                String directorClass = company.classifiedBoard() ? new String[] {"I", "II", "III"}[s % 3] : null;
                Integer term = company.classifiedBoard() ? options.firstYear() + 1 + s % 3 : options.firstYear() + 1;
                LocalDate elected = start.minusDays(200 + random.nextInt(365 * 12));
                List<String> roles = chair ? List.of("CHAIR") : s == 1 ? List.of("LEAD_INDEPENDENT_DIRECTOR") : List.of();
                Seat seat = new Seat(company, person, independent || s == 1, directorClass, term, elected, roles, s == 1 || s == 2);
                board.add(seat);
                seats.add(seat);
                if (independent) {
                    interlockable.add(seat);
                }
            }
            committees.addAll(committees(company, board, start));
            List<Person> officers = new ArrayList<>();
            officers.add(board.get(0).person());
            for (int o = 0; o < 5; o++) {
                officers.add(newPerson(people));
            }
            filings.addAll(filings(company, board, officers, start));
        }
        filings.sort((a, b) -> a.filingDate().compareTo(b.filingDate()) != 0 ? a.filingDate().compareTo(b.filingDate())
                : a.accession().compareTo(b.accession()));
        return new Market(companies, people, seats, committees, filings);
    }

    private Person newPerson(List<Person> people) {
        int id = ++nextPerson;
        String first = FIRST[random.nextInt(FIRST.length)];
        String last = LAST[random.nextInt(LAST.length)] + (id > FIRST.length * LAST.length ? "-" + (id % 997) : "");
        char middle = (char) ('A' + random.nextInt(26));
        Person person = new Person(id, first + " " + middle + ". " + last + " " + id, String.valueOf(8_000_000 + id),
                last.toUpperCase() + " " + first.toUpperCase() + " " + middle + " " + id);
        people.add(person);
        return person;
    }

    /** Audit, compensation, nominating and governance, one other; members rotate once or twice over the years. */
    private List<Committee> committees(Company company, List<Seat> board, LocalDate start) {
        List<Seat> independent = board.stream().filter(Seat::independent).toList();
        List<Committee> committees = new ArrayList<>();
        String[][] kinds = {{"AUDIT", "Audit Committee"}, {"COMPENSATION", "Compensation Committee"},
            {"NOMINATING_AND_GOVERNANCE", "Nominating and Governance Committee"},
            {"OTHER", OTHER_COMMITTEES[random.nextInt(OTHER_COMMITTEES.length)]}};
        LocalDate end = start.plusYears(options.years()).minusDays(1);
        for (String[] kind : kinds) {
            int size = Math.min(independent.size(), 3 + random.nextInt(3));
            int offset = random.nextInt(independent.size());
            List<Seat> base = new ArrayList<>();
            for (int m = 0; m < size; m++) {
                base.add(independent.get((offset + m) % independent.size()));
            }
            List<Seat> bench = new ArrayList<>(independent.stream().filter(seat -> !base.contains(seat)).toList());
            List<Membership> members = new ArrayList<>();
            for (int m = 0; m < size; m++) {
                Seat seat = base.get(m);
                LocalDate from = laterOf(seat.firstElected().plusDays(30), start.minusYears(3));
                boolean chair = m == 0;
                boolean expert = kind[0].equals("AUDIT") && m == 0;
                // one member in three leaves during the period, and an independent director not yet on it takes the place
                if (!chair && !bench.isEmpty() && random.nextDouble() < 0.33) {
                    int span = (int) (end.toEpochDay() - start.toEpochDay());
                    LocalDate leaves = start.plusDays(30 + random.nextInt(Math.max(1, span - 60)));
                    members.add(new Membership(seat, "MEMBER", from, leaves, false));
                    Seat successor = bench.remove(random.nextInt(bench.size()));
                    members.add(new Membership(successor, "MEMBER", leaves.plusDays(1), null, false));
                } else {
                    members.add(new Membership(seat, chair ? "CHAIR" : "MEMBER", from, null, expert));
                }
            }
            committees.add(new Committee(company, kind[0], kind[1], members));
        }
        return committees;
    }

    private List<Filing> filings(Company company, List<Seat> board, List<Person> officers, LocalDate start) {
        List<Filing> filings = new ArrayList<>();
        int count = options.years() * options.filingsPerCompanyYear();
        int days = (int) (start.plusYears(options.years()).toEpochDay() - start.toEpochDay());
        BigDecimal price = company.basePrice();
        List<Filing> amendable = new ArrayList<>();
        for (int f = 0; f < count; f++) {
            LocalDate tradeDate = businessDay(start.plusDays(random.nextInt(days)));
            boolean isOfficer = random.nextDouble() < 0.45;
            Person owner = isOfficer ? officers.get(random.nextInt(officers.size())) : board.get(random.nextInt(board.size())).person();
            boolean director = board.stream().anyMatch(s -> s.person().id() == owner.id());
            String title = isOfficer ? OFFICER_TITLES[officers.indexOf(owner) % OFFICER_TITLES.length] : null;
            String code = code();
            int rows = random.nextDouble() < 0.35 ? 2 + random.nextInt(3) : 1;
            List<Trade> trades = new ArrayList<>();
            BigDecimal holding = BigDecimal.valueOf(5_000 + random.nextInt(200_000));
            price = price.multiply(BigDecimal.valueOf(Math.exp(random.nextGaussian() * 0.01))).setScale(4, RoundingMode.HALF_UP);
            for (int r = 0; r < rows; r++) {
                BigDecimal shares = BigDecimal.valueOf(Math.round(Math.exp(5 + random.nextGaussian() * 1.3)) + 1);
                boolean acquired = switch (code) {
                    case "P", "A", "M" -> true;
                    default -> false;
                };
                holding = acquired ? holding.add(shares) : holding.subtract(shares).max(BigDecimal.ZERO);
                BigDecimal tradePrice = switch (code) {
                    case "A", "G" -> BigDecimal.ZERO;
                    case "M" -> price.multiply(BigDecimal.valueOf(0.4)).setScale(2, RoundingMode.HALF_UP);
                    default -> price.add(BigDecimal.valueOf(random.nextGaussian() * 0.5)).setScale(4, RoundingMode.HALF_UP).abs();
                };
                trades.add(new Trade(tradeDate, code, shares, tradePrice, acquired ? "A" : "D", holding));
            }
            boolean late = random.nextDouble() < 0.05;
            LocalDate filed = late ? businessDays(tradeDate, 3 + random.nextInt(20)) : businessDays(tradeDate, 1 + random.nextInt(2));
            boolean plan = code.equals("S") && random.nextDouble() < 0.6;
            Filing filing = new Filing(accession(filed), filed, tradeDate, "4", company, owner, director, isOfficer, title,
                    trades, plan, null, null);
            filings.add(filing);
            amendable.add(filing);
            if (random.nextDouble() < 0.03 && !amendable.isEmpty()) {
                Filing original = amendable.get(random.nextInt(amendable.size()));
                List<Trade> corrected = original.trades().stream().map(t -> new Trade(t.date(), t.code(), t.shares(),
                        t.price().add(new BigDecimal("0.01")), t.acquiredDisposed(), t.sharesOwnedFollowing())).toList();
                LocalDate amendedOn = businessDays(original.filingDate(), 1 + random.nextInt(10));
                filings.add(new Filing(accession(amendedOn), amendedOn, original.periodOfReport(), "4/A", company,
                        original.owner(), original.director(), original.officer(), original.officerTitle(), corrected,
                        original.plan10b5One(), original.accession(), original.filingDate()));
            }
        }
        return filings;
    }

    /** S 35 %, A 25 %, F 15 %, M 12 %, P 7 %, G 6 %: the shape of real Form 4 traffic. */
    private String code() {
        double x = random.nextDouble();
        return x < 0.35 ? "S" : x < 0.60 ? "A" : x < 0.75 ? "F" : x < 0.87 ? "M" : x < 0.94 ? "P" : "G";
    }

    /** Filer prefix 0099SSNNNN: SS from the seed, so that markets of two seeds never share an accession number. */
    private String accession(LocalDate filed) {
        int n = ++nextAccession;
        return String.format("0099%02d%04d-%02d-%06d", Math.floorMod(options.seed(), 100), n / 1_000_000, filed.getYear() % 100,
                n % 1_000_000);
    }

    private static LocalDate businessDay(LocalDate day) {
        LocalDate d = day;
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.plusDays(1);
        }
        return d;
    }

    private static LocalDate businessDays(LocalDate from, int days) {
        LocalDate d = from;
        for (int i = 0; i < days; i++) {
            d = businessDay(d.plusDays(1));
        }
        return d;
    }

    private static LocalDate laterOf(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static BigDecimal money(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }

    private static String ticker(int i) {
        StringBuilder ticker = new StringBuilder("G");
        int n = i;
        do {
            ticker.append((char) ('A' + n % 26));
            n /= 26;
        } while (n > 0);
        return ticker.toString();
    }
}
