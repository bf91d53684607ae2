package io.kiro4j.core.agent;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.mcp.McpServerConfig;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class AgentConfigProperties {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private static Arbitrary<String> text() {
    return Arbitraries.strings().withChars("ab-_/@*?é \"\\\n{}").ofMaxLength(12);
  }

  @Provide
  Arbitrary<AgentConfig> configs() {
    Arbitrary<Optional<String>> opt = text().optional();
    Arbitrary<List<String>> list = text().list().ofMaxSize(4);
    Arbitrary<Map<String, String>> map = Arbitraries.maps(text(), text()).ofMaxSize(3);
    Arbitrary<Map<String, McpServerConfig>> servers =
        Arbitraries.maps(
                text(),
                Combinators.combine(text(), list, map, Arbitraries.of(true, false))
                    .as(
                        (c, a, e, d) ->
                            new McpServerConfig(
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
                                Map.of())))
            .ofMaxSize(2);
    Arbitrary<Map<HookTrigger, List<AgentHook>>> hooks =
        Arbitraries.of(HookTrigger.class)
            .flatMap(
                t ->
                    Combinators.combine(text(), text().optional())
                        .as(
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
                            }))
            .injectNull(0.3)
            .map(m -> m == null ? Map.of() : m);
    Arbitrary<List<AgentResource>> resources =
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
    return Combinators.combine(opt, opt, servers, list, map, list, resources, hooks)
        .as(
            (name, prompt, srv, tools, aliases, allowed, res, hk) ->
                new AgentConfig(
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
                    Optional.empty()));
  }

  @Property(tries = 300)
  void aConfigWrittenAsJsonReadsBackEqual(@ForAll("configs") AgentConfig config) {
    String json = MAPPER.writeValueAsString(config.toJson());
    AgentConfig back = AgentParser.read((ObjectNode) MAPPER.readTree(json), Optional.empty());
    assertThat(back).isEqualTo(config);
  }

  @Property(tries = 300)
  void keyOrderFollowsTheReference(@ForAll("configs") AgentConfig config) {
    List<String> keys = new java.util.ArrayList<>(config.toJson().propertyNames());
    List<String> expected = AgentConfig.KEYS.stream().filter(keys::contains).toList();
    assertThat(keys).isEqualTo(expected);
  }

  @Property
  void canonicalToolNamesAreStable(@ForAll("anyName") String name) {
    String canonical = ToolName.parse(name).canonical();
    assertThat(ToolName.parse(canonical).canonical()).isEqualTo(canonical);
  }

  @Provide
  Arbitrary<String> anyName() {
    return Arbitraries.oneOf(
        Arbitraries.of(
            java.util.Arrays.stream(BuiltinTool.values())
                .flatMap(t -> t.names().stream())
                .toList()),
        Arbitraries.of(
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
