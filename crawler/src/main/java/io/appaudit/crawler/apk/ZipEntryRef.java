package io.appaudit.crawler.apk;

import java.util.Objects;

/**
 * One central-directory entry: enough to find and unpack its data.
 *
 * @param method 0 stored, 8 deflated
 */
record ZipEntryRef(String name, int method, long compressedSize, long uncompressedSize, long localHeaderOffset,
                   int extraLength) {

    ZipEntryRef {
        Objects.requireNonNull(name, "name");
        if (compressedSize < 0 || uncompressedSize < 0 || localHeaderOffset < 0 || extraLength < 0) {
            throw new IllegalArgumentException("negative size or offset in the zip entry " + name);
        }
    }
}
