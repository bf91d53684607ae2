package io.kiro4j.specs.tasks;

import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.diagnostic.Diagnostics;
import io.kiro4j.specs.requirements.RequirementRef;
import io.kiro4j.specs.requirements.RequirementRefs;
import io.kiro4j.specs.source.Heading;
import io.kiro4j.specs.source.SourceLine;
import io.kiro4j.specs.source.SourceLines;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the checkbox tasks of a tasks.md text; see {@link TaskList} for the rules. */
final class TaskListParser {

  // "- [ ]* 2.4 Title": indent, list marker, box character, optional star, rest.
  private static final Pattern CHECKBOX =
      Pattern.compile("^([ \\t]*)[-*+][ \\t]+\\[(.)\\](\\*)?(?:[ \\t]+(.*)|[ \\t]*)$");
  // "1." / "1.1" / "9.1.1" / "3.1.CORRECTION" followed by white space or the end.
  private static final Pattern ID =
      Pattern.compile("^(\\d+(?:\\.\\d+)*(?:\\.[A-Z][A-Z0-9_-]*)?)\\.?(?:[ \\t]+|$)");
  // "**Property 3: …**", and as Kiro writes it in other languages: "**属性 3：…**",
  // "**Propiedad 3: …**".
  private static final Pattern PROPERTY =
      Pattern.compile(
          "(?:\\b(?:Property|Propiedad|Propriedade)\\s+|属性\\s*|プロパティ\\s*)(\\d+(?:\\.\\d+)?)\\s*"
              + "[:：.\\-–—](?!\\d)");

  private final Path path;
  private final SourceLines lines;
  private final Diagnostics diagnostics;

  private TaskListParser(Path path, SourceLines lines, Diagnostics diagnostics) {
    this.path = path;
    this.lines = lines;
    this.diagnostics = diagnostics;
  }

  /** The parsed tasks; the first heading of level 1 is the title. */
  static TaskList parse(Path path, String text, TaskList.Stamp stamp) {
    Diagnostics diagnostics = new Diagnostics();
    SourceLines lines = SourceLines.of(text);
    TaskListParser parser = new TaskListParser(path, lines, diagnostics);
    List<Task> tasks = parser.tasks();
    Optional<String> title = Optional.empty();
    for (SourceLine l : lines.lines()) {
      if (!lines.isFenced(l.number())) {
        Optional<Heading> h = Heading.parse(l);
        if (h.isPresent() && h.get().level() == 1) {
          title = Optional.of(h.get().title());
          break;
        }
      }
    }
    return new TaskList(path, text, title, tasks, diagnostics.toList(), stamp);
  }

  private static final class Draft {
    final int index;
    final Optional<String> id;
    final String title;
    final TaskState state;
    final char box;
    final boolean optional;
    final int indent;
    final SourceLine line;
    final int boxOffset;
    int parent = -1;
    int depth;
    final List<String> details = new ArrayList<>();
    final List<RequirementRef> refs = new ArrayList<>();
    final List<String> properties = new ArrayList<>();

    Draft(
        int index,
        Optional<String> id,
        String title,
        TaskState state,
        char box,
        boolean optional,
        int indent,
        SourceLine line,
        int boxOffset) {
      this.index = index;
      this.id = id;
      this.title = title;
      this.state = state;
      this.box = box;
      this.optional = optional;
      this.indent = indent;
      this.line = line;
      this.boxOffset = boxOffset;
    }

    Task toTask() {
      return new Task(
          index,
          id,
          title,
          state,
          box,
          optional,
          parent < 0 ? OptionalInt.empty() : OptionalInt.of(parent),
          depth,
          line.span(),
          boxOffset,
          details,
          refs,
          properties);
    }
  }

  private List<Task> tasks() {
    List<Draft> drafts = new ArrayList<>();
    Map<String, Integer> byId = new HashMap<>();
    Deque<Draft> stack = new ArrayDeque<>();
    Draft current = null;
    for (SourceLine line : lines.lines()) {
      String t = line.text();
      if (lines.isFenced(line.number())) {
        if (current != null && !t.isBlank()) {
          current.details.add(t.strip());
        }
        continue;
      }
      Matcher m = looksLikeCheckbox(t) ? CHECKBOX.matcher(t) : null;
      if (m != null && m.matches()) {
        char c = m.group(2).charAt(0);
        Optional<TaskState> state = TaskState.fromBox(c);
        if (state.isEmpty()) {
          diagnostics.add(
              TasksCode.UNKNOWN_BOX,
              path,
              line.number(),
              m.start(2) + 1,
              "checkbox '[" + c + "]' is not one of [ ], [x], [-]; not read as a task");
          current = null;
          continue;
        }
        if (c == 'X') {
          diagnostics.add(
              TasksCode.UPPERCASE_X,
              path,
              line.number(),
              m.start(2) + 1,
              "'[X]' read as done; Kiro writes '[x]'");
        }
        String rest = m.group(4) == null ? "" : m.group(4).strip();
        Optional<String> id = Optional.empty();
        Matcher idm =
            !rest.isEmpty() && Character.isDigit(rest.charAt(0)) ? ID.matcher(rest) : null;
        // A lone number is an id only with its dot ("3. Title"): real task lines start with
        // counts ("- [ ] 20 audits pass", "- [ ] 404 is returned"), never with a dotless id.
        if (idm != null
            && idm.find()
            && (idm.group(1).indexOf('.') >= 0 || idm.group().contains("."))) {
          id = Optional.of(idm.group(1));
          rest = rest.substring(idm.end()).strip();
        }
        int indent = m.group(1).length();
        Draft d =
            new Draft(
                drafts.size(),
                id,
                rest,
                state.get(),
                c,
                m.group(3) != null,
                indent,
                line,
                line.start() + m.start(2));
        placeInTree(d, drafts, byId, stack);
        scanRefs(d, line);
        drafts.add(d);
        if (id.isPresent()) {
          Integer first = byId.putIfAbsent(id.get(), d.index);
          if (first != null) {
            diagnostics.add(
                TasksCode.DUPLICATE_ID,
                path,
                line.number(),
                m.start(4) + 1,
                "task id "
                    + id.get()
                    + " is already used on line "
                    + drafts.get(first).line.number());
          }
        }
        current = d;
        continue;
      }
      if (t.isBlank()) {
        continue;
      }
      if (Heading.parse(line).isPresent() || line.indent() == 0) {
        current = null;
        stack.clear();
        continue;
      }
      if (current != null) {
        current.details.add(t.strip());
        scanRefs(current, line);
      }
    }
    List<Task> tasks = new ArrayList<>(drafts.size());
    for (Draft d : drafts) {
      tasks.add(d.toTask());
    }
    if (tasks.isEmpty()) {
      diagnostics.add(Diagnostic.ofFile(TasksCode.NO_TASKS, path, "tasks.md has no checkbox task"));
    }
    checkDoneParents(path, tasks, diagnostics);
    return List.copyOf(tasks);
  }

  /** A cheap test before the regular expression: blanks, a list marker, blanks, {@code [}. */
  private static boolean looksLikeCheckbox(String t) {
    int i = 0;
    int n = t.length();
    while (i < n && (t.charAt(i) == ' ' || t.charAt(i) == '\t')) {
      i++;
    }
    if (i >= n || (t.charAt(i) != '-' && t.charAt(i) != '*' && t.charAt(i) != '+')) {
      return false;
    }
    i++;
    int blanks = i;
    while (i < n && (t.charAt(i) == ' ' || t.charAt(i) == '\t')) {
      i++;
    }
    return i > blanks && i < n && t.charAt(i) == '[';
  }

  /**
   * The parent: for a dotted id whose prefix names an earlier task, that task (Kiro sometimes
   * writes sub-tasks unindented); otherwise the nearest earlier task indented less.
   */
  private void placeInTree(
      Draft d, List<Draft> drafts, Map<String, Integer> byId, Deque<Draft> stack) {
    while (!stack.isEmpty() && stack.peek().indent >= d.indent) {
      stack.pop();
    }
    Draft byIndent = stack.peek();
    Draft parent = byIndent;
    if (d.id.isPresent()) {
      String id = d.id.get();
      int dot = id.lastIndexOf('.');
      if (dot > 0) {
        Integer p = byId.get(id.substring(0, dot));
        if (p != null) {
          parent = drafts.get(p);
        } else if (byIndent != null && byIndent.id.isPresent()) {
          diagnostics.add(
              TasksCode.ID_NOT_UNDER_PARENT,
              path,
              d.line.number(),
              d.indent + 1,
              "task " + id + " is indented under task " + byIndent.id.get());
        }
      }
    }
    if (parent != null) {
      d.parent = parent.index;
      d.depth = parent.depth + 1;
    }
    stack.push(d);
  }

  private static void scanRefs(Draft d, SourceLine line) {
    for (RequirementRef r : RequirementRefs.find(line)) {
      if (r.kind() == RequirementRef.Kind.PROPERTY) {
        if (!d.properties.contains(r.text())) {
          d.properties.add(r.text());
        }
      } else {
        d.refs.add(r);
      }
    }
    String t = line.text();
    if (t.indexOf("ropert") >= 0
        || t.indexOf("ropiedad") >= 0
        || t.indexOf("ropriedade") >= 0
        || t.indexOf("属性") >= 0
        || t.indexOf("プロパティ") >= 0) {
      Matcher m = PROPERTY.matcher(t);
      while (m.find()) {
        if (!d.properties.contains(m.group(1))) {
          d.properties.add(m.group(1));
        }
      }
    }
  }

  /**
   * The diagnostics of a list whose checkboxes changed: the state-independent ones are kept, the
   * state-dependent ones ({@code [X]}, done parents) are computed again.
   */
  static List<Diagnostic> relint(Path path, List<Task> tasks, List<Diagnostic> before) {
    Diagnostics diagnostics = new Diagnostics();
    for (Diagnostic d : before) {
      if (!d.code().equals(TasksCode.UPPERCASE_X.id())
          && !d.code().equals(TasksCode.PARENT_DONE_EARLY.id())) {
        diagnostics.add(d);
      }
    }
    for (Task t : tasks) {
      if (t.box() == 'X') {
        diagnostics.add(
            TasksCode.UPPERCASE_X,
            path,
            t.line(),
            t.boxOffset() - t.span().start() + 1,
            "'[X]' read as done; Kiro writes '[x]'");
      }
    }
    checkDoneParents(path, tasks, diagnostics);
    return diagnostics.toList();
  }

  private static void checkDoneParents(Path path, List<Task> tasks, Diagnostics diagnostics) {
    List<List<Task>> children = TaskList.childrenOf(tasks);
    for (Task parent : tasks) {
      if (parent.state() != TaskState.DONE) {
        continue;
      }
      for (Task child : children.get(parent.index())) {
        if (child.required() && child.state() != TaskState.DONE) {
          diagnostics.add(
              TasksCode.PARENT_DONE_EARLY,
              path,
              parent.line(),
              1,
              "task "
                  + parent.key()
                  + " is done but its required sub-task "
                  + child.key()
                  + " is "
                  + child.state().label());
          break;
        }
      }
    }
  }
}
