package nl.maatstaf.results;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The computed results of a module, year and policy, valid for one fingerprint of the approved
 * set. Each instance checks the fingerprint in the database before using an entry, so an approval
 * on another application instance invalidates it here too. Only the newest fingerprint per key is
 * kept, and the number of keys is capped, so memory stays bounded.
 */
final class ComparisonCache {

    static final int MAX_ENTRIES = 64;

    /**
     * Everything besides the fingerprint that changes results: the policy with its parameters,
     * consenting members and exclusions, k, publication, and the policy preliminary results name.
     */
    record Key(
            int year,
            String moduleCode,
            String policyKey,
            int minimumReferenceSize,
            boolean published,
            String defaultPolicy) {}

    private record Entry(String fingerprint, Map<Long, OrganisationResults> results) {}

    private final Map<Key, Entry> entries = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, ComparisonCache.Entry> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    synchronized Optional<Map<Long, OrganisationResults>> get(Key key, String fingerprint) {
        Entry entry = entries.get(key);
        return entry != null && entry.fingerprint().equals(fingerprint)
                ? Optional.of(entry.results())
                : Optional.empty();
    }

    synchronized void put(Key key, String fingerprint, Map<Long, OrganisationResults> results) {
        entries.put(key, new Entry(fingerprint, Map.copyOf(results)));
    }
}
