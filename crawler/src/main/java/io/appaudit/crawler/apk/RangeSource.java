package io.appaudit.crawler.apk;

import java.util.Objects;

/** Where an APK's bytes come from: byte ranges of one file (over HTTP, or a local file in tests and benchmarks). */
public interface RangeSource {

    /** The last {@code length} bytes of the file (all of it when shorter) and the file's size. */
    Tail tail(int length) throws ApkReadException;

    /** Exactly the bytes {@code [offset, offset + length)}; fewer is an error of the source. */
    byte[] range(long offset, int length) throws ApkReadException;

    /** The end of a file: its size and its last bytes. */
    record Tail(long size, byte[] bytes) {
        public Tail {
            Objects.requireNonNull(bytes, "bytes");
            if (size < bytes.length) {
                throw new IllegalArgumentException("a tail of " + bytes.length + " bytes of a " + size
                        + "-byte file");
            }
        }
    }
}
