package io.appaudit.indexer.checks;

import java.nio.file.Path;

/** A user file (group, registry or notice file) could not be read; the message names the file and the line. */
public final class UserFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UserFileException(Path file, int line, String problem) {
        super(file + (line > 0 ? " line " + line : "") + ": " + problem);
    }

    public UserFileException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
    }
}
