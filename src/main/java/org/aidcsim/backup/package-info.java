/**
 * Backup in three layers: supercapacitor banks (milliseconds), batteries (minutes), diesel
 * generators (hours), and the transfer switch between them and the utility. Each is a small
 * mutable model stepped by the transient engine; sign convention: positive power flows from
 * storage to the load (discharge), negative into storage (charge).
 */
package org.aidcsim.backup;
