package org.governance.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Command line: generates a market and writes it for the platform.
 *
 * <pre>
 * java -cp bench/target/bench.jar org.governance.bench.GenerateMarket --companies 500 --years 1 --seed 42 --out target/market
 *     [--first-year 2024] [--xml-per-zip 500]
 * </pre>
 *
 * writes OUT/boards/*.json (for scripts/load_demo.py --data OUT/boards), OUT/xml/batch-NNNN.zip (POST /filings/batch)
 * and OUT/form345.zip (POST /datasets/form345), and prints what it generated.
 */
public final class GenerateMarket {

    private GenerateMarket() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> options = Args.parse(args, Map.of("--companies", "500", "--years", "1", "--seed", "42",
                "--out", "target/market", "--xml-per-zip", "500", "--first-year", "2024"));
        Market market = MarketGenerator.generate(new MarketGenerator.Options(Long.parseLong(options.get("--seed")),
                Integer.parseInt(options.get("--companies")), Integer.parseInt(options.get("--years")),
                Integer.parseInt(options.get("--first-year")), 340));
        Path out = Path.of(options.get("--out"));
        MarketWriter.writeBoards(market, out.resolve("boards"));
        List<Path> zips = MarketWriter.writeXmlBatches(market, out.resolve("xml"), Integer.parseInt(options.get("--xml-per-zip")));
        MarketWriter.writeForm345(market, out.resolve("form345.zip"));
        Map<String, Long> codes = new TreeMap<>();
        market.filings().forEach(f -> f.trades().forEach(t -> codes.merge(t.code(), 1L, Long::sum)));
        System.out.printf("market: %d companies, %d people, %d seats, %d committees, %d filings (%d amendments), codes %s%n",
                market.companies().size(), market.people().size(), market.seats().size(), market.committees().size(),
                market.filings().size(), market.filings().stream().filter(f -> f.amends() != null).count(), codes);
        System.out.printf("written: %s/boards, %d XML zips in %s/xml, %s/form345.zip%n", out, zips.size(), out, out);
    }
}
