package io.kiro4j.mcp.internal.transport;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * One server-sent event.
 *
 * @param id the {@code id} field, if the event set one
 * @param event the event type ({@code message} when absent)
 * @param data the data lines joined with {@code \n}
 * @param retry the {@code retry} field in milliseconds, if the event set one
 *     <p>Immutable and thread-safe.
 */
public record SseEvent(Optional<String> id, String event, String data, OptionalLong retry) {}
