package briefing.cli;

import briefing.bench.Bench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "bench", mixinStandardHelpOptions = true, description = "Time builds of the real content and of synthetic corpora of N sources; print wall time, peak memory, ms per page,"
        + " each stage's share and peak memory, the heaviest page, Hugo+Pagefind on the same pages and the preview's latency and"
        + " memory after one edit.")
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--project", defaultValue = ".", description = "The project folder. Default: ${DEFAULT-VALUE}")
    Path project;

    @Option(names = "--sizes", split = ",", defaultValue = "100,1000", description = "Synthetic corpus sizes (sources). Default: ${DEFAULT-VALUE}")
    List<Integer> sizes;

    @Option(names = "--shapes", split = ",", defaultValue = "dense", converter = ShapeConverter.class,
            description = "Synthetic corpus shapes: dense (3 actors and 1 place per source, 300-word summaries, 5 events)"
                    + ", sparse (1 actor and 1 place per 10 sources, 450-word summaries, 2 events)"
                    + " and/or desk (1 actor per 4 sources, 1 place per 8, 350-word summaries, 5.5 events). Default: ${DEFAULT-VALUE}")
    List<briefing.bench.SyntheticCorpus.Shape> shapes;

    /** "dense", "sparse" or "desk", in any case; another word is refused, naming the three. */
    static final class ShapeConverter implements picocli.CommandLine.ITypeConverter<briefing.bench.SyntheticCorpus.Shape> {
        @Override
        public briefing.bench.SyntheticCorpus.Shape convert(String value) {
            for (briefing.bench.SyntheticCorpus.Shape s : briefing.bench.SyntheticCorpus.Shape.values()) {
                if (s.name().equalsIgnoreCase(value.strip())) return s;
            }
            throw new picocli.CommandLine.TypeConversionException("'" + value + "' is not a corpus shape: use "
                    + java.util.Arrays.stream(briefing.bench.SyntheticCorpus.Shape.values())
                    .map(s -> s.name().toLowerCase(java.util.Locale.ROOT)).collect(java.util.stream.Collectors.joining(", ")));
        }
    }

    @Option(names = "--no-search", description = "Leave the Pagefind step out of the timings.")
    boolean noSearch;

    @Option(names = "--no-lighthouse", description = "Leave out the Lighthouse scores (they need npm and a Chromium).")
    boolean noLighthouse;

    @Option(names = "--no-hugo", description = "Leave out the Hugo+Pagefind yardstick (it runs when hugo is on the PATH).")
    boolean noHugo;

    @Option(names = "--no-preview", description = "Leave out the preview's latency after one edit.")
    boolean noPreview;

    @Option(names = "--pairs", defaultValue = "3", description = "How many times each synthetic corpus is built, each build followed by"
            + " Hugo+Pagefind on as many pages; the medians are shown and compared. Default: ${DEFAULT-VALUE}")
    int pairs;

    @Override
    public Integer call() throws Exception {
        Logging.quiet();
        Bench.run(project, sizes, shapes, new Bench.Extras(!noSearch, !noLighthouse, !noHugo, !noPreview, pairs), System.out);
        return 0;
    }
}
