package io.kiro4j.skills.validation;

import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * How a skill is validated: the profile plus the opt-in lenient options (none by default, which is
 * exactly the reference).
 *
 * <pre>{@code
 * ValidationOptions lenient = ValidationOptions.builder()
 *     .allowField("version").allowedToolsList(true).claudeCodeFields(true).build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param profile the rule set
 * @param extraFields front matter fields allowed besides the specification's six
 * @param allowedToolsList accept {@code allowed-tools} as a YAML list of strings (and check its
 *     type, as the reference's unmerged change 00d5a46 does)
 * @param claudeCodeFields accept Claude Code's {@code argument-hint}, {@code
 *     disable-model-invocation} and {@code model}
 */
public record ValidationOptions(
    ValidationProfile profile,
    Set<String> extraFields,
    boolean allowedToolsList,
    boolean claudeCodeFields) {

  public ValidationOptions {
    Objects.requireNonNull(profile, "profile");
    extraFields = Collections.unmodifiableSet(new TreeSet<>(extraFields));
  }

  /** The reference's rules, nothing else. */
  public static ValidationOptions reference() {
    return builder().build();
  }

  /** The reference's rules plus Kiro's. */
  public static ValidationOptions kiro() {
    return builder().profile(ValidationProfile.KIRO).build();
  }

  /** A builder starting from the reference profile with no lenient option. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from these options. */
  public Builder toBuilder() {
    Builder b = new Builder().profile(profile).allowedToolsList(allowedToolsList);
    extraFields.forEach(b::allowField);
    return b.claudeCodeFields(claudeCodeFields);
  }

  /** Builds {@link ValidationOptions}. */
  public static final class Builder {
    private ValidationProfile profile = ValidationProfile.SKILLS_REF;
    private final Set<String> extraFields = new TreeSet<>();
    private boolean allowedToolsList;
    private boolean claudeCodeFields;

    private Builder() {}

    /** The rule set. */
    public Builder profile(ValidationProfile value) {
      this.profile = Objects.requireNonNull(value, "profile");
      return this;
    }

    /** Allows one more front matter field; names are lowercase words joined by hyphens. */
    public Builder allowField(String field) {
      Objects.requireNonNull(field, "field");
      if (!isFieldName(field)) {
        throw new IllegalArgumentException(
            "invalid field name '" + field + "': use lowercase words joined by hyphens");
      }
      extraFields.add(field);
      return this;
    }

    /**
     * {@code [a-z]+(-[a-z]+)*}, written out: this class is on every validation's path, and
     * compiling a pattern in its initialiser cost a one-skill {@code kiro4j skills validate} about
     * 5 ms of its cold start.
     */
    static boolean isFieldName(String field) {
      if (field.isEmpty() || field.charAt(0) == '-' || field.charAt(field.length() - 1) == '-') {
        return false;
      }
      for (int i = 0; i < field.length(); i++) {
        char c = field.charAt(i);
        boolean hyphen = c == '-';
        if (!(c >= 'a' && c <= 'z') && !(hyphen && field.charAt(i - 1) != '-')) {
          return false;
        }
      }
      return true;
    }

    /** Accepts {@code allowed-tools} as a list of strings. */
    public Builder allowedToolsList(boolean value) {
      this.allowedToolsList = value;
      return this;
    }

    /** Accepts Claude Code's extra fields. */
    public Builder claudeCodeFields(boolean value) {
      this.claudeCodeFields = value;
      return this;
    }

    /** The options. */
    public ValidationOptions build() {
      return new ValidationOptions(profile, extraFields, allowedToolsList, claudeCodeFields);
    }
  }
}
