package io.kiro4j.core.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ModelToolNamesProperties {

  @Provide
  Arbitrary<List<String>> qualifiedTools() {
    Arbitrary<String> part =
        Arbitraries.strings().withChars("abcXYZ019_-.___ é/").ofMinLength(0).ofMaxLength(40);
    return Arbitraries.entries(part, part)
        .map(e -> "@" + e.getKey().replace("/", "") + "/" + e.getValue())
        .list()
        .ofMaxSize(12);
  }

  @Property(tries = 500)
  void everyAssignedNameIsAValidModelName(@ForAll("qualifiedTools") List<String> tools) {
    Map<String, String> names = ModelToolNames.assign(tools, Map.of());
    names.values().forEach(n -> assertThat(ModelToolNames.isValid(n)).as(n).isTrue());
  }

  @Property(tries = 500)
  void distinctToolsGetDistinctNames(@ForAll("qualifiedTools") List<String> tools) {
    Map<String, String> names = ModelToolNames.assign(tools, Map.of());
    assertThat(new HashSet<>(names.values())).hasSameSizeAs(names.keySet());
  }
}
