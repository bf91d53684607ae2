package io.kiro4j.core.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.json.JsonValues;
import io.kiro4j.core.property.Gen;
import io.kiro4j.core.property.Property;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InstallLinkProperties {

  private static final Gen<String> TEXT =
      Gen.strings().withChars("aZ09 -_.!~*'()%+&=?#/\"\\é☕\u0000\n").ofMaxLength(20);

  private static final Gen<Map<String, Object>> ENTRY =
      Gen.combine(
          TEXT,
          TEXT.list().ofMaxSize(4),
          (command, args) -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("command", command);
            m.put("args", List.copyOf(args));
            return m;
          });

  @Test
  void everyEncodedLinkDecodesToTheSameNameAndEntry() {
    Property.forAll(TEXT.filter(s -> !s.isBlank()), ENTRY)
        .tries(1000)
        .check(
            (name, entry) -> {
              InstallLink link = InstallLink.of(name, JsonValues.write(entry));
              InstallLink.Decoded d = InstallLink.decode(link.toUri());
              assertThat(d).isInstanceOf(InstallLink.Decoded.Valid.class);
              assertThat(((InstallLink.Decoded.Valid) d).link()).isEqualTo(link);
            });
  }

  @Test
  void anEncodedLinkHasOnlyUnreservedCharactersAndEscapes() {
    Property.forAll(TEXT.filter(s -> !s.isBlank()), ENTRY)
        .tries(500)
        .check(
            (name, entry) -> {
              String uri = InstallLink.of(name, JsonValues.write(entry)).toUri();
              String query = uri.substring(InstallLink.BASE.length() + 1);
              assertThat(query)
                  .matches("name=[A-Za-z0-9\\-_.!~*'()%]*&config=[A-Za-z0-9\\-_.!~*'()%]*");
            });
  }

  @Test
  void decodingNeverThrows() {
    Property.forAll(Gen.strings().withChars("%&=?#+aZ09{}[]\":,é\u0000").ofMaxLength(60))
        .tries(1000)
        .check(
            tail -> {
              InstallLink.Decoded d = InstallLink.decode(InstallLink.BASE + "?" + tail);
              assertThat(d.diagnostics() != null).isTrue();
              if (d instanceof InstallLink.Decoded.Invalid) {
                assertThat(d.diagnostics()).isNotEmpty();
              }
            });
  }
}
