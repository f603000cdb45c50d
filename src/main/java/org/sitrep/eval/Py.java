package org.sitrep.eval;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The few Python behaviours the reference scorer's output depends on: string ordering by code
 * point, slicing by code point, {@code repr()} of a list of strings, {@code format(x, ".3f")} and
 * {@code repr(float)}. Kept here so that {@code sitrep eval} prints exactly what score.py prints.
 */
final class Py {
    private Py() { }

    /** Python's {@code str} ordering (by code point, not by UTF-16 unit). */
    static final Comparator<String> CODE_POINT_ORDER = (a, b) -> {
        int i = 0, j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i), cb = b.codePointAt(j);
            if (ca != cb) return Integer.compare(ca, cb);
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Boolean.compare(i < a.length(), j < b.length());
    };

    /** {@code s[:n]} on a Python string. */
    static String head(String s, int n) {
        int cps = s.codePointCount(0, s.length());
        return cps <= n ? s : s.substring(0, s.offsetByCodePoints(0, n));
    }

    /** {@code format(x, ".Nf")}: exact binary value, ties to even (as CPython does). */
    static String fixed(double x, int decimals) {
        if (Double.isNaN(x) || Double.isInfinite(x)) return Double.isNaN(x) ? "nan" : (x > 0 ? "inf" : "-inf");
        String s = new BigDecimal(x).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
        return (x < 0 || (x == 0 && 1 / x < 0)) && !s.startsWith("-") ? "-" + s : s;
    }

    /** {@code repr(x)} of a float: the shortest digits that round-trip, Python's layout. */
    static String floatRepr(double x) {
        if (Double.isNaN(x)) return "NaN";
        if (Double.isInfinite(x)) return x > 0 ? "Infinity" : "-Infinity";
        if (x == 0) return 1 / x < 0 ? "-0.0" : "0.0";
        BigDecimal exact = new BigDecimal(x);
        BigDecimal d = exact;
        for (int p = 1; p <= 17; p++) {
            BigDecimal r = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
            if (r.doubleValue() == x) { d = r; break; }
        }
        d = d.stripTrailingZeros();
        String digits = d.unscaledValue().abs().toString();
        int exp = digits.length() - 1 - d.scale();           // decimal exponent of the first digit
        String sign = x < 0 ? "-" : "";
        if (exp >= -4 && exp < 16) {
            String plain = d.abs().toPlainString();
            return sign + (plain.contains(".") ? plain : plain + ".0");
        }
        String mant = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return sign + mant + "e" + (exp < 0 ? "-" : "+") + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
    }

    /** {@code repr(list_of_str)}. */
    static String listRepr(Collection<String> items) {
        StringBuilder b = new StringBuilder("[");
        for (String s : items) {
            if (b.length() > 1) b.append(", ");
            b.append(strRepr(s));
        }
        return b.append(']').toString();
    }

    /** {@code repr(str)}. */
    static String strRepr(String s) {
        char q = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder b = new StringBuilder().append(q);
        s.codePoints().forEach(c -> {
            if (c == q || c == '\\') b.append('\\').appendCodePoint(c);
            else if (c == '\t') b.append("\\t");
            else if (c == '\n') b.append("\\n");
            else if (c == '\r') b.append("\\r");
            else if (c < 0x20 || c == 0x7f) b.append(String.format("\\x%02x", c));
            else if (c < 0x7f || printable(c)) b.appendCodePoint(c);
            else if (c < 0x100) b.append(String.format("\\x%02x", c));
            else if (c < 0x10000) b.append(String.format("\\u%04x", c));
            else b.append(String.format("\\U%08x", c));
        });
        return b.append(q).toString();
    }

    /** Python's {@code str.isprintable()} for one non-ASCII code point. */
    private static boolean printable(int c) {
        int t = Character.getType(c);
        return !(t == Character.CONTROL || t == Character.FORMAT || t == Character.SURROGATE
                || t == Character.PRIVATE_USE || t == Character.UNASSIGNED || t == Character.LINE_SEPARATOR
                || t == Character.PARAGRAPH_SEPARATOR || t == Character.SPACE_SEPARATOR);
    }

    /** {@code json.dumps(s)} with the default {@code ensure_ascii=True}. */
    static String jsonString(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '\b' -> b.append("\\b");
                case '\f' -> b.append("\\f");
                default -> {
                    if (c < 0x20 || c > 0x7e) b.append(String.format("\\u%04x", (int) c));
                    else b.append(c);
                }
            }
        }
        return b.append('"').toString();
    }

    /** {@code json.dumps(list_of_str, indent=1)} nested at {@code depth}. */
    static String jsonStringList(List<String> items, int depth) {
        if (items.isEmpty()) return "[]";
        String in = " ".repeat(depth + 1);
        StringBuilder b = new StringBuilder("[\n");
        for (int i = 0; i < items.size(); i++) {
            b.append(in).append(jsonString(items.get(i))).append(i + 1 < items.size() ? ",\n" : "\n");
        }
        return b.append(" ".repeat(depth)).append(']').toString();
    }
}
