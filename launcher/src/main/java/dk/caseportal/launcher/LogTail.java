package dk.caseportal.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The end of a log file, for error messages that should show what went wrong. */
final class LogTail {

    // Payara Micro colours its console log even when it goes to a file.
    private static final Pattern ANSI_ESCAPE = Pattern.compile("\u001B\\[[;\\d]*m");

    private LogTail() {
    }

    /** The last {@code count} lines, without terminal colour codes; empty if there is no file. */
    static String lastLines(Path file, int count) {
        Deque<String> tail = new ArrayDeque<>(count);
        try (Stream<String> lines = lines(file)) {
            lines.forEach(line -> {
                if (tail.size() == count) {
                    tail.removeFirst();
                }
                tail.addLast(ANSI_ESCAPE.matcher(line).replaceAll(""));
            });
        }
        return String.join(System.lineSeparator(), tail);
    }

    /** Whether any line contains the text. */
    static boolean contains(Path file, String text) {
        try (Stream<String> lines = lines(file)) {
            return lines.anyMatch(line -> line.contains(text));
        }
    }

    private static Stream<String> lines(Path file) {
        try {
            // A child process may write any bytes; decode leniently instead of failing on them.
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8).lines();
        } catch (NoSuchFileException e) {
            return Stream.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file, e);
        }
    }
}
