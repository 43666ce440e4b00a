package briefing.emit;

/** For tests outside this package: paginate a small fixture as a large corpus would be (see {@link PagingTest#SMALL}). */
public final class PagingLimits {
    private PagingLimits() {
    }

    /** Limits small enough to cut every list of the rich fixture. */
    public static void small() {
        Paging.setLimits(PagingTest.SMALL);
    }

    /** The defaults again. */
    public static void reset() {
        Paging.setLimits(null);
    }
}
