package dk.caseportal.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The server's own time for the benchmark's requests, from the portal's access log
 * ({@code <data dir>/logs/access/}, whose last field is the time Payara took in milliseconds):
 * percentiles per kind of request in a time window, e.g. that of a Gatling run.
 *
 * <pre>java benchmark/src/test/java/dk/caseportal/benchmark/ServerTimes.java LOG_DIR FROM TO</pre>
 * FROM and TO are ISO times ({@code 2026-11-27T15:40:00Z}).
 */
public final class ServerTimes {

    private static final Pattern LINE = Pattern.compile("\"([^\"]+)\" \"(\\S+) (\\S+) [^\"]*\" (\\d+) \\S+ \"?(\\d+)\"?");
    private static final DateTimeFormatter LOG_TIME = DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH);

    private ServerTimes() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("Usage: ServerTimes LOG_DIR FROM TO (ISO times, e.g. 2026-11-27T15:40:00Z)");
            System.exit(2);
        }
        OffsetDateTime from = OffsetDateTime.parse(args[1]);
        OffsetDateTime to = OffsetDateTime.parse(args[2]);
        Map<String, List<Integer>> times = new TreeMap<>();
        try (Stream<Path> logs = Files.list(Path.of(args[0]))) {
            for (Path log : logs.filter(Files::isRegularFile).toList()) {
                for (String line : Files.readAllLines(log)) {
                    Matcher m = LINE.matcher(line);
                    if (m.lookingAt()) {
                        OffsetDateTime at = OffsetDateTime.parse(m.group(1), LOG_TIME);
                        if (!at.isBefore(from) && !at.isAfter(to)) {
                            times.computeIfAbsent(kind(m.group(3)), k -> new ArrayList<>())
                                    .add(Integer.parseInt(m.group(5)));
                        }
                    }
                }
            }
        }
        times.forEach((kind, values) -> {
            values.sort(null);
            System.out.printf("%-28s n=%6d  p50=%4d  p95=%4d  p99=%4d ms%n", kind, values.size(),
                    percentile(values, 50), percentile(values, 95), percentile(values, 99));
        });
    }

    /** The kinds of request MyCasesSimulation and CasePageSimulation send. */
    static String kind(String path) {
        if (path.matches("/cases/\\d+")) {
            return "case page";
        } else if (path.equals("/")) {
            return "Mine sager: first page";
        } else if (!path.startsWith("/cases/list")) {
            return "other";
        } else if (path.contains("page=2")) {
            return "Mine sager: page change";
        } else if (path.contains("sort=title")) {
            return "Mine sager: sort change";
        } else if (path.contains("q=")) {
            return "Mine sager: search";
        }
        return "Mine sager: list";
    }

    /** Nearest-rank percentile of sorted values. */
    static int percentile(List<Integer> sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
