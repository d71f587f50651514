package sdq.store;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * An input or output failure in the user's words: what went wrong (the operating system's
 * "Is a directory" or a bare path say nothing on their own), and what to do about it.
 */
public final class IoProblem {
    private IoProblem() {
    }

    /** What went wrong, without the file: "permission denied", "the disk is full"... */
    public static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied (is it read-only?)";
        }
        if (e instanceof NoSuchFileException) {
            return "it does not exist";
        }
        if (e instanceof NotDirectoryException) {
            return "it is not a directory";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "it already exists";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "it is a directory that is not empty";
        }
        String raw = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
        if (raw == null || raw.isBlank()) {
            return e.getClass().getSimpleName();
        }
        String lower = raw.toLowerCase(Locale.ROOT);
        if (lower.contains("no space left")) {
            return "the disk is full";
        }
        if (lower.contains("disk quota")) {
            return "the disk quota is used up";
        }
        if (lower.contains("is a directory")) {
            return "it is a directory";
        }
        if (lower.contains("read-only file system")) {
            return "the file system is read-only";
        }
        return raw;
    }

    /** What the user can do about it, as a sentence; empty when there is nothing general to say. */
    public static String advice(IOException e) {
        String reason = reason(e);
        return switch (reason) {
            case "the disk is full", "the disk quota is used up" -> "Free some space and run it again.";
            case "it is a directory" -> "Give a file, not a directory.";
            case "it does not exist" -> "Check the path.";
            case "the file system is read-only", "permission denied (is it read-only?)" ->
                    "Choose a place you can write to, or fix its permissions.";
            default -> "";
        };
    }

    /** "Cannot write FILE: the disk is full. Free some space and run it again." */
    public static String describe(String doing, Object file, IOException e) {
        String advice = advice(e);
        return doing + " " + file + ": " + reason(e) + "." + (advice.isEmpty() ? "" : " " + advice);
    }

    /**
     * A message for a failure that reached the top without one in words: names the file the
     * system named, else says the operation.
     */
    public static String topLevel(IOException e) {
        if (e instanceof FileSystemException f && f.getFile() != null) {
            String other = f.getOtherFile() == null ? "" : " (and " + f.getOtherFile() + ")";
            return describe("Cannot use", f.getFile() + other, e);
        }
        String message = e.getMessage();
        // The system's own words ("Is a directory", "Input/output error") name no file; ours do.
        boolean bare = message == null || message.length() < 60 && !message.contains(": ")
                && !message.contains(" " + java.io.File.separator);
        if (!bare) {
            return message;
        }
        String advice = advice(e);
        return "A file could not be read or written: " + reason(e) + "." + (advice.isEmpty() ? "" : " " + advice)
                + " Run again with --stacktrace to see which.";
    }
}
