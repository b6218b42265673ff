/**
 * The scenario file format: loading YAML or JSON into a located tree, validating it against
 * {@link org.aidcsim.scenario.ScenarioFormat} (which also generates the JSON Schema, so the two
 * cannot drift), binding it into immutable {@code *Spec} records with every default applied, and
 * the factory that turns specs into a sized {@link org.aidcsim.engine.SiteModel}. Every problem is
 * reported at once as {@code FILE:LINE:COL: path: message (expected …, found …)}.
 */
package org.aidcsim.scenario;
