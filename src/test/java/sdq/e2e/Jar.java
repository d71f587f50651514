package sdq.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the packaged jar in a child process, as a user would from a shell. */
final class Jar {
    record Result(int code, String out, String err) {
    }

    static Path jar() {
        return Path.of(System.getProperty("sdq.jar", "target/sdq.jar")).toAbsolutePath();
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static Result run(Path workingDir, Map<String, String> env, String input, String... args)
            throws IOException, InterruptedException {
        return runAs(List.of(), workingDir, env, input, args);
    }

    /** Runs the jar behind {@code prefix} (say, a command that runs it as another user). */
    static Result runAs(List<String> prefix, Path workingDir, Map<String, String> env, String input, String... args)
            throws IOException, InterruptedException {
        return runAs(prefix, jar(), workingDir, env, input, args);
    }

    /** Runs a copy of the jar ({@code jar}) behind {@code prefix}. */
    static Result runAs(List<String> prefix, Path jar, Path workingDir, Map<String, String> env, String input,
                        String... args) throws IOException, InterruptedException {
        return runWith(prefix, List.of(), 60, jar, workingDir, env, input, args);
    }

    /** Runs the jar in a Java started with {@code options} (a heap limit, say), waiting up to {@code seconds}. */
    static Result runWith(List<String> options, int seconds, Path workingDir, String... args)
            throws IOException, InterruptedException {
        return runWith(List.of(), options, seconds, jar(), workingDir, Map.of(), "", args);
    }

    private static Result runWith(List<String> prefix, List<String> options, int seconds, Path jar, Path workingDir,
                                  Map<String, String> env, String input, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(prefix);
        command.add(java());
        command.addAll(options);
        command.addAll(List.of("-jar", jar.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDir.toFile());
        builder.environment().putAll(env);
        Path out = Files.createTempFile("sdq-out", ".txt");
        Path err = Files.createTempFile("sdq-err", ".txt");
        builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process process = builder.start();
        process.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("sdq did not finish: " + command);
        }
        return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
    }
}
