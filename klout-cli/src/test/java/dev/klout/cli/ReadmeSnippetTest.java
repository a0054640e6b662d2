package dev.klout.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every Java block of the README works as written. A block is one of two things:
 *
 * <ul>
 *   <li>a program: its imports, then statements, compiled in a main method against the built
 *       modules (those of this module's test class path: core, fetch and every adapter) and run,
 *       unless the line before it says {@code <!-- not run: ... -->} (a live fetch);
 *   <li>an excerpt: its first line names a file of the repository ({@code // path/File.java}),
 *       and every other line but the {@code // ...} ones appears in that file, in order. The
 *       build compiles and tests the file, so the excerpt is code that works.
 * </ul>
 */
class ReadmeSnippetTest {
  private static final Path ROOT = Path.of("..");

  @TempDir
  Path tmp;

  /** One ```java block: where it starts, whether it runs, its lines. */
  record Block(int line, boolean runs, List<String> lines) {
    boolean isExcerpt() {
      return lines.get(0).startsWith("// ") && lines.get(0).endsWith(".java");
    }

    @Override
    public String toString() {
      return "README.md line " + line;
    }
  }

  static List<Block> blocks() throws IOException {
    List<String> lines = Files.readAllLines(ROOT.resolve("README.md"));
    List<Block> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).startsWith("```java")) {
        continue;
      }
      boolean runs = i == 0 || !lines.get(i - 1).startsWith("<!-- not run:");
      List<String> block = new ArrayList<>();
      int start = i + 1;
      for (i++; !lines.get(i).startsWith("```"); i++) {
        block.add(lines.get(i));
      }
      out.add(new Block(start, runs, block));
    }
    return out;
  }

  @Test
  void theReadmeHasProgramsAndExcerpts() throws IOException {
    List<Block> blocks = blocks();
    assertTrue(blocks.stream().filter(b -> !b.isExcerpt()).count() >= 5, blocks::toString);
    assertTrue(blocks.stream().filter(Block::isExcerpt).count() >= 5, blocks::toString);
    for (Block b : blocks) {
      assertTrue(b.isExcerpt() || b.lines().stream().anyMatch(l -> l.startsWith("import ")),
          () -> b + ": a block is a program with its imports, or an excerpt naming its file");
    }
  }

  @TestFactory
  Stream<DynamicTest> everyProgramCompilesAndRunsAsPasted() throws IOException {
    return blocks().stream().filter(b -> !b.isExcerpt())
        .map(b -> DynamicTest.dynamicTest(b.toString(), () -> program(b)));
  }

  @TestFactory
  Stream<DynamicTest> everyExcerptIsInItsFile() throws IOException {
    return blocks().stream().filter(Block::isExcerpt)
        .map(b -> DynamicTest.dynamicTest(b.toString(), () -> excerpt(b)));
  }

  private void program(Block b) throws Exception {
    StringBuilder imports = new StringBuilder();
    StringBuilder body = new StringBuilder();
    for (String line : b.lines()) {
      (line.startsWith("import ") ? imports : body).append(line).append('\n');
    }
    String name = "Snippet" + b.line();
    Path src = tmp.resolve(name + ".java");
    Files.writeString(src, imports + "\npublic class " + name + " {\n  public static void"
        + " main(String[] args) throws Exception {\n" + body + "  }\n}\n");
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    String classpath = System.getProperty("surefire.test.class.path",
        System.getProperty("java.class.path"));
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    int code = javac.run(null, null, errors, "-classpath", classpath, "-d", tmp.toString(),
        src.toString());
    assertEquals(0, code, () -> b + " does not compile as pasted:\n"
        + errors.toString(StandardCharsets.UTF_8));
    if (!b.runs()) {
      return;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream stdout = System.out;
    try (URLClassLoader loader = new URLClassLoader(new URL[] {tmp.toUri().toURL()},
        getClass().getClassLoader())) {
      Method main = loader.loadClass(name).getMethod("main", String[].class);
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      main.invoke(null, (Object) new String[0]);
    } finally {
      System.setOut(stdout);
    }
    String printed = out.toString(StandardCharsets.UTF_8);
    assertTrue(!printed.isBlank(), () -> b + " runs but prints nothing");
    if (b.lines().stream().anyMatch(l -> l.contains("scorer.score(alice)"))) {
      // The first program: a score, its explanation, then what to do about it.
      int value = Integer.parseInt(printed.lines().findFirst().orElseThrow().trim());
      assertTrue(value >= 1 && value <= 100, printed);
      assertTrue(printed.contains("Score " + value + " of 100 for 'alice'"), printed);
      assertTrue(printed.contains("- score again as the weeks go by"), printed);
    }
  }

  private static void excerpt(Block b) throws IOException {
    Path file = ROOT.resolve(b.lines().get(0).substring(3).trim());
    assertTrue(Files.isRegularFile(file), () -> b + " names " + file + ", which does not exist");
    List<String> source = Files.readAllLines(file);
    int at = 0;
    for (String line : b.lines().subList(1, b.lines().size())) {
      String wanted = line.strip();
      if (wanted.isEmpty() || wanted.startsWith("// ...")) {
        continue;
      }
      while (at < source.size() && !source.get(at).strip().equals(wanted)) {
        at++;
      }
      int missing = at;
      assertTrue(missing < source.size(), () -> b + ": '" + wanted + "' is not in " + file
          + " (after the lines before it): the excerpt no longer matches its file");
      at++;
    }
  }
}
