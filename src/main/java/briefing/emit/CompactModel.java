package briefing.emit;

import java.util.AbstractList;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A page model kept small while it waits for the bake: every map becomes an immutable map over two arrays (its keys
 * sorted, as the templates see them; equal keys one string), every list an immutable array. The preview holds every
 * page's model at once, and at a few thousand sources the planners' hash maps (about 200 bytes for a map of three
 * entries) cost more than the text they hold. Values keep their types.
 */
public final class CompactModel {
    private CompactModel() {
    }

    /** The model, compacted; a model compacted before is returned as it is. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> of(Map<String, ?> model) {
        return (Map<String, Object>) compact(model);
    }

    /** Whether the map is a compacted one, whose entries come in the keys' order already. */
    public static boolean sorted(Map<?, ?> m) {
        return m instanceof ArrayMap;
    }

    /** Whether the map is a compacted one whose keys are all text (known once, when it was made). */
    public static boolean sortedWithTextKeys(Map<?, ?> m) {
        return m instanceof ArrayMap a && a.textKeys;
    }

    private static Object compact(Object v) {
        if (v instanceof String) return v; // not interned: a build drops each model once its page is made, and the
        // text a preview keeps for long (names, titles, addresses) lives in the shared views, one copy each
        if (v instanceof ArrayMap || v instanceof ArrayView) return v;
        if (v instanceof Map<?, ?> m) return ArrayMap.of(m);
        if (v instanceof Collection<?> c) {
            Object[] items = c.toArray();
            for (int i = 0; i < items.length; i++) items[i] = compact(items[i]);
            return new ArrayView(items);
        }
        return v;
    }

    /** Natural order when the keys have one (all the planners' keys do), their text otherwise. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static final Comparator<Object> KEYS = (a, b) -> {
        if (a instanceof Comparable ca && a.getClass() == b.getClass()) return ca.compareTo(b);
        return String.valueOf(a).compareTo(String.valueOf(b));
    };

    /** An immutable map over sorted keys; lookups by binary search. */
    static final class ArrayMap extends AbstractMap<Object, Object> {
        private final Object[] keys;
        private final Object[] values;
        private final boolean textKeys;

        private ArrayMap(Object[] keys, Object[] values) {
            this.keys = keys;
            this.values = values;
            this.textKeys = Arrays.stream(keys).allMatch(k -> k instanceof String);
        }

        static ArrayMap of(Map<?, ?> m) {
            @SuppressWarnings("unchecked")
            Map.Entry<Object, Object>[] entries = m.entrySet().toArray(new Map.Entry[0]);
            Arrays.sort(entries, (x, y) -> KEYS.compare(x.getKey(), y.getKey()));
            Object[] keys = new Object[entries.length];
            Object[] values = new Object[entries.length];
            for (int i = 0; i < entries.length; i++) {
                Object k = entries[i].getKey();
                keys[i] = k instanceof String s ? s.intern() : k;
                values[i] = compact(entries[i].getValue());
            }
            return new ArrayMap(keys, values);
        }

        private int index(Object key) {
            if (key == null) return -1;
            if (textKeys && key instanceof String k) { // a template's lookup: a short scan, else text's own order
                if (keys.length <= 8) {
                    for (int i = 0; i < keys.length; i++) if (k.equals(keys[i])) return i;
                    return -1;
                }
                int i = Arrays.binarySearch(keys, k);
                return i >= 0 ? i : -1;
            }
            try {
                int i = Arrays.binarySearch(keys, key, KEYS);
                return i >= 0 && keys[i].equals(key) ? i : -1;
            } catch (ClassCastException e) {
                return -1;
            }
        }

        @Override
        public Object get(Object key) {
            int i = index(key);
            return i < 0 ? null : values[i];
        }

        @Override
        public boolean containsKey(Object key) {
            return index(key) >= 0;
        }

        @Override
        public int size() {
            return keys.length;
        }

        /** The values in the keys' order, read from the array (no entry made per value). */
        @Override
        public Collection<Object> values() {
            return new ArrayView(values);
        }

        @Override
        public void forEach(java.util.function.BiConsumer<? super Object, ? super Object> action) {
            for (int i = 0; i < keys.length; i++) action.accept(keys[i], values[i]);
        }

        @Override
        public Set<Entry<Object, Object>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public Iterator<Entry<Object, Object>> iterator() {
                    return new Iterator<>() {
                        private int i;

                        @Override
                        public boolean hasNext() {
                            return i < keys.length;
                        }

                        @Override
                        public Entry<Object, Object> next() {
                            if (i >= keys.length) throw new NoSuchElementException();
                            Entry<Object, Object> e = new SimpleImmutableEntry<>(keys[i], values[i]);
                            i++;
                            return e;
                        }
                    };
                }

                @Override
                public int size() {
                    return keys.length;
                }
            };
        }
    }

    /** An immutable list over an array (nulls allowed, as in the planners' lists). */
    static final class ArrayView extends AbstractList<Object> implements java.util.RandomAccess {
        private final Object[] items;

        ArrayView(Object[] items) {
            this.items = items;
        }

        @Override
        public Object get(int index) {
            return items[index];
        }

        @Override
        public int size() {
            return items.length;
        }
    }
}
