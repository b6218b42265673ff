/**
 * Equipment data kept apart from equations, each record naming its source: conversion-stage loss
 * curves (UPS, rectifiers, transformers, solid-state transformers, distribution) and the physical
 * properties of coolants.
 */
package org.aidcsim.catalog;
