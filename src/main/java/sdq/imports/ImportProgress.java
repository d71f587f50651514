package sdq.imports;

/**
 * Told, as an import reads its files, how many it has read of how many: for a progress line.
 * Files are read in parallel, so it is called from several threads.
 */
@FunctionalInterface
public interface ImportProgress {
    /** Tells nobody. */
    ImportProgress NONE = (done, total) -> { };

    void filesRead(int done, int total);
}
