package io.kiro4j.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.diagnostic.Severity;
import io.kiro4j.core.glob.GlobOptions;
import io.kiro4j.core.workspace.WorkspaceRoot;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The records whose equals and hashCode are written out (cold start: no java.lang.invoke linking)
 * keep the record contract: two instances are equal exactly when every component is, and equal
 * instances hash alike. Checked by changing one component at a time.
 */
class RecordEqualityTest {

  static Stream<Record> writtenOut() throws Exception {
    Class<?> key = Class.forName("io.kiro4j.core.steering.SteeringLoader$Key");
    Class<?> stamp = Class.forName("io.kiro4j.core.steering.SteeringLoader$DiskStamp");
    Record diskStamp =
        (Record) construct(stamp, new Object[] {10L, FileTime.fromMillis(5), "inode"});
    return Stream.of(
        new Diagnostic(Severity.WARNING, "STEER-001", "message", Path.of("a.md"), 2, 3),
        new WorkspaceRoot(1, Path.of("/w")),
        new GlobOptions(true),
        diskStamp,
        (Record)
            construct(
                key,
                new Object[] {
                  Path.of("/w/.kiro/steering/a.md"),
                  "a",
                  io.kiro4j.core.workspace.Scope.WORKSPACE,
                  OptionalInt.of(0),
                  false,
                  diskStamp
                }));
  }

  @ParameterizedTest
  @MethodSource("writtenOut")
  void equalExactlyWhenEveryComponentIsEqual(Record sample) throws Exception {
    Class<?> type = sample.getClass();
    RecordComponent[] components = type.getRecordComponents();
    Object[] values = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      components[i].getAccessor().setAccessible(true);
      values[i] = components[i].getAccessor().invoke(sample);
    }
    Object same = construct(type, values.clone());
    assertThat(same).isEqualTo(sample).isNotSameAs(sample);
    assertThat(same.hashCode()).isEqualTo(sample.hashCode());
    assertThat(sample).isNotEqualTo(null).isNotEqualTo("not a record");
    for (int i = 0; i < components.length; i++) {
      Object[] changed = values.clone();
      changed[i] = other(components[i].getType(), values[i]);
      assertThat(construct(type, changed))
          .as("%s differing in %s", type.getSimpleName(), components[i].getName())
          .isNotEqualTo(sample);
    }
  }

  private static Object construct(Class<?> type, Object[] values) throws Exception {
    Class<?>[] types =
        Arrays.stream(type.getRecordComponents())
            .map(RecordComponent::getType)
            .toArray(Class<?>[]::new);
    Constructor<?> c = type.getDeclaredConstructor(types);
    c.setAccessible(true);
    return c.newInstance(values);
  }

  /** A value of {@code type} different from {@code v}. */
  private static Object other(Class<?> type, Object v) throws Exception {
    if (type == String.class) {
      return v + "x";
    } else if (type == Path.class) {
      return ((Path) v).resolve("x");
    } else if (type == int.class) {
      return (Integer) v + 1;
    } else if (type == long.class) {
      return (Long) v + 1;
    } else if (type == boolean.class) {
      return !(Boolean) v;
    } else if (type == OptionalInt.class) {
      return ((OptionalInt) v).isPresent() ? OptionalInt.empty() : OptionalInt.of(0);
    } else if (type == FileTime.class) {
      return FileTime.fromMillis(((FileTime) v).toMillis() + 1);
    } else if (type.isEnum()) {
      Object[] constants = type.getEnumConstants();
      return constants[(((Enum<?>) v).ordinal() + 1) % constants.length];
    } else if (type == Object.class) {
      return v instanceof String s ? s + "x" : "other";
    }
    throw new IllegalArgumentException("no other value for " + type);
  }
}
