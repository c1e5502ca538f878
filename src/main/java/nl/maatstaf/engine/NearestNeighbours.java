package nl.maatstaf.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongPredicate;

/**
 * Nearest neighbours ("family groups"): for each organisation the n participants most similar to
 * it on standardised features. Every feature is turned into a z-score over all participants
 * (population standard deviation); a feature with zero spread is ignored, and a missing value
 * counts as the mean. Similarity is Euclidean distance; equal distances are broken by the lower
 * organisation id, so the selection is deterministic.
 *
 * <p>One selection costs O(N·d + N·log n) for N participants and d features: every candidate's
 * distance is computed once and kept in a bounded heap of the n best, never sorting all N.
 * Distances are doubles: they only rank organisations, no figure is computed from them.
 */
public final class NearestNeighbours {

    /**
     * One participant's features, unstandardised. {@link Double#NaN} means "not known".
     *
     * @param features in the same order for every participant
     */
    public record Point(long organisationId, double[] features) {

        public Point {
            features = features.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Point point
                    && point.organisationId == organisationId
                    && Arrays.equals(point.features, features);
        }

        @Override
        public int hashCode() {
            return Long.hashCode(organisationId) * 31 + Arrays.hashCode(features);
        }

        @Override
        public String toString() {
            return "Point[" + organisationId + ", " + Arrays.toString(features) + "]";
        }
    }

    private final long[] ids;
    /** Standardised features, participant-major: {@code z[participant * dimensions + feature]}. */
    private final double[] z;

    private final int dimensions;
    private final Map<Long, Integer> indexById;

    private NearestNeighbours(long[] ids, double[] z, int dimensions) {
        this.ids = ids;
        this.z = z;
        this.dimensions = dimensions;
        this.indexById = new HashMap<>(ids.length * 2);
        for (int i = 0; i < ids.length; i++) {
            if (indexById.put(ids[i], i) != null) {
                throw new IllegalArgumentException("Organisation " + ids[i] + " appears twice");
            }
        }
    }

    /**
     * The features the benchmark uses: inhabitants, hoofdfactor volume and hoofdfactor per 1.000
     * inhabitants.
     */
    public static Point benchmarkFeatures(ModuleDefinition module, OrganisationInput organisation) {
        BigDecimal inhabitants = organisation.inhabitants();
        BigDecimal volume = organisation.indicators().get(module.hoofdfactorIndicator());
        double perThousand = inhabitants == null || volume == null || inhabitants.signum() == 0
                ? Double.NaN
                : volume.doubleValue() * 1000.0 / inhabitants.doubleValue();
        return new Point(organisation.organisationId(), new double[] {
            inhabitants == null ? Double.NaN : inhabitants.doubleValue(),
            volume == null ? Double.NaN : volume.doubleValue(),
            perThousand
        });
    }

    /**
     * Standardises the participants' features.
     *
     * @throws IllegalArgumentException when an organisation appears twice or the points have
     *     different numbers of features
     */
    public static NearestNeighbours of(List<Point> participants) {
        int count = participants.size();
        int width = count == 0 ? 0 : participants.get(0).features().length;
        long[] ids = new long[count];
        for (int i = 0; i < count; i++) {
            Point point = participants.get(i);
            if (point.features().length != width) {
                throw new IllegalArgumentException("Every point needs " + width + " features");
            }
            ids[i] = point.organisationId();
        }
        List<double[]> columns = new ArrayList<>();
        for (int feature = 0; feature < width; feature++) {
            double[] column = standardised(participants, feature);
            if (column != null) {
                columns.add(column);
            }
        }
        int dimensions = columns.size();
        double[] z = new double[count * dimensions];
        for (int d = 0; d < dimensions; d++) {
            double[] column = columns.get(d);
            for (int i = 0; i < count; i++) {
                z[i * dimensions + d] = column[i];
            }
        }
        return new NearestNeighbours(ids, z, dimensions);
    }

    /** Z-scores of one feature, or null when it has no spread (it cannot tell anyone apart). */
    private static double[] standardised(List<Point> participants, int feature) {
        double sum = 0;
        int known = 0;
        for (Point point : participants) {
            double value = point.features()[feature];
            if (Double.isFinite(value)) {
                sum += value;
                known++;
            }
        }
        if (known == 0) {
            return null;
        }
        double mean = sum / known;
        double squares = 0;
        for (Point point : participants) {
            double value = point.features()[feature];
            if (Double.isFinite(value)) {
                squares += (value - mean) * (value - mean);
            }
        }
        double deviation = Math.sqrt(squares / known);
        if (!(deviation > 0)) {
            return null;
        }
        double[] column = new double[participants.size()];
        for (int i = 0; i < column.length; i++) {
            double value = participants.get(i).features()[feature];
            column[i] = Double.isFinite(value) ? (value - mean) / deviation : 0;
        }
        return column;
    }

    /** How many features take part in the distance (those with spread). */
    public int dimensions() {
        return dimensions;
    }

    /**
     * @param organisationId a participant
     * @param n how many neighbours at most
     * @param eligible which other participants may be chosen
     * @return at most n ids, nearest first (ties: lower id first); never the organisation itself
     * @throws IllegalArgumentException when the organisation is not a participant or n is negative
     */
    public List<Long> nearest(long organisationId, int n, LongPredicate eligible) {
        Integer own = indexById.get(organisationId);
        if (own == null) {
            throw new IllegalArgumentException("Organisation " + organisationId + " is not a participant");
        }
        if (n < 0) {
            throw new IllegalArgumentException("n cannot be negative: " + n);
        }
        BoundedHeap heap = new BoundedHeap(n);
        int base = own * dimensions;
        for (int other = 0; other < ids.length; other++) {
            if (other == own || !eligible.test(ids[other])) {
                continue;
            }
            int offset = other * dimensions;
            double distance = 0;
            for (int d = 0; d < dimensions; d++) {
                double difference = z[base + d] - z[offset + d];
                distance += difference * difference;
            }
            heap.offer(distance, ids[other]);
        }
        return heap.nearestFirst();
    }

    /** {@link #nearest} for every participant, by organisation id. */
    public Map<Long, List<Long>> nearestForAll(int n, LongPredicate eligible) {
        return nearestForAll(n, eligible, NeverInGroup.NONE);
    }

    /**
     * {@link #nearest} for every participant, leaving out those {@code never} forbids for it: the
     * next nearest take their place, so the group keeps n members where it can.
     */
    public Map<Long, List<Long>> nearestForAll(int n, LongPredicate eligible, NeverInGroup never) {
        Map<Long, List<Long>> all = new HashMap<>(ids.length * 2);
        for (long id : ids) {
            all.put(id, nearest(id, n, other -> eligible.test(other) && never.allows(id, other)));
        }
        return Collections.unmodifiableMap(all);
    }

    /**
     * The n smallest (distance, id) pairs seen so far, as a max-heap on arrays: the worst kept pair
     * is at the root, so a candidate that is not better is rejected in O(1).
     */
    private static final class BoundedHeap {
        private final double[] distances;
        private final long[] ids;
        private int size;

        BoundedHeap(int capacity) {
            distances = new double[capacity];
            ids = new long[capacity];
        }

        void offer(double distance, long id) {
            if (distances.length == 0) {
                return;
            }
            if (size < distances.length) {
                distances[size] = distance;
                ids[size] = id;
                siftUp(size++);
            } else if (worse(distances[0], ids[0], distance, id)) {
                distances[0] = distance;
                ids[0] = id;
                siftDown(0);
            }
        }

        /** Whether (d1, id1) ranks after (d2, id2). */
        private static boolean worse(double d1, long id1, double d2, long id2) {
            int byDistance = Double.compare(d1, d2);
            return byDistance > 0 || (byDistance == 0 && id1 > id2);
        }

        private void siftUp(int index) {
            while (index > 0) {
                int parent = (index - 1) / 2;
                if (!worse(distances[index], ids[index], distances[parent], ids[parent])) {
                    return;
                }
                swap(index, parent);
                index = parent;
            }
        }

        private void siftDown(int index) {
            while (true) {
                int left = 2 * index + 1;
                int right = left + 1;
                int worst = index;
                if (left < size && worse(distances[left], ids[left], distances[worst], ids[worst])) {
                    worst = left;
                }
                if (right < size && worse(distances[right], ids[right], distances[worst], ids[worst])) {
                    worst = right;
                }
                if (worst == index) {
                    return;
                }
                swap(index, worst);
                index = worst;
            }
        }

        private void swap(int a, int b) {
            double distance = distances[a];
            distances[a] = distances[b];
            distances[b] = distance;
            long id = ids[a];
            ids[a] = ids[b];
            ids[b] = id;
        }

        List<Long> nearestFirst() {
            Integer[] order = new Integer[size];
            for (int i = 0; i < size; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> {
                int byDistance = Double.compare(distances[a], distances[b]);
                return byDistance != 0 ? byDistance : Long.compare(ids[a], ids[b]);
            });
            List<Long> nearest = new ArrayList<>(size);
            for (Integer index : order) {
                nearest.add(ids[index]);
            }
            return List.copyOf(nearest);
        }
    }

    @Override
    public String toString() {
        return "NearestNeighbours[" + ids.length + " participants, " + dimensions + " dimensions]";
    }
}
