package org.sitrep.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.sitrep.doc.Article;

/**
 * Everything extracted from one article, ready to be mapped to its named graph.
 *
 * @param article    the cleaned article
 * @param entities   entities by {@link Entity#id()}, in a stable order
 * @param operations operations, in order of first mention
 * @param claims     claims, in text order
 * @param publisher  entity id of the outlet that published it, or null
 * @param issued     publication date (from metadata or inferred from the text), or null
 */
public record Extraction(Article article, Map<String, Entity> entities, List<Operation> operations,
                         List<Claim> claims, String publisher, LocalDate issued) {
}
