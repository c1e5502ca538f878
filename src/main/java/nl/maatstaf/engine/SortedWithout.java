package nl.maatstaf.engine;

import java.math.BigDecimal;
import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/** A view of a sorted list with one position left out; still sorted, and no copying. */
final class SortedWithout extends AbstractList<BigDecimal> implements RandomAccess {

    private final List<BigDecimal> sorted;
    private final int leftOut;

    SortedWithout(List<BigDecimal> sorted, int leftOut) {
        this.sorted = sorted;
        this.leftOut = leftOut;
    }

    @Override
    public BigDecimal get(int index) {
        return sorted.get(index < leftOut ? index : index + 1);
    }

    @Override
    public int size() {
        return sorted.size() - 1;
    }
}
