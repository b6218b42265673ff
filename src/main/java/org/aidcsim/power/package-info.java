/**
 * The power chain from the rack input back to the grid: stages with a rating and a part-load loss
 * model, each stage's loss going to a named heat sink. Sign convention: every stage has
 * {@code inputPowerW = outputPowerW + lossPowerW} with {@code lossPowerW ≥ 0}.
 */
package org.aidcsim.power;
