package org.sitrep.annotate.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A dictionary of multi-word names over {@link Tokens}: longest match at a token, in time
 * proportional to the match length. A name's capitals are significant: a token written with an
 * initial capital in the dictionary needs one in the text, and an acronym (all capitals) must be met
 * in capitals, so "EI" does not match "ei" and "Kurdes" does not match the adjective "kurdes".
 *
 * @param <T> what a name stands for
 */
final class NameTrie<T> {

    /** A match: tokens [from, to) name the value. */
    record Hit<T>(int from, int to, T value) { }

    private enum Shape { ANY, CAPITAL, UPPER }

    private record Entry<T>(Shape[] shapes, String[] raw, T value) { }

    private static final class Node<T> {
        final Map<String, Node<T>> next = new HashMap<>(4);
        final List<Entry<T>> entries = new ArrayList<>(1);
    }

    private final Node<T> root = new Node<>();

    /** Adds a name; returns false when it has no word token. */
    boolean add(String name, T value) {
        Tokens t = Tokens.of(name);
        if (t.size == 0) return false;
        Node<T> node = root;
        Shape[] shapes = new Shape[t.size];
        String[] raw = new String[t.size];
        for (int i = 0; i < t.size; i++) {
            node = node.next.computeIfAbsent(t.norm[i], k -> new Node<>());
            String w = t.raw(i);
            raw[i] = w;
            shapes[i] = isUpper(w) && w.length() >= 2 ? Shape.UPPER
                    : Character.isUpperCase(w.charAt(0)) ? Shape.CAPITAL : Shape.ANY;
        }
        node.entries.add(new Entry<>(shapes, raw, value));
        return true;
    }

    /** The longest name starting at token i, or null. */
    Hit<T> longest(Tokens tokens, int i) {
        Node<T> node = root;
        Hit<T> best = null;
        for (int j = i; j < tokens.size; j++) {
            if (j > i && !tokens.joined(j - 1)) break;
            node = node.next.get(tokens.norm[j]);
            if (node == null) break;
            for (Entry<T> e : node.entries) {
                if (fits(e, tokens, i)) {
                    best = new Hit<>(i, j + 1, e.value);
                    break;
                }
            }
        }
        return best;
    }

    private static boolean fits(Entry<?> e, Tokens tokens, int i) {
        for (int k = 0; k < e.shapes.length; k++) {
            String w = tokens.raw(i + k);
            switch (e.shapes[k]) {
                case UPPER -> { if (!isUpper(w)) return false; }
                case CAPITAL -> { if (!Character.isUpperCase(w.charAt(0))) return false; }
                default -> { }
            }
        }
        return true;
    }

    private static boolean isUpper(String w) {
        boolean letter = false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isLowerCase(c)) return false;
            if (Character.isLetter(c)) letter = true;
        }
        return letter;
    }
}
