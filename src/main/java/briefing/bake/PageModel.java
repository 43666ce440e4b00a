package briefing.bake;

import briefing.emit.CompactModel;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A page model as the templates see it: plain maps (entries sorted by key), lists, strings, booleans and numbers, the
 * same values a JSON round trip of the model gives (whole numbers as Integer or Long, others as Double), so that what
 * a template prints does not depend on which Java types the planner happened to use. Made when the page is rendered
 * and dropped after it.
 */
final class PageModel {
    private static final ObjectMapper JSON = new ObjectMapper();

    private PageModel() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> of(Map<String, ?> model) {
        return (Map<String, Object>) plain(model);
    }

    static Object plain(Object v) {
        if (v == null || v instanceof String || v instanceof Boolean || v instanceof Integer || v instanceof Double) return v;
        if (v instanceof Map<?, ?> m && CompactModel.sorted(m)) {
            LinkedHashMap<String, Object> out = new LinkedHashMap<>((int) (m.size() / 0.75f) + 1);
            m.forEach((k, x) -> out.put(String.valueOf(k), plain(x)));
            return out;
        }
        if (v instanceof Map<?, ?> m) {
            // as Jackson wrote them (ORDER_MAP_ENTRIES_BY_KEYS): in the keys' natural order, then as text
            TreeMap<Object, Object> sorted = new TreeMap<>(CompactModel.KEYS);
            sorted.putAll(m);
            LinkedHashMap<String, Object> out = new LinkedHashMap<>();
            sorted.forEach((k, x) -> out.put(String.valueOf(k), plain(x)));
            return out;
        }
        if (v instanceof Collection<?> c) {
            List<Object> out = new ArrayList<>(c.size());
            for (Object x : c) out.add(plain(x));
            return out;
        }
        if (v instanceof Long l) return l == l.intValue() ? (Object) l.intValue() : l;
        if (v instanceof Short || v instanceof Byte) return ((Number) v).intValue();
        if (v instanceof Float f) return Double.parseDouble(f.toString());
        if (v instanceof BigDecimal b) return b.doubleValue();
        if (v instanceof BigInteger b) return b.bitLength() < 32 ? (Object) b.intValue() : b.bitLength() < 64 ? (Object) b.longValue() : b;
        if (v instanceof CharSequence || v instanceof Character || v instanceof Enum<?>) return v instanceof Enum<?> e ? e.name() : v.toString();
        return plain(JSON.convertValue(v, Object.class)); // a record or bean: its properties, as Jackson writes them
    }
}
