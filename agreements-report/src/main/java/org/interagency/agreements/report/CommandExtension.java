package org.interagency.agreements.report;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * A subcommand of {@code agreements} that lives in a module of its own, found through
 * {@link java.util.ServiceLoader}: {@code agreements serve} (in {@code agreements-server}) is one,
 * so that the command line does not depend at compile time on the web server it runs. It lives
 * here because every module that writes reports sits above this one and below the command line.
 *
 * <p>A provider registers its class in {@code META-INF/services}; the command line adds each
 * provider's {@link #command()} as a subcommand named {@link #name()}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public interface CommandExtension {

    /**
     * The subcommand's name, such as {@code serve}.
     *
     * @return the name the user types
     */
    String name();

    /**
     * A new instance of the subcommand: an object annotated as a picocli {@code @Command}, whose
     * class implements {@code Callable<Integer>} (the exit code) or {@code Runnable}.
     *
     * @return the command object
     */
    Object command();
}
