package briefing.bake;

import freemarker.template.SimpleNumber;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateBooleanModel;
import freemarker.template.TemplateCollectionModel;
import freemarker.template.TemplateHashModelEx2;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelIterator;
import freemarker.template.TemplateSequenceModel;

import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A page model as FreeMarker sees it, made on demand: a template reads a model through these views, which wrap each
 * value only when the template reaches it, instead of FreeMarker copying every map and list it is handed (JBake's
 * FreeMarker runs with the 2.3.0 object wrapper, which copies) after the model was copied into plain maps. The values
 * are those {@link PageModel} gives (a JSON round trip's): hashes in their keys' order, sequences, strings, booleans,
 * numbers as Integer, Long or Double; so a template prints the same bytes.
 */
final class TemplateView {
    private TemplateView() {
    }

    /** The model as a hash, for {@code content.page} or {@code content.site}. */
    static TemplateModel of(Map<String, ?> model) {
        return wrap(model);
    }

    static TemplateModel wrap(Object v) {
        if (v == null) return null;
        if (v instanceof String s) return new SimpleScalar(s);
        if (v instanceof Boolean b) return b ? TemplateBooleanModel.TRUE : TemplateBooleanModel.FALSE;
        if (v instanceof Integer || v instanceof Double) return new SimpleNumber((Number) v);
        if (v instanceof Number n) return new SimpleNumber((Number) PageModel.plain(n)); // Long, Float, BigDecimal ...
        if (v instanceof Map<?, ?> m) {
            if (briefing.emit.CompactModel.sortedWithTextKeys(m)) return new Hash(m); // a planner's: in order, text keys
            for (Object k : m.keySet()) {
                if (!(k instanceof String)) return new Hash(PageModel.of(stringKeys(m))); // keys as Jackson wrote them
            }
            return new Hash(briefing.emit.CompactModel.sorted(m) ? m : PageModel.of(stringKeys(m)));
        }
        if (v instanceof List<?> l) return new Sequence(l);
        if (v instanceof Collection<?> c) return new Sequence(List.copyOf(c));
        return wrap(PageModel.plain(v)); // numbers of other types, records, enums: as a JSON round trip gives them
    }

    @SuppressWarnings("unchecked")
    private static Map<String, ?> stringKeys(Map<?, ?> m) {
        return (Map<String, ?>) m;
    }

    /** A map with text keys, in its own order. */
    private static final class Hash implements TemplateHashModelEx2 {
        private final Map<?, ?> map;

        Hash(Map<?, ?> map) {
            this.map = map;
        }

        @Override
        public TemplateModel get(String key) {
            return wrap(map.get(key));
        }

        @Override
        public boolean isEmpty() {
            return map.isEmpty();
        }

        @Override
        public int size() {
            return map.size();
        }

        @Override
        public TemplateCollectionModel keys() {
            return () -> iterator(map.keySet().iterator());
        }

        @Override
        public TemplateCollectionModel values() {
            return () -> iterator(map.values().iterator());
        }

        @Override
        public KeyValuePairIterator keyValuePairIterator() {
            Iterator<? extends Map.Entry<?, ?>> entries = map.entrySet().iterator();
            return new KeyValuePairIterator() {
                @Override
                public boolean hasNext() {
                    return entries.hasNext();
                }

                @Override
                public KeyValuePair next() {
                    Map.Entry<?, ?> e = entries.next();
                    return new KeyValuePair() {
                        @Override
                        public TemplateModel getKey() {
                            return wrap(e.getKey());
                        }

                        @Override
                        public TemplateModel getValue() {
                            return wrap(e.getValue());
                        }
                    };
                }
            };
        }
    }

    private static TemplateModelIterator iterator(Iterator<?> it) {
        return new TemplateModelIterator() {
            @Override
            public TemplateModel next() {
                return wrap(it.next());
            }

            @Override
            public boolean hasNext() {
                return it.hasNext();
            }
        };
    }

    /** A list. */
    private static final class Sequence implements TemplateSequenceModel {
        private final List<?> list;

        Sequence(List<?> list) {
            this.list = list;
        }

        @Override
        public TemplateModel get(int index) {
            return index < 0 || index >= list.size() ? null : wrap(list.get(index));
        }

        @Override
        public int size() {
            return list.size();
        }
    }
}
