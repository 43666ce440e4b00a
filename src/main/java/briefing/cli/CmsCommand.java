package briefing.cli;

import briefing.Project;
import briefing.cms.LocalCms;
import briefing.serve.Ports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "cms", mixinStandardHelpOptions = true, description = "The web CMS on localhost, editing this portal's files"
        + " (Decap CMS with its local backend), beside the preview.")
final class CmsCommand implements Callable<Integer> {
    @Option(names = "--project", defaultValue = ".", description = "The project folder. Default: ${DEFAULT-VALUE}")
    Path project;

    @Option(names = "--port", defaultValue = "8000", description = "Port on localhost (0: any free one). Default: ${DEFAULT-VALUE}")
    int port;

    @Option(names = "--base-path", defaultValue = "/", description = "Serve under this path (e.g. /portal/). Default: ${DEFAULT-VALUE}")
    String basePath;

    @Override
    public Integer call() throws Exception {
        Logging.quiet();
        Path tools = Project.engineHome().resolve("target/tools");
        LocalCms cms;
        try {
            cms = LocalCms.start(project.toAbsolutePath().normalize(), tools, port, basePath, System.out);
        } catch (Ports.InUse e) {
            System.err.println(e.getMessage());
            return ServeCommand.PORT_IN_USE;
        } catch (java.io.IOException e) {
            System.err.println("error: the CMS could not start: " + e.getMessage());
            System.err.println("It needs Node.js 18+ with npm (for decap-server); ./portal serve previews without it.");
            return 1;
        }
        String base = basePath.endsWith("/") ? basePath : basePath + "/";
        System.out.printf("CMS at %s — saves go to content/ (commit them with git); the preview is at http://localhost:%d%s. Ctrl+C stops.%n",
                cms.adminUrl(), cms.port(), base);
        Runtime.getRuntime().addShutdownHook(new Thread(cms::close));
        Thread.currentThread().join();
        return 0;
    }
}
