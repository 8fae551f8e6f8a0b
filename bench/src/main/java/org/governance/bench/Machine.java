package org.governance.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The report's machine line: cores, the CPU model and the memory, read from /proc as grep and free read them. */
final class Machine {

    private Machine() {
    }

    /** "2 cores (AMD EPYC), 23 GB RAM;" */
    static String describe() {
        return Runtime.getRuntime().availableProcessors() + " cores (" + cpuModel() + "), " + ramGigabytes() + " GB RAM;";
    }

    /** The first "model name" of /proc/cpuinfo, its spaces trimmed and collapsed; empty where there is none. */
    static String cpuModel() {
        for (String line : proc("cpuinfo")) {
            if (line.contains("model name")) {
                String[] fields = line.split(":", -1);
                return (fields.length > 1 ? fields[1] : line).trim().replaceAll("\\s+", " ");
            }
        }
        return "";
    }

    /** MemTotal in whole gigabytes (GiB, rounded down), the total free -g prints. */
    static String ramGigabytes() {
        for (String line : proc("meminfo")) {
            if (line.startsWith("MemTotal:")) {
                return String.valueOf(Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024 / 1024);
            }
        }
        return "";
    }

    private static List<String> proc(String file) {
        try {
            return Files.readAllLines(Path.of("/proc", file));
        } catch (IOException e) {
            return List.of();
        }
    }
}
