package sdq.bench;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The yardstick of DESIGN.md's start-up budget: a minimal picocli program. */
@Command(name = "hello", mixinStandardHelpOptions = true)
public final class Hello implements Runnable {
    @Override
    public void run() {
        System.out.println("hello");
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new Hello()).execute(args));
    }
}
