#!/usr/bin/env python3
"""Writes training-campaign-2025.csv: a measured-style hourly load of a GPU training cluster for
scenarios/measured-load-trace.yaml, as a fraction of the group's peak.

Not measured data: a seeded generator (Python's Mersenne Twister, seed 20251130), so the file can
be rebuilt byte for byte with `python3 generate-training-campaign.py`. The shape follows what
operators describe for training clusters: jobs of 2-14 days near full power (0.86-0.97 of peak,
with +-1.5 % hour-to-hour noise), separated by idle gaps of 4-36 hours at 0.18-0.30 of peak while the
next job is staged, and one maintenance day a quarter at 0.05.
"""
import random

random.seed(20251130)
HOURS = 8760
load = []
while len(load) < HOURS:
    job_hours = random.randint(48, 14 * 24)
    level = random.uniform(0.86, 0.97)
    load += [min(1.0, max(0.0, level + random.uniform(-0.015, 0.015))) for _ in range(job_hours)]
    idle_hours = random.randint(4, 36)
    idle = random.uniform(0.18, 0.30)
    load += [idle] * idle_hours
load = load[:HOURS]
for quarter_start in (24 * 45, 24 * 136, 24 * 227, 24 * 318):
    for h in range(quarter_start, quarter_start + 24):
        load[h] = 0.05

months = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
with open("training-campaign-2025.csv", "w", newline="\n") as out:
    out.write("timestamp,fraction\n")
    h = 0
    for month, days in enumerate(months, start=1):
        for day in range(1, days + 1):
            for hour in range(24):
                out.write(f"2025-{month:02d}-{day:02d} {hour:02d}:00,{load[h]:.4f}\n")
                h += 1
