package org.governance.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DayOfWeek;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;

import org.governance.bench.Market.Committee;
import org.governance.bench.Market.Filing;
import org.governance.bench.Market.Seat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** The generator: the same seed gives the same bytes; the market it gives has the shape of the real one. */
class MarketGeneratorTest {

    private static Market market;

    @BeforeAll
    static void generate() {
        market = MarketGenerator.generate(MarketGenerator.Options.of(7, 60, 1));
    }

    @Test
    void theSameSeedGivesTheSameFilesAndAnotherSeedOthers(@TempDir Path temp) throws IOException {
        MarketWriter.writeForm345(MarketGenerator.generate(MarketGenerator.Options.of(7, 60, 1)), temp.resolve("a.zip"));
        MarketWriter.writeForm345(market, temp.resolve("b.zip"));
        MarketWriter.writeForm345(MarketGenerator.generate(MarketGenerator.Options.of(8, 60, 1)), temp.resolve("c.zip"));
        MarketWriter.writeBoards(market, temp.resolve("boards-a"));
        MarketWriter.writeBoards(MarketGenerator.generate(MarketGenerator.Options.of(7, 60, 1)), temp.resolve("boards-b"));
        assertThat(tables(temp.resolve("a.zip"))).isEqualTo(tables(temp.resolve("b.zip")));
        assertThat(tables(temp.resolve("a.zip"))).isNotEqualTo(tables(temp.resolve("c.zip")));
        for (String file : List.of("companies.json", "people.json", "directors.json", "committees.json")) {
            assertThat(sha256(Files.readAllBytes(temp.resolve("boards-a").resolve(file))))
                    .as(file).isEqualTo(sha256(Files.readAllBytes(temp.resolve("boards-b").resolve(file))));
        }
    }

    @Test
    void boardsHaveSevenToFifteenSeatsWithClassifiedAndUnclassifiedBoardsAndSharedDirectors() {
        assertThat(market.companies()).hasSize(60);
        Map<String, List<Seat>> boards = market.seats().stream().collect(Collectors.groupingBy(s -> s.company().cik()));
        assertThat(boards).hasSize(60);
        boards.values().forEach(board -> assertThat(board.size()).isBetween(7, 15));
        double average = market.seats().size() / 60.0;
        assertThat(average).as("seats per board (S&P 500: about 10.9)").isBetween(9.5, 12.5);
        long classified = market.companies().stream().filter(Market.Company::classifiedBoard).count();
        assertThat(classified).as("classified boards").isBetween(8L, 35L);
        market.seats().stream().filter(s -> s.company().classifiedBoard())
                .forEach(s -> assertThat(s.directorClass()).isIn("I", "II", "III"));
        Map<Integer, Long> boardsPerDirector = market.seats().stream().collect(Collectors.groupingBy(s -> s.person().id(), Collectors.counting()));
        long interlocked = boardsPerDirector.values().stream().filter(n -> n >= 2).count();
        assertThat(interlocked).as("directors on two or more boards").isPositive();
        assertThat((double) interlocked / boardsPerDirector.size()).isBetween(0.03, 0.25);
        boards.values().forEach(board -> {
            assertThat(board.stream().filter(s -> s.roles().contains("CHAIR"))).hasSize(1);
            assertThat(board.stream().filter(Seat::independent).count()).as("independent majority").isGreaterThan(board.size() / 2);
        });
    }

    @Test
    void everyBoardHasFourCommitteesOfIndependentDirectorsAndSomeMembershipsChange() {
        Map<String, List<Committee>> byCompany = market.committees().stream().collect(Collectors.groupingBy(c -> c.company().cik()));
        assertThat(byCompany).hasSize(60);
        byCompany.values().forEach(committees -> assertThat(committees).extracting(Committee::type)
                .containsExactlyInAnyOrder("AUDIT", "COMPENSATION", "NOMINATING_AND_GOVERNANCE", "OTHER"));
        market.committees().forEach(c -> {
            assertThat(c.members()).allSatisfy(m -> assertThat(m.seat().independent()).isTrue());
            assertThat(c.members().stream().filter(m -> m.role().equals("CHAIR"))).hasSize(1);
            assertThat(c.members().stream().map(m -> m.seat().person().id()).distinct().count())
                    .as("a director is in a committee once").isEqualTo(c.members().size());
        });
        long changed = market.committees().stream().flatMap(c -> c.members().stream()).filter(m -> m.to() != null).count();
        assertThat(changed).as("memberships that end during the period").isPositive();
    }

    @Test
    void filingsComeAtTheRealRateWithTheRealMixOfCodesPlansAmendmentsAndLateness() {
        List<Filing> originals = market.filings().stream().filter(f -> f.amends() == null).toList();
        assertThat(originals).hasSize(60 * 340);
        Map<String, Long> rows = market.filings().stream().flatMap(f -> f.trades().stream())
                .collect(Collectors.groupingBy(Market.Trade::code, Collectors.counting()));
        Map<String, Long> filingsByCode = originals.stream().collect(Collectors.groupingBy(f -> f.trades().get(0).code(), Collectors.counting()));
        assertThat(rows.keySet()).containsExactlyInAnyOrder("S", "P", "M", "A", "F", "G");
        Function<String, Double> share = code -> (double) filingsByCode.get(code) / originals.size();
        assertThat(share.apply("S")).isCloseTo(0.35, within(0.03));
        assertThat(share.apply("A")).isCloseTo(0.25, within(0.03));
        assertThat(share.apply("F")).isCloseTo(0.15, within(0.03));
        assertThat(share.apply("M")).isCloseTo(0.12, within(0.03));
        assertThat(share.apply("P")).isCloseTo(0.07, within(0.02));
        assertThat(share.apply("G")).isCloseTo(0.06, within(0.02));

        double multiRow = originals.stream().filter(f -> f.trades().size() > 1).count() / (double) originals.size();
        assertThat(multiRow).as("filings with several rows").isCloseTo(0.35, within(0.03));
        List<Filing> sales = originals.stream().filter(f -> f.trades().get(0).code().equals("S")).toList();
        double planned = sales.stream().filter(Filing::plan10b5One).count() / (double) sales.size();
        assertThat(planned).as("sales under a 10b5-1 plan").isCloseTo(0.6, within(0.05));
        double amendments = market.filings().stream().filter(f -> f.amends() != null).count() / (double) originals.size();
        assertThat(amendments).as("amendments").isCloseTo(0.03, within(0.01));
        Set<String> accessions = market.filings().stream().map(Filing::accession).collect(Collectors.toSet());
        assertThat(accessions).as("accessions are unique").hasSize(market.filings().size());
        market.filings().stream().filter(f -> f.amends() != null).forEach(f -> assertThat(accessions).contains(f.amends()));

        double late = originals.stream().filter(f -> businessDaysBetween(f.periodOfReport(), f.filingDate()) > 2).count()
                / (double) originals.size();
        assertThat(late).as("late Form 4s (more than two business days)").isCloseTo(0.05, within(0.015));
        originals.forEach(f -> assertThat(f.periodOfReport().getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
    }

    @Test
    void theXmlIsAWellFormedOwnershipDocumentAndTheDataSetHasEveryFiling(@TempDir Path temp) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        for (Filing filing : market.filings().subList(0, 200)) {
            Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(MarketWriter.xml(filing).getBytes(StandardCharsets.UTF_8)));
            assertThat(document.getElementsByTagName("nonDerivativeTransaction").getLength()).isEqualTo(filing.trades().size());
            assertThat(document.getElementsByTagName("rptOwnerCik").item(0).getTextContent()).isEqualTo(MarketWriter.pad(filing.owner().cik()));
        }
        Path zip = temp.resolve("form345.zip");
        MarketWriter.writeForm345(market, zip);
        Map<String, String> tables = tables(zip);
        assertThat(tables.keySet()).contains("SUBMISSION.tsv", "REPORTINGOWNER.tsv", "NONDERIV_TRANS.tsv", "FOOTNOTES.tsv", "OWNER_SIGNATURE.tsv");
        assertThat(tables.get("SUBMISSION.tsv").lines().count() - 1).isEqualTo(market.filings().size());
        assertThat(tables.get("NONDERIV_TRANS.tsv").lines().count() - 1)
                .isEqualTo(market.filings().stream().mapToLong(f -> f.trades().size()).sum());
        List<Path> batches = MarketWriter.writeXmlBatches(market, temp.resolve("xml"), 500);
        assertThat(batches).hasSize((market.filings().size() + 499) / 500);
    }

    private static long businessDaysBetween(java.time.LocalDate from, java.time.LocalDate to) {
        long days = 0;
        for (var d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days++;
            }
        }
        return days;
    }

    private static Map<String, String> tables(Path zip) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            return file.stream().collect(Collectors.toMap(e -> e.getName(), e -> {
                try {
                    return new String(file.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
                } catch (IOException ex) {
                    throw new java.io.UncheckedIOException(ex);
                }
            }));
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
