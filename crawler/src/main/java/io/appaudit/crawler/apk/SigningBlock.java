package io.appaudit.crawler.apk;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The APK Signing Block that sits just before the central directory, and the signer certificates of its v2, v3 and
 * v3.1 schemes. Signatures and digests are not verified (that hashes the whole file): the certificates are read as
 * the block carries them, which is what tells one signer from another.
 */
final class SigningBlock {

    static final int V2 = 0x7109871a;
    static final int V3 = 0xf05368c0;
    static final int V31 = 0x1b93ad61;
    private static final int PROOF_OF_ROTATION = 0x3ba06f8c;
    private static final byte[] MAGIC = "APK Sig Block 42".getBytes(StandardCharsets.US_ASCII);
    /** The footer: the block's size (8 bytes) and the magic (16). */
    static final int FOOTER = 24;

    private SigningBlock() {
    }

    /** The block's size (footer included, the leading size field excluded) from its footer, or -1 without one. */
    static long sizeFromFooter(byte[] footer) {
        if (footer.length != FOOTER) {
            throw new IllegalArgumentException("a footer is 24 bytes");
        }
        for (int i = 0; i < MAGIC.length; i++) {
            if (footer[8 + i] != MAGIC[i]) {
                return -1;
            }
        }
        return ByteBuffer.wrap(footer).order(ByteOrder.LITTLE_ENDIAN).getLong(0);
    }

    /** The id-value pairs of a block ({@code block} from its leading size field to the end of its footer). */
    static Map<Integer, byte[]> pairs(byte[] block) throws ApkReadException {
        ByteBuffer b = ByteBuffer.wrap(block, 8, block.length - 8 - FOOTER).slice().order(ByteOrder.LITTLE_ENDIAN);
        Map<Integer, byte[]> out = new LinkedHashMap<>();
        try {
            while (b.remaining() >= 8) {
                long len = b.getLong();
                if (len < 4 || len > b.remaining()) {
                    throw ApkReadException.unreadable("an APK Signing Block entry of " + len + " bytes");
                }
                int id = b.getInt();
                byte[] value = new byte[(int) len - 4];
                b.get(value);
                out.putIfAbsent(id, value);
            }
        } catch (BufferUnderflowException e) {
            throw ApkReadException.unreadable("the APK Signing Block is cut short");
        }
        return out;
    }

    /** The signers of the newest scheme present (v3.1, else v3, else v2); none when the block has no scheme. */
    static Signers signers(Map<Integer, byte[]> pairs) throws ApkReadException {
        List<String> schemes = new ArrayList<>();
        if (pairs.containsKey(V2)) {
            schemes.add("v2");
        }
        if (pairs.containsKey(V3)) {
            schemes.add("v3");
        }
        if (pairs.containsKey(V31)) {
            schemes.add("v3.1");
        }
        try {
            if (pairs.containsKey(V31) || pairs.containsKey(V3)) {
                return v3(schemes, pairs.containsKey(V31) ? pairs.get(V31) : pairs.get(V3));
            }
            if (pairs.containsKey(V2)) {
                Set<String> certs = new LinkedHashSet<>();
                ByteBuffer signers = lengthPrefixed(le(pairs.get(V2)));
                while (signers.hasRemaining()) {
                    ByteBuffer signedData = lengthPrefixed(lengthPrefixed(signers));
                    lengthPrefixed(signedData);
                    certs.add(firstCertificate(lengthPrefixed(signedData)));
                }
                return new Signers(schemes, List.copyOf(certs), List.of());
            }
        } catch (BufferUnderflowException | IllegalArgumentException e) {
            throw ApkReadException.unreadable("a damaged signature scheme block: " + e.getMessage());
        }
        return Signers.NONE;
    }

    private static Signers v3(List<String> schemes, byte[] value) throws ApkReadException {
        Set<String> certs = new LinkedHashSet<>();
        List<String> lineage = List.of();
        ByteBuffer signers = lengthPrefixed(le(value));
        while (signers.hasRemaining()) {
            ByteBuffer signedData = lengthPrefixed(lengthPrefixed(signers));
            lengthPrefixed(signedData);
            certs.add(firstCertificate(lengthPrefixed(signedData)));
            signedData.getInt();
            signedData.getInt();
            ByteBuffer attributes = lengthPrefixed(signedData);
            while (attributes.hasRemaining()) {
                ByteBuffer attribute = lengthPrefixed(attributes);
                if (attribute.getInt() == PROOF_OF_ROTATION) {
                    lineage = lineage(attribute);
                }
            }
        }
        return new Signers(schemes, List.copyOf(certs), lineage);
    }

    /** The certificates of a proof-of-rotation record, oldest first. */
    private static List<String> lineage(ByteBuffer b) {
        b.getInt();
        List<String> out = new ArrayList<>();
        while (b.hasRemaining()) {
            ByteBuffer node = lengthPrefixed(b);
            ByteBuffer signedData = lengthPrefixed(node);
            out.add(sha256(bytes(lengthPrefixed(signedData))));
        }
        return out;
    }

    private static String firstCertificate(ByteBuffer certificates) throws ApkReadException {
        if (!certificates.hasRemaining()) {
            throw ApkReadException.unreadable("a signer without a certificate");
        }
        return sha256(bytes(lengthPrefixed(certificates)));
    }

    static ByteBuffer lengthPrefixed(ByteBuffer b) {
        int len = b.getInt();
        if (len < 0 || len > b.remaining()) {
            throw new IllegalArgumentException("a length prefix of " + len + " with " + b.remaining() + " left");
        }
        ByteBuffer slice = b.slice().order(ByteOrder.LITTLE_ENDIAN);
        slice.limit(len);
        b.position(b.position() + len);
        return slice;
    }

    private static ByteBuffer le(byte[] bytes) {
        return ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static byte[] bytes(ByteBuffer b) {
        byte[] out = new byte[b.remaining()];
        b.get(out);
        return out;
    }

    static String sha256(byte[] der) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(der));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
