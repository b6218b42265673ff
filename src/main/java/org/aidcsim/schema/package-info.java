/**
 * A small declarative schema language for located documents, independent of what the document
 * describes: YAML/JSON parsed into a tree that remembers each value's line and column, field types
 * with units, bounds, defaults and sources, validation that collects every issue, default filling,
 * field paths for edits, and the emitted JSON Schema (draft-07) and Markdown reference. The
 * scenario format ({@code org.aidcsim.scenario.ScenarioFormat}) is written in it.
 */
package org.aidcsim.schema;
