package io.kiro4j.core.internal.json;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaException;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.ValidationLimitExceededException;
import com.networknt.schema.path.PathType;
import com.networknt.schema.resource.ClasspathResourceLoader;
import com.networknt.schema.resource.SchemaLoader;
import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.internal.classpath.BundledResource;
import io.kiro4j.core.json.SchemaCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * A compiled JSON Schema (draft 2020-12 unless the schema's {@code $schema} names another draft)
 * that checks {@link JsonDocument}s and reports each violation as a {@link Diagnostic} at the line
 * and column of the offending node.
 *
 * <pre>{@code
 * // once, e.g. in a static final field: compiling is the expensive part
 * JsonSchema schema = JsonSchema.fromResource(MyConfig.class, "my-config.schema.json");
 * JsonResult parsed = JsonLoader.strict().parse(text, file);
 * List<Diagnostic> problems = parsed.document().map(schema::validate).orElse(List.of());
 * }</pre>
 *
 * <h2>Codes and positions</h2>
 *
 * One {@link SchemaCode} per family of keywords; the message starts with the JSON pointer of the
 * node ({@code (root)} for the root) and ends with the failing keyword in parentheses. Unknown keys
 * ({@code additionalProperties}, {@code unevaluatedProperties}, {@code propertyNames}, a {@code
 * false} property schema) are reported at the key; missing keys ({@code required}) at the object;
 * everything else at the value. Messages name types, keys and the schema's allowed values, never
 * the offending value itself, which may be a secret.
 *
 * <h2>No network</h2>
 *
 * Schemas are read from the classpath or from text only. {@code $ref} and {@code $schema} URLs are
 * never fetched: the standard meta-schemas are bundled with the validator, {@code classpath:} IRIs
 * load from the anchor's class loader, and every other IRI fails when the schema is compiled.
 *
 * <h2>Thread safety</h2>
 *
 * Immutable after construction and thread-safe; validate any number of documents concurrently.
 */
public final class JsonSchema {

  /** Compiled with the first validator, not by every JVM that reads a schema's fast path. */
  private static final class LocalIri {
    static final Pattern PATTERN =
        Pattern.compile("^(classpath:|resource:|https?://json-schema\\.org/).*");
  }

  private static final Map<String, SchemaCode> CODES =
      Map.ofEntries(
          Map.entry("type", SchemaCode.TYPE_MISMATCH),
          Map.entry("additionalProperties", SchemaCode.UNKNOWN_KEY),
          Map.entry("unevaluatedProperties", SchemaCode.UNKNOWN_KEY),
          Map.entry("propertyNames", SchemaCode.UNKNOWN_KEY),
          Map.entry("false", SchemaCode.UNKNOWN_KEY),
          Map.entry("required", SchemaCode.MISSING_KEY),
          Map.entry("dependentRequired", SchemaCode.MISSING_KEY),
          Map.entry("dependencies", SchemaCode.MISSING_KEY),
          Map.entry("enum", SchemaCode.VALUE_NOT_ALLOWED),
          Map.entry("const", SchemaCode.VALUE_NOT_ALLOWED),
          Map.entry("pattern", SchemaCode.CONSTRAINT_VIOLATED),
          Map.entry("format", SchemaCode.CONSTRAINT_VIOLATED),
          Map.entry("minLength", SchemaCode.CONSTRAINT_VIOLATED),
          Map.entry("maxLength", SchemaCode.CONSTRAINT_VIOLATED),
          Map.entry("minimum", SchemaCode.CONSTRAINT_VIOLATED),
          Map.entry("maximum", SchemaCode.CONSTRAINT_VIOLATED),
          Map.entry("exclusiveMinimum", SchemaCode.CONSTRAINT_VIOLATED),
          Map.entry("exclusiveMaximum", SchemaCode.CONSTRAINT_VIOLATED),
          Map.entry("multipleOf", SchemaCode.CONSTRAINT_VIOLATED),
          Map.entry("minItems", SchemaCode.CONSTRAINT_VIOLATED),
          Map.entry("maxItems", SchemaCode.CONSTRAINT_VIOLATED),
          Map.entry("uniqueItems", SchemaCode.CONSTRAINT_VIOLATED),
          Map.entry("contains", SchemaCode.CONSTRAINT_VIOLATED),
          Map.entry("minContains", SchemaCode.CONSTRAINT_VIOLATED),
          Map.entry("maxContains", SchemaCode.CONSTRAINT_VIOLATED),
          Map.entry("minProperties", SchemaCode.CONSTRAINT_VIOLATED),
          Map.entry("maxProperties", SchemaCode.CONSTRAINT_VIOLATED),
          Map.entry("items", SchemaCode.CONSTRAINT_VIOLATED),
          Map.entry("prefixItems", SchemaCode.CONSTRAINT_VIOLATED),
          Map.entry("unevaluatedItems", SchemaCode.CONSTRAINT_VIOLATED));

  private static final Set<String> SURPLUS_ITEM_KEYWORDS =
      Set.of("items", "additionalItems", "unevaluatedItems");

  /** A plain class, not comparator lambdas: this initialiser runs on every first agent load. */
  private static final class ByPosition implements Comparator<Diagnostic> {
    @Override
    public int compare(Diagnostic a, Diagnostic b) {
      int c = Integer.compare(a.line(), b.line());
      return c != 0 ? c : Integer.compare(a.column(), b.column());
    }
  }

  private static final Comparator<Diagnostic> BY_POSITION = new ByPosition();

  private final String name;
  private final JsonNode schemaNode;
  private final String location;
  private final Supplier<ClassLoader> classLoader;
  private final SchemaFastPath fastPath;

  /** The engine's compiled schema; null until the first document the fast path does not accept. */
  private volatile Schema compiled;

  private JsonSchema(
      String name, JsonNode schemaNode, String location, Supplier<ClassLoader> classLoader) {
    this.name = name;
    this.schemaNode = schemaNode;
    this.location = location;
    this.classLoader = classLoader;
    this.fastPath = SchemaFastPath.of(schemaNode);
  }

  /**
   * Compiles the schema in a classpath resource, named as for {@link Class#getResource} (relative
   * to {@code anchor}'s package unless it starts with {@code /}). Relative {@code $ref}s resolve to
   * other resources beside it.
   *
   * @throws IllegalArgumentException if the resource is missing, is not strict JSON, is not a valid
   *     schema, or refers to anything outside the classpath
   */
  public static JsonSchema fromResource(Class<?> anchor, String resourceName) {
    Objects.requireNonNull(anchor, "anchor");
    Objects.requireNonNull(resourceName, "resourceName");
    String absolute = BundledResource.absoluteName(anchor, resourceName);
    String text = resourceText(anchor, resourceName, absolute);
    JsonSchema schema = read(absolute, text, "classpath:" + absolute, loaderOf(anchor));
    schema.engine();
    return schema;
  }

  /**
   * Like {@link #fromResource}, but compiles the schema only when a document needs the engine.
   * Documents that the schema's simple keywords ({@code type}, {@code properties}, {@code
   * additionalProperties}, {@code items}, {@code anyOf}, {@code required}, {@code const}, {@code
   * enum}, {@code minLength}, {@code minimum}, {@code pattern}, local {@code $ref}s) accept are
   * answered without it; the engine still judges every other document and writes every diagnostic.
   * Compiling costs about half a second in a fresh JVM, so a short run over valid files never pays
   * it.
   *
   * <pre>{@code
   * static final JsonSchema SCHEMA = JsonSchema.fromResourceLazily(MyConfig.class, "my.schema.json");
   * }</pre>
   *
   * @throws IllegalArgumentException if the resource is missing or is not strict JSON (at once)
   * @throws IllegalStateException from {@link #validate} if the schema cannot be compiled
   * @since 0.2
   */
  public static JsonSchema fromResourceLazily(Class<?> anchor, String resourceName) {
    Objects.requireNonNull(anchor, "anchor");
    Objects.requireNonNull(resourceName, "resourceName");
    String absolute = BundledResource.absoluteName(anchor, resourceName);
    return read(
        absolute,
        resourceText(anchor, resourceName, absolute),
        "classpath:" + absolute,
        loaderOf(anchor));
  }

  /**
   * The class loader of {@code anchor}, asked when needed. A class rather than {@code
   * anchor::getClassLoader} or a lambda: a method reference to that caller-sensitive method links
   * through generated method-handle classes, and any lambda is linked through java.lang.invoke —
   * milliseconds of a fresh JVM's first agent load either way.
   */
  private static Supplier<ClassLoader> loaderOf(Class<?> anchor) {
    return new Supplier<>() {
      @Override
      public ClassLoader get() {
        return anchor.getClassLoader();
      }
    };
  }

  /**
   * {@code name} with every character but ASCII letters, digits and {@code kept} replaced by {@code
   * _} (a regular expression's replaceAll, without compiling one on a cold start's path).
   */
  static String replaceOthers(String name, String kept) {
    StringBuilder out = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); ) {
      int c = name.codePointAt(i);
      boolean plain =
          (c >= 'A' && c <= 'Z')
              || (c >= 'a' && c <= 'z')
              || (c >= '0' && c <= '9')
              || kept.indexOf(c) >= 0;
      if (plain) {
        out.append((char) c);
      } else {
        out.append('_'); // one for a code point, as the pattern's [^...] matches code points
      }
      i += Character.charCount(c);
    }
    return out.toString();
  }

  private static String resourceText(Class<?> anchor, String resourceName, String absolute) {
    try {
      byte[] bytes = BundledResource.read(anchor, resourceName);
      if (bytes == null) {
        throw new IllegalArgumentException(
            "no schema resource '" + absolute + "' on the classpath");
      }
      return new String(bytes, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read schema resource '" + absolute + "'", e);
    }
  }

  /**
   * Compiles a schema given as text. {@code name} identifies it in messages. Only references inside
   * the schema itself, to the standard meta-schemas and to {@code classpath:} IRIs resolve.
   *
   * @throws IllegalArgumentException if the text is not strict JSON, is not a valid schema, or
   *     refers to anything outside the classpath
   */
  public static JsonSchema fromText(String schemaJson, String name) {
    Objects.requireNonNull(schemaJson, "schemaJson");
    Objects.requireNonNull(name, "name");
    JsonSchema schema =
        read(
            name,
            schemaJson,
            "urn:kiro4j:schema:" + replaceOthers(name, "._-"),
            loaderOf(JsonSchema.class));
    schema.engine();
    return schema;
  }

  private static JsonSchema read(
      String name, String text, String location, Supplier<ClassLoader> classLoader) {
    // The name only labels diagnostics; keep it a valid path on every platform.
    JsonResult parsed = JsonLoader.strict().parse(text, Path.of(replaceOthers(name, "._/-")));
    if (parsed.hasErrors() || parsed.document().isEmpty()) {
      throw new IllegalArgumentException(
          "schema '" + name + "' is not valid JSON: " + parsed.diagnostics());
    }
    return new JsonSchema(name, parsed.document().orElseThrow().rootNode(), location, classLoader);
  }

  /**
   * The engine's schema, compiled on first use (once; concurrent first callers may both compile).
   */
  private Schema engine() {
    Schema schema = compiled;
    if (schema == null) {
      schema = compile(name, schemaNode, location, classLoader);
      compiled = schema;
    }
    return schema;
  }

  /** Whether the engine's schema has been compiled (tests of the lazy factory). */
  boolean isCompiled() {
    return compiled != null;
  }

  /**
   * {@link #engine()}, where a schema that fails to compile is the caller's state, not argument.
   */
  private Schema compiledForValidation() {
    try {
      return engine();
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  private static Schema compile(
      String name, JsonNode schemaNode, String location, Supplier<ClassLoader> classLoader) {
    // A registry per schema: its cache is then never shared state between schemas.
    SchemaRegistry registry =
        SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            builder ->
                builder
                    .schemaRegistryConfig(
                        SchemaRegistryConfig.builder()
                            .pathType(PathType.JSON_POINTER)
                            // Messages must not depend on the default locale of the JVM.
                            .locale(Locale.ROOT)
                            .build())
                    .schemaLoader(
                        SchemaLoader.builder()
                            // Never fetch: no IriResourceLoader, and an allow-list as a second
                            // guard should a later version change the default.
                            .fetchRemoteResources(false)
                            .allow(iri -> LocalIri.PATTERN.matcher(iri.toString()).matches())
                            .resourceLoaders(
                                loaders -> loaders.add(new ClasspathResourceLoader(classLoader)))
                            .build()));
    try {
      Schema schema = registry.getSchema(SchemaLocation.of(location), schemaNode);
      // Resolve every $ref now, so problems surface here and validate() does no loading.
      schema.initializeValidators();
      return schema;
    } catch (SchemaException e) {
      throw new IllegalArgumentException(
          "schema '" + name + "' cannot be compiled: " + e.getMessage(), e);
    }
  }

  /** The resource path or name the schema was compiled from. */
  public String name() {
    return name;
  }

  /**
   * Checks {@code document} against this schema.
   *
   * @return one diagnostic per violation, ordered by position; empty when the document is valid
   */
  public List<Diagnostic> validate(JsonDocument document) {
    Objects.requireNonNull(document, "document");
    return fastPath.accepts(document.rootNode()) ? List.of() : validateWithEngine(document);
  }

  /** What the engine alone finds; {@code validate} skips it for what the fast path accepts. */
  List<Diagnostic> validateWithEngine(JsonDocument document) {
    List<com.networknt.schema.Error> errors;
    try {
      errors = compiledForValidation().validate(document.rootNode());
    } catch (ValidationLimitExceededException e) {
      String pointer = e.getInstanceLocation() == null ? "" : e.getInstanceLocation().toString();
      return List.of(
          document.diagnostic(
              SchemaCode.TOO_COMPLEX,
              pointer,
              label(pointer) + ": validation stopped, the document is too complex"));
    }
    Set<Diagnostic> unique = new LinkedHashSet<>();
    for (com.networknt.schema.Error error : errors) {
      unique.add(toDiagnostic(error, document));
    }
    List<Diagnostic> diagnostics = new ArrayList<>(unique);
    diagnostics.sort(BY_POSITION);
    return List.copyOf(diagnostics);
  }

  @Override
  public String toString() {
    return "JsonSchema[" + name + "]";
  }

  private static Diagnostic toDiagnostic(com.networknt.schema.Error error, JsonDocument document) {
    String keyword = error.getKeyword() != null ? error.getKeyword() : error.getMessageKey();
    keyword = keyword == null ? "" : keyword;
    String instance = error.getInstanceLocation().toString();
    SchemaCode code = CODES.getOrDefault(keyword, SchemaCode.NO_MATCHING_ALTERNATIVE);
    String property = error.getProperty();
    switch (code) {
      case UNKNOWN_KEY:
        return unknownKey(error, keyword, instance, property, document);
      case MISSING_KEY:
        if (keyword.equals("required") && property != null) {
          return document.diagnostic(
              code,
              instance,
              label(instance)
                  + ": missing required key '"
                  + JsonDocument.shorten(property)
                  + "' ("
                  + keyword
                  + ")");
        }
        return document.diagnostic(
            code, instance, label(instance) + ": " + error.getMessage() + " (" + keyword + ")");
      case TYPE_MISMATCH:
        return document.diagnostic(
            code,
            instance,
            label(instance)
                + ": expected "
                + argument(error, 1)
                + " but found "
                + argument(error, 0)
                + " ("
                + keyword
                + ")");
      case VALUE_NOT_ALLOWED:
        return document.diagnostic(
            code,
            instance,
            label(instance)
                + (keyword.equals("const") ? ": value must be " : ": value must be one of ")
                + JsonDocument.shorten(schemaValue(error))
                + " ("
                + keyword
                + ")");
      default:
        // Surplus array items carry their index: point at the item, not the array.
        String at = instance + surplusItemSegment(error, keyword);
        return document.diagnostic(
            code, at, label(at) + ": " + error.getMessage() + " (" + keyword + ")");
    }
  }

  private static Diagnostic unknownKey(
      com.networknt.schema.Error error,
      String keyword,
      String instance,
      String property,
      JsonDocument document) {
    if (keyword.equals("false")) {
      // "properties": {"x": false}: the error sits on the value of the forbidden member.
      String parent = instance.substring(0, Math.max(0, instance.lastIndexOf('/')));
      boolean member = !instance.isEmpty() && document.rootNode().at(parent).isObject();
      String what =
          member
              ? "key '" + lastSegment(instance) + "' is not allowed"
              : "no value is allowed here";
      return member
          ? document.keyDiagnostic(
              SchemaCode.UNKNOWN_KEY, instance, label(instance) + ": " + what + " (false)")
          : document.diagnostic(
              SchemaCode.NO_MATCHING_ALTERNATIVE,
              instance,
              label(instance) + ": " + what + " (false)");
    }
    if (property == null) {
      return document.diagnostic(
          SchemaCode.UNKNOWN_KEY,
          instance,
          label(instance) + ": " + error.getMessage() + " (" + keyword + ")");
    }
    String key = instance + "/" + JsonDocument.escape(property);
    String text =
        keyword.equals("propertyNames")
            ? ": " + error.getMessage()
            : ": unknown key '" + JsonDocument.shorten(property) + "'";
    return document.keyDiagnostic(
        SchemaCode.UNKNOWN_KEY, key, JsonDocument.shorten(key) + text + " (" + keyword + ")");
  }

  /** {@code "/3"} for an error about surplus array item 3, otherwise {@code ""}. */
  private static String surplusItemSegment(com.networknt.schema.Error error, String keyword) {
    if (!SURPLUS_ITEM_KEYWORDS.contains(keyword)) {
      return "";
    }
    if (error.getIndex() != null) {
      return "/" + error.getIndex();
    }
    Object[] arguments = error.getArguments();
    if (arguments != null && arguments.length > 0 && arguments[0] != null) {
      String index = String.valueOf(arguments[0]);
      if (index.matches("\\d{1,9}")) {
        return "/" + index;
      }
    }
    return "";
  }

  private static String label(String pointer) {
    return pointer.isEmpty() ? "(root)" : JsonDocument.shorten(pointer);
  }

  private static String lastSegment(String pointer) {
    String segment = pointer.substring(pointer.lastIndexOf('/') + 1);
    return JsonDocument.shorten(segment.replace("~1", "/").replace("~0", "~"));
  }

  private static String argument(com.networknt.schema.Error error, int index) {
    Object[] arguments = error.getArguments();
    return arguments != null && arguments.length > index
        ? String.valueOf(arguments[index])
        : "another type";
  }

  /** The allowed value(s) as the schema spells them: safe to show, unlike the instance value. */
  private static String schemaValue(com.networknt.schema.Error error) {
    JsonNode node = error.getSchemaNode();
    return node == null ? "the allowed values" : node.toString();
  }
}
