package org.sitrep.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.doc.Article;

/**
 * Page dumps in the styles of French outlets (masthead "Site - Section", bylines with agencies, "Publié le" /
 * "Mis à jour le" stamps, portals carrying wire copy, subscription and sharing widgets): the reader names the
 * site as publisher, takes the page's own first publication date, keeps the headline and the story, and drops
 * the furniture.
 */
class OutletPagesTest {
    private static final Path PAGES = Path.of("src/test/resources/read/pages");

    /** Furniture that must not survive cleaning (checked at the start of each paragraph, or anywhere for the stamps). */
    private static final Pattern FURNITURE = Pattern.compile(
            "(?m)^(?:Abonnez|Partager|Réservé|Article réservé|Commentaires|Signaler|Newsletter|Votre navigateur|Accepter"
                    + "|Lire aussi|À voir|Sur le même sujet|Les plus lus|Vidéo$|©|Crédit photo|Suivez|Publicité|Source AFP"
                    + "|Lecture \\d|OLJ/AFP|Par |Publié|Mis à jour|Mise à jour|Le \\d+ \\S+ \\d+ à|Le \\d+/|\\d+/\\d+/\\d+ \\d|URL courte)"
                    + "|Publié le|Modifié le|avec AFP|avec Reuters|\\(photo AFP\\)|© Delil");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            lepoint.txt      | Le Point          | 2016-08-25 | Irak : l'armée irakienne reprend Qayyarah à l'État islamique | Les forces irakiennes ont repris jeudi la ville de Qayyarah
            lefigaro.html    | Le Figaro         | 2017-10-16 | Syrie : les FDS entrent dans Tabqa | Selon l'OSDH, les combats se poursuivent
            lefigaro.txt     | Le Figaro         | 2017-10-16 | Syrie : les FDS entrent dans Tabqa | Selon l'OSDH, les combats se poursuivent
            franceinfo.txt   | franceinfo        | 2016-05-23 | Irak : la bataille de Fallouja est lancée | Les forces irakiennes ont lancé lundi
            boursorama.txt   | Boursorama        | 2015-12-28 | Irak : les forces irakiennes reprennent Ramadi | BAGDAD, 28 décembre (Reuters) - Les forces
            olj.txt          | L'Orient-Le Jour  | 2017-06-22 | Syrie : l'armée reprend Palmyre | Palmyre - L'armée syrienne a repris dimanche
            france24.txt     | France 24         | 2019-03-23 | Les FDS proclament la fin du califat à Baghouz | Selon un porte-parole, les opérations
            rfi.txt          | RFI               | 2017-08-20 | Irak : offensive sur Tal Afar | Le Premier ministre irakien a annoncé
            europe1.txt      | Europe 1          | 2017-02-23 | Syrie : Ankara annonce la prise d'al-Bab | L'armée turque et les rebelles syriens
            bfmtv.txt        | BFMTV             | 2017-10-05 | Irak : les forces irakiennes reprennent Hawija | Les forces irakiennes ont repris jeudi la ville de Hawija
            20minutes.txt    | 20 Minutes        | 2014-10-21 | Syrie : les Kurdes repoussent l'EI à Kobané | Les combattants kurdes ont repoussé
            ouestfrance.txt  | Ouest-France      | 2016-11-01 | Irak. Les forces irakiennes entrent dans Mossoul | Les forces irakiennes sont entrées mardi
            lacroix.txt      | La Croix          | 2016-08-12 | En Syrie, la bataille de Manbij s'achève | Les Forces démocratiques syriennes ont pris vendredi
            liberation.txt   | Libération        | 2015-04-01 | Irak : Tikrit reprise à l'Etat islamique | Les forces irakiennes ont repris mercredi
            lemonde.txt      | Le Monde          | 2017-11-03 | Syrie : l'armée reprend Deir ez-Zor | L'armée syrienne a repris vendredi
            tv5monde.txt     | TV5MONDE          | 2015-11-13 | Irak : reprise de Sinjar | SINJAR (AFP) - Les forces kurdes ont repris
            leparisien.txt   | Le Parisien       | 2017-10-17 | Syrie : Raqqa libérée de l'EI | Les Forces démocratiques syriennes ont annoncé mardi
            jeuneafrique.txt | Jeune Afrique     | 2017-06-23 | Syrie : l'EI chassé de Tabqa | Les FDS ont pris le contrôle total
            lexpress.txt     | L'Express         | 2017-07-10 | Irak : Mossoul entièrement reprise à l'EI | Le Premier ministre irakien a proclamé lundi
            huffpost.txt     | Le HuffPost       | 2017-06-29 | Syrie : Raqqa encerclée par les FDS | Les Forces démocratiques syriennes ont achevé
            lobs.txt         | L'Obs             | 2015-12-28 | Irak : l'EI chassé de Ramadi | Les forces irakiennes ont repris le centre de Ramadi
            courrier.txt     | Courrier international | 2017-09-12 | Syrie : la bataille de Deir ez-Zor | Les combats se poursuivent
            challenges.txt   | Challenges        | 2016-08-24 | Irak : l'armée lance l'offensive sur Qayyarah | Les forces irakiennes ont lancé mercredi
            mediapart.txt    | Mediapart         | 2016-08-12 | Syrie : les FDS prennent Manbij | « La ville est sous notre contrôle »
            boursorama-wire.txt | Boursorama   |            | Irak : les forces irakiennes entrent dans Tal Afar | BAGDAD, 27 août (Reuters) - Les forces
            sputnikstyle.txt | Sputnik France    |            | Raqqa : les FDS avancent | Les Forces démocratiques syriennes progressent
            jdd.txt          | Le Journal du dimanche | 2016-03-27 | Syrie : l'EI perd Palmyre | Le 27 mars 2016, l'armée syrienne a annoncé
            """)
    void readsTheOutletsPage(String file, String publisher, String issued, String title, String story) throws Exception {
        Article a = Readers.read(PAGES.resolve(file));
        assertEquals(publisher, a.publisherHint(), "publisher");
        assertEquals(issued == null ? null : LocalDate.parse(issued), a.issuedHint(), "issued");
        assertEquals(title, a.title(), "title");
        assertTrue(a.text().startsWith(title + "\n\n"), a.text());
        assertTrue(a.text().contains(story), a.text());
        assertFalse(FURNITURE.matcher(a.text()).find(), () -> "furniture left: " + a.text());
        for (String paragraph : List.of(a.text().split("\n\n"))) {
            assertFalse(paragraph.strip().equals(publisher), "masthead left: " + a.text());
        }
    }
}
