package dk.caseportal.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class LogTailTest {

    @TempDir
    Path directory;

    @Test
    void lastLinesWithoutColourCodes() throws Exception {
        Path log = Files.writeString(directory.resolve("a.log"), "one\ntwo\n[\u001B[1;91mSEVERE\u001B[0m] three\n");

        assertThat(LogTail.lastLines(log, 2)).isEqualTo("two" + System.lineSeparator() + "[SEVERE] three");
        assertThat(LogTail.lastLines(directory.resolve("missing.log"), 2)).isEmpty();
    }
}
