package org.wirescope.app;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Parses sizes such as {@code 16MiB}, {@code 100KB}, {@code 2 GB} or {@code 4096}. Decimal units
 * (KB, MB, GB) are powers of 1000, binary units (KiB, MiB, GiB) powers of 1024; a bare number is
 * bytes. Case is ignored.
 */
final class ByteSize implements ITypeConverter<Long> {

    private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([a-z]*)");

    @Override
    public Long convert(String value) {
        return parse(value);
    }

    static long parse(String value) {
        Matcher m = SIZE.matcher(value.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) throw new TypeConversionException("'" + value + "' is not a size (try 16MiB, 100KB or 4096)");
        long unit = switch (m.group(2)) {
            case "", "b" -> 1L;
            case "kb" -> 1_000L;
            case "mb" -> 1_000_000L;
            case "gb" -> 1_000_000_000L;
            case "kib", "k" -> 1L << 10;
            case "mib", "m" -> 1L << 20;
            case "gib", "g" -> 1L << 30;
            default -> throw new TypeConversionException("'" + value + "': unknown unit '" + m.group(2)
                    + "' (use B, KB, MB, GB, KiB, MiB or GiB)");
        };
        double bytes = Double.parseDouble(m.group(1)) * unit;
        if (bytes < 1 || bytes > Long.MAX_VALUE / 2) throw new TypeConversionException("'" + value + "' is out of range");
        return (long) bytes;
    }

    /** A short human reading of a byte count: {@code 512 B}, {@code 12.4 MB} (powers of 1000). */
    static String human(long bytes) {
        if (bytes < 1_000) return bytes + " B";
        if (bytes < 1_000_000) return String.format(Locale.ROOT, "%.1f KB", bytes / 1e3);
        if (bytes < 1_000_000_000) return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
        return String.format(Locale.ROOT, "%.2f GB", bytes / 1e9);
    }
}
