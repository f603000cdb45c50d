package org.sitrep.annotate.text;

import java.io.IOException;
import java.util.List;

/** Lets tests of other packages read the raw test corpus. */
public final class LeadsTestAccess {
    private LeadsTestAccess() { }

    public static List<String> corpus() throws IOException { return LeadsTest.corpus(); }
}
