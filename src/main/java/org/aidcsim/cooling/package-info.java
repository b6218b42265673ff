/**
 * Cooling: where heat goes (liquid loop or room air), the equipment that moves it (fans, pumps,
 * CDUs) and rejects it outdoors (dry coolers, chillers, economizers), and the electric power all
 * of that draws hour by hour. Heat in = heat rejected outdoors, including the work of every fan,
 * pump and compressor, which ends up as heat too.
 */
package org.aidcsim.cooling;
