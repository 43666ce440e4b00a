package briefing.model;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;

class SortedArrayMapTest {
    @Test
    void sortsItsKeysAndEqualsTheTreeMapOfTheSameEntries() {
        Map<String, String> written = new LinkedHashMap<>();
        written.put("zh", "安全理事会");
        written.put("ar", "مجلس الأمن");
        written.put("en", "Security Council");
        SortedMap<String, String> map = SortedArrayMap.of(written);
        TreeMap<String, String> tree = new TreeMap<>(written);
        assertEquals(List.of("ar", "en", "zh"), List.copyOf(map.keySet()));
        assertEquals(List.copyOf(tree.values()), List.copyOf(map.values()));
        assertEquals(tree, map);
        assertEquals(map, tree);
        assertEquals(tree.hashCode(), map.hashCode());
        assertEquals(tree.toString(), map.toString());
        assertEquals("ar", map.firstKey());
        assertEquals("zh", map.lastKey());
        assertEquals(tree.headMap("en"), map.headMap("en"));
        assertEquals(tree.tailMap("en"), map.tailMap("en"));
        assertEquals(tree.subMap("b", "z"), map.subMap("b", "z"));
    }

    @Test
    void looksUpOnlyTheKeysItHas() {
        SortedMap<String, Integer> map = SortedArrayMap.of(Map.of("fr", 1));
        assertEquals(1, map.get("fr"));
        assertTrue(map.containsKey("fr"));
        assertNull(map.get("en"));
        assertNull(map.get(42));
        assertFalse(map.containsKey(null));
        assertEquals(1, map.size());
        assertTrue(SortedArrayMap.of(Map.of()).isEmpty());
        assertThrows(java.util.NoSuchElementException.class, () -> SortedArrayMap.of(Map.of()).firstKey());
    }

    @Test
    void cannotBeChangedThroughItselfOrItsViews() {
        SortedMap<String, String> map = SortedArrayMap.of(Map.of("en", "a", "fr", "b"));
        assertThrows(UnsupportedOperationException.class, () -> map.put("es", "c"));
        assertThrows(UnsupportedOperationException.class, () -> map.remove("en"));
        assertThrows(UnsupportedOperationException.class, () -> map.keySet().remove("en"));
        assertThrows(UnsupportedOperationException.class, () -> map.entrySet().iterator().next().setValue("x"));
        assertThrows(UnsupportedOperationException.class, map::clear);
        assertSame(map, SortedArrayMap.of(map));
        assertEquals(Map.of("en", "a", "fr", "b"), map);
    }
}
