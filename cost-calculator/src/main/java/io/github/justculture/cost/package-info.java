/**
 * The cost of bullying and harassment to an NHS organisation or the whole NHS.
 *
 * <p>The six-component model of Kline and Lewis (2019) with its calibrated preset {@code
 * kline-lewis-2019}, and Acas's separate conflict-cost model ({@code acas-2021}). {@link
 * io.github.justculture.cost.CostCalculator} estimates, compares scenarios, runs one-way
 * sensitivity and seeded Monte Carlo; money is {@link io.github.justculture.core.Gbp}, exact,
 * rounded to pence once when reported.
 *
 * <p>Sources: R. Kline and D. Lewis, "The price of fear", Public Money &amp; Management
 * 39(3):166–174 (2019); Acas, "Estimating the costs of workplace conflict" (Saundry and Urwin,
 * 2021).
 */
@NullMarked
package io.github.justculture.cost;

import org.jspecify.annotations.NullMarked;
