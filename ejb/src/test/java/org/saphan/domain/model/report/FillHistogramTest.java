package org.saphan.domain.model.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FillHistogramTest {

    /** PERCENTILE_CONT over the exact values, as the database computes it. */
    private static double exact(List<Long> values, double p) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        double rank = p * (sorted.size() - 1);
        int low = (int) Math.floor(rank);
        int high = (int) Math.ceil(rank);
        return sorted.get(low) + (rank - low) * (sorted.get(high) - sorted.get(low));
    }

    private static FillHistogram of(List<Long> values) {
        FillHistogram h = new FillHistogram();
        values.forEach(v -> h.add(FillHistogram.bucketOf(v), 1, v, v));
        return h;
    }

    @Test
    void bucketsAreAMinuteWideBelowTenMinutesAndATenthAbove() {
        assertEquals(0, FillHistogram.bucketOf(-5));
        assertEquals(0, FillHistogram.bucketOf(59));
        assertEquals(1, FillHistogram.bucketOf(60));
        assertEquals(9, FillHistogram.bucketOf(599));
        List<Integer> upper = FillHistogram.upperBounds();
        for (int i = 10; i < upper.size(); i++) {
            int width = upper.get(i) - upper.get(i - 1);
            assertTrue(width <= Math.max(60, upper.get(i - 1) / 10 + 60), "bucket " + i + " is " + width + " s wide");
        }
        assertEquals(upper.size(), FillHistogram.bucketOf(Long.MAX_VALUE), "the last bucket is open");
    }

    @Test
    void aBucketOfOneOrTwoValuesGivesTheExactPercentiles() {
        // 10, 20, 30, 40, 100 minutes: each alone in its bucket
        List<Long> values = List.of(600L, 1200L, 1800L, 2400L, 6000L);
        FillHistogram h = of(values);
        assertEquals(exact(values, 0.5), h.percentileSeconds(0.5));
        assertEquals(exact(values, 0.9), h.percentileSeconds(0.9));
        assertEquals(76.0 * 60, h.percentileSeconds(0.9), 1e-9);
        // two values in one bucket: still exact at either end
        FillHistogram two = of(List.of(3000L, 3100L));
        assertEquals(3050.0, two.percentileSeconds(0.5), 1e-9);
        assertNull(new FillHistogram().percentileSeconds(0.5));
    }

    @Test
    void daysAddUpToTheSameHistogramAsAllTheirValuesAndStayWithinABucket() {
        Random random = new Random(9);
        List<Long> all = new ArrayList<>();
        FillHistogram merged = new FillHistogram();
        for (int day = 0; day < 30; day++) {
            List<Long> values = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                values.add(60L + random.nextInt(240 * 60));
            }
            all.addAll(values);
            merged.addAll(of(values));
        }
        assertEquals(all.size(), merged.size());
        for (double p : new double[]{0.5, 0.9}) {
            double exact = exact(all, p);
            double bucketWidth = Math.max(60, exact / 10);
            double got = merged.percentileSeconds(p);
            assertTrue(Math.abs(got - exact) <= bucketWidth, p + ": " + got + " against " + exact);
        }
    }
}
