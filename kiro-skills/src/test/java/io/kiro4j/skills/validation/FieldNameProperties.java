package io.kiro4j.skills.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.property.Gen;
import io.kiro4j.core.property.Property;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code allowField}'s written-out name check accepts exactly {@code [a-z]+(-[a-z]+)*}. */
class FieldNameProperties {

  private static final Pattern RULE = Pattern.compile("[a-z]+(-[a-z]+)*");

  @Test
  void fieldNameCheckEqualsTheDocumentedPattern() {
    Gen<String> names =
        Gen.of('a', 'z', 'q', '-', '-', 'A', '_', '0', ' ', 'é', '\n')
            .list()
            .ofMinSize(0)
            .ofMaxSize(8)
            .map(
                cs -> {
                  StringBuilder sb = new StringBuilder();
                  cs.forEach(sb::append);
                  return sb.toString();
                });
    Property.forAll(names)
        .tries(5000)
        .check(
            name ->
                assertThat(ValidationOptions.Builder.isFieldName(name))
                    .as("'%s'", name)
                    .isEqualTo(RULE.matcher(name).matches()));
  }
}
