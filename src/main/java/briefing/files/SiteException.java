package briefing.files;

/**
 * The site could not be written where it was asked to go, for a reason that is not the content's fault (a folder that
 * is not a site, a read-only folder): one sentence, which the command line prints as it is (exit code 2).
 */
public final class SiteException extends RuntimeException {
    public SiteException(String sentence) {
        super(sentence);
    }
}
