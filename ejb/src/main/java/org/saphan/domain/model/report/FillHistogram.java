package org.saphan.domain.model.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * How long filling took, as counts in fixed buckets of seconds, each bucket also keeping its smallest and largest
 * value: what the daily roll-up stores, so that days add up without keeping one row per booking.
 * <p>
 * The percentiles follow SQL's {@code PERCENTILE_CONT} (linear interpolation between the two closest ranks), with the
 * values inside a bucket taken as evenly spread between its smallest and largest. So a percentile is exact whenever
 * each of its two ranks is the smallest or the largest value of its bucket (always when a bucket holds one or two
 * values); otherwise it lies within the bucket's own smallest and largest value, and buckets are a minute wide below
 * ten minutes and a tenth of their lower bound wide above (bench/README.md measures the error at scale).
 */
public final class FillHistogram {

    /** The exclusive upper bound of each bucket in seconds; the last bucket, above the last bound, is open. */
    private static final List<Integer> UPPER = bounds();

    private final long[] count = new long[UPPER.size() + 1];
    private final long[] min = new long[UPPER.size() + 1];
    private final long[] max = new long[UPPER.size() + 1];

    private static List<Integer> bounds() {
        List<Integer> upper = new ArrayList<>();
        for (int minute = 1; minute <= 10; minute++) {
            upper.add(minute * 60);
        }
        int minute = 10;
        while (minute < 14 * 24 * 60) {
            minute = Math.max(minute + 1, (int) Math.round(minute * 1.1));
            upper.add(minute * 60);
        }
        return Collections.unmodifiableList(upper);
    }

    /** The exclusive upper bounds in seconds, for the SQL that sorts seconds into buckets. */
    public static List<Integer> upperBounds() {
        return UPPER;
    }

    /** The bucket of a number of seconds (0 for anything under a minute, negative clock skew included). */
    public static int bucketOf(long seconds) {
        int i = Collections.binarySearch(UPPER, (int) Math.min(Integer.MAX_VALUE, seconds));
        return i >= 0 ? i + 1 : -i - 1;
    }

    /** Adds {@code n} values of one bucket, the smallest and largest of them given. */
    public void add(int bucket, long n, long smallest, long largest) {
        if (bucket < 0 || bucket >= count.length) {
            throw new IllegalArgumentException("no bucket " + bucket);
        }
        if (n <= 0) {
            return;
        }
        min[bucket] = count[bucket] == 0 ? smallest : Math.min(min[bucket], smallest);
        max[bucket] = count[bucket] == 0 ? largest : Math.max(max[bucket], largest);
        count[bucket] += n;
    }

    /** Adds every bucket of another histogram to this one. */
    public void addAll(FillHistogram other) {
        for (int b = 0; b < count.length; b++) {
            add(b, other.count[b], other.min[b], other.max[b]);
        }
    }

    public long size() {
        long n = 0;
        for (long c : count) {
            n += c;
        }
        return n;
    }

    /** The {@code p} percentile in seconds, as {@code PERCENTILE_CONT(p)}; null when there are no values. */
    public Double percentileSeconds(double p) {
        long n = size();
        if (n == 0) {
            return null;
        }
        double rank = p * (n - 1);
        long low = (long) Math.floor(rank);
        long high = (long) Math.ceil(rank);
        double at = valueAt(low);
        return at + (rank - low) * (valueAt(high) - at);
    }

    /** The value of 0-based rank {@code k}, spread evenly between its bucket's smallest and largest values. */
    private double valueAt(long k) {
        long before = 0;
        for (int b = 0; b < count.length; b++) {
            if (k < before + count[b]) {
                long j = k - before;
                return count[b] == 1 ? min[b] : min[b] + (max[b] - min[b]) * (double) j / (count[b] - 1);
            }
            before += count[b];
        }
        throw new IllegalArgumentException("rank " + k + " of " + before);
    }
}
