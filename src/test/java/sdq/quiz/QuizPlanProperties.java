package sdq.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** The first cards of a plan, picked without sorting them all, are what a stable sort puts first. */
class QuizPlanProperties {
    /** Pairs (key, place): ordered by key only, so the places show whether ties kept their order. */
    @Property(tries = 300)
    void theFirstKAreTheFirstKOfAStableSort(@ForAll @Size(max = 400) List<@IntRange(min = 0, max = 12) Integer> keys,
                                            @ForAll @IntRange(min = -1, max = 420) int k) {
        List<int[]> items = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            items.add(new int[] {keys.get(i), i});
        }
        Comparator<int[]> byKey = Comparator.comparingInt(a -> a[0]);
        List<int[]> sorted = new ArrayList<>(items);
        sorted.sort(byKey);
        List<int[]> expected = k <= 0 ? List.of() : sorted.subList(0, Math.min(k, sorted.size()));
        assertThat(QuizPlan.first(items, k, byKey)).usingElementComparator(Comparator.comparingInt((int[] a) -> a[0])
                .thenComparingInt(a -> a[1])).containsExactlyElementsOf(expected);
    }
}
