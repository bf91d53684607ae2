package io.kiro4j.core.internal.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.property.Gen;
import io.kiro4j.core.property.Property;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tokenizer never throws, and quoting is undone exactly. */
class ShellParserProperties {

  static Gen<String> shellish() {
    return Gen.strings().withChars("ab $()`'\"\\|&;<>\n#{}=-*").ofMaxLength(40);
  }

  @Test
  void anyInputIsParsedOrReportedNeverThrown() {
    Property.forAll(shellish())
        .tries(2000)
        .check(
            line -> {
              ShellParse p = ShellParser.parse(line);
              assertThat(p).isNotNull();
              if (p instanceof ShellParse.Unparsable) {
                ShellParse.Unparsable u = (ShellParse.Unparsable) p;
                assertThat(u.offset()).isBetween(0, line.length());
                assertThat(u.reason()).isNotBlank().doesNotContain("\n");
              }
            });
  }

  @Test
  void singleQuotedWordIsTakenLiterally() {
    Property.forAll(shellish())
        .check(
            word -> {
              String quoted = "'" + word.replace("'", "'\\''") + "'";
              ShellParse p = ShellParser.parse("echo " + quoted);
              assertThat(p).isInstanceOf(ShellParse.Parsed.class);
              List<SimpleCommand> commands = ((ShellParse.Parsed) p).commands();
              assertThat(commands).hasSize(1);
              assertThat(commands.get(0).words()).containsExactly("echo", word);
            });
  }

  @Test
  void doubleQuotedPlainWordKeepsItsText() {
    Property.forAll(plain())
        .check(
            word -> {
              ShellParse p = ShellParser.parse("grep \"" + word + "\" f");
              assertThat(((ShellParse.Parsed) p).commands().get(0).words())
                  .containsExactly("grep", word, "f");
            });
  }

  static Gen<String> plain() {
    return Gen.strings().withChars("ab |&;<>()'#{}=-*\n").ofMaxLength(30);
  }
}
