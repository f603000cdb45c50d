package org.sitrep.cli;

/** Turns an exception into the one-line error the contract promises. */
final class Failures {
    private Failures() { }

    static String oneLine(Throwable ex) {
        Throwable t = ex;
        String msg = t.getMessage();
        while ((msg == null || msg.isBlank()) && t.getCause() != null) {
            t = t.getCause();
            msg = t.getMessage();
        }
        if (msg == null || msg.isBlank()) msg = t.getClass().getSimpleName();
        return msg.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
