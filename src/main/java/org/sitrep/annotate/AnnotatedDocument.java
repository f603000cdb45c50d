package org.sitrep.annotate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.doc.Article;
import org.sitrep.extract.Claim;
import org.sitrep.extract.Entity;
import org.sitrep.extract.EntityType;
import org.sitrep.extract.Extraction;
import org.sitrep.extract.Operation;

/** An article being annotated: typed layers of annotations over its cleaned text, plus the entity table. */
public final class AnnotatedDocument {
    private final Article article;
    private final Map<Class<?>, List<?>> layers = new HashMap<>();
    private final Set<Class<?>> present = new HashSet<>();
    private final Map<String, Entity> entities = new LinkedHashMap<>();
    private LocalDate issued;
    private String publisher;

    public AnnotatedDocument(Article article) { this.article = article; }

    public Article article() { return article; }

    public String text() { return article.text(); }

    /** The annotations of one layer (empty when absent); the list is mutable by the annotator that owns it. */
    @SuppressWarnings("unchecked")
    public <T> List<T> layer(Class<T> type) {
        return (List<T>) layers.computeIfAbsent(type, t -> new ArrayList<>());
    }

    /** Replaces a layer and marks it present. */
    public <T> void set(Class<T> type, List<T> annotations) {
        layers.put(type, new ArrayList<>(annotations));
        present.add(type);
    }

    public void markPresent(Class<?> type) { present.add(type); }

    public boolean has(Class<?> type) { return present.contains(type); }

    /** Entities by {@link Entity#id()}, in order of first addition. */
    public Map<String, Entity> entities() { return entities; }

    /** The entity with this type and key, created with the label when new. */
    public Entity entity(EntityType type, String key, String label) {
        return entities.computeIfAbsent(type.segment + "/" + key, id -> new Entity(key, type, label));
    }

    public LocalDate issued() { return issued; }

    public void setIssued(LocalDate d) { issued = d; }

    public String publisher() { return publisher; }

    public void setPublisher(String entityId) { publisher = entityId; }

    /**
     * The finished extraction. An id an annotator pointed at another entity (an account folded into its owner, see
     * {@code EntityAnnotator}) is left out: only the entity's own id names it.
     */
    public Extraction toExtraction() {
        Map<String, Entity> own = new LinkedHashMap<>();
        entities.forEach((id, e) -> { if (id.equals(e.id())) own.put(id, e); });
        return new Extraction(article, own,
                List.copyOf(layer(Operation.class)), List.copyOf(layer(Claim.class)), publisher, issued);
    }
}
