/** The consumer as a modular application: it requires the kiro4j modules by their names. */
module com.example.consumer {
  requires io.kiro4j.core;
  requires io.kiro4j.skills;
  requires io.kiro4j.specs;
  requires io.kiro4j.mcp;
  requires tools.jackson.databind;
}
