package io.kiro4j.core.internal.permission;

import io.kiro4j.core.permission.PermissionDecision;
import io.kiro4j.core.permission.Reason;
import io.kiro4j.core.permission.ReasonCode;
import io.kiro4j.core.permission.RuleOrigin;
import java.util.List;
import java.util.Objects;

/**
 * The {@code aws} ({@code use_aws}) settings: {@code allowedServices}, {@code deniedServices},
 * {@code autoAllowReadonly}, as the Kiro CLI applies them.
 *
 * <pre>{@code
 * AwsPolicy aws = new AwsPolicy(List.of("s3"), List.of("iam"), true, origin);
 * aws.evaluate("ec2", "describe-instances", false);   // Allow: read-only operation
 * }</pre>
 *
 * <p>A denied service (exact, case-sensitive) is denied even for a trusted tool; an allowed service
 * or a trusted tool is allowed; with {@code autoAllowReadonly} an operation whose name starts with
 * {@code get}, {@code describe}, {@code list}, {@code ls}, {@code search} or {@code batch_get} is
 * allowed (Kiro's prefix test, kept as is: {@code batch_get} never matches the kebab-case {@code
 * batch-get-item}, so kiro4j asks there as Kiro does); anything else asks.
 *
 * <p>Immutable and thread-safe.
 *
 * @param origin the {@code toolsSettings.aws} object
 */
public record AwsPolicy(
    List<String> allowedServices,
    List<String> deniedServices,
    boolean autoAllowReadonly,
    RuleOrigin origin) {

  /** Kiro's read-only operation prefixes. */
  public static final List<String> READONLY_PREFIXES =
      List.of("get", "describe", "list", "ls", "search", "batch_get");

  public AwsPolicy {
    allowedServices = List.copyOf(allowedServices);
    deniedServices = List.copyOf(deniedServices);
    Objects.requireNonNull(origin, "origin");
  }

  /** No settings: ask unless the tool is trusted. */
  public static AwsPolicy none() {
    return new AwsPolicy(List.of(), List.of(), false, new RuleOrigin("", ""));
  }

  /** Decides a call of {@code operation} on {@code service}. */
  public PermissionDecision evaluate(String service, String operation, boolean toolTrusted) {
    int denied = deniedServices.indexOf(service);
    if (denied >= 0) {
      return PermissionDecision.deny(
          Reason.of(
              ReasonCode.DENIED_SERVICE,
              "service '" + service + "' is in deniedServices",
              origin.field("deniedServices").element(denied)));
    }
    if (toolTrusted) {
      return PermissionDecision.allow(
          Reason.builtin(ReasonCode.TRUSTED_TOOL, "the aws tool is trusted"));
    }
    int allowed = allowedServices.indexOf(service);
    if (allowed >= 0) {
      return PermissionDecision.allow(
          Reason.of(
              ReasonCode.ALLOWED_SERVICE,
              "service '" + service + "' is in allowedServices",
              origin.field("allowedServices").element(allowed)));
    }
    if (autoAllowReadonly && READONLY_PREFIXES.stream().anyMatch(operation::startsWith)) {
      return PermissionDecision.allow(
          Reason.of(
              ReasonCode.READONLY_OPERATION,
              "'" + operation + "' is a read-only operation (autoAllowReadonly)",
              origin.field("autoAllowReadonly")));
    }
    return PermissionDecision.ask(
        Reason.builtin(
            ReasonCode.DEFAULT, "'" + service + " " + operation + "' is not allowed by any rule"));
  }
}
