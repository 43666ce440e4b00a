package briefing.model;

/** A point on the Earth in decimal degrees (WGS 84): latitude north positive, longitude east positive. */
public record Coordinates(double lat, double lon) {
}
