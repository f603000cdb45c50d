package org.sitrep.annotate.claim;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Finds the outermost quotations of a text: « … » (French continuation marks at the start of a new
 * paragraph are read as the same quote), “ … ” and straight "…" (within a paragraph). Inner quotes
 * are part of the outer one. A closing mark with no opening mark is reported as an orphan.
 */
public final class QuoteScanner {
    /** A quotation: marks at {@code open} and {@code close} (close is the closing mark's offset); orphan when open is -1. */
    public record Quote(int open, int close) {
        public boolean orphan() { return open < 0; }
        public int contentStart() { return open + 1; }
    }

    private static final int MAX_LENGTH = 4000;

    private QuoteScanner() { }

    public static List<Quote> scan(String text) {
        List<Quote> out = new ArrayList<>();
        Deque<int[]> stack = new ArrayDeque<>(); // {pos, kind}: kind 0 = «, 1 = “, 2 = "
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' && !stack.isEmpty()) dropStraight(stack);
            if (!stack.isEmpty() && i - stack.peekLast()[0] > MAX_LENGTH) stack.clear();
            int kind = switch (c) {
                case '«' -> 0;
                case '“' -> 1;
                case '»', '”' -> -1;
                case '"' -> 2;
                default -> -2;
            };
            if (kind == -2) continue;
            if (kind == 2) {
                if (top(stack) == 2) close(stack, i, out);
                else stack.addLast(new int[] {i, 2});
                continue;
            }
            if (kind >= 0) {
                if (top(stack) == kind && text.substring(stack.peekLast()[0], i).indexOf('\n') >= 0
                        && lineStart(text, i)) continue; // French continuation mark
                stack.addLast(new int[] {i, kind});
                continue;
            }
            int want = c == '»' ? 0 : 1;
            boolean found = false;
            for (int[] e : stack) if (e[1] == want) { found = true; break; }
            if (!found) {
                if (stack.isEmpty()) out.add(new Quote(-1, i));
                continue;
            }
            while (top(stack) != want) stack.removeLast();
            close(stack, i, out);
        }
        return out;
    }

    private static boolean lineStart(String text, int i) {
        for (int j = i - 1; j >= 0; j--) {
            char c = text.charAt(j);
            if (c == '\n') return true;
            if (!Character.isWhitespace(c)) return false;
        }
        return true;
    }

    private static int top(Deque<int[]> stack) { return stack.isEmpty() ? -1 : stack.peekLast()[1]; }

    private static void close(Deque<int[]> stack, int i, List<Quote> out) {
        int[] e = stack.removeLast();
        if (stack.isEmpty()) out.add(new Quote(e[0], i));
    }

    private static void dropStraight(Deque<int[]> stack) {
        while (top(stack) == 2) stack.removeLast();
    }
}
