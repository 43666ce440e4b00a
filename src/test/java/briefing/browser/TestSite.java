package briefing.browser;

import briefing.Briefing;
import briefing.BuiltSite;
import briefing.Fixtures;
import briefing.Project;
import briefing.Samples;
import briefing.SiteContract;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A built site the browser tests serve, with the content it was built from (planned as the build plans it), so that
 * every expectation comes from that content: {@link #real()} is the repository's content/, which `mvn package` built
 * into target/site before the integration tests; {@link #fixture()} is the rich fixture portal, built once per test
 * run with its Pagefind index into target/fixture-site, for the journeys and searches whose content a test must own.
 */
record TestSite(String name, Path site, SiteContract.Plan plan) {
    static final Path ROOT = BuiltSite.projectRoot();
    private static TestSite real;
    private static TestSite fixture;

    static synchronized TestSite real() throws Exception {
        if (real == null) {
            Path site = ROOT.resolve("target/site");
            if (!Files.isRegularFile(site.resolve("index.html"))) {
                throw new IllegalStateException("no built site at " + site + ": run `mvn -B verify` (the package phase builds it)");
            }
            real = new TestSite("content", site, SiteContract.plan(ROOT));
        }
        return real;
    }

    static synchronized TestSite fixture() throws Exception {
        if (fixture == null) {
            Path portal = Fixtures.portal(Fixtures.RICH);
            Path site = ROOT.resolve("target/fixture-site");
            Briefing.build(Project.of(portal), site, new Briefing.Options(true)); // with the search index (the pinned Pagefind)
            fixture = new TestSite("fixture", site, SiteContract.plan(portal));
        }
        return fixture;
    }

    static TestSite named(String name) throws Exception {
        return switch (name) {
            case "content" -> real();
            case "fixture" -> fixture();
            default -> throw new IllegalArgumentException(name);
        };
    }

    /** A page of every kind, chosen from this site's content. */
    Samples samples() {
        return Samples.of(plan.linked());
    }

    /** The base path the site was built for (portal.yaml's base_path), which only its 404 page uses. */
    String configuredBase() {
        return plan.basePath();
    }
}
