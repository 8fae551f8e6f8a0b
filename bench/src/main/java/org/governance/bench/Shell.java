package org.governance.bench;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The programs BenchRun drives and does not replace (./platform, python3, psql, pg_dump, pgbench, the bench's own
 * command lines in a JVM each), run from the repository root with PGHOST and PGPORT set. Their error output goes to
 * ours; a program that fails stops the run, as {@code set -e} did in run.sh.
 */
final class Shell {

    private final Path root;
    private final Path jar;
    private final Map<String, String> environment = new HashMap<>();

    Shell(Path root, Path jar) {
        this.root = root;
        this.jar = jar;
        // the PostgreSQL tools' defaults, as run.sh exported them (an empty value counts as unset, as ${VAR:-default})
        environment.put("PGHOST", orDefault(System.getenv("PGHOST"), "127.0.0.1"));
        environment.put("PGPORT", orDefault(System.getenv("PGPORT"), "5432"));
    }

    Path root() {
        return root;
    }

    /** Runs the command with its output to {@code out}. */
    void run(List<String> command, Redirect out) throws IOException, InterruptedException {
        check(command, builder(root, command).redirectOutput(out).start().waitFor());
    }

    /** Runs the command in {@code directory} with its output and its error output to {@code file}. */
    void runLogged(Path directory, List<String> command, Path file) throws IOException, InterruptedException {
        check(command, builder(directory, command).redirectOutput(file.toFile()).redirectErrorStream(true).start().waitFor());
    }

    /** The command's output, whole. */
    String output(List<String> command) throws IOException, InterruptedException {
        Process process = builder(root, command).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        check(command, process.waitFor());
        return out;
    }

    /** The command's output without its final line breaks, as $(command) gives it. */
    String value(List<String> command) throws IOException, InterruptedException {
        String out = output(command);
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == '\n') {
            end--;
        }
        return out.substring(0, end);
    }

    /** {@code from | to > out}; either failing fails it (run.sh's pipefail). */
    void pipe(List<String> from, List<String> to, Redirect out) throws IOException, InterruptedException {
        List<Process> processes = ProcessBuilder.startPipeline(List.of(builder(root, from),
                builder(root, to).redirectInput(Redirect.PIPE).redirectOutput(out)));
        check(from, processes.get(0).waitFor());
        check(to, processes.get(1).waitFor());
    }

    /** A bench command line in its own JVM (this JVM's java, the bench jar). */
    List<String> java(String mainClass, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                jar.toString(), "org.governance.bench." + mainClass));
        command.addAll(List.of(args));
        return command;
    }

    private ProcessBuilder builder(Path directory, List<String> command) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectInput(Redirect.INHERIT)
                .redirectError(Redirect.INHERIT);
        builder.environment().putAll(environment);
        return builder;
    }

    private static void check(List<String> command, int exit) {
        if (exit != 0) {
            List<String> shown = new ArrayList<>(command);
            int token = shown.indexOf("--token");
            if (token >= 0 && token + 1 < shown.size()) {
                shown.set(token + 1, "...");
            }
            throw new IllegalStateException(String.join(" ", shown) + " exited with " + exit);
        }
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isEmpty() ? fallback : value;
    }
}
