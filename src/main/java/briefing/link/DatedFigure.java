package briefing.link;

import briefing.model.EdtfDate;
import briefing.model.Figure;

/** A figure with its as-of date parsed; {@code disputed} when another source gives another value for the same month. */
public record DatedFigure(Figure figure, EdtfDate asOf, boolean disputed) {
}
