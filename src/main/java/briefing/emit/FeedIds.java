package briefing.emit;

import briefing.model.Portal;

/**
 * The ids of the Atom feed and its entries: stable from build to build, tied to the portal and to nothing fixed in the
 * engine. A portal with a {@code url} names them within its own address ({@code https://example.org/portal/#event:<id>},
 * the feed itself {@code ...#feed}); one without, after its title ({@code urn:briefing:<title as an id>:event:<id>}), so
 * that a preview or a copy served elsewhere keeps them.
 */
final class FeedIds {
    private FeedIds() {
    }

    /** What every id of the portal's feed begins with. */
    static String prefix(Portal portal) {
        if (portal.siteAddress().isPresent()) return portal.siteAddress().get() + "#";
        String slug = briefing.model.Names.key(portal.title()).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
        return "urn:briefing:" + (slug.isEmpty() ? "portal" : slug) + ":";
    }
}
