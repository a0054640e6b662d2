package dev.klout.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prints each benchmark of a JMH JSON result beside the figure recorded in {@code baseline.tsv}
 * and the ratio between them, so a reviewer sees a regression at a glance; or, with
 * {@code --record}, writes the baseline from a full run.
 *
 * <pre>
 * QuickCompare results.json baseline.tsv            compare
 * QuickCompare --record results.json baseline.tsv   record
 * </pre>
 * A ratio beyond 1.25 in the slow direction is flagged; a quick run (one fork, three short
 * iterations) is noisy, so a flag is a reason to rerun fully, not a verdict.
 */
public final class QuickCompare {
  private static final Pattern BENCHMARK = Pattern.compile("\"benchmark\"\\s*:\\s*\"([^\"]+)\"");
  private static final Pattern MODE = Pattern.compile("\"mode\"\\s*:\\s*\"([^\"]+)\"");
  private static final Pattern PARAMS = Pattern.compile("\"params\"\\s*:\\s*\\{([^}]*)\\}");
  private static final Pattern PARAM = Pattern.compile("\"([^\"]+)\"\\s*:\\s*\"([^\"]*)\"");
  private static final Pattern SCORE = Pattern.compile(
      "\"primaryMetric\"\\s*:\\s*\\{\\s*\"score\"\\s*:\\s*([-0-9.Ee+]+|\"NaN\")");
  private static final Pattern UNIT = Pattern.compile("\"scoreUnit\"\\s*:\\s*\"([^\"]+)\"");
  private static final double FLAG = 1.25;

  private QuickCompare() {}

  public static void main(String[] args) throws IOException {
    boolean record = args.length == 3 && args[0].equals("--record");
    if (!record && args.length != 2) {
      System.err.println("usage: QuickCompare [--record] results.json baseline.tsv");
      System.exit(64);
    }
    Path results = Path.of(args[record ? 1 : 0]);
    Path baseline = Path.of(args[record ? 2 : 1]);
    Map<String, String[]> current = parse(Files.readString(results, StandardCharsets.UTF_8));
    if (record) {
      List<String> lines = new ArrayList<>();
      lines.add("# benchmark [params] mode\tscore\tunit   (written by QuickCompare --record)");
      current.forEach((k, v) -> lines.add(k + "\t" + v[0] + "\t" + v[1]));
      Files.write(baseline, lines, StandardCharsets.UTF_8);
      System.out.println("recorded " + current.size() + " figures in " + baseline);
      return;
    }
    Map<String, String[]> recorded = new TreeMap<>();
    for (String line : Files.readAllLines(baseline, StandardCharsets.UTF_8)) {
      if (!line.startsWith("#") && !line.isBlank()) {
        String[] f = line.split("\t");
        recorded.put(f[0], new String[] {f[1], f[2]});
      }
    }
    System.out.printf(Locale.ROOT, "%-58s %14s %14s %8s  %s%n", "benchmark", "now", "recorded",
        "ratio", "unit");
    for (Map.Entry<String, String[]> e : current.entrySet()) {
      double now = Double.parseDouble(e.getValue()[0]);
      String unit = e.getValue()[1];
      String[] then = recorded.get(e.getKey());
      if (then == null) {
        System.out.printf(Locale.ROOT, "%-58s %14.3f %14s %8s  %s%n", e.getKey(), now, "-", "-",
            unit);
        continue;
      }
      double was = Double.parseDouble(then[0]);
      double ratio = now / was;
      boolean throughput = unit.contains("/s") || unit.contains("/ms") || unit.contains("/us")
          || unit.endsWith("/ns");
      double slower = throughput ? 1 / ratio : ratio;
      System.out.printf(Locale.ROOT, "%-58s %14.3f %14.3f %8.2f  %s%s%n", e.getKey(), now, was,
          ratio, unit, slower > FLAG ? "   <-- slower" : "");
    }
  }

  private static Map<String, String[]> parse(String json) {
    Map<String, String[]> out = new LinkedHashMap<>();
    for (String chunk : json.split("\"jmhVersion\"")) {
      Matcher b = BENCHMARK.matcher(chunk);
      if (!b.find()) {
        continue;
      }
      String name = b.group(1).replaceFirst("^dev\\.klout\\.bench\\.", "");
      Matcher m = MODE.matcher(chunk);
      String mode = m.find() ? m.group(1) : "?";
      StringBuilder params = new StringBuilder();
      Matcher p = PARAMS.matcher(chunk);
      if (p.find()) {
        Matcher kv = PARAM.matcher(p.group(1));
        while (kv.find()) {
          params.append(params.length() == 0 ? "" : ",").append(kv.group(1)).append('=')
              .append(kv.group(2));
        }
      }
      Matcher s = SCORE.matcher(chunk);
      Matcher u = UNIT.matcher(chunk);
      if (s.find() && u.find(s.end())) {
        String key = name + " [" + params + "] " + mode;
        out.put(key, new String[] {s.group(1).replace("\"", ""), u.group(1)});
      }
    }
    return out;
  }
}
