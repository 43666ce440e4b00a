package briefing.cli;

import briefing.serve.Ports;
import briefing.serve.PreviewServer;
import com.sun.net.httpserver.HttpServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

@Command(name = "serve", mixinStandardHelpOptions = true, description = "Preview on localhost: rebuilds what an edit to content/, templates/ or assets/ reaches and the open page reloads.")
final class ServeCommand implements Callable<Integer> {
    /** Exit code when the port is taken (nothing was built). */
    static final int PORT_IN_USE = 4;

    @Mixin
    PreviewOptions options;

    @Option(names = "--search", description = "Also build the search index on every rebuild (slower; needs Node.js).")
    boolean search;

    @Override
    public Integer call() throws Exception {
        Logging.quiet();
        PreviewServer preview = new PreviewServer(options.project, options.project.resolve("target/preview"), options.basePath, search, System.out);
        HttpServer server;
        try {
            server = preview.start(options.port);
        } catch (Ports.InUse e) {
            System.err.println(e.getMessage());
            return PORT_IN_USE;
        }
        System.out.printf("Previewing at http://localhost:%d%s — edit content/, templates/ or assets/ and the page reloads. Ctrl+C stops.%n",
                server.getAddress().getPort(), options.base());
        Thread.currentThread().join();
        return 0;
    }
}
