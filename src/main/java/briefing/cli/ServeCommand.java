package briefing.cli;

import briefing.serve.Ports;
import briefing.serve.PreviewServer;
import com.sun.net.httpserver.HttpServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "serve", mixinStandardHelpOptions = true, description = "Preview on localhost: rebuilds what an edit to content/, templates/ or assets/ reaches and the open page reloads.")
final class ServeCommand implements Callable<Integer> {
    /** Exit code when the port is taken (nothing was built). */
    static final int PORT_IN_USE = 4;

    @Option(names = "--project", defaultValue = ".", description = "The project folder. Default: ${DEFAULT-VALUE}")
    Path project;

    @Option(names = "--port", defaultValue = "8000", description = "Port on localhost (0: any free one). Default: ${DEFAULT-VALUE}")
    int port;

    @Option(names = "--base-path", defaultValue = "/", description = "Serve under this path, as GitHub project pages do (e.g. /portal/). Default: ${DEFAULT-VALUE}")
    String basePath;

    @Option(names = "--search", description = "Also build the search index on every rebuild (slower; needs Node.js).")
    boolean search;

    @Override
    public Integer call() throws Exception {
        Logging.quiet();
        PreviewServer preview = new PreviewServer(project, project.resolve("target/preview"), basePath, search, System.out);
        HttpServer server;
        try {
            server = preview.start(port);
        } catch (Ports.InUse e) {
            System.err.println(e.getMessage());
            return PORT_IN_USE;
        }
        String base = basePath.endsWith("/") ? basePath : basePath + "/";
        System.out.printf("Previewing at http://localhost:%d%s — edit content/, templates/ or assets/ and the page reloads. Ctrl+C stops.%n",
                server.getAddress().getPort(), base);
        Thread.currentThread().join();
        return 0;
    }
}
