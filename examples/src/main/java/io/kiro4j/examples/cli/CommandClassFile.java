package io.kiro4j.examples.cli;

import io.kiro4j.core.internal.classpath.BundledResource;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The annotations of a command class as its class file stores them, read without reflection: a
 * fresh JVM asking a class for an annotation generates a proxy class per annotation type (about 30
 * ms of CPU for picocli's four), which is more than {@link DirectRun} spends on the rest of a
 * command line. Only what {@code DirectRun} needs is kept: the class's and its fields'
 * runtime-visible annotations (JVMS 4.7.16), each field's type and generic signature, whether a
 * method carries any annotation, and the superclass.
 *
 * <p>Element values are kept as the class file has them: {@code String} and the boxed primitives
 * for constants ({@code Boolean} for {@code boolean}), {@link ClassRef} and {@link EnumRef} for
 * class and enum constants, {@code Map} for a nested annotation, {@code List} for an array.
 */
final class CommandClassFile {

  /** A class constant in an annotation ({@code subcommands = X.class}). */
  record ClassRef(String descriptor) {

    /** The class, loaded by {@code loader} but not initialised. */
    Class<?> load(ClassLoader loader) throws ClassNotFoundException {
      String binary = descriptor.substring(1, descriptor.length() - 1).replace('/', '.');
      return Class.forName(binary, false, loader);
    }
  }

  /** An enum constant in an annotation. */
  record EnumRef(String typeDescriptor, String name) {}

  /**
   * A field: its name, type descriptor ({@code Ljava/util/List;}), generic signature if any ({@code
   * Ljava/util/List<Ljava/nio/file/Path;>;}) and annotations by type descriptor.
   */
  record FieldInfo(
      String name,
      String descriptor,
      Optional<String> signature,
      Map<String, Map<String, Object>> annotations) {}

  private final Map<String, Map<String, Object>> annotations;
  private final List<FieldInfo> fields;
  private final boolean annotatedMethods;
  private final String superName;

  private CommandClassFile(
      Map<String, Map<String, Object>> annotations,
      List<FieldInfo> fields,
      boolean annotatedMethods,
      String superName) {
    this.annotations = annotations;
    this.fields = fields;
    this.annotatedMethods = annotatedMethods;
    this.superName = superName;
  }

  /** The class file of {@code type}, from its class loader; empty when it cannot be read. */
  static Optional<CommandClassFile> of(Class<?> type) {
    ClassLoader loader = type.getClassLoader();
    if (loader == null) {
      return Optional.empty();
    }
    String resource = type.getName().replace('.', '/') + ".class";
    try {
      // From the jar, not the class loader: see BundledResource.
      byte[] bytes = BundledResource.read(type, "/" + resource);
      // Parsed from memory: DataInputStream's two-byte reads straight off an inflater cost a
      // fresh JVM milliseconds.
      return bytes == null
          ? Optional.empty()
          : Optional.of(read(new DataInputStream(new ByteArrayInputStream(bytes))));
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // a class file we do not understand: picocli reads it instead
    }
  }

  /** The class's annotation of type {@code descriptor} ({@code Lpicocli/CommandLine$Command;}). */
  Optional<Map<String, Object>> annotation(String descriptor) {
    return Optional.ofNullable(annotations.get(descriptor));
  }

  List<FieldInfo> fields() {
    return fields;
  }

  /** Whether any method or constructor carries a runtime-visible annotation. */
  boolean annotatedMethods() {
    return annotatedMethods;
  }

  /** The superclass's internal name ({@code java/lang/Object}). */
  String superName() {
    return superName;
  }

  private static CommandClassFile read(DataInputStream in) throws IOException {
    if (in.readInt() != 0xCAFEBABE) {
      throw new IOException("not a class file");
    }
    in.readUnsignedShort(); // minor
    in.readUnsignedShort(); // major
    Object[] pool = constantPool(in);
    in.readUnsignedShort(); // access flags
    in.readUnsignedShort(); // this class
    int superIndex = in.readUnsignedShort();
    String superName = superIndex == 0 ? "" : (String) pool[(Integer) pool[superIndex]];
    in.skipNBytes(2L * in.readUnsignedShort()); // interfaces
    List<FieldInfo> fields = new ArrayList<>();
    for (int n = in.readUnsignedShort(); n > 0; n--) {
      in.readUnsignedShort(); // access flags
      String name = (String) pool[in.readUnsignedShort()];
      String descriptor = (String) pool[in.readUnsignedShort()];
      Map<String, Map<String, Object>> annotations = new LinkedHashMap<>();
      String signature = null;
      for (int a = in.readUnsignedShort(); a > 0; a--) {
        String attribute = (String) pool[in.readUnsignedShort()];
        int length = in.readInt();
        if (attribute.equals("RuntimeVisibleAnnotations")) {
          annotations = annotations(in, pool);
        } else if (attribute.equals("Signature")) {
          signature = (String) pool[in.readUnsignedShort()];
        } else {
          in.skipNBytes(length);
        }
      }
      fields.add(new FieldInfo(name, descriptor, Optional.ofNullable(signature), annotations));
    }
    boolean annotatedMethods = false;
    for (int n = in.readUnsignedShort(); n > 0; n--) {
      in.skipNBytes(6); // access flags, name, descriptor
      for (int a = in.readUnsignedShort(); a > 0; a--) {
        String attribute = (String) pool[in.readUnsignedShort()];
        annotatedMethods |= attribute.startsWith("RuntimeVisible");
        in.skipNBytes(in.readInt());
      }
    }
    Map<String, Map<String, Object>> annotations = Map.of();
    for (int a = in.readUnsignedShort(); a > 0; a--) {
      String attribute = (String) pool[in.readUnsignedShort()];
      int length = in.readInt();
      if (attribute.equals("RuntimeVisibleAnnotations")) {
        annotations = annotations(in, pool);
      } else {
        in.skipNBytes(length);
      }
    }
    return new CommandClassFile(annotations, fields, annotatedMethods, superName);
  }

  /**
   * The constant pool (JVMS 4.4): UTF-8 entries as {@code String}, numbers boxed, a class entry as
   * the index of its name; the other kinds are skipped (annotations never point at them).
   */
  private static Object[] constantPool(DataInputStream in) throws IOException {
    Object[] pool = new Object[in.readUnsignedShort()];
    for (int i = 1; i < pool.length; i++) {
      int tag = in.readUnsignedByte();
      switch (tag) {
        case 1 -> pool[i] = in.readUTF();
        case 3 -> pool[i] = in.readInt();
        case 4 -> pool[i] = in.readFloat();
        case 5 -> pool[i++] = in.readLong(); // takes two entries
        case 6 -> pool[i++] = in.readDouble();
        case 7 -> pool[i] = in.readUnsignedShort();
        case 8, 16, 19, 20 -> in.skipNBytes(2);
        case 15 -> in.skipNBytes(3);
        case 9, 10, 11, 12, 17, 18 -> in.skipNBytes(4);
        default -> throw new IOException("constant pool tag " + tag);
      }
    }
    return pool;
  }

  private static Map<String, Map<String, Object>> annotations(DataInputStream in, Object[] pool)
      throws IOException {
    Map<String, Map<String, Object>> all = new LinkedHashMap<>();
    for (int n = in.readUnsignedShort(); n > 0; n--) {
      String type = (String) pool[in.readUnsignedShort()];
      all.put(type, elements(in, pool));
    }
    return all;
  }

  private static Map<String, Object> elements(DataInputStream in, Object[] pool)
      throws IOException {
    Map<String, Object> values = new LinkedHashMap<>();
    for (int n = in.readUnsignedShort(); n > 0; n--) {
      values.put((String) pool[in.readUnsignedShort()], value(in, pool));
    }
    return values;
  }

  /** One {@code element_value} (JVMS 4.7.16.1). */
  private static Object value(DataInputStream in, Object[] pool) throws IOException {
    char tag = (char) in.readUnsignedByte();
    switch (tag) {
      case 's':
      case 'I':
      case 'J':
      case 'F':
      case 'D':
      case 'S':
      case 'B':
      case 'C':
        return pool[in.readUnsignedShort()];
      case 'Z':
        return (Integer) pool[in.readUnsignedShort()] != 0;
      case 'e':
        return new EnumRef(
            (String) pool[in.readUnsignedShort()], (String) pool[in.readUnsignedShort()]);
      case 'c':
        return new ClassRef((String) pool[in.readUnsignedShort()]);
      case '@':
        in.readUnsignedShort(); // the nested annotation's type
        return elements(in, pool);
      case '[':
        List<Object> array = new ArrayList<>();
        for (int n = in.readUnsignedShort(); n > 0; n--) {
          array.add(value(in, pool));
        }
        return array;
      default:
        throw new IOException("element value tag " + tag);
    }
  }
}
