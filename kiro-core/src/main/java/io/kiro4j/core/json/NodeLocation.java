package io.kiro4j.core.json;

/**
 * Where one node of a {@link JsonDocument} starts, and where its key starts when it is an object
 * member ({@code key} is null for the root and for array elements).
 */
record NodeLocation(JsonPosition value, JsonPosition key) {

  JsonPosition keyOrValue() {
    return key != null ? key : value;
  }
}
