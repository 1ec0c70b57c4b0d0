package se.arena.room.subgroup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Cuts a row of weighted items, kept in their order, into consecutive parts of about a target
 * weight. Each item belongs to a segment (a population band, a county) and segments follow each
 * other in the row; a part that spans segments costs {@code mixing} per boundary it crosses, so
 * parts keep to their segment whenever they can stay within a fifth of the target, and only
 * segments too small or too awkward to divide borrow from their neighbours.
 *
 * <p>Dynamic programming over (parts so far, items so far): exact, and at most a few million
 * steps for a network's 600 people.
 */
final class ContiguousSplit {

    /** A part more than this far from the target is a last resort. */
    static final double TOLERANCE = 0.2;
    private static final double OUT_OF_TOLERANCE = 100;

    private ContiguousSplit() {
    }

    /**
     * @param weights  each item's weight (its people), at least one
     * @param segments each item's segment, non-decreasing, consecutive segments numbered consecutively
     * @param parts    how many parts, or 0 to choose the number that fits the target best
     * @return the end (exclusive) of each part, in order
     */
    static List<Integer> cut(int[] weights, int[] segments, double target, int parts, double mixing) {
        int items = weights.length;
        if (items == 0) {
            return List.of();
        }
        long[] prefix = new long[items + 1];
        for (int i = 0; i < items; i++) {
            prefix[i + 1] = prefix[i] + weights[i];
        }
        int maxParts = parts > 0 ? Math.min(parts, items) : items;
        double[][] cost = new double[maxParts + 1][items + 1];
        int[][] start = new int[maxParts + 1][items + 1];
        for (double[] row : cost) {
            Arrays.fill(row, Double.POSITIVE_INFINITY);
        }
        cost[0][0] = 0;
        for (int k = 1; k <= maxParts; k++) {
            for (int end = k; end <= items; end++) {
                for (int begin = end - 1; begin >= k - 1; begin--) {
                    long weight = prefix[end] - prefix[begin];
                    if (begin < end - 1 && weight > 2 * target) {
                        break;
                    }
                    if (cost[k - 1][begin] == Double.POSITIVE_INFINITY) {
                        continue;
                    }
                    double total = cost[k - 1][begin] + partCost(weight, target) + mixing * (segments[end - 1] - segments[begin]);
                    if (total < cost[k][end]) {
                        cost[k][end] = total;
                        start[k][end] = begin;
                    }
                }
            }
        }
        int chosen = maxParts;
        if (parts == 0) {
            for (int k = 1; k <= maxParts; k++) {
                if (cost[k][items] < cost[chosen][items]) {
                    chosen = k;
                }
            }
        }
        if (cost[chosen][items] == Double.POSITIVE_INFINITY) {
            // a fixed number of parts that no cut reaches without a part over twice the target: share the items out
            return cutEvenly(items, chosen);
        }
        List<Integer> ends = new ArrayList<>();
        for (int k = chosen, end = items; k > 0; end = start[k][end], k--) {
            ends.addFirst(end);
        }
        return ends;
    }

    private static List<Integer> cutEvenly(int items, int parts) {
        List<Integer> ends = new ArrayList<>();
        for (int k = 1; k <= parts; k++) {
            ends.add((int) Math.round((double) items * k / parts));
        }
        return ends;
    }

    private static double partCost(long weight, double target) {
        double deviation = (weight - target) / target;
        return deviation * deviation + (Math.abs(deviation) > TOLERANCE + 1e-9 ? OUT_OF_TOLERANCE + Math.abs(deviation) : 0);
    }
}
