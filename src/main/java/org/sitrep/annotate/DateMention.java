package org.sitrep.annotate;

import java.time.LocalDate;
import org.sitrep.extract.Span;

/**
 * A date expression resolved to a calendar day ("le 17 octobre 2016", "jeudi", "hier").
 *
 * @param relative true when it was resolved against the publication date (weekday, "hier", "ce matin")
 */
public record DateMention(Span span, LocalDate date, boolean relative) { }
