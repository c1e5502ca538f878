package nl.maatstaf.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NearestNeighboursTest {

    private static NearestNeighbours.Point point(long id, double... features) {
        return new NearestNeighbours.Point(id, features);
    }

    /** One varying feature 10, 20, 30, 40, 100; the second feature is the same for all. */
    private static final List<NearestNeighbours.Point> LINE =
            List.of(point(1, 10, 7), point(2, 20, 7), point(3, 30, 7), point(4, 40, 7), point(5, 100, 7));

    @Test
    void choosesTheClosestOrganisationsNearestFirst() {
        NearestNeighbours neighbours = NearestNeighbours.of(LINE);

        assertThat(neighbours.nearest(1, 2, id -> true)).containsExactly(2L, 3L);
        assertThat(neighbours.nearest(5, 2, id -> true)).containsExactly(4L, 3L);
    }

    @Test
    void breaksEqualDistancesByTheLowerOrganisationId() {
        NearestNeighbours neighbours = NearestNeighbours.of(LINE);

        // 20 and 40 are both 10 away from 30.
        assertThat(neighbours.nearest(3, 1, id -> true)).containsExactly(2L);
        assertThat(neighbours.nearest(3, 2, id -> true)).containsExactly(2L, 4L);
    }

    @Test
    void ignoresAFeatureWithoutSpread() {
        assertThat(NearestNeighbours.of(LINE).dimensions()).isEqualTo(1);
    }

    @Test
    void neverChoosesTheOrganisationItselfOrAnIneligibleOne() {
        NearestNeighbours neighbours = NearestNeighbours.of(LINE);

        assertThat(neighbours.nearest(3, 10, id -> id != 2)).containsExactly(4L, 1L, 5L);
    }

    @Test
    void standardisesSoThatTheScaleOfAFeatureDoesNotDecide() {
        // Organisation 1 differs from 2 only in the first feature, from 3 only in the second. In
        // raw units 3 would be far nearer (3 against 1.000), but relative to each feature's spread
        // (about 1.470 and 1,6) the difference with 2 is the smaller one, whatever the units.
        List<NearestNeighbours.Point> points =
                List.of(point(1, 0, 0), point(2, 1000, 0), point(3, 0, 3), point(4, 4000, 4), point(5, 2000, 2));

        assertThat(NearestNeighbours.of(points).nearest(1, 1, id -> true)).containsExactly(2L);
        List<NearestNeighbours.Point> scaled =
                List.of(point(1, 0, 0), point(2, 1, 0), point(3, 0, 3000), point(4, 4, 4000), point(5, 2, 2000));
        assertThat(NearestNeighbours.of(scaled).nearest(1, 1, id -> true)).containsExactly(2L);
    }

    @Test
    void agreesWithSortingEveryoneByDistance() {
        Random random = new Random(7);
        List<NearestNeighbours.Point> points = new ArrayList<>();
        for (long id = 1; id <= 300; id++) {
            points.add(point(id, random.nextInt(20), random.nextInt(5), random.nextDouble()));
        }
        NearestNeighbours neighbours = NearestNeighbours.of(points);
        double[][] z = zScores(points);

        for (int own = 0; own < points.size(); own += 37) {
            int subject = own;
            List<Long> expected = points.stream()
                    .filter(p -> p.organisationId() != points.get(subject).organisationId())
                    .sorted(Comparator.<NearestNeighbours.Point>comparingDouble(
                                    p -> distance(z[subject], z[(int) p.organisationId() - 1]))
                            .thenComparingLong(NearestNeighbours.Point::organisationId))
                    .limit(15)
                    .map(NearestNeighbours.Point::organisationId)
                    .toList();
            assertThat(neighbours.nearest(points.get(own).organisationId(), 15, id -> true))
                    .containsExactlyElementsOf(expected);
        }
    }

    @Test
    void usesInhabitantsVolumeAndVolumePerThousandInhabitants() {
        ModuleDefinition module = Fixtures.participatie();
        OrganisationInput input = new OrganisationInput(
                9,
                new BigDecimal("50000"),
                Map.of(),
                Map.of(),
                Map.of(module.hoofdfactorIndicator(), new BigDecimal("1500")),
                Map.of());

        assertThat(NearestNeighbours.benchmarkFeatures(module, input).features())
                .containsExactly(50_000.0, 1_500.0, 30.0);
    }

    private static double[][] zScores(List<NearestNeighbours.Point> points) {
        int width = points.get(0).features().length;
        double[][] z = new double[points.size()][width];
        for (int f = 0; f < width; f++) {
            int feature = f;
            double mean = points.stream()
                    .mapToDouble(p -> p.features()[feature])
                    .average()
                    .orElseThrow();
            double variance = points.stream()
                    .mapToDouble(p -> Math.pow(p.features()[feature] - mean, 2))
                    .average()
                    .orElseThrow();
            for (int i = 0; i < points.size(); i++) {
                z[i][f] = (points.get(i).features()[f] - mean) / Math.sqrt(variance);
            }
        }
        return z;
    }

    private static double distance(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += (a[i] - b[i]) * (a[i] - b[i]);
        }
        return sum;
    }
}
