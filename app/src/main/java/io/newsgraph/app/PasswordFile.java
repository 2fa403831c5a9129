package io.newsgraph.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Set;

/**
 * The embedded server's password, kept in one file of the data directory that only its owner may read or write
 * ({@code rw-------}). The file is the password: the server is given it on every start, so writing another one
 * there (or deleting the file, for a new random one) and starting {@code kg} again changes it.
 */
public final class PasswordFile {

    /** The file's name inside the data directory. */
    public static final String NAME = "neo4j-password";

    /** Neo4j's minimum is 8 characters; 32 random bytes give 43 characters of base64url. */
    private static final int RANDOM_BYTES = 32;
    private static final int MIN_LENGTH = 8;
    private static final Set<PosixFilePermission> OWNER_ONLY = EnumSet.of(PosixFilePermission.OWNER_READ,
            PosixFilePermission.OWNER_WRITE);
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordFile() {
    }

    /** Where the password of the store in {@code dataDir} is kept. */
    public static Path of(Path dataDir) {
        return dataDir.resolve(NAME);
    }

    /**
     * The password in {@code dataDir}, made (random, owner-only) when there is none yet. A file that others may
     * read is made owner-only again.
     *
     * @throws IOException              when the file cannot be read or written
     * @throws IllegalStateException    when the file is not a regular file or holds no usable password
     */
    public static String readOrCreate(Path dataDir) throws IOException {
        Path file = of(dataDir);
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            String password = generate();
            try {
                Files.write(createOwnerOnly(file), password.getBytes(StandardCharsets.UTF_8));
                return password;
            } catch (FileAlreadyExistsException raced) {
                // another kg made it first: use theirs
            }
        }
        return read(file);
    }

    /** The password in an existing file (see {@link #readOrCreate}). */
    static String read(Path file) throws IOException {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new IllegalStateException(file + " is not a regular file; it should hold the embedded Neo4j's "
                    + "password (delete it and a new one is made)");
        }
        restrict(file);
        String password = Files.readString(file, StandardCharsets.UTF_8).strip();
        if (password.length() < MIN_LENGTH || password.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalStateException(file + " does not hold a usable password (one line of at least "
                    + MIN_LENGTH + " characters); write one there, or delete the file and a new one is made");
        }
        return password;
    }

    static String generate() {
        byte[] bytes = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static Path createOwnerOnly(Path file) throws IOException {
        if (posix(file)) {
            return Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        }
        return Files.createFile(file);
    }

    private static void restrict(Path file) throws IOException {
        if (posix(file) && !Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
    }

    private static boolean posix(Path file) throws IOException {
        return Files.getFileStore(file.toAbsolutePath().getParent()).supportsFileAttributeView("posix");
    }
}
