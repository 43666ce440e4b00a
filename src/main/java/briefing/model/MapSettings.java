package briefing.model;

import java.util.List;
import java.util.Optional;

/**
 * portal.yaml's {@code map}: a fixed frame for the portal's map (absent: computed from the places), and the countries
 * to highlight as the portal's subject, as ISO 3166-1 codes (absent: the country holding most places).
 */
public record MapSettings(Optional<Frame> frame, List<Text> focus) {
    /** A frame in degrees: west and east longitudes, south and north latitudes. */
    public record Frame(double west, double south, double east, double north, Origin origin) {
    }

    public static final MapSettings AUTOMATIC = new MapSettings(Optional.empty(), List.of());

    public MapSettings {
        focus = List.copyOf(focus);
    }
}
