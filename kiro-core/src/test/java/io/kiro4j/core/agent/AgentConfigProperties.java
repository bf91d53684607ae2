package io.kiro4j.core.agent;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.mcp.McpServerConfig;
import io.kiro4j.core.property.Gen;
import io.kiro4j.core.property.Property;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class AgentConfigProperties {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private static Gen<String> text() {
    return Gen.strings().withChars("ab-_/@*?é \"\\\n{}").ofMaxLength(12);
  }

  /** jqwik's {@code optional()}: empty one time in 20 (and when shrunk), else a value. */
  private static <T> Gen<Optional<T>> optional(Gen<T> gen) {
    return s -> s.draw(20) == 0 ? Optional.empty() : Optional.of(gen.generate(s));
  }

  static Gen<AgentConfig> configs() {
    Gen<Optional<String>> opt = optional(text());
    Gen<List<String>> list = text().list().ofMaxSize(4);
    Gen<Map<String, String>> map = text().mapTo(text(), 0, 3);
    Gen<Boolean> booleans = Gen.of(true, false);
    Gen<McpServerConfig> server =
        s -> {
          String c = text().generate(s);
          List<String> a = list.generate(s);
          Map<String, String> e = map.generate(s);
          boolean d = booleans.generate(s);
          return new McpServerConfig(
              Optional.of(c),
              a,
              e,
              Optional.empty(),
              Map.of(),
              Optional.empty(),
              d,
              List.of(),
              List.of("x"),
              OptionalLong.of(5),
              Map.of());
        };
    Gen<Map<String, McpServerConfig>> servers = text().mapTo(server, 0, 2);
    Gen<Map<HookTrigger, List<AgentHook>>> oneTrigger =
        Gen.enums(HookTrigger.class)
            .flatMap(
                t ->
                    Gen.combine(
                            text(),
                            optional(text()),
                            (c, m) ->
                                new AgentHook(
                                    t,
                                    c,
                                    m,
                                    OptionalLong.of(100),
                                    OptionalLong.empty(),
                                    OptionalLong.empty()))
                        .list()
                        .ofMinSize(1)
                        .ofMaxSize(2)
                        .map(
                            l -> {
                              Map<HookTrigger, List<AgentHook>> m =
                                  new EnumMap<>(HookTrigger.class);
                              m.put(t, l);
                              return m;
                            }));
    // jqwik's injectNull(0.3) then null -> Map.of(): no hooks three times in ten (and when shrunk).
    Gen<Map<HookTrigger, List<AgentHook>>> hooks =
        s -> s.draw(10) < 3 ? Map.of() : oneTrigger.generate(s);
    Gen<List<AgentResource>> resources =
        text()
            .list()
            .ofMaxSize(3)
            .map(
                l -> {
                  List<AgentResource> out = new java.util.ArrayList<>();
                  for (int i = 0; i < l.size(); i++) {
                    out.add(new AgentResource.Uri(i, "file://" + l.get(i)));
                  }
                  return out;
                });
    return s -> {
      Optional<String> name = opt.generate(s);
      Optional<String> prompt = opt.generate(s);
      Map<String, McpServerConfig> srv = servers.generate(s);
      List<String> tools = list.generate(s);
      Map<String, String> aliases = map.generate(s);
      List<String> allowed = list.generate(s);
      List<AgentResource> res = resources.generate(s);
      Map<HookTrigger, List<AgentHook>> hk = hooks.generate(s);
      return new AgentConfig(
          Optional.empty(),
          name,
          Optional.of("d"),
          prompt,
          srv,
          tools,
          aliases,
          allowed,
          ToolsSettings.NONE,
          res,
          hk,
          tools.isEmpty() ? Optional.empty() : Optional.of(tools.size() > 1),
          Optional.empty(),
          Optional.of("claude-sonnet-4"),
          Optional.empty(),
          Optional.empty());
    };
  }

  @Test
  void aConfigWrittenAsJsonReadsBackEqual() {
    Property.forAll(configs())
        .tries(300)
        .check(
            config -> {
              String json = MAPPER.writeValueAsString(config.toJson());
              AgentConfig back =
                  AgentParser.read((ObjectNode) MAPPER.readTree(json), Optional.empty());
              assertThat(back).isEqualTo(config);
            });
  }

  @Test
  void keyOrderFollowsTheReference() {
    Property.forAll(configs())
        .tries(300)
        .check(
            config -> {
              List<String> keys = new java.util.ArrayList<>(config.toJson().propertyNames());
              List<String> expected = AgentConfig.KEYS.stream().filter(keys::contains).toList();
              assertThat(keys).isEqualTo(expected);
            });
  }

  @Test
  void canonicalToolNamesAreStable() {
    Property.forAll(anyName())
        .check(
            name -> {
              String canonical = ToolName.parse(name).canonical();
              assertThat(ToolName.parse(canonical).canonical()).isEqualTo(canonical);
            });
  }

  static Gen<String> anyName() {
    return Gen.oneOf(
        Gen.of(
            java.util.Arrays.stream(BuiltinTool.values())
                .flatMap(t -> t.names().stream())
                .toList()),
        Gen.of(
                java.util.Arrays.stream(BuiltinTool.values())
                    .flatMap(t -> t.names().stream())
                    .toList())
            .map(n -> "@builtin/" + n),
        text());
  }

  static <K, V> Map<K, V> ordered(Map<K, V> m) {
    return new LinkedHashMap<>(m);
  }
}
