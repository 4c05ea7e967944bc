package org.interagency.agreements.server;

import org.apiguardian.api.API;
import org.interagency.agreements.report.CommandExtension;

import static org.apiguardian.api.API.Status.INTERNAL;

/** Adds {@code serve} to the {@code agreements} command line, which finds it through {@link java.util.ServiceLoader}. */
@API(status = INTERNAL, since = "0.1")
public final class ServeExtension implements CommandExtension {

    /** Creates the extension; {@link java.util.ServiceLoader} calls this. */
    public ServeExtension() {
    }

    @Override
    public String name() {
        return "serve";
    }

    @Override
    public Object command() {
        return new ServeCommand();
    }
}
