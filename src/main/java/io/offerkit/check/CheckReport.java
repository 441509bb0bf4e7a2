package io.offerkit.check;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** All items' results; the offer is ready when nothing fails and nothing awaits confirmation. */
public record CheckReport(List<CheckResult> results) {
    public CheckReport {
        results = List.copyOf(results);
    }

    public boolean ready() {
        return results.stream().allMatch(r -> r.state() == CheckState.PASS || r.state() == CheckState.WARN);
    }

    public Map<CheckState, Integer> counts() {
        Map<CheckState, Integer> counts = new EnumMap<>(CheckState.class);
        for (CheckState state : CheckState.values()) {
            counts.put(state, 0);
        }
        results.forEach(r -> counts.merge(r.state(), 1, Integer::sum));
        return counts;
    }

    /** Share of items that pass or warn, 0..1, for a progress bar. */
    public double progress() {
        if (results.isEmpty()) {
            return 1.0;
        }
        long done = results.stream().filter(r -> r.state() == CheckState.PASS || r.state() == CheckState.WARN).count();
        return (double) done / results.size();
    }
}
