package nl.maatstaf.results;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The computed results of a module, year and policy, valid for one state of the data: the
 * fingerprint of the approved set for live results, or the publication for frozen ones. Each
 * instance checks the state in the database before using an entry, so an approval or a new
 * publication on another application instance invalidates it here too. Only the newest state per
 * key is kept, and the number of keys is capped, so memory stays bounded.
 */
final class ComparisonCache {

    static final int MAX_ENTRIES = 64;

    /**
     * Everything besides the state that changes results: live or frozen, the policy with its
     * parameters, consenting members and exclusions, k, publication, and the policy preliminary
     * results name.
     */
    record Key(
            int year,
            String moduleCode,
            String policyKey,
            int minimumReferenceSize,
            boolean published,
            String defaultPolicy) {}

    private record Entry(String state, PolicyRun run) {}

    private final Map<Key, Entry> entries = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, ComparisonCache.Entry> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    synchronized Optional<PolicyRun> get(Key key, String state) {
        Entry entry = entries.get(key);
        return entry != null && entry.state().equals(state) ? Optional.of(entry.run()) : Optional.empty();
    }

    synchronized void put(Key key, String state, PolicyRun run) {
        entries.put(key, new Entry(state, run));
    }
}
