/**
 * {@code aidcsim serve}: a design page in the browser, answered by the same evaluation as
 * {@code run}, over the JDK's own HTTP server on the loopback interface.
 */
package org.aidcsim.serve;
