package briefing.model;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An immutable map from strings, sorted by key, held as two arrays: one object and two small arrays where an
 * unmodifiable {@link TreeMap} takes three objects and one more per entry. A portal holds one per value an editor may
 * write in several languages (every name, title and note: 240,000 of them at 10,000 sources), and nearly all have
 * one language. Equal to, and iterated like, any sorted map with the same entries; the views it rarely needs
 * ({@link #subMap} and the like) are made as copies.
 */
final class SortedArrayMap<V> extends AbstractMap<String, V> implements SortedMap<String, V> {
    private final String[] keys;
    private final Object[] values;

    private SortedArrayMap(String[] keys, Object[] values) {
        this.keys = keys;
        this.values = values;
    }

    /** The entries of {@code map} (no null key), sorted by key. */
    static <V> SortedMap<String, V> of(Map<String, V> map) {
        if (map instanceof SortedArrayMap<V> same) return same;
        String[] keys = map.keySet().toArray(new String[0]);
        Arrays.sort(keys);
        Object[] values = new Object[keys.length];
        for (int i = 0; i < keys.length; i++) values[i] = map.get(keys[i]);
        return new SortedArrayMap<>(keys, values);
    }

    private int index(Object key) {
        return key instanceof String k ? Arrays.binarySearch(keys, k) : -1;
    }

    @Override
    public int size() {
        return keys.length;
    }

    @Override
    public boolean containsKey(Object key) {
        return index(key) >= 0;
    }

    @Override
    @SuppressWarnings("unchecked")
    public V get(Object key) {
        int i = index(key);
        return i >= 0 ? (V) values[i] : null;
    }

    @Override
    public Set<Entry<String, V>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, V>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < keys.length;
                    }

                    @Override
                    @SuppressWarnings("unchecked")
                    public Entry<String, V> next() {
                        if (next >= keys.length) throw new NoSuchElementException();
                        int i = next++;
                        return new SimpleImmutableEntry<>(keys[i], (V) values[i]);
                    }
                };
            }

            @Override
            public int size() {
                return keys.length;
            }
        };
    }

    @Override
    public Comparator<? super String> comparator() {
        return null;
    }

    @Override
    public String firstKey() {
        if (keys.length == 0) throw new NoSuchElementException();
        return keys[0];
    }

    @Override
    public String lastKey() {
        if (keys.length == 0) throw new NoSuchElementException();
        return keys[keys.length - 1];
    }

    @Override
    public SortedMap<String, V> subMap(String fromKey, String toKey) {
        return of(new TreeMap<>(this).subMap(fromKey, toKey));
    }

    @Override
    public SortedMap<String, V> headMap(String toKey) {
        return of(new TreeMap<>(this).headMap(toKey));
    }

    @Override
    public SortedMap<String, V> tailMap(String fromKey) {
        return of(new TreeMap<>(this).tailMap(fromKey));
    }

    @Override
    public V put(String key, V value) {
        throw new UnsupportedOperationException("immutable");
    }

    @Override
    public V remove(Object key) {
        throw new UnsupportedOperationException("immutable");
    }

    @Override
    public void clear() {
        throw new UnsupportedOperationException("immutable");
    }
}
