package io.kiro4j.core.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.property.Gen;
import io.kiro4j.core.property.Property;
import org.junit.jupiter.api.Test;

/** The schema name sanitiser equals the replaceAll it stands for, surrogate pairs included. */
class ReplaceOthersProperties {

  @Test
  void replaceOthersEqualsTheRegularExpression() {
    Gen<String> names =
        Gen.of(
                "a",
                "Z",
                "9",
                ".",
                "_",
                "-",
                "/",
                " ",
                "é",
                "\uD83D\uDE00",
                "\uD800",
                ":",
                "\n",
                "\\")
            .list()
            .ofMinSize(0)
            .ofMaxSize(10)
            .map(parts -> String.join("", parts));
    Property.forAll(names)
        .tries(5000)
        .check(
            name -> {
              assertThat(JsonSchema.replaceOthers(name, "._-"))
                  .isEqualTo(name.replaceAll("[^A-Za-z0-9._-]", "_"));
              assertThat(JsonSchema.replaceOthers(name, "._/-"))
                  .isEqualTo(name.replaceAll("[^A-Za-z0-9._/-]", "_"));
            });
  }
}
