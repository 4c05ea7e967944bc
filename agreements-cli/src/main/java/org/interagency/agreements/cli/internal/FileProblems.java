package org.interagency.agreements.cli.internal;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** Plain words for why a file could not be opened, without the JDK's exception names. */
public final class FileProblems {

    private FileProblems() {
    }

    /** {@code "no such file"}, {@code "permission denied"}, or the system's reason. */
    public static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NotDirectoryException) {
            return "a part of the path is not a directory";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() == null || e.getCause() != null ? "the system reported an input or output error" : e.getMessage();
    }
}
