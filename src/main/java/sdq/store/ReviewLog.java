package sdq.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * The append-only log of every review. Each line is one entry with its checksum; an entry is
 * durable once {@link Writer#append} returns (written and forced to disk), so {@code kill -9}
 * loses at most the answer being given. A crash in the middle of an append leaves a torn last
 * line, which reading detects and skips.
 */
final class ReviewLog {
    static final String NAME = "reviews.log";
    static final String HEADER = "# sdq review log, version 1";

    private ReviewLog() {
    }

    /** The offset after the header line a new log starts with. */
    static long headerEnd() {
        return HEADER.getBytes(StandardCharsets.UTF_8).length + 1;
    }

    /** What a read of the log found besides its entries. */
    record Scan(long end, String lastId, long entries, List<String> damaged, long tornBytes) {
        boolean torn() {
            return tornBytes > 0;
        }
    }

    /**
     * Reads the log from byte {@code from}, giving each valid entry to {@code sink}. {@code end}
     * is the offset after the last complete line; damaged lines are skipped and listed.
     */
    static Scan read(Path file, long from, Consumer<LogEntry> sink) throws IOException {
        try {
            return scan(file, from, sink);
        } catch (java.nio.file.AccessDeniedException e) {
            throw e;
        } catch (IOException e) {
            throw new IOException(IoProblem.describe("Cannot read", file, e), e);
        }
    }

    private static Scan scan(Path file, long from, Consumer<LogEntry> sink) throws IOException {
        if (!Files.exists(file)) {
            return new Scan(0, null, 0, List.of(), 0);
        }
        List<String> damaged = new ArrayList<>();
        String lastId = null;
        long entries = 0;
        long offset = from;
        long lineStart = from;
        byte[] line = new byte[256];
        int length = 0;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
             InputStream in = Channels.newInputStream(channel.position(from))) {
            // Read in blocks and split here: a call per byte costs seconds on a log of a million reviews.
            byte[] block = new byte[1 << 16];
            int filled = 0;
            int at = 0;
            while (true) {
                if (at == filled) {
                    filled = in.read(block);
                    at = 0;
                    if (filled < 0) {
                        break;
                    }
                    continue;
                }
                int end = at;
                while (end < filled && block[end] != '\n') {
                    end++;
                }
                int run = end - at;
                if (length + run > line.length) {
                    line = Arrays.copyOf(line, Math.max(line.length * 2, length + run));
                }
                System.arraycopy(block, at, line, length, run);
                length += run;
                offset += run;
                at = end;
                if (end == filled) {
                    continue;
                }
                at++;
                offset++;
                String text = new String(line, 0, length, StandardCharsets.UTF_8);
                length = 0;
                if (!text.isEmpty() && !text.startsWith("#")) {
                    try {
                        LogEntry entry = LogCodec.parse(text);
                        sink.accept(entry);
                        lastId = entry.id();
                        entries++;
                    } catch (IllegalArgumentException e) {
                        damaged.add("the entry at byte " + lineStart + " is damaged: " + e.getMessage());
                    }
                }
                lineStart = offset;
            }
        }
        return new Scan(lineStart, lastId, entries, damaged, offset - lineStart);
    }

    /** The id of the entry whose line ends just before {@code end}, or null. */
    static String idBefore(Path file, long end) throws IOException {
        if (end <= 0) {
            return null;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            if (channel.size() < end) {
                return null;
            }
            int span = (int) Math.min(end, 64 * 1024);
            ByteBuffer buffer = ByteBuffer.allocate(span);
            channel.read(buffer, end - span);
            String text = new String(buffer.array(), 0, span, StandardCharsets.UTF_8);
            if (!text.endsWith("\n")) {
                return null;
            }
            String body = text.substring(0, text.length() - 1);
            String last = body.substring(body.lastIndexOf('\n') + 1);
            try {
                return LogCodec.parse(last).id();
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }

    /** Where appended bytes go; a file channel, or in tests one that fails like a full disk. */
    interface Sink extends AutoCloseable {
        void write(ByteBuffer bytes) throws IOException;

        void force() throws IOException;

        long size() throws IOException;

        void truncate(long size) throws IOException;

        @Override
        void close() throws IOException;
    }

    static Sink fileSink(Path file) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.READ);
        return new Sink() {
            @Override
            public void write(ByteBuffer bytes) throws IOException {
                channel.position(channel.size());
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
            }

            @Override
            public void force() throws IOException {
                channel.force(false);
            }

            @Override
            public long size() throws IOException {
                return channel.size();
            }

            @Override
            public void truncate(long size) throws IOException {
                channel.truncate(size);
            }

            @Override
            public void close() throws IOException {
                channel.close();
            }
        };
    }

    /** Appends entries durably. Only the holder of the state lock has one. */
    static final class Writer implements AutoCloseable {
        private final Sink sink;
        private long end;
        private boolean broken;

        Writer(Sink sink, long end) throws IOException {
            this.sink = sink;
            this.end = end;
            if (sink.size() == 0) {
                write((HEADER + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }

        /** Appends the entry and forces it to disk; on failure nothing of it remains in the log. */
        void append(LogEntry entry) throws IOException {
            write((LogCodec.line(entry) + "\n").getBytes(StandardCharsets.UTF_8));
        }

        private void write(byte[] bytes) throws IOException {
            if (broken) {
                throw new IOException("the review log could not be restored after an earlier failed write");
            }
            long before = sink.size();
            try {
                sink.write(ByteBuffer.wrap(bytes));
                sink.force();
                end = before + bytes.length;
            } catch (IOException e) {
                try {
                    sink.truncate(before);
                    sink.force();
                } catch (IOException again) {
                    broken = true;
                }
                throw e;
            }
        }

        long end() {
            return end;
        }

        @Override
        public void close() throws IOException {
            sink.close();
        }
    }
}
