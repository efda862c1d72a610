#!/usr/bin/env python3
"""Writes synthetic-trusts.csv: 200 made-up NHS trusts for the worked example.

SYNTHETIC DATA. The codes (SYN001...), headcounts and prevalences are drawn from a seeded
random generator; they describe no real trust. Headcounts are spread like those of NHS trusts
(roughly 1,500 to 25,000 staff); prevalence, the share of staff bullied in a year, is drawn
between 0.15 and 0.30. Run again and the file is the same byte for byte.
"""
import csv
import math
import random
import sys

REGIONS = [
    "East of England",
    "London",
    "Midlands",
    "North East and Yorkshire",
    "North West",
    "South East",
    "South West",
]

def main(path):
    rng = random.Random(2026)
    with open(path, "w", newline="", encoding="utf-8") as f:
        out = csv.writer(f, lineterminator="\n")
        out.writerow(["code", "region", "headcount", "prevalence"])
        for i in range(1, 201):
            headcount = int(min(25000, max(1500, math.exp(rng.gauss(math.log(5500), 0.6)))))
            prevalence = round(rng.uniform(0.15, 0.30), 3)
            out.writerow([f"SYN{i:03d}", rng.choice(REGIONS), headcount, f"{prevalence:.3f}"])

if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "synthetic-trusts.csv")
