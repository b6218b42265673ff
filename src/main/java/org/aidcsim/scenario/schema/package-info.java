/**
 * A small declarative schema language: field types with units, bounds, defaults and sources.
 * One definition drives three things: validation with located messages, default filling, and the
 * emitted JSON Schema (draft-07) that editors use.
 */
package org.aidcsim.scenario.schema;
