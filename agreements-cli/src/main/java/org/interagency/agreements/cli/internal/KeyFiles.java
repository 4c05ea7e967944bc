package org.interagency.agreements.cli.internal;

import org.interagency.agreements.rules.Messages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Locale;

/**
 * Ed25519 keys in PEM files, as OpenSSL writes them: a private key as PKCS #8
 * ({@code BEGIN PRIVATE KEY}), a public key as X.509 SubjectPublicKeyInfo
 * ({@code BEGIN PUBLIC KEY}). A key's id is its file name without the extension
 * ({@code keys/harris-county-2026.pub} has the id {@code harris-county-2026}).
 */
public final class KeyFiles {

    private static final String PRIVATE = "PRIVATE KEY";
    private static final String PUBLIC = "PUBLIC KEY";

    /** A PEM key file is a few hundred bytes; anything much larger is not one. */
    private static final long MAX_BYTES = 64 * 1024;

    private KeyFiles() {
    }

    /** The id of the key in {@code file}: its file name without the extension. */
    public static String keyId(Path file) {
        Path name = file.getFileName();
        String base = name == null ? file.toString() : name.toString();
        int dot = base.lastIndexOf('.');
        return dot > 0 ? base.substring(0, dot) : base;
    }

    /**
     * Writes a private key, readable by its owner only where the file system can say so.
     *
     * @throws CliException if the file exists (keys are never overwritten) or cannot be written
     */
    public static void writePrivate(Path file, PrivateKey key) {
        write(file, pem(PRIVATE, key), true);
    }

    /**
     * Writes a public key.
     *
     * @throws CliException if the file exists (keys are never overwritten) or cannot be written
     */
    public static void writePublic(Path file, PublicKey key) {
        write(file, pem(PUBLIC, key), false);
    }

    /**
     * Reads an Ed25519 private key.
     *
     * @throws CliException if the file cannot be read or holds no Ed25519 private key
     */
    public static PrivateKey readPrivate(Path file) {
        return read(file, PRIVATE, (factory, der) -> factory.generatePrivate(new PKCS8EncodedKeySpec(der)),
                "make one with 'agreements keygen'");
    }

    /**
     * Reads an Ed25519 public key.
     *
     * @throws CliException if the file cannot be read or holds no Ed25519 public key
     */
    public static PublicKey readPublic(Path file) {
        return read(file, PUBLIC, (factory, der) -> factory.generatePublic(new X509EncodedKeySpec(der)),
                "use the .pub file that 'agreements keygen' wrote");
    }

    /** Turns the DER bytes of a PEM block into a key. */
    private interface KeyDecoder<K extends Key> {
        K decode(KeyFactory factory, byte[] der) throws GeneralSecurityException;
    }

    /**
     * Reads the key of PEM {@code type} ({@code "PRIVATE KEY"}) from {@code file}; if it is not an
     * Ed25519 key, the error ends with {@code advice}.
     */
    private static <K extends Key> K read(Path file, String type, KeyDecoder<K> decoder, String advice) {
        byte[] der = der(file, type);
        try {
            return decoder.decode(KeyFactory.getInstance("Ed25519"), der);
        } catch (GeneralSecurityException e) {
            throw new CliException("key " + Messages.quoteName(file) + " is not an Ed25519 "
                    + type.toLowerCase(Locale.ROOT) + ": its PEM block holds another kind of key (RSA, EC) or a damaged"
                    + " one; " + advice, e);
        }
    }

    private static String pem(String type, Key key) {
        String base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(key.getEncoded());
        return "-----BEGIN " + type + "-----\n" + base64 + "\n-----END " + type + "-----\n";
    }

    private static byte[] der(Path file, String type) {
        // A byte that is not ASCII becomes U+FFFD and fails the PEM checks below.
        String text = new String(InputFiles.read(file, MAX_BYTES, "key"), StandardCharsets.US_ASCII);
        String begin = "-----BEGIN " + type + "-----";
        String end = "-----END " + type + "-----";
        int from = text.indexOf(begin);
        int to = text.indexOf(end);
        if (from < 0 || to < from) {
            throw new CliException("key " + Messages.quoteName(file) + " has no '" + begin + "' block: "
                    + (type.equals(PRIVATE) ? "sign with the .key file" : "verify with the .pub file")
                    + " that 'agreements keygen' wrote");
        }
        try {
            return Base64.getMimeDecoder().decode(text.substring(from + begin.length(), to));
        } catch (IllegalArgumentException e) {
            throw new CliException("key " + Messages.quoteName(file) + " is not valid base64 between its PEM lines", e);
        }
    }

    private static void write(Path file, String content, boolean secret) {
        try {
            if (secret && Files.getFileStore(absoluteParent(file)).supportsFileAttributeView("posix")) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
            }
            Files.writeString(file, content, StandardCharsets.US_ASCII);
        } catch (FileAlreadyExistsException e) {
            throw new CliException("will not overwrite the existing key file " + Messages.quoteName(file) + ": choose another name", e);
        } catch (IOException e) {
            throw new CliException("cannot write the key " + Messages.quoteName(file) + ": " + FileProblems.describe(e), e);
        }
    }

    private static Path absoluteParent(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        return parent == null ? file.toAbsolutePath() : parent;
    }
}
