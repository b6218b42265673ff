/**
 * The site: from a loaded scenario's SI parameters to a sized site model ({@link
 * org.aidcsim.site.SiteCompiler}), its transient model ({@link org.aidcsim.site.TransientCompiler}),
 * and everything one design gives when run ({@link org.aidcsim.site.Evaluation}): the one way
 * that run, compare, sweep and the reports evaluate a design. Below it the physics packages; above
 * it the sweep, the reports and the command line.
 */
package org.aidcsim.site;
