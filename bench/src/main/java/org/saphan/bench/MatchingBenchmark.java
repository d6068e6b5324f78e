package org.saphan.bench;

import java.lang.management.ManagementFactory;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.ToLongFunction;
import org.HdrHistogram.Histogram;
import org.saphan.domain.model.booking.Booking;
import org.saphan.domain.model.booking.BookingReference;
import org.saphan.domain.model.booking.BookingRequest;
import org.saphan.domain.model.booking.GenderNeed;
import org.saphan.domain.model.booking.Mode;
import org.saphan.domain.model.booking.Purpose;
import org.saphan.domain.model.booking.Requester;
import org.saphan.domain.model.booking.Urgency;
import org.saphan.domain.model.interpreter.InterpreterId;
import org.saphan.domain.model.interpreter.WeeklySchedule;
import org.saphan.domain.model.interpreter.WeeklyWindow;
import org.saphan.domain.model.shared.Bangkok;
import org.saphan.domain.model.shared.CaseCode;
import org.saphan.domain.model.shared.ConflictKind;
import org.saphan.domain.model.shared.Gender;
import org.saphan.domain.model.shared.LanguageCode;
import org.saphan.domain.model.shared.LanguagePair;
import org.saphan.domain.model.shared.Level;
import org.saphan.domain.model.shared.Party;
import org.saphan.domain.model.shared.Province;
import org.saphan.domain.model.shared.Specialisation;
import org.saphan.domain.model.shared.TimeWindow;
import org.saphan.domain.service.CandidateSnapshot;
import org.saphan.domain.service.SnapshotList;
import org.saphan.domain.service.HardRule;
import org.saphan.domain.service.InterpreterMatcher;
import org.saphan.domain.service.MatchNeeds;
import org.saphan.domain.service.MatchResult;

/**
 * How long it takes to compute the candidates for one booking, against synthetic pools of 1,000, 10,000 and 100,000
 * interpreters held as {@link CandidateSnapshot}s (what the candidate pool hands the matcher), with weekly
 * availability, absences, existing assignments and realistic shares that qualify. Prints percentiles per pool size
 * and operation, and the bytes allocated per match; figures, not pass/fail.
 * <p>
 * Single-threaded on purpose: it measures the cost of one match, not throughput. Reading the snapshots from the
 * database is not included; see bench/README.md.
 */
public final class MatchingBenchmark {

    /** Interpreters offered a scheduled booking at once, the first wave; the running service reads it from config. */
    static final int WAVE_SIZE = 5;
    /** Today, for the synthetic calendar; the bookings matched are in the following weeks. */
    static final Instant NOW = LocalDateTime.of(2026, 11, 23, 10, 0).atZone(Bangkok.ZONE).toInstant();
    private static final long SEED = 20261123L;
    private static final long NANOS_PER_ITERATION_BUDGET = 50_000_000L;

    /** Results folded here so that the JIT cannot drop the work measured. */
    private static volatile long sink;

    private MatchingBenchmark() {
    }

    public static void main(String[] args) {
        int[] sizes = parseSizes(System.getProperty("bench.sizes", "1000,10000,100000"));
        InterpreterMatcher matcher = new InterpreterMatcher(InterpreterMatcher.DEFAULT_TRAVEL_BUFFER);
        List<Scenario> scenarios = List.of(
                new Scenario("scheduled on-site mya-tha in Tak, female preferred", scheduledOnSite()),
                new Scenario("immediate remote khm-tha, female required, psychosocial", immediateRemote()));
        AllocationMeter allocation = AllocationMeter.create();

        System.out.println();
        System.out.println("Saphan matching benchmark: candidates for one booking (InterpreterMatcher)");
        System.out.printf(Locale.ROOT, "JVM %s %s, %d processors, heap %d MB, allocation metering %s%n",
                System.getProperty("java.vm.name"), System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                allocation.supported() ? "on" : "not supported by this JVM");
        System.out.println("Each figure is one single-threaded match, MatchNeeds.of(booking) included; times in "
                + "microseconds.");

        for (int size : sizes) {
            List<CandidateSnapshot> pool = PoolGenerator.generate(size, new Random(SEED + size));
            // the same pool (same seed) as the server's cache holds it: shapes of week shared, with its columns
            List<CandidateSnapshot> columns = SnapshotList.of(PoolGenerator.generate(size, new Random(SEED + size),
                    new HashMap<>()));
            // settle the pool into the old generation now, so that no operation pays for moving it
            System.gc();
            System.out.println();
            System.out.printf(Locale.ROOT, "=== pool of %,d interpreters ===%n", size);
            for (Scenario scenario : scenarios) {
                MatchResult probe = matcher.match(MatchNeeds.of(scenario.booking()), pool, Integer.MAX_VALUE);
                System.out.printf(Locale.ROOT, "%s: %,d qualify (%.1f%%); first rule broken: %s%n", scenario.name(),
                        probe.qualifiedCount(), 100.0 * probe.qualifiedCount() / size,
                        describe(probe.exclusionsByRule(), size));
                System.out.printf(Locale.ROOT, "  %-44s %9s %9s %9s %9s %9s %12s%n", "operation", "p50", "p99",
                        "p99.9", "max", "mean", "bytes/match");
                for (Operation operation : Operation.values()) {
                    measure(operation, matcher, scenario.booking(), pool, allocation).print();
                }
                // the pool as the server's cache hands it over: with its profile columns, read before the snapshots
                System.out
                        .println("  as the profile cache hands the pool over (SnapshotList: profile columns, shapes of "
                                + "week shared):");
                for (Operation operation : Operation.values()) {
                    Figures figures = measure(operation, matcher, scenario.booking(), columns, allocation);
                    figures.print();
                    if (operation == Operation.WAVE && size >= 100_000) {
                        BenchSummary.figure(String.format(Locale.ROOT, "matcher, offer wave, %,d, %s", size,
                                scenario.name()), figures.histogram().getValueAtPercentile(50) / 1e6,
                                figures.histogram().getValueAtPercentile(99) / 1e6, null, 0, 0, 2);
                    }
                }
            }
            pool = null; // let the next size have the heap
            columns = null;
            System.gc();
        }
        System.out.println();
        System.out.println("(checksum " + sink + ")");
    }

    /** What a caller asks of the matcher, from the cheapest to the whole explanation. */
    enum Operation {
        RULES_ONLY("hard rules only (limit 0: how many qualify)", (m, b, pool) -> {
            MatchResult r = m.match(MatchNeeds.of(b), pool, 0);
            return r.qualifiedCount();
        }), WAVE("offer wave (limit " + WAVE_SIZE + ", ids in rank order)", (m, b, pool) -> {
            MatchResult r = m.match(MatchNeeds.of(b), pool, WAVE_SIZE);
            return r.rankedIds().size() + r.qualifiedCount();
        }), FULL_RANKING("full ranking (every qualified, with reasons)", (m, b, pool) -> {
            MatchResult r = m.match(MatchNeeds.of(b), pool, Integer.MAX_VALUE);
            return r.ranked().size();
        }), CANDIDATES_PAGE("full ranking + every exclusion (/candidates)", (m, b, pool) -> {
            MatchResult r = m.match(MatchNeeds.of(b), pool, Integer.MAX_VALUE);
            return r.ranked().size() + r.excluded().size();
        });

        final String label;
        final Work work;

        Operation(String label, Work work) {
            this.label = label;
            this.work = work;
        }
    }

    @FunctionalInterface
    interface Work {
        long run(InterpreterMatcher matcher, Booking booking, List<CandidateSnapshot> pool);
    }

    record Scenario(String name, Booking booking) {
    }

    record Figures(String label, Histogram histogram, long bytesPerMatch) {

        void print() {
            System.out.printf(Locale.ROOT, "  %-44s %9.1f %9.1f %9.1f %9.1f %9.1f %12s%n", label,
                    micros(histogram.getValueAtPercentile(50)), micros(histogram.getValueAtPercentile(99)),
                    micros(histogram.getValueAtPercentile(99.9)), micros(histogram.getMaxValue()),
                    histogram.getMean() / 1000.0, bytesPerMatch < 0
                            ? "n/a"
                            : String.format(Locale.ROOT, "%,d",
                                    bytesPerMatch));
        }

        private static double micros(long nanos) {
            return nanos / 1000.0;
        }
    }

    private static Figures measure(Operation operation, InterpreterMatcher matcher, Booking booking,
            List<CandidateSnapshot> pool, AllocationMeter allocation) {
        // enough iterations for a stable p99.9 at every size, about the same total time per size
        int iterations = (int) Math.max(1_000, Math.min(20_000, NANOS_PER_ITERATION_BUDGET / pool.size()));
        int warmup = Math.max(2_000, iterations);
        long folded = 0;
        for (int i = 0; i < warmup; i++) {
            folded += operation.work.run(matcher, booking, pool);
        }
        Histogram histogram = new Histogram(Duration.ofSeconds(10).toNanos(), 3);
        long allocatedBefore = allocation.allocatedBytes();
        for (int i = 0; i < iterations; i++) {
            long start = System.nanoTime();
            folded += operation.work.run(matcher, booking, pool);
            histogram.recordValue(System.nanoTime() - start);
        }
        long allocatedAfter = allocation.allocatedBytes();
        sink += folded;
        // the histogram records into preallocated counts, so what was allocated is the matches' own
        long bytesPerMatch = allocatedBefore < 0 ? -1 : (allocatedAfter - allocatedBefore) / iterations;
        return new Figures(operation.label, histogram, bytesPerMatch);
    }

    private static String describe(Map<HardRule, Integer> byRule, int size) {
        StringBuilder out = new StringBuilder();
        byRule.forEach((rule, count) -> out.append(out.isEmpty() ? "" : ", ").append(rule).append(' ')
                .append(String.format(Locale.ROOT, "%.1f%%", 100.0 * count / size)));
        return out.toString();
    }

    /** Tuesday 8 December 2026, 09:00 in Asia/Bangkok, two hours, on site in Tak. */
    static Booking scheduledOnSite() {
        Instant start = LocalDateTime.of(2026, 12, 8, 9, 0).atZone(Bangkok.ZONE).toInstant();
        BookingRequest request = new BookingRequest(Purpose.SCREENING_INTERVIEW, Mode.ON_SITE, Urgency.SCHEDULED,
                start, 120, LanguagePair.withThai(LanguageCode.MYA), Province.TAK, "Police station, interview room 1",
                GenderNeed.preferred(Gender.FEMALE), null, false, CaseCode.of("RTP-TAK-2026-0117"),
                "Ask for the duty investigator.", null,
                Set.of(new Party(ConflictKind.ORGANISATION, "Synthetic employer 7")));
        return new Booking(BookingReference.of(2026, 1), new Requester("RTP-TAK", "bench"), request, NOW);
    }

    /** Now, remote, for an hour: only interpreters on call can take it. */
    static Booking immediateRemote() {
        BookingRequest request = new BookingRequest(Purpose.PSYCHOSOCIAL_SESSION, Mode.REMOTE, Urgency.IMMEDIATE,
                NOW.plusSeconds(60), 60, LanguagePair.withThai(LanguageCode.KHM), null, null,
                GenderNeed.required(Gender.FEMALE), Specialisation.PSYCHOSOCIAL, false,
                CaseCode.of("MSDHS-2026-0311"), null, null, Set.of());
        return new Booking(BookingReference.of(2026, 2), new Requester("MSDHS-BKK", "bench"), request, NOW);
    }

    private static int[] parseSizes(String text) {
        String[] parts = text.split(",");
        int[] sizes = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            sizes[i] = Integer.parseInt(parts[i].strip().replace("_", ""));
            if (sizes[i] < 1) {
                throw new IllegalArgumentException("A pool size must be positive: " + parts[i]);
            }
        }
        return sizes;
    }

    /**
     * Synthetic interpreters, shaped like the programme's pool: every one speaks Thai, most one language of the
     * region (Burmese most of all), some a second; a few suspended, some with expired vetting; weekly windows of a
     * handful of kinds, each interpreter with its own schedule object as the database would give; some absent, some
     * on call, some already assigned around the bookings' days.
     */
    static final class PoolGenerator {

        private static final LanguageCode[] MAIN_LANGUAGES = {LanguageCode.MYA, LanguageCode.KHM, LanguageCode.LAO,
                LanguageCode.VIE, LanguageCode.SHN, LanguageCode.KSW, LanguageCode.MNW, LanguageCode.RHG,
                LanguageCode.ENG};
        /** Shares of {@link #MAIN_LANGUAGES}, per mille. */
        private static final int[] MAIN_LANGUAGE_SHARES = {400, 150, 100, 80, 60, 60, 50, 40, 60};
        private static final Province[] PROVINCES = {Province.BANGKOK, Province.TAK, Province.RANONG,
                Province.PHANG_NGA, Province.CHIANG_RAI, Province.SA_KAEO, Province.TRAT, Province.SURAT_THANI,
                Province.SONGKHLA, Province.SAMUT_SAKHON, Province.PHUKET};
        private static final int[] PROVINCE_SHARES = {250, 150, 80, 50, 80, 60, 40, 50, 70, 120, 50};
        private static final Level[] LEVELS = Level.values();
        private static final Specialisation[] SPECIALISATIONS = Specialisation.values();
        private static final LocalDate TODAY = Bangkok.dateOf(NOW);
        /** The days around which the synthetic calendar puts assignments and absences. */
        private static final LocalDate CALENDAR_START = LocalDate.of(2026, 11, 23);

        private PoolGenerator() {
        }

        static List<CandidateSnapshot> generate(int size, Random random) {
            return generate(size, random, null);
        }

        /**
         * @param shapes null for a schedule object per interpreter, as the per-booking read of the database gave them;
         *        else one object per shape of week, shared, as the server's profile cache keeps them
         */
        static List<CandidateSnapshot> generate(int size, Random random,
                Map<List<WeeklyWindow>, WeeklySchedule> shapes) {
            SHAPES.set(shapes);
            List<CandidateSnapshot> pool = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                pool.add(interpreter(i + 1, random));
            }
            return pool;
        }

        private static CandidateSnapshot interpreter(long id, Random random) {
            CandidateSnapshot.Builder b = CandidateSnapshot.builder(InterpreterId.of(id))
                    .active(random.nextInt(100) >= 4)
                    .gender(random.nextInt(100) < 55
                            ? Gender.FEMALE
                            : random.nextInt(100) < 97
                                    ? Gender.MALE
                                    : Gender.OTHER)
                    .remote(random.nextInt(100) < 60)
                    .onCall(random.nextInt(100) < 15);
            LanguageCode main = pick(MAIN_LANGUAGES, MAIN_LANGUAGE_SHARES, random);
            b.language(LanguageCode.THA, LEVELS[random.nextInt(LEVELS.length)], random.nextInt(100) < 30);
            b.language(main, random.nextInt(100) < 70 ? Level.NATIVE : Level.FLUENT, random.nextInt(100) < 35);
            if (random.nextInt(100) < 20) {
                LanguageCode second = pick(MAIN_LANGUAGES, MAIN_LANGUAGE_SHARES, random);
                if (second != main) {
                    b.language(second, random.nextBoolean() ? Level.WORKING : Level.FLUENT, false);
                }
            }
            // 12% expired, 3% never vetted, the rest valid for one to twenty-four months more
            int vetting = random.nextInt(100);
            b.vettingValidUntil(vetting < 12
                    ? TODAY.minusDays(1 + random.nextInt(300))
                    : vetting < 15 ? null : TODAY.plusDays(30 + random.nextInt(700)));
            for (Specialisation specialisation : SPECIALISATIONS) {
                if (random.nextInt(100) < 30) {
                    b.specialisation(specialisation);
                }
            }
            int provinces = 1 + random.nextInt(3);
            for (int p = 0; p < provinces; p++) {
                b.province(pick(PROVINCES, PROVINCE_SHARES, random));
            }
            b.weekly(weekly(random));
            if (random.nextInt(100) < 10) {
                int count = 1 + random.nextInt(2);
                for (int a = 0; a < count; a++) {
                    Instant from = CALENDAR_START.plusDays(random.nextInt(28)).atStartOfDay(Bangkok.ZONE).toInstant();
                    b.absence(from, from.plus(Duration.ofDays(1 + random.nextInt(5))));
                }
            }
            if (random.nextInt(100) < 30) {
                int count = 1 + random.nextInt(3);
                for (int a = 0; a < count; a++) {
                    Instant start = CALENDAR_START.plusDays(random.nextInt(28))
                            .atTime(7 + random.nextInt(12), random.nextBoolean() ? 0 : 30).atZone(Bangkok.ZONE)
                            .toInstant();
                    b.assignment(TimeWindow.ofMinutes(start, 60 + 30 * random.nextInt(7)),
                            random.nextInt(100) < 65 ? Mode.ON_SITE : Mode.REMOTE);
                }
            }
            if (random.nextInt(100) < 3) {
                b.conflict(new Party(ConflictKind.ORGANISATION, "Synthetic employer " + random.nextInt(50)));
            }
            b.excludedForCase(random.nextInt(10_000) < 5);
            b.servedCase(random.nextInt(10_000) < 5);
            b.minutesWorkedLast14Days(random.nextInt(100) < 25 ? 0 : random.nextInt(50 * 60));
            b.medianAnswerSeconds(random.nextInt(100) < 20 ? CandidateSnapshot.UNKNOWN : 10 + random.nextInt(1_200));
            return b.build();
        }

        /** One of a few common shapes of week, built anew per interpreter. */
        private static WeeklySchedule weekly(Random random) {
            List<WeeklyWindow> windows = new ArrayList<>(14);
            Set<DayOfWeek> weekdays = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
            switch (random.nextInt(6)) {
                case 0 -> weekdays.forEach(d -> windows.add(window(d, 8, 17)));
                case 1 -> EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY)
                        .forEach(d -> windows.add(window(d, 8, 18)));
                case 2 -> weekdays.forEach(d -> {
                    windows.add(window(d, 8, 12));
                    windows.add(window(d, 13, 18));
                });
                case 3 -> {
                    weekdays.forEach(d -> windows.add(window(d, 17, 22)));
                    windows.add(window(DayOfWeek.SATURDAY, 9, 20));
                    windows.add(window(DayOfWeek.SUNDAY, 9, 20));
                }
                case 4 -> EnumSet.allOf(DayOfWeek.class).forEach(d -> windows.add(window(d, 7, 21)));
                default -> {
                    // an irregular week: a few random days, a few random hours
                    for (DayOfWeek d : DayOfWeek.values()) {
                        if (random.nextBoolean()) {
                            int from = 6 + random.nextInt(8);
                            windows.add(window(d, from, from + 3 + random.nextInt(8)));
                        }
                    }
                }
            }
            Map<List<WeeklyWindow>, WeeklySchedule> shapes = SHAPES.get();
            return shapes == null
                    ? WeeklySchedule.of(windows)
                    : shapes.computeIfAbsent(windows, WeeklySchedule::of);
        }

        /** The shapes shared while one pool is generated; null when each interpreter gets its own schedule. */
        private static final ThreadLocal<Map<List<WeeklyWindow>, WeeklySchedule>> SHAPES = new ThreadLocal<>();

        private static WeeklyWindow window(DayOfWeek day, int fromHour, int toHour) {
            return new WeeklyWindow(day, LocalTime.of(fromHour, 0),
                    toHour >= 24 ? LocalTime.MIDNIGHT : LocalTime.of(toHour, 0));
        }

        private static <T> T pick(T[] values, int[] shares, Random random) {
            int total = 0;
            for (int share : shares) {
                total += share;
            }
            int r = random.nextInt(total);
            for (int i = 0; i < values.length; i++) {
                r -= shares[i];
                if (r < 0) {
                    return values[i];
                }
            }
            return values[values.length - 1];
        }
    }

    /** Bytes allocated by this thread, where the JVM can tell (HotSpot can). */
    record AllocationMeter(ToLongFunction<Thread> reader) {

        static AllocationMeter create() {
            java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
            if (bean instanceof com.sun.management.ThreadMXBean hotspot && hotspot.isThreadAllocatedMemorySupported()) {
                hotspot.setThreadAllocatedMemoryEnabled(true);
                return new AllocationMeter(thread -> hotspot.getThreadAllocatedBytes(thread.getId()));
            }
            return new AllocationMeter(null);
        }

        boolean supported() {
            return reader != null;
        }

        /** -1 when not supported. */
        long allocatedBytes() {
            return reader == null ? -1 : reader.applyAsLong(Thread.currentThread());
        }
    }
}
