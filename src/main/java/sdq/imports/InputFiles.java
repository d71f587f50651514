package sdq.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import sdq.deck.InvalidInputException;

/** The files an import reads: those named, and under each directory named, the notes and card files it holds. */
final class InputFiles {
    static final List<String> SUFFIXES = List.of(".txt", ".md", ".markdown", ".text", ".mdown", ".org", ".adoc",
            ".asciidoc", ".rst", ".html", ".htm", ".csv", ".tsv", ".apkg", ".colpkg");

    private final Path workingDir;

    InputFiles(Path workingDir) {
        this.workingDir = workingDir;
    }

    List<Path> find(List<Path> inputs) {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            Path path = workingDir.resolve(input);
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).filter(InputFiles::isNotes).sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot list " + display(path) + ": " + e.getMessage(), e);
                }
            } else if (Files.isRegularFile(path) || Files.isSymbolicLink(path) && Files.exists(path)) {
                files.add(path);
            } else {
                throw new InvalidInputException(display(path) + ": no such file or directory.");
            }
        }
        if (files.isEmpty()) {
            throw new InvalidInputException("No notes files (" + String.join(", ", SUFFIXES) + ") in "
                    + String.join(", ", inputs.stream().map(Path::toString).toList()) + ".");
        }
        return files;
    }

    private static boolean isNotes(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return SUFFIXES.stream().anyMatch(name::endsWith) && !name.startsWith(".");
    }

    /** The file as messages name it: relative to the working directory when under it. */
    String display(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path base = workingDir.toAbsolutePath().normalize();
        return abs.startsWith(base) ? base.relativize(abs).toString() : abs.toString();
    }
}
