package org.sitrep.read;

/** Bad input: the message is one line that names the file and the problem. */
public class InputException extends Exception {
    private final String file;

    public InputException(String file, String problem) {
        super(file + ": " + problem);
        this.file = file;
    }

    public InputException(String file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.file = file;
    }

    public String file() { return file; }
}
