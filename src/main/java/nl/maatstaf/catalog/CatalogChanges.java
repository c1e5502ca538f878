package nl.maatstaf.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The differences between two catalogue documents, for the audit trail. Lists of items with a
 * code are compared by code, so adding a task names that task and does not shift every task
 * after it; an item added or removed is one difference with the whole item as its value.
 */
final class CatalogChanges {

    private CatalogChanges() {}

    static List<CatalogChange> between(JsonNode before, JsonNode after) {
        List<CatalogChange> changes = new ArrayList<>();
        compare("", before, after, changes);
        return changes;
    }

    private static void compare(String path, JsonNode before, JsonNode after, List<CatalogChange> changes) {
        if (isMissing(before) && isMissing(after)) {
            return;
        }
        if (before != null && before.isObject() && after != null && after.isObject()) {
            Set<String> names = new LinkedHashSet<>();
            before.fieldNames().forEachRemaining(names::add);
            after.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                compare(path.isEmpty() ? name : path + "." + name, before.get(name), after.get(name), changes);
            }
        } else if (isCodedList(before) && isCodedList(after)) {
            Map<String, JsonNode> old = byCode(before);
            Map<String, JsonNode> now = byCode(after);
            Set<String> codes = new LinkedHashSet<>(old.keySet());
            codes.addAll(now.keySet());
            for (String code : codes) {
                String itemPath = path + "[" + code + "]";
                if (!old.containsKey(code)) {
                    changes.add(new CatalogChange(itemPath, null, now.get(code).toString()));
                } else if (!now.containsKey(code)) {
                    changes.add(new CatalogChange(itemPath, old.get(code).toString(), null));
                } else {
                    compare(itemPath, old.get(code), now.get(code), changes);
                }
            }
        } else if (!Objects.equals(text(before), text(after))) {
            changes.add(new CatalogChange(path, text(before), text(after)));
        }
    }

    private static boolean isMissing(JsonNode node) {
        return node == null || node.isNull() || (node.isArray() && node.isEmpty());
    }

    /** A list whose items all have a code; an empty or missing list counts as one too. */
    private static boolean isCodedList(JsonNode node) {
        if (isMissing(node)) {
            return true;
        }
        if (!node.isArray()) {
            return false;
        }
        for (JsonNode item : node) {
            if (!item.isObject() || !item.path("code").isTextual()) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, JsonNode> byCode(JsonNode list) {
        Map<String, JsonNode> items = new LinkedHashMap<>();
        if (list != null) {
            list.forEach(item -> items.putIfAbsent(item.get("code").asText(), item));
        }
        return items;
    }

    private static String text(JsonNode node) {
        if (isMissing(node)) {
            return null;
        }
        return node.isValueNode() ? node.asText() : node.toString();
    }
}
