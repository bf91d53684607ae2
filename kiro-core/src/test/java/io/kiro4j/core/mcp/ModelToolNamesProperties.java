package io.kiro4j.core.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.property.Gen;
import io.kiro4j.core.property.Property;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelToolNamesProperties {

  static Gen<List<String>> qualifiedTools() {
    Gen<String> part = Gen.strings().withChars("abcXYZ019_-.___ é/").ofMinLength(0).ofMaxLength(40);
    return Gen.combine(part, part, (key, value) -> "@" + key.replace("/", "") + "/" + value)
        .list()
        .ofMaxSize(12);
  }

  @Test
  void everyAssignedNameIsAValidModelName() {
    Property.forAll(qualifiedTools())
        .tries(500)
        .check(
            tools -> {
              Map<String, String> names = ModelToolNames.assign(tools, Map.of());
              names.values().forEach(n -> assertThat(ModelToolNames.isValid(n)).as(n).isTrue());
            });
  }

  @Test
  void distinctToolsGetDistinctNames() {
    Property.forAll(qualifiedTools())
        .tries(500)
        .check(
            tools -> {
              Map<String, String> names = ModelToolNames.assign(tools, Map.of());
              assertThat(new HashSet<>(names.values())).hasSameSizeAs(names.keySet());
            });
  }
}
