package briefing.cli;

import briefing.cms.LocalCms;
import briefing.serve.Ports;
import briefing.tools.NpmPackage;
import briefing.tools.ToolException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "cms", mixinStandardHelpOptions = true, description = "The web CMS on localhost, editing this portal's files"
        + " (Decap CMS with its local backend), beside the preview.")
final class CmsCommand implements Callable<Integer> {
    @Mixin
    PreviewOptions options;

    @Override
    public Integer call() throws Exception {
        Logging.quiet();
        Path tools = NpmPackage.engineTools();
        LocalCms cms;
        try {
            cms = LocalCms.start(options.project.toAbsolutePath().normalize(), tools, options.port, options.basePath, System.out);
        } catch (Ports.InUse e) {
            System.err.println(e.getMessage());
            return ServeCommand.PORT_IN_USE;
        } catch (java.io.IOException | ToolException e) {
            System.err.println("error: the CMS could not start: " + e.getMessage());
            System.err.println("It needs Node.js 18+ with npm (for decap-server); ./portal serve previews without it.");
            return 1;
        }
        System.out.printf("CMS at %s — saves go to content/ (commit them with git); the preview is at http://localhost:%d%s. Ctrl+C stops.%n",
                cms.adminUrl(), cms.port(), options.base());
        Runtime.getRuntime().addShutdownHook(new Thread(cms::close));
        Thread.currentThread().join();
        return 0;
    }
}
