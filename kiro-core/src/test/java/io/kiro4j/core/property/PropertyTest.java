package io.kiro4j.core.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The harness itself: it finds broken invariants, shrinks them, and replays them from a seed. */
class PropertyTest {

  @Test
  void aHoldingPropertyRunsEveryTry() {
    List<Integer> seen = new ArrayList<>();
    Property.forAll(Gen.ints(0, 9)).tries(300).check(seen::add);
    assertThat(seen).hasSize(300).contains(0, 9);
  }

  @Test
  void theFirstTryIsTheSimplestValueAndTheSecondTheLargest() {
    List<List<Integer>> seen = new ArrayList<>();
    Property.forAll(Gen.ints(0, 7).list().ofMaxSize(4)).tries(2).check(seen::add);
    assertThat(seen.get(0)).isEmpty();
    assertThat(seen.get(1)).containsExactly(7, 7, 7, 7);
  }

  @Test
  void aBrokenInvariantShrinksToTheSmallestCounterexample() {
    assertThatThrownBy(
            () ->
                Property.forAll(Gen.ints(0, 1000).list().ofMaxSize(20))
                    .seed(42)
                    .check(l -> assertThat(l).allMatch(n -> n < 100)))
        .isInstanceOf(PropertyFailure.class)
        .hasMessageContaining("Counterexample")
        .hasMessageContaining("\n  [100]\n")
        .hasMessageContaining("seed 42")
        .hasMessageContaining(
            "Replay: mvn -B -ntp -pl kiro-core -am test -Dsurefire.failIfNoSpecifiedTests=false"
                + " -Dtest='PropertyTest#aBrokenInvariantShrinksToTheSmallestCounterexample'"
                + " -Dkiro4j.property.seed=42");
  }

  @Test
  void stringsShrinkToTheShortestWithTheEarliestCharacters() {
    assertThatThrownBy(
            () ->
                Property.forAll(Gen.strings().withChars("ab;|&").ofMaxLength(40))
                    .seed(7)
                    .check(s -> assertThat(s).doesNotContain(";;")))
        .hasMessageContaining("\n  \";;\"\n");
  }

  @Test
  void severalArgumentsShrinkTogether() {
    assertThatThrownBy(
            () ->
                Property.forAll(Gen.ints(0, 100), Gen.strings().withChars("xyz").ofMaxLength(9))
                    .seed(3)
                    .check((n, s) -> assertThat(n + s.length()).isLessThan(20)))
        .hasMessageContaining("  #1: ")
        .satisfies(
            e -> {
              String m = e.getMessage();
              String n = m.substring(m.indexOf("#1: ") + 4, m.indexOf('\n', m.indexOf("#1: ")));
              String s = m.substring(m.indexOf("#2: ") + 4, m.indexOf('\n', m.indexOf("#2: ")));
              // n + length == 20 exactly, with the string as short as the ints allow.
              assertThat(Integer.parseInt(n) + s.length() - 2).isEqualTo(20);
            });
  }

  @Test
  void theSameSeedReplaysTheSameValues() {
    List<String> first = new ArrayList<>();
    List<String> second = new ArrayList<>();
    Gen<String> gen = Gen.strings().ofMaxLength(30);
    Property.forAll(gen).seed(99).tries(50).check(first::add);
    Property.forAll(gen).seed(99).tries(50).check(second::add);
    assertThat(second).isEqualTo(first);
  }

  @Test
  void controlCharactersInCounterexamplesAreEscaped() {
    assertThatThrownBy(
            () ->
                Property.forAll(Gen.of("\u001B[2J", "a\nb", "\u2028"))
                    .seed(1)
                    .check(s -> assertThat(s).isEmpty()))
        .hasMessageContaining("\"\\u001B[2J\"");
  }

  @Test
  void filtersAndAssumptionsRejectTriesWithoutFailingThem() {
    List<Integer> seen = new ArrayList<>();
    Property.forAll(Gen.ints(0, 100).filter(n -> n % 2 == 0))
        .tries(200)
        .check(
            n -> {
              Property.assume(n != 50);
              seen.add(n);
            });
    assertThat(seen).hasSize(200).allMatch(n -> n % 2 == 0 && n != 50);
  }

  @Test
  void aFilterThatNeverPassesFailsWithAClearMessage() {
    assertThatThrownBy(
            () -> Property.forAll(Gen.ints(0, 10).filter(n -> n > 10)).tries(10).check(n -> {}))
        .isInstanceOf(PropertyFailure.class)
        .hasMessageContaining("rejected");
  }

  @Test
  void longsReachBothEndsOfTheirRange() {
    List<Long> seen = new ArrayList<>();
    Property.forAll(Gen.longs()).seed(5).tries(2000).check(seen::add);
    assertThat(seen).contains(0L, Long.MAX_VALUE, Long.MIN_VALUE);
    List<Long> ranged = new ArrayList<>();
    Property.forAll(Gen.longs(-3, 5)).seed(5).tries(500).check(ranged::add);
    assertThat(ranged).allMatch(n -> n >= -3 && n <= 5).contains(-3L, 0L, 5L);
  }

  @Test
  void defaultStringsMixInTheNastyCharacters() {
    StringBuilder all = new StringBuilder();
    Property.forAll(Gen.strings().ofMaxLength(50)).seed(11).tries(500).check(all::append);
    for (char c : StringGen.NASTY.toCharArray()) {
      assertThat(all.indexOf(String.valueOf(c))).as("U+%04X", (int) c).isNotNegative();
    }
    assertThat(all.chars().noneMatch(c -> Character.isSurrogate((char) c))).isTrue();
  }
}
