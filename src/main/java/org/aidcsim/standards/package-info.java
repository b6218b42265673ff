/**
 * The figures standards and regulators judge a data center by, each computed as its document
 * defines it from the model's annual results and chain: ISO/IEC 30134 KPIs, the grades of
 * China's GB 40879-2021 and the PUE ceilings of Chinese policy, and the indicators the EU's
 * delegated regulation on data-centre reporting asks for. Every limit carries its document.
 */
package org.aidcsim.standards;
