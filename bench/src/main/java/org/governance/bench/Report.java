package org.governance.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * A one-year run's report (small or sp500): its figures as the report prints them, and the Markdown they make, line
 * for line the layout run.sh wrote (PlatformIT and the reports in bench/reports read it).
 */
record Report(String scale, String date, String machine, String software, String market, Ingest ingest, Flagship flagship,
        String person, List<String> crossBoardTable, Calls calls) {

    /** The ingest table: boards through the APIs, the data-set import (its job's counts), the XML batches. */
    record Ingest(String boardsSeconds, String stored, String present, String rejected, String dataSetFilings, String dataSetSeconds,
            String dataSetRate, long xmlFiles, String xmlRate) {
    }

    /** The flagship section: its company, seconds per row, whether gateway and SQL agreed, the table. */
    record Flagship(String company, String quarter, int seconds, String sameRows, List<String> table) {
    }

    /** Downstream calls per query, over {@code queries} queries, with the rows each answer has. */
    record Calls(int queries, int allRows, String all, long auditRows, String audit) {
    }

    List<String> lines() {
        List<String> lines = new ArrayList<>(List.of("# Scale benchmark: " + scale + " (" + date + ")", "",
                "Machine: " + machine,
                software,
                "",
                "Command: `./platform up && bench/run.sh " + scale + "`",
                "",
                "Scale: " + market,
                "",
                "## Ingest",
                "",
                "| what | filings | seconds | filings/s |",
                "| --- | ---: | ---: | ---: |",
                "| boards and committees through the APIs (scripts/load_demo.py --data) | - | " + ingest.boardsSeconds() + " | - |",
                "| Form 345 data set, one POST /datasets/form345 (stored " + ingest.stored() + ", present " + ingest.present() + ", rejected "
                        + ingest.rejected() + ") | " + ingest.dataSetFilings() + " | " + ingest.dataSetSeconds() + " | " + ingest.dataSetRate() + " |",
                "| EDGAR XML, zips of 500 to POST /filings/batch, one after another | " + ingest.xmlFiles() + " | - | " + ingest.xmlRate() + " |",
                "",
                "## Flagship: committee members' sales of company " + flagship.company() + " in " + flagship.quarter() + ", all committees",
                "",
                "Gateway (GraphQL, " + flagship.seconds() + " s per row after a 3 s warm-up, closed loop, bench GraphQLLoad) against the baseline (the",
                "same data in ONE database, the same answer by ONE SQL query, bench/sql/flagship.sql, pgbench -M prepared -f, same",
                "concurrency). Both warmed up first: each query and the baseline for " + flagship.seconds() + " s at 8 clients, not measured.",
                "Same rows from both: " + flagship.sameRows() + ".",
                ""));
        lines.addAll(flagship.table());
        lines.addAll(List.of("", "## Cross-board: \"" + person + "\" (most boards in the market), boards, committees and trades", ""));
        lines.addAll(crossBoardTable);
        lines.addAll(List.of("",
                "## Downstream calls per flagship query (gateway_downstream_requests_total, " + calls.queries() + " queries each)",
                "",
                "| result | rows | calls per query |",
                "| --- | ---: | ---: |",
                "| all committees | " + calls.allRows() + " | " + calls.all() + " |",
                "| audit committee only | " + calls.auditRows() + " | " + calls.audit() + " |",
                "",
                "## Ten times the data",
                "",
                TenfoldRun.PLACEHOLDER + " (after this run) imports nine more generated years and measures again."));
        return lines;
    }
}
