# Reads a national sweep's results back and plots them (gnuplot 5).
#   gnuplot -e "results='out/results.csv'; out='out/cost-by-headcount.svg'" plot.gp
# The results are the CSV of `justculture cost sweep --id code,region --draws N`: plain numbers in
# pounds, one row per trust, so gnuplot (like pandas or R) reads them without any conversion.
set datafile separator comma
set datafile columnheaders

# Read back: how many trusts, and their point estimates summed.
stats results using (column("total")) nooutput
set print "-"
print sprintf("trusts: %d", STATS_records)
print sprintf("national total: %.1f million pounds (point estimates, summed)", STATS_sum / 1e6)
print sprintf("largest trust total: %.1f million pounds", STATS_max / 1e6)

set terminal svg size 900,600 dynamic font "sans,12"
set output out
set title "Cost of bullying and harassment by trust (SYNTHETIC trusts, Kline and Lewis 2019 model)"
set xlabel "Headcount"
set ylabel "Estimated annual cost (£ million)"
set format y "£%.0f"
set key top left
set grid
plot results using (column("headcount")):(column("totalP50") / 1e6):(column("totalP5") / 1e6):(column("totalP95") / 1e6) \
       with yerrorbars pointtype 7 pointsize 0.4 title "simulated median, P5 to P95", \
     results using (column("headcount")):(column("total") / 1e6) \
       with points pointtype 6 pointsize 0.6 title "point estimate"
