package io.appaudit.crawler.apk;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decodes the compiled (binary) AndroidManifest.xml far enough for the audit: the {@code manifest} element's
 * package and version, {@code uses-sdk}, and the {@code uses-permission} (and {@code uses-permission-sdk-23})
 * names. Android attributes are recognised by resource id, as the platform does (a shrunk manifest may carry
 * other names), plain names only where an attribute has no id. Values that are references to resources (a
 * versionName from strings.xml) are not resolved: resources.arsc is not read, and the value stays unknown.
 */
final class BinaryXml {

    private static final int RES_XML = 0x0003;
    private static final int STRING_POOL = 0x0001;
    private static final int RESOURCE_MAP = 0x0180;
    private static final int START_ELEMENT = 0x0102;
    private static final int END_ELEMENT = 0x0103;
    private static final int UTF8_FLAG = 0x100;
    private static final int NAME = 0x01010003;
    private static final int VERSION_CODE = 0x0101021b;
    private static final int VERSION_NAME = 0x0101021c;
    private static final int MIN_SDK = 0x0101020c;
    private static final int TARGET_SDK = 0x01010270;
    private static final int VERSION_CODE_MAJOR = 0x01010576;
    private static final int TYPE_STRING = 0x03;
    private static final int TYPE_INT_DEC = 0x10;
    private static final int TYPE_INT_HEX = 0x11;
    private static final Set<String> PERMISSION_ELEMENTS = Set.of("uses-permission", "uses-permission-sdk-23",
            "uses-permission-sdk-m");

    private BinaryXml() {
    }

    static Manifest manifest(byte[] xml) throws ApkReadException {
        try {
            return decode(ByteBuffer.wrap(xml).order(ByteOrder.LITTLE_ENDIAN));
        } catch (BufferUnderflowException | IndexOutOfBoundsException | IllegalArgumentException e) {
            throw ApkReadException.unreadable("AndroidManifest.xml is not valid binary XML: " + e);
        }
    }

    private static Manifest decode(ByteBuffer b) throws ApkReadException {
        if (b.remaining() < 8 || (b.getShort(0) & 0xFFFF) != RES_XML) {
            throw ApkReadException.unreadable("AndroidManifest.xml is not binary XML (it may be plain text)");
        }
        String[] strings = new String[0];
        int[] ids = new int[0];
        int depth = 0;
        Element root = null;
        Element sdk = null;
        Set<String> permissions = new LinkedHashSet<>();
        int p = b.getShort(2) & 0xFFFF;
        int end = Math.min(b.getInt(4), b.limit());
        while (p + 8 <= end) {
            int type = b.getShort(p) & 0xFFFF;
            int headerSize = b.getShort(p + 2) & 0xFFFF;
            int size = b.getInt(p + 4);
            if (size < 8 || size > end - p || headerSize > size) {
                throw ApkReadException.unreadable("a damaged chunk in AndroidManifest.xml at byte " + p);
            }
            if (type == STRING_POOL) {
                strings = strings(b, p, headerSize, size);
            } else if (type == RESOURCE_MAP) {
                ids = new int[(size - headerSize) / 4];
                for (int i = 0; i < ids.length; i++) {
                    ids[i] = b.getInt(p + headerSize + 4 * i);
                }
            } else if (type == START_ELEMENT) {
                depth++;
                Element e = Element.at(b, p, headerSize, strings, ids);
                if (depth == 1 && "manifest".equals(e.name())) {
                    root = e;
                } else if (depth == 2 && "uses-sdk".equals(e.name()) && sdk == null) {
                    sdk = e;
                } else if (depth == 2 && PERMISSION_ELEMENTS.contains(e.name())) {
                    e.string(NAME, "name").ifPresent(permissions::add);
                }
            } else if (type == END_ELEMENT) {
                depth--;
            }
            p += size;
        }
        if (root == null) {
            throw ApkReadException.unreadable("AndroidManifest.xml has no manifest element");
        }
        String pkg = root.string(0, "package").filter(s -> !s.isBlank()).orElseThrow(
                () -> ApkReadException.unreadable("AndroidManifest.xml has no package attribute"));
        Optional<Long> code = root.integer(VERSION_CODE, "versionCode").map(c -> c & 0xFFFFFFFFL);
        Optional<Long> major = root.integer(VERSION_CODE_MAJOR, "versionCodeMajor").map(c -> c & 0xFFFFFFFFL);
        if (code.isPresent() && major.isPresent()) {
            code = Optional.of((major.get() << 32) | code.get());
        }
        Optional<Integer> min = sdk == null ? Optional.empty() : sdk.integer(MIN_SDK, "minSdkVersion");
        Optional<Integer> target = sdk == null ? Optional.empty() : sdk.integer(TARGET_SDK, "targetSdkVersion");
        // Android: a missing targetSdkVersion defaults to minSdkVersion
        return new Manifest(pkg, code, root.string(VERSION_NAME, "versionName"), min, target.or(() -> min),
                List.copyOf(permissions));
    }

    private static String[] strings(ByteBuffer b, int p, int headerSize, int size) {
        int count = b.getInt(p + 8);
        boolean utf8 = (b.getInt(p + 16) & UTF8_FLAG) != 0;
        int start = p + b.getInt(p + 20);
        if (count < 0 || count > (size - headerSize) / 4) {
            throw new IllegalArgumentException("a string pool of " + count + " strings in " + size + " bytes");
        }
        String[] out = new String[count];
        for (int i = 0; i < count; i++) {
            int at = start + b.getInt(p + headerSize + 4 * i);
            if (at < p || at >= p + size) {
                throw new IllegalArgumentException("string " + i + " outside its pool");
            }
            out[i] = utf8 ? utf8(b, at) : utf16(b, at);
        }
        return out;
    }

    private static String utf8(ByteBuffer b, int at) {
        int p = at + ((b.get(at) & 0x80) != 0 ? 2 : 1);
        int len = b.get(p) & 0xFF;
        if ((len & 0x80) != 0) {
            len = ((len & 0x7F) << 8) | (b.get(p + 1) & 0xFF);
            p += 2;
        } else {
            p += 1;
        }
        byte[] bytes = new byte[len];
        b.get(p, bytes);
        return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String utf16(ByteBuffer b, int at) {
        int len = b.getShort(at) & 0xFFFF;
        int p = at + 2;
        if ((len & 0x8000) != 0) {
            len = ((len & 0x7FFF) << 16) | (b.getShort(p) & 0xFFFF);
            p += 2;
        }
        char[] chars = new char[len];
        for (int i = 0; i < len; i++) {
            chars[i] = b.getChar(p + 2 * i);
        }
        return new String(chars);
    }

    /** One start element: its name and attributes (resource id, name, raw string, typed value). */
    private record Element(String name, List<int[]> attributes, String[] strings, int[] ids) {

        static Element at(ByteBuffer b, int p, int headerSize, String[] strings, int[] ids) {
            int q = p + headerSize;
            String name = string(strings, b.getInt(q + 4)).orElse("");
            int attrStart = b.getShort(q + 8) & 0xFFFF;
            int attrSize = b.getShort(q + 10) & 0xFFFF;
            int count = b.getShort(q + 12) & 0xFFFF;
            List<int[]> attrs = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                int a = q + attrStart + i * attrSize;
                attrs.add(new int[]{b.getInt(a + 4), b.getInt(a + 8), b.get(a + 15) & 0xFF, b.getInt(a + 16)});
            }
            return new Element(name, attrs, strings, ids);
        }

        /** The attribute with resource id {@code id}, else (when it has no id) the one named {@code plain}. */
        private Optional<int[]> find(int id, String plain) {
            for (int[] a : attributes) {
                int resId = a[0] >= 0 && a[0] < ids.length ? ids[a[0]] : 0;
                if (resId != 0 ? resId == id : plain.equals(string(strings, a[0]).orElse(null))) {
                    return Optional.of(a);
                }
            }
            return Optional.empty();
        }

        Optional<String> string(int id, String plain) {
            return find(id, plain).flatMap(a -> a[1] != -1 ? string(strings, a[1])
                    : a[2] == TYPE_STRING ? string(strings, a[3]) : Optional.empty());
        }

        Optional<Integer> integer(int id, String plain) {
            return find(id, plain).flatMap(a -> {
                if (a[2] == TYPE_INT_DEC || a[2] == TYPE_INT_HEX) {
                    return Optional.of(a[3]);
                }
                return (a[1] != -1 ? string(strings, a[1]) : Optional.<String>empty()).flatMap(BinaryXml::parseInt);
            });
        }

        private static Optional<String> string(String[] strings, int index) {
            return index >= 0 && index < strings.length ? Optional.of(strings[index]) : Optional.empty();
        }
    }

    private static Optional<Integer> parseInt(String s) {
        try {
            return Optional.of(Integer.parseInt(s.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
