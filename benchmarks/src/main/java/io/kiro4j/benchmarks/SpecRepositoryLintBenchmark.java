package io.kiro4j.benchmarks;

import io.kiro4j.core.Kiro;
import io.kiro4j.core.agent.AgentSet;
import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.hook.HookSet;
import io.kiro4j.core.mcp.McpConfig;
import io.kiro4j.core.steering.SteeringSet;
import io.kiro4j.core.variable.Environment;
import io.kiro4j.core.workspace.KiroArtifacts;
import io.kiro4j.core.workspace.KiroIgnore;
import io.kiro4j.core.workspace.Workspace;
import io.kiro4j.core.workspace.WorkspaceOptions;
import io.kiro4j.skills.discovery.SkillSet;
import io.kiro4j.skills.power.PowerSet;
import io.kiro4j.specs.SpecSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 14's measure: {@code kiro4j lint} of a spec-heavy repository in-process, target ≤ 300 ms.
 * The setup writes a repository of 117 specs (about 6 MB, like the largest real one looked at: 131
 * spec folders, 5.9 MB of spec documents) in the shapes real repositories hold, mixed: Kiro's new
 * English style, the classic {@code WHEN … THEN … SHALL} style with shorthand references ({@code R3
 * AC2}, ranges, notes), and specs Kiro wrote in Chinese (some with fully translated criteria),
 * Spanish and Japanese. Each spec has requirements.md (14–18 requirements of 7–10 criteria),
 * design.md (prose, a fenced block, correctness properties, a testing strategy listing them again)
 * and tasks.md (about 45 tasks).
 *
 * <p>The benchmark opens the workspace and runs everything {@code lint} runs (KiroArtifacts,
 * .kiroignore, steering, hooks, skills, powers, specs, agents, mcp.json), collecting and ordering
 * every diagnostic; the repository has only specs, so the specs dominate.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar SpecRepositoryLint}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SpecRepositoryLintBenchmark {

  static final int SPECS = 117;

  private Path base;
  private WorkspaceOptions options;

  /** Bytes of spec documents written, for the record. */
  long bytes;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    base = Files.createTempDirectory("kiro4j-spec-repo");
    Path root = Files.createDirectories(base.resolve("repo"));
    Path home = Files.createDirectories(base.resolve("home"));
    for (int s = 0; s < SPECS; s++) {
      Path dir = Files.createDirectories(root.resolve(".kiro/specs/" + name(s)));
      Style style = Style.values()[s % Style.values().length];
      int requirements = 14 + s % 5;
      bytes += write(dir.resolve("requirements.md"), requirements(style, requirements, s));
      bytes += write(dir.resolve("design.md"), design(style, requirements));
      bytes += write(dir.resolve("tasks.md"), tasks(style, requirements));
      if (s % 3 == 0) {
        write(
            dir.resolve(".config.kiro"),
            "{\"specId\": \""
                + s
                + "\", \"workflowType\": \"requirements-first\","
                + " \"specType\": \"feature\"}");
      }
    }
    options =
        WorkspaceOptions.builder()
            .root(root)
            .userHome(home)
            .environment(Environment.empty())
            .build();
    Workspace ws = Kiro.open(options);
    SpecSet set = SpecSet.load(ws);
    long criteria = set.specs().stream().mapToLong(sp -> sp.trace().criteria().size()).sum();
    long covered = set.specs().stream().mapToLong(sp -> sp.trace().coveredCount()).sum();
    long warnings =
        set.diagnostics().stream().filter(d -> !d.severity().name().equals("INFO")).count();
    System.out.printf(
        "%n%d specs, %.2f MB of spec documents: %d criteria, %d covered, %d diagnostics (%d"
            + " warnings or errors)%n",
        set.specs().size(), bytes / 1e6, criteria, covered, set.diagnostics().size(), warnings);
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    try (Stream<Path> walk = Files.walk(base)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /** Open the repository and lint it as {@code kiro4j lint} does, in-process. */
  @Benchmark
  public int lintRepository() {
    Workspace ws = Kiro.open(options);
    List<Diagnostic> all = new ArrayList<>(KiroArtifacts.of(ws).diagnostics());
    all.addAll(KiroIgnore.of(ws).diagnostics());
    all.addAll(SteeringSet.of(ws).diagnostics());
    all.addAll(HookSet.of(ws).diagnostics());
    all.addAll(SkillSet.of(ws).diagnostics());
    all.addAll(PowerSet.of(ws).diagnostics());
    SpecSet specs = SpecSet.load(ws);
    all.addAll(specs.diagnostics());
    all.addAll(AgentSet.of(ws).diagnostics());
    all.addAll(McpConfig.of(ws).diagnostics());
    all.sort(
        Comparator.comparing((Diagnostic d) -> d.path().toString())
            .thenComparingInt(Diagnostic::line)
            .thenComparingInt(Diagnostic::column));
    return all.size() + specs.specs().size();
  }

  private static long write(Path p, String text) throws IOException {
    byte[] b = text.getBytes(StandardCharsets.UTF_8);
    Files.write(p, b);
    return b.length;
  }

  private static String name(int s) {
    String[] areas = {"auth", "billing", "search", "tokens", "export", "profile", "i18n"};
    return String.format("%03d-%s-%d", s + 1, areas[s % areas.length], s);
  }

  /** The shapes of real specs. */
  enum Style {
    NEW_ENGLISH,
    CLASSIC_ENGLISH,
    CHINESE,
    SPANISH,
    JAPANESE,
    CHINESE_TRANSLATED
  }

  static String requirements(Style style, int n, int seed) {
    StringBuilder b = new StringBuilder();
    switch (style) {
      case CHINESE:
      case CHINESE_TRANSLATED:
        b.append("# 需求文档\n\n## 简介\n\n本功能为系统添加批量操作能力，支持多个平台，并通过异步任务保证稳定性。\n\n");
        b.append("## 术语表\n\n- **Cart_Service**: 购物车服务\n- **Points_Mall**: 积分商城\n\n## 需求\n\n");
        break;
      case SPANISH:
        b.append("# Documento de Requisitos\n\n## Introducción\n\nPlataforma educativa con");
        b.append(" chat en tiempo real y panel docente.\n\n## Glosario\n\n");
        b.append(
            "- **Sistema**: la plataforma completa\n- **Auth_Service**: el módulo de acceso\n\n");
        b.append("## Requisitos\n\n");
        break;
      case JAPANESE:
        b.append("# 要件定義書\n\n## はじめに\n\n本ドキュメントは認証機能の要件を定義します。\n\n");
        b.append("## 用語集\n\n- **Auth_Service**: 認証サービス\n\n## 要件\n\n");
        break;
      default:
        b.append("# Requirements Document\n\n## Introduction\n\nThe feature lets users manage");
        b.append(" their design tokens across platforms, with drift detection and exports.\n\n");
        b.append("## Glossary\n\n- **Token_System**: The token pipeline\n");
        b.append("- **Generator**: Writes platform files\n\n## Requirements\n\n");
    }
    for (int r = 1; r <= n; r++) {
      int criteria = 7 + (r + seed) % 4;
      switch (style) {
        case CHINESE:
        case CHINESE_TRANSLATED:
          b.append("### 需求 ").append(r).append("：批量处理第").append(r).append("部分\n\n");
          b.append("**用户故事：** 作为商户管理员，我希望批量处理商品，以便快速完成同步。\n\n#### 验收标准\n\n");
          for (int c = 1; c <= criteria; c++) {
            b.append(c).append(". ");
            if (style == Style.CHINESE_TRANSLATED) {
              b.append("当管理员选择").append(c).append("个商品并点击批量创建时，系统应异步处理并返回结果\n");
            } else if (c % 3 == 0) {
              b.append("WHEN用户点击\"加入购物车\"时，THE Cart_Service SHALL将数量增加").append(c).append('\n');
            } else if (c % 3 == 1) {
              b.append(
                  "IF 请求者不拥有 SuperAdmin 角色, THEN THE Points_Mall SHALL 返回 HTTP 403 和错误码 FORBIDDEN\n");
            } else {
              b.append("THE Points_Mall SHALL 在 `orders` 表中记录第").append(c).append("次操作的时间和操作人\n");
            }
          }
          break;
        case SPANISH:
          b.append("### Requisito ")
              .append(r)
              .append(": Gestión del módulo ")
              .append(r)
              .append("\n\n");
          b.append("**Historia de Usuario:** Como docente, quiero gestionar el módulo ").append(r);
          b.append(", para que los estudiantes avancen.\n\n#### Criterios de Aceptación\n\n");
          for (int c = 1; c <= criteria; c++) {
            b.append(c).append(". ");
            if (c % 2 == 0) {
              b.append("WHEN un usuario accede al panel, THE Sistema SHALL mostrar los datos del");
              b.append(" estudiante ").append(c).append(" con su historial\n");
            } else {
              b.append("IF la sesión no es válida, THEN THE Auth_Service SHALL responder con el");
              b.append(" código HTTP 401 y registrar el intento\n");
            }
          }
          break;
        case JAPANESE:
          b.append("### 要件").append(r).append(": 認証機能 ").append(r).append("\n\n");
          b.append("**目的:** 管理者として、ユーザーを招待したい。そうすることで、承認されたユーザーのみがアクセスできる。\n\n");
          b.append("#### 受入基準\n\n");
          for (int c = 1; c <= criteria; c++) {
            b.append(c).append(". WHEN 管理者が有効なメールアドレスを提供する THEN Auth_Serviceは一意の");
            b.append("招待トークン").append(c).append("を生成しなければならない\n");
          }
          break;
        case CLASSIC_ENGLISH:
          b.append("### Requirement ")
              .append(r)
              .append("\n\n**User Story:** As a developer, I want");
          b.append(" icon sizes for typography ")
              .append(r)
              .append(", so that I can balance layouts.\n\n");
          b.append("#### Acceptance Criteria\n\n");
          for (int c = 1; c <= criteria; c++) {
            b.append(c).append(". WHEN typography includes size ").append(c);
            b.append(" THEN the Icon Size Token System SHALL provide icon.size").append(c);
            b.append(" calculated from fontSize × lineHeight");
            b.append(c == 4 ? " and SHALL document the rounding\n" : "\n");
          }
          b.append("\n#### Notes\n\n1. Sizes below 16 are rounded up\n2. See the design\n");
          break;
        default:
          b.append("### Requirement ").append(r).append(": Token export ").append(r).append("\n\n");
          b.append(
              "**User Story:** As a maintainer, I want the Generator to export tokens, so that");
          b.append(" every platform stays in sync.\n\n#### Acceptance Criteria\n\n");
          for (int c = 1; c <= criteria; c++) {
            b.append(c).append(". ");
            switch (c % 4) {
              case 0:
                b.append("THE Token_System SHALL keep the `tokens.css` output stable for input ")
                    .append(c);
                break;
              case 1:
                b.append("WHEN the Generator runs for platform ").append(c);
                b.append(", THE Generator SHALL write one file per category");
                break;
              case 2:
                b.append("IF a token references a missing primitive, THEN THE Token_System SHALL");
                b.append(" fail with the token name");
                break;
              default:
                b.append(
                    "WHILE drift detection is enabled, THE Token_System SHALL compare \"WHERE\"");
                b.append(" clauses of SELECT name FROM tokens WHERE stale = 1");
            }
            b.append('\n');
          }
          if (r % 3 == 0) {
            b.append("\n**Testable Conditions:**\n- GIVEN a token file WHEN the run ends THEN the");
            b.append(" output is valid\n");
          }
      }
      b.append('\n');
    }
    return b.toString();
  }

  static String design(Style style, int requirements) {
    boolean chinese = style == Style.CHINESE || style == Style.CHINESE_TRANSLATED;
    StringBuilder b =
        new StringBuilder(chinese ? "# 设计文档\n\n## 概述\n\n" : "# Design Document\n\n## Overview\n\n");
    for (int i = 0; i < 70; i++) {
      b.append(
          chinese
              ? "批量操作通过异步任务队列完成，每个任务记录状态并在失败时重试，结果写入数据库并通知前端。\n"
              : "The pipeline reads primitive and semantic tokens, resolves references, and hands the"
                  + " result to one generator per platform; each generator writes its files.\n");
    }
    b.append("\n## Architecture\n\n```mermaid\ngraph TD\n");
    for (int i = 0; i < 30; i++) {
      b.append("  A").append(i).append(" --> B").append(i).append('\n');
    }
    b.append("```\n\n## Components and Interfaces\n\n");
    for (int i = 0; i < 30; i++) {
      b.append("### Component ")
          .append(i)
          .append("\n\n```typescript\ninterface Generator")
          .append(i)
          .append(
              " {\n  generate(tokens: Token[]): Output; // WHEN called THEN writes\n}\n```\n\n");
      b.append("Handles category ")
          .append(i)
          .append(" and reports errors with the token name.\n\n");
    }
    b.append(chinese ? "## 正确性属性\n\n" : "## Correctness Properties\n\n");
    int properties = requirements;
    for (int p = 1; p <= properties; p++) {
      if (chinese) {
        b.append("### 属性 ").append(p).append("：数据一致性 ").append(p).append("\n\n");
        b.append("*对于任何*批量操作，结果数量必须与输入数量一致。\n\n");
        b.append("**验证需求：").append(p).append(".1, ").append(p).append(".2**\n\n");
      } else {
        b.append("### Property ").append(p).append(": Round trip ").append(p).append("\n\n");
        b.append("*For any* valid token set, generating then parsing returns the same tokens.\n\n");
        b.append("**Validates: Requirements ")
            .append(p)
            .append(".1, ")
            .append(p)
            .append(".2**\n\n");
      }
    }
    b.append("## Testing Strategy\n\n**Property-Based Tests**:\n");
    for (int p = 1; p <= properties; p++) {
      b.append("- Property ").append(p).append(": Round trip ").append(p).append('\n');
    }
    return b.append("\nMinimum 100 iterations per property test.\n").toString();
  }

  static String tasks(Style style, int requirements) {
    boolean chinese = style == Style.CHINESE || style == Style.CHINESE_TRANSLATED;
    StringBuilder b = new StringBuilder("# Implementation Plan\n\n## Tasks\n\n");
    for (int t = 1; t <= requirements; t++) {
      b.append("- [").append(t % 4 == 0 ? ' ' : 'x').append("] ").append(t);
      b.append(". Implement part ").append(t).append('\n');
      for (int i = 1; i <= 3; i++) {
        b.append("  - [").append(i == 3 && t % 2 == 0 ? " ]*" : "x]").append(' ');
        b.append(t).append('.').append(i).append(" Sub-task ").append(i).append('\n');
        b.append("    - Create `src/generators/Generator")
            .append(i)
            .append(".ts` with the interface\n");
        b.append("    - Write the code and its unit tests, covering empty and invalid input\n");
        b.append("    - Update the documentation and the changelog for this category\n");
        switch (style) {
          case CLASSIC_ENGLISH:
            b.append("    - _Requirements: R")
                .append(t)
                .append(" AC")
                .append(i)
                .append("-")
                .append(i + 2)
                .append(", Req ")
                .append(t)
                .append(", N/A (setup)_\n");
            break;
          case SPANISH:
            b.append("    - _Requisitos: ")
                .append(t)
                .append('.')
                .append(i)
                .append(", ")
                .append(t)
                .append(".")
                .append(i + 1)
                .append("_\n");
            break;
          default:
            b.append(chinese ? "    - _需求：" : "    - _Requirements: ");
            b.append(t)
                .append('.')
                .append(i)
                .append("-")
                .append(t)
                .append('.')
                .append(i + 3)
                .append("_\n");
        }
        if (i == 3) {
          b.append(chinese ? "    - **属性 " : "    - **Property ")
              .append(t)
              .append(": Round trip**\n");
        }
      }
      b.append('\n');
    }
    return b.append("- [ ] ")
        .append(requirements + 1)
        .append(". Checkpoint - Ensure all tests pass\n")
        .toString();
  }
}
