package sdq.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import picocli.CommandLine;

/**
 * The yardstick for start-up: a runnable jar of {@link Hello} with picocli inside it, as a
 * default picocli program is shipped, so that {@code java -jar hello.jar} and
 * {@code java -jar sdq.jar} start the same way.
 */
final class HelloJar {
    private HelloJar() {
    }

    static Path build(Path dir) throws IOException {
        Path jar = dir.resolve("hello.jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Hello.class.getName());
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            String hello = Hello.class.getName().replace('.', '/') + ".class";
            try (InputStream in = Hello.class.getClassLoader().getResourceAsStream(hello)) {
                copy(out, hello, in);
            }
            Path picocli = Path.of(CommandLine.class.getProtectionDomain().getCodeSource().getLocation().getPath());
            try (JarFile lib = new JarFile(picocli.toFile())) {
                for (JarEntry e : java.util.Collections.list(lib.entries())) {
                    if (!e.isDirectory() && e.getName().endsWith(".class") && !e.getName().startsWith("META-INF/")) {
                        try (InputStream in = lib.getInputStream(e)) {
                            copy(out, e.getName(), in);
                        }
                    }
                }
            }
        }
        return jar;
    }

    private static void copy(JarOutputStream out, String name, InputStream in) throws IOException {
        out.putNextEntry(new JarEntry(name));
        in.transferTo((OutputStream) out);
        out.closeEntry();
    }
}
