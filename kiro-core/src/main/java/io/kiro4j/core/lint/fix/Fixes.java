package io.kiro4j.core.lint.fix;

import io.kiro4j.core.diagnostic.Diagnostic;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * The fix providers available, one per code, found with {@link ServiceLoader} (kiro-core's own:
 * {@code STEER-006}, {@code JSON-003} in agent files, {@code LAYOUT-001}). An editor asks {@link
 * #fix} for a quick fix; {@link FixWriter} writes a batch.
 *
 * <pre>{@code
 * Fixes fixes = Fixes.discover(Fixes.class.getClassLoader());
 * Optional<Fix> fix = fixes.fix(diagnostic, currentText);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.2
 */
public final class Fixes {

  private final Map<String, FixProvider> byCode;

  private Fixes(Map<String, FixProvider> byCode) {
    this.byCode = Map.copyOf(byCode);
  }

  /** The providers registered as services visible to {@code loader} (the first per code wins). */
  public static Fixes discover(ClassLoader loader) {
    Map<String, FixProvider> map = new LinkedHashMap<>();
    for (FixProvider p : ServiceLoader.load(FixProvider.class, loader)) {
      map.putIfAbsent(p.code(), p);
    }
    return new Fixes(map);
  }

  /** These providers plus {@code provider}, which replaces any other for its code. */
  public Fixes with(FixProvider provider) {
    Map<String, FixProvider> map = new LinkedHashMap<>(byCode);
    map.put(provider.code(), provider);
    return new Fixes(map);
  }

  /** The codes a fix may be offered for. */
  public Set<String> codes() {
    return byCode.keySet();
  }

  /** The fix of {@code diagnostic} given its file's current {@code text}, when one is certain. */
  public Optional<Fix> fix(Diagnostic diagnostic, String text) {
    FixProvider p = byCode.get(diagnostic.code());
    return p == null ? Optional.empty() : p.fix(diagnostic, text);
  }

  /** The diagnostics among {@code diagnostics} that have a provider, in order. */
  public List<Diagnostic> fixable(List<Diagnostic> diagnostics) {
    List<Diagnostic> out = new ArrayList<>();
    for (Diagnostic d : diagnostics) {
      if (byCode.containsKey(d.code())) {
        out.add(d);
      }
    }
    return out;
  }
}
