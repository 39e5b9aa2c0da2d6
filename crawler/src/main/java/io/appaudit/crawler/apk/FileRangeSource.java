package io.appaudit.crawler.apk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Ranges of a local file, counted like requests: what the benchmark and the tests read an APK through when the
 * network is not the point.
 */
public final class FileRangeSource implements RangeSource, AutoCloseable {

    private final FileChannel channel;
    private int requests;
    private long bytes;

    public FileRangeSource(Path file) {
        try {
            this.channel = FileChannel.open(file, StandardOpenOption.READ);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Tail tail(int length) throws ApkReadException {
        long size = size();
        int n = (int) Math.min(length, size);
        return new Tail(size, range(size - n, n));
    }

    @Override
    public byte[] range(long offset, int length) throws ApkReadException {
        requests++;
        ByteBuffer b = ByteBuffer.allocate(length);
        try {
            while (b.hasRemaining()) {
                if (channel.read(b, offset + b.position()) < 0) {
                    throw ApkReadException.unreadable("the file ends before byte " + (offset + length));
                }
            }
        } catch (IOException e) {
            throw new ApkReadException(ApkStatus.FAILED, "reading the file failed: " + e.getMessage());
        }
        bytes += length;
        return b.array();
    }

    /** Requests made so far. */
    public int requests() {
        return requests;
    }

    /** Bytes read so far. */
    public long bytesRead() {
        return bytes;
    }

    private long size() throws ApkReadException {
        try {
            return channel.size();
        } catch (IOException e) {
            throw new ApkReadException(ApkStatus.FAILED, "reading the file failed: " + e.getMessage());
        }
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
