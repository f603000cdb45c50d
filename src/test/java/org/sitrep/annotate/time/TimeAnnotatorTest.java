package org.sitrep.annotate.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.annotate.AnnotatedDocument;
import org.sitrep.annotate.DateMention;
import org.sitrep.annotate.entity.EntityAnnotator;
import org.sitrep.annotate.text.SentenceAnnotator;
import org.sitrep.doc.Article;
import org.sitrep.doc.Embed;
import org.sitrep.gazetteer.Gazetteer;

class TimeAnnotatorTest {
    private static AnnotatedDocument run(String text, LocalDate hint, List<Embed> embeds) {
        AnnotatedDocument d = new AnnotatedDocument(new Article("t.txt", "t.txt", null, text, null, hint, "fr", embeds, null));
        new SentenceAnnotator().annotate(d);
        new EntityAnnotator(Gazetteer.standard()).annotate(d);
        new TimeAnnotator().annotate(d);
        return d;
    }

    private static List<String> dates(AnnotatedDocument d) {
        return d.layer(DateMention.class).stream().map(m -> m.span().of(d.text()) + "=" + m.date()).toList();
    }

    @Test void absoluteAndRelativeAgainstHint() {
        AnnotatedDocument d = run("Le 17 octobre 2016, puis hier et jeudi, enfin lundi dernier. Le 17/10/2016 et October 17, 2016.",
                LocalDate.of(2016, 11, 7), List.of());
        assertEquals(LocalDate.of(2016, 11, 7), d.issued());
        assertEquals(List.of("17 octobre 2016=2016-10-17", "hier=2016-11-06", "jeudi=2016-11-03", "lundi dernier=2016-10-31",
                "17/10/2016=2016-10-17", "October 17, 2016=2016-10-17"), dates(d));
    }

    @Test void weekdayDateGivesTheYear() {
        AnnotatedDocument d = run("« Ça avance », a déclaré, mardi 28 février, un porte-parole. Dans la nuit du 16 au 17 octobre.", null, List.of());
        assertEquals(LocalDate.of(2017, 2, 28), d.issued());
        assertEquals(List.of("mardi 28 février=2017-02-28", "17 octobre=2016-10-17"), dates(d));
    }

    @Test void campaignGivesTheYearOfADayMonthDate() {
        AnnotatedDocument d = run("Les forces irakiennes sont entrées à Falloujah le 31 mai, depuis janvier 2014 aux mains de Daech.", null, List.of());
        assertEquals(LocalDate.of(2016, 5, 31), d.issued());
    }

    @Test void latestEmbeddedPostDecidesAndCeMatinFollows() {
        String text = "Une opération a été lancée ce matin.\n\nBREAKING attack\n\n— Peshmerga (@KURDISTAN_ARMY) 7 novembre 2016";
        Embed e = new Embed("Peshmerga", "KURDISTAN_ARMY", LocalDate.of(2016, 11, 7), 38, 53, 38, text.length());
        AnnotatedDocument d = run(text, null, List.of(e));
        assertEquals(LocalDate.of(2016, 11, 7), d.issued());
        assertEquals("ce matin=2016-11-07", dates(d).get(0));
    }
}
