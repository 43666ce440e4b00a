package briefing.bake;

import org.jbake.app.configuration.JBakeConfiguration;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Collections;
import java.util.Map;

/**
 * A JBake configuration that does not change once the bakery is prepared: the map JBake builds of it for every
 * document ({@link JBakeConfiguration#asHashMap()}, the templates' {@code config}) is built once and shared, read-only.
 * Every other call goes to the configuration itself.
 */
final class Settled {
    private Settled() {
    }

    static JBakeConfiguration of(JBakeConfiguration config) {
        Map<String, Object> map = Collections.unmodifiableMap(config.asHashMap());
        return (JBakeConfiguration) Proxy.newProxyInstance(JBakeConfiguration.class.getClassLoader(), new Class<?>[]{JBakeConfiguration.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("asHashMap") && method.getParameterCount() == 0) return map;
                    try {
                        return method.invoke(config, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
