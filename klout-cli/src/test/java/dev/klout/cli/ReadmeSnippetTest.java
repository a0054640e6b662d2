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
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's "Use it" snippet compiles and runs as pasted: its imports, then its statements in
 * a main method, against klout-core alone (a new user's first program).
 */
class ReadmeSnippetTest {
  @TempDir
  Path tmp;

  private static String firstCompleteSnippet() throws IOException {
    List<String> lines = Files.readAllLines(Path.of("../README.md"));
    List<String> block = new ArrayList<>();
    boolean in = false;
    for (String line : lines) {
      if (line.startsWith("```java")) {
        in = true;
        block.clear();
      } else if (in && line.startsWith("```")) {
        if (block.stream().anyMatch(l -> l.startsWith("import dev.klout."))) {
          return String.join("\n", block);
        }
        in = false;
      } else if (in) {
        block.add(line);
      }
    }
    throw new AssertionError("the README has no Java snippet with its imports");
  }

  @Test
  void theUseItSnippetCompilesAndRunsAsPasted() throws Exception {
    String snippet = firstCompleteSnippet();
    StringBuilder imports = new StringBuilder();
    StringBuilder body = new StringBuilder();
    for (String line : snippet.split("\n")) {
      (line.startsWith("import ") ? imports : body).append(line).append('\n');
    }
    Path src = tmp.resolve("Snippet.java");
    Files.writeString(src, imports + "\npublic class Snippet {\n  public static void main(String[]"
        + " args) {\n" + body + "  }\n}\n");
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    String classpath = System.getProperty("surefire.test.class.path",
        System.getProperty("java.class.path"));
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    int code = javac.run(null, null, errors, "-classpath", classpath, "-d", tmp.toString(),
        src.toString());
    assertEquals(0, code, () -> "the snippet does not compile as pasted:\n"
        + errors.toString(StandardCharsets.UTF_8));

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream stdout = System.out;
    try (URLClassLoader loader = new URLClassLoader(new URL[] {tmp.toUri().toURL()},
        getClass().getClassLoader())) {
      Method main = loader.loadClass("Snippet").getMethod("main", String[].class);
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      main.invoke(null, (Object) new String[0]);
    } finally {
      System.setOut(stdout);
    }
    String printed = out.toString(StandardCharsets.UTF_8);
    int value = Integer.parseInt(printed.lines().findFirst().orElseThrow().trim());
    assertTrue(value >= 1 && value <= 100, printed);
    assertTrue(printed.contains("Score " + value + " of 100 for 'alice'"), printed);
  }
}
