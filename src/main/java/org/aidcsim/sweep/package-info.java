/**
 * Many runs of one site: variants built by editing the scenario document (density studies, and
 * sweeps over any field), run in parallel, collected in a stable order.
 */
package org.aidcsim.sweep;
