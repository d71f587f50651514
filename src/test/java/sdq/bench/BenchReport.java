package sdq.bench;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The figures of one benchmark run: printed as a table as they come, and written to
 * {@code target/bench.json} with the machine they came from.
 */
final class BenchReport {
    /** One figure: what was measured, its value and unit, the spread of the runs, and the target it has. */
    record Row(String group, String what, double value, String unit, String spread, String target) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final Map<String, Object> machine = machine();

    BenchReport() {
        System.out.println("machine: " + machine);
        System.out.printf("%-8s %-64s %12s  %-20s %s%n", "group", "what", "value", "spread", "target");
    }

    void add(String group, String what, double value, String unit, String spread, String target) {
        Row row = new Row(group, what, value, unit, spread, target);
        rows.add(row);
        System.out.printf(Locale.ROOT, "%-8s %-64s %12s  %-20s %s%n", group, what, format(value, unit), spread, target);
    }

    /** A figure from repeated runs: its median, and the spread from the fastest to the slowest. */
    void add(String group, String what, Samples samples, String unit, String target) {
        add(group, what, samples.median(), unit, format(samples.min(), unit) + " - " + format(samples.max(), unit),
                target);
    }

    void note(String text) {
        System.out.println("  " + text);
    }

    void write(Path file) throws IOException {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("when", Instant.now().toString());
        doc.put("machine", machine);
        List<Map<String, Object>> list = new ArrayList<>();
        for (Row r : rows) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("group", r.group());
            m.put("what", r.what());
            m.put("value", Math.round(r.value() * 1000) / 1000.0);
            m.put("unit", r.unit());
            m.put("spread", r.spread());
            m.put("target", r.target());
            list.add(m);
        }
        doc.put("figures", list);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, JSON.std.with(JSON.Feature.PRETTY_PRINT_OUTPUT).asString(doc) + "\n",
                StandardCharsets.UTF_8);
        System.out.println("bench: wrote " + file);
    }

    static String format(double value, String unit) {
        return switch (unit) {
            case "x" -> String.format(Locale.ROOT, "%.2fx", value);
            case "s" -> String.format(Locale.ROOT, "%.3f s", value);
            case "ms" -> String.format(Locale.ROOT, "%.2f ms", value);
            case "MB", "MB/s" -> String.format(Locale.ROOT, "%.1f %s", value, unit);
            default -> String.format(Locale.ROOT, "%.0f %s", value, unit).strip();
        };
    }

    private static Map<String, Object> machine() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cores", Runtime.getRuntime().availableProcessors());
        m.put("memory_gib", Math.round(totalMemory() / 1024.0 / 1024 / 1024));
        m.put("cpu", cpu());
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        m.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        return m;
    }

    private static String cpu() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).strip();
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: no model name
        }
        return System.getProperty("os.arch");
    }

    private static long totalMemory() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return Runtime.getRuntime().maxMemory();
    }
}
