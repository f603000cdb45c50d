package org.sitrep.read;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The bytes of one input file, decoded to text: strict UTF-8 (a byte-order mark is dropped), or
 * windows-1252 when the bytes are not valid UTF-8; line ends normalised to '\n'. Refuses files
 * that are missing, unreadable, larger than a limit (checked before reading), empty or binary.
 *
 * @param text   the decoded text, line ends normalised
 * @param sha256 lower-case hex SHA-256 of the raw bytes
 */
public record RawInput(String text, String sha256) {

    /** System property giving the size limit in bytes. */
    public static final String MAX_BYTES_PROPERTY = "sitrep.read.maxBytes";
    /** Default size limit: 10 MiB. */
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** The size limit in force: the system property {@value #MAX_BYTES_PROPERTY} or the default. */
    public static long configuredMaxBytes() {
        String v = System.getProperty(MAX_BYTES_PROPERTY);
        if (v == null || v.isBlank()) return DEFAULT_MAX_BYTES;
        try {
            long n = Long.parseLong(v.strip());
            return n > 0 ? n : DEFAULT_MAX_BYTES;
        } catch (NumberFormatException e) {
            return DEFAULT_MAX_BYTES;
        }
    }

    /** Loads and decodes a file, refusing it with a one-line {@link InputException} when it is not a text article. */
    public static RawInput load(Path file, long maxBytes) throws InputException {
        String name = file.toString();
        if (Files.isDirectory(file)) throw new InputException(name, "is a directory, not a file");
        if (!Files.exists(file)) throw new InputException(name, "no such file");
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new InputException(name, "file too large: " + megabytes(size) + " (limit " + megabytes(maxBytes) + ")");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InputException(name, "no such file", e);
        } catch (AccessDeniedException e) {
            throw new InputException(name, "cannot read: permission denied", e);
        } catch (IOException e) {
            throw new InputException(name, "cannot read: " + e.getMessage(), e);
        }
        if (bytes.length > maxBytes) {
            throw new InputException(name, "file too large: " + megabytes(bytes.length) + " (limit " + megabytes(maxBytes) + ")");
        }
        String text = decode(bytes, name);
        if (text.chars().allMatch(c -> org.sitrep.clean.RawLine.isSpace((char) c))) {
            throw new InputException(name, "empty file");
        }
        return new RawInput(text, sha256(bytes));
    }

    /** Decodes article bytes; fails on binary content. */
    static String decode(byte[] bytes, String name) throws InputException {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            return normaliseLineEnds(new String(bytes, StandardCharsets.UTF_16));
        }
        if (looksBinary(bytes)) throw new InputException(name, "binary file, not a text article");
        int offset = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
        ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(buffer).toString();
        } catch (CharacterCodingException e) {
            text = new String(bytes, WINDOWS_1252);
        }
        return normaliseLineEnds(text);
    }

    /** NUL bytes, or more than 10% control bytes other than tab, line feed, form feed and carriage return. */
    static boolean looksBinary(byte[] bytes) {
        int control = 0;
        for (byte b : bytes) {
            if (b == 0) return true;
            if ((b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7F) control++;
        }
        return control * 10L > bytes.length;
    }

    private static String normaliseLineEnds(String s) {
        return s.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** Sizes as people read them: binary megabytes, "52.4 MB"; whole numbers without decimals ("10 MB"). */
    static String megabytes(long bytes) {
        double mb = bytes / (1024.0 * 1024.0);
        if (mb == Math.rint(mb)) return String.format(Locale.ROOT, "%d MB", (long) mb);
        return String.format(Locale.ROOT, "%.1f MB", mb);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
