/**
 * Where a site stands, as far as rules and prices care: its country and region, from the scenario
 * or the weather file's header.
 */
package org.aidcsim.location;
