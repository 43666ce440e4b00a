package briefing.serve;

import com.sun.net.httpserver.HttpHandler;

/**
 * A handler of the preview that takes POST too (the local CMS's backend, which writes the portal's files): the guard
 * ({@link RequestGuard}) passes a POST to it only from the preview's own pages, whose requests name their
 * {@code Origin}; a page elsewhere, or a request with no Origin, gets 403. Every other handler answers GET and HEAD only.
 */
@FunctionalInterface
public interface SameOriginPost extends HttpHandler {
}
