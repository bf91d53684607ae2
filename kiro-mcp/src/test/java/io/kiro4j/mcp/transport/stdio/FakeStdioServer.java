package io.kiro4j.mcp.transport.stdio;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * A misbehaving MCP server run as a real child process by {@link StdioFaultTest}. Mode (argv[0]):
 * {@code die} answers initialize then exits with code 3 on the next request after a stderr line;
 * {@code ignore-eof} answers everything and never exits on stdin EOF (only on a signal); {@code
 * flood} writes 2 MB to stderr before every answer; {@code oversize} sends, before each answer but
 * initialize's, a 64 KiB line answering the same id with {@code {"big": ...}}.
 */
public final class FakeStdioServer {

  private FakeStdioServer() {}

  public static void main(String[] args) throws Exception {
    String mode = args[0];
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    String line;
    while ((line = in.readLine()) != null) {
      int idAt = line.indexOf("\"id\":");
      if (idAt < 0) {
        continue; // a notification
      }
      int end = idAt + 5;
      while (end < line.length() && Character.isDigit(line.charAt(end))) {
        end++;
      }
      String id = line.substring(idAt + 5, end);
      boolean initialize = line.contains("\"initialize\"");
      if (!initialize && mode.equals("die")) {
        System.err.println("fatal: the database is gone");
        System.exit(3);
      }
      if (mode.equals("flood")) {
        char[] junk = new char[1024];
        java.util.Arrays.fill(junk, 'x');
        String row = new String(junk);
        for (int i = 0; i < 2048; i++) {
          System.err.println(row);
        }
      }
      if (!initialize && mode.equals("oversize")) {
        out.println(
            "{\"jsonrpc\":\"2.0\",\"id\":"
                + id
                + ",\"result\":{\"big\":\""
                + "x".repeat(64 * 1024)
                + "\"}}");
      }
      String result =
          initialize
              ? "{\"protocolVersion\":\"2025-11-25\",\"capabilities\":{},\"serverInfo\":{\"name\":\"fake\",\"version\":\"1\"}}"
              : mode.equals("oversize") ? "{\"small\":true}" : "{}";
      out.println("{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"result\":" + result + "}");
    }
    if (mode.equals("ignore-eof")) {
      Thread.sleep(60_000);
    }
  }
}
