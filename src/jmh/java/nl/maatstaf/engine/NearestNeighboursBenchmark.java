package nl.maatstaf.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link NearestNeighbours}: standardising the three benchmark features and choosing every
 * organisation's n nearest neighbours, as the results module does once per module, year and n.
 * Synthetic inhabitants and volumes from a fixed seed; one organisation in twenty excluded.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class NearestNeighboursBenchmark {

    @Param({"1000", "10000"})
    public int organisations;

    @Param({"10"})
    public int neighbours;

    private List<NearestNeighbours.Point> points;
    private NearestNeighbours standardised;
    private long someOrganisation;

    @Setup
    public void generate() {
        Random random = new Random(42);
        points = new ArrayList<>(organisations);
        for (int id = 1; id <= organisations; id++) {
            double inhabitants = 5_000 + random.nextInt(500_000);
            double volume = inhabitants * (0.005 + random.nextDouble() * 0.03);
            points.add(
                    new NearestNeighbours.Point(id, new double[] {inhabitants, volume, volume * 1000 / inhabitants}));
        }
        standardised = NearestNeighbours.of(points);
        someOrganisation = organisations / 2;
    }

    /** Standardising and selecting for every organisation: the work of one policy computation. */
    @Benchmark
    public Object selectForEveryOrganisation() {
        return NearestNeighbours.of(points).nearestForAll(neighbours, id -> id % 20 != 0);
    }

    /** One organisation's neighbours on already standardised features. */
    @Benchmark
    public Object selectForOneOrganisation() {
        return standardised.nearest(someOrganisation, neighbours, id -> id % 20 != 0);
    }
}
