package io.newsgraph.app;

import picocli.CommandLine;

/** "1048576", "512K", "10M", "1G" (powers of 1024; a trailing B is allowed). */
final class ByteSize implements CommandLine.ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
        String v = value.strip().toUpperCase(java.util.Locale.ROOT);
        if (v.endsWith("B")) {
            v = v.substring(0, v.length() - 1);
        }
        long unit = 1;
        if (!v.isEmpty() && "KMG".indexOf(v.charAt(v.length() - 1)) >= 0) {
            unit = 1L << (10 * ("KMG".indexOf(v.charAt(v.length() - 1)) + 1));
            v = v.substring(0, v.length() - 1);
        }
        try {
            long n = Long.parseLong(v.strip());
            if (n < 1) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a positive size");
            }
            return Math.multiplyExact(n, unit);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a size (e.g. 1048576, 512K, "
                    + "10M)");
        }
    }
}
