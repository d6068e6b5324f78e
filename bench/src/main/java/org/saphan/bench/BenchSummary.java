package org.saphan.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/**
 * The figures that the aims are about, one line each, gathered from every benchmark of one {@code ./saphan
 * bench} run into one file ({@code bench.summary}, by default {@code target/bench-summary.tsv} of the bench module),
 * which the script prints as one table at the end. Each benchmark still prints its own detail; this is only the
 * headline: the figure, the floor measured in the same run beside it, their ratio, and the aim.
 */
public final class BenchSummary {

    private static final Path FILE = Path.of(System.getProperty("bench.summary", "target/bench-summary.tsv"));

    private BenchSummary() {
    }

    /**
     * One figure in milliseconds.
     *
     * @param what what was timed, in a few words
     * @param p50 median, ms
     * @param p99 99th percentile, ms
     * @param floor what the floor is, or null when the figure has none
     * @param floorP50 the floor's median, ms (ignored without a floor)
     * @param floorP99 the floor's 99th percentile, ms (ignored without a floor)
     * @param aimP99 the aim for p99 in ms, or 0 when the aim is not a p99 bound
     */
    public static void figure(String what, double p50, double p99, String floor, double floorP50, double floorP99,
            double aimP99) {
        String ratio = floor == null || floorP99 <= 0 ? "" : format(p99 / floorP99) + "x";
        String aim = aimP99 > 0 ? "p99 < " + format(aimP99) + " ms: " + (p99 < aimP99 ? "met" : "NOT met") : "";
        write(String.join("\t", what, format(p50), format(p99), floor == null ? "" : floor,
                floor == null ? "" : format(floorP50), floor == null ? "" : format(floorP99), ratio, aim));
    }

    /** A figure that is not a latency (a size, a count, a rate): shown as it is, with its unit. */
    public static void value(String what, String value, String aim) {
        write(String.join("\t", what, value, "", "", "", "", "", aim == null ? "" : aim));
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, value >= 100 ? "%.0f" : "%.2f", value);
    }

    private static synchronized void write(String line) {
        try {
            Path parent = FILE.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Files.writeString(FILE, line.replace('\n', ' ') + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the bench summary " + FILE, e);
        }
    }
}
