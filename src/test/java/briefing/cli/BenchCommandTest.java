package briefing.cli;

import briefing.bench.SyntheticCorpus;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bench's options, read as {@code ./portal bench --sizes 2000,10000 --shapes dense,sparse,desk} gives them. */
class BenchCommandTest {
    @Test
    void sizesAndTheThreeShapesAreRead() {
        BenchCommand c = new BenchCommand();
        new CommandLine(c).parseArgs("--sizes", "2000,10000", "--shapes", "dense,Sparse, desk");
        assertEquals(java.util.List.of(2000, 10000), c.sizes);
        assertEquals(java.util.List.of(SyntheticCorpus.Shape.DENSE, SyntheticCorpus.Shape.SPARSE, SyntheticCorpus.Shape.DESK), c.shapes);
        assertEquals(3, c.pairs, "three pairs in turn unless told");
        BenchCommand once = new BenchCommand();
        new CommandLine(once).parseArgs("--pairs", "1");
        assertEquals(1, once.pairs);
    }

    @Test
    void anUnknownShapeIsRefusedNamingTheShapes() {
        CommandLine.ParameterException e = assertThrows(CommandLine.ParameterException.class,
                () -> new CommandLine(new BenchCommand()).parseArgs("--shapes", "round"));
        assertTrue(e.getMessage().contains("'round' is not a corpus shape: use dense, sparse, desk"), e.getMessage());
    }
}
