package io.kiro4j.core.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The tokenizer never throws, and quoting is undone exactly. */
class ShellParserProperties {

  @Provide
  Arbitrary<String> shellish() {
    return Arbitraries.strings().withChars("ab $()`'\"\\|&;<>\n#{}=-*").ofMaxLength(40);
  }

  @Property(tries = 2000)
  void anyInputIsParsedOrReportedNeverThrown(@ForAll("shellish") String line) {
    ShellParse p = ShellParser.parse(line);
    assertThat(p).isNotNull();
    if (p instanceof ShellParse.Unparsable) {
      ShellParse.Unparsable u = (ShellParse.Unparsable) p;
      assertThat(u.offset()).isBetween(0, line.length());
      assertThat(u.reason()).isNotBlank().doesNotContain("\n");
    }
  }

  @Property
  void singleQuotedWordIsTakenLiterally(@ForAll("shellish") String word) {
    String quoted = "'" + word.replace("'", "'\\''") + "'";
    ShellParse p = ShellParser.parse("echo " + quoted);
    assertThat(p).isInstanceOf(ShellParse.Parsed.class);
    List<SimpleCommand> commands = ((ShellParse.Parsed) p).commands();
    assertThat(commands).hasSize(1);
    assertThat(commands.get(0).words()).containsExactly("echo", word);
  }

  @Property
  void doubleQuotedPlainWordKeepsItsText(@ForAll("plain") String word) {
    ShellParse p = ShellParser.parse("grep \"" + word + "\" f");
    assertThat(((ShellParse.Parsed) p).commands().get(0).words())
        .containsExactly("grep", word, "f");
  }

  @Provide
  Arbitrary<String> plain() {
    return Arbitraries.strings().withChars("ab |&;<>()'#{}=-*\n").ofMaxLength(30);
  }
}
