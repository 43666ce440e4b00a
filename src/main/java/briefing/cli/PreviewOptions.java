package briefing.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The options of every command that serves the portal on localhost ({@code serve}, {@code cms}): a picocli mixin. */
final class PreviewOptions {
    @Option(names = "--project", defaultValue = ".", description = "The project folder. Default: ${DEFAULT-VALUE}")
    Path project;

    @Option(names = "--port", defaultValue = "8000", description = "Port on localhost (0: any free one). Default: ${DEFAULT-VALUE}")
    int port;

    @Option(names = "--base-path", defaultValue = "/", description = "Serve under this path, as GitHub project pages do (e.g. /portal/). Default: ${DEFAULT-VALUE}")
    String basePath;

    /** The base path with its closing slash. */
    String base() {
        return basePath.endsWith("/") ? basePath : basePath + "/";
    }
}
