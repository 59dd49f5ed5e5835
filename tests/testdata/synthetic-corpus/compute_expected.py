#!/usr/bin/env python3
"""Computes expected.json from the corpus files alone, without any project code: the two
coders' agreement (Krippendorff's alpha and percent agreement per code), the adjudicated
case set and every number of the report before disclosure control. Standard library only.

Run from anywhere: python3 compute_expected.py"""
import csv
import json
import os
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))

ILO = ["ilo.abuse_of_vulnerability", "ilo.deception", "ilo.restriction_of_movement", "ilo.isolation",
       "ilo.physical_sexual_violence", "ilo.intimidation_threats", "ilo.retention_of_documents",
       "ilo.withholding_of_wages", "ilo.debt_bondage", "ilo.abusive_conditions", "ilo.excessive_overtime"]
INTERVAL_CODES = {"attr.pay_withheld_percent"}
K = 5


def read_csv(name):
    with open(os.path.join(HERE, name), encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def is_presence(code):
    return code.startswith("ilo.") or code.startswith("palermo.")


# ---- Agreement ---------------------------------------------------------------------------

def coding_table(rows):
    """(unit, code) -> {coder: value} following the plan's rule: a coder who coded a unit (gave
    it at least one present code or attribute value) gives every presence code 1 or 0 there; an
    attribute only when they gave a value. The CSV files already hold 1/0 for every presence
    code and an empty value for a missing attribute; this recomputes it from the applications."""
    coded_units = defaultdict(set)  # coder -> units
    applied = defaultdict(dict)  # (unit, code) -> {coder: value}
    for r in rows:
        given = r["value"] == "1" if is_presence(r["code"]) else r["value"] != ""
        if given:
            coded_units[r["coder"]].add(r["unit"])
            applied[(r["unit"], r["code"])][r["coder"]] = r["value"]
    codes = sorted({r["code"] for r in rows})
    units = sorted(set().union(*coded_units.values()))
    table = {}
    for code in codes:
        for unit in units:
            values = {}
            for coder, their_units in coded_units.items():
                if unit not in their_units:
                    continue
                value = applied.get((unit, code), {}).get(coder)
                if value is None and is_presence(code):
                    value = "0"
                if value is not None:
                    values[coder] = value
            table[(unit, code)] = values
    return codes, units, sorted(coded_units), table


def delta2(a, b, level):
    if level == "interval":
        return (float(a) - float(b)) ** 2
    return 0.0 if a == b else 1.0


def alpha(units_values, level):
    """Krippendorff's alpha from the coincidence matrix; units with fewer than two values are
    not pairable. Returns (alpha or None when undefined, pairable value count, pairable units)."""
    coincidence = defaultdict(float)
    pairable_units = 0
    for values in units_values:
        m = len(values)
        if m < 2:
            continue
        pairable_units += 1
        for i, a in enumerate(values):
            for j, b in enumerate(values):
                if i != j:
                    coincidence[(a, b)] += 1.0 / (m - 1)
    totals = defaultdict(float)
    for (a, _), w in coincidence.items():
        totals[a] += w
    n = sum(totals.values())
    if n <= 1:
        return None, int(round(n)), pairable_units
    observed = sum(w * delta2(a, b, level) for (a, b), w in coincidence.items()) / n
    expected = sum(totals[a] * totals[b] * delta2(a, b, level) for a in totals for b in totals) / (n * (n - 1))
    if expected == 0:
        return None, int(round(n)), pairable_units
    return 1 - observed / expected, int(round(n)), pairable_units


def percent_agreement(units_values):
    """0-100: the share of equal pairs among the pairs of values within a unit; None without pairs."""
    agreeing = total = 0
    for values in units_values:
        for i, a in enumerate(values):
            for b in values[i + 1:]:
                total += 1
                agreeing += a == b
    return (100.0 * agreeing / total) if total else None


def agreement(rows):
    codes, units, coders, table = coding_table(rows)
    per_code = {}
    disagreements = []
    only_one_coder = []
    for code in codes:
        level = "interval" if code in INTERVAL_CODES else "nominal"
        units_values = [list(table[(u, code)].values()) for u in units]
        a, pairable, pairable_units = alpha(units_values, level)
        per_code[code] = {
            "level": level,
            "alpha": None if a is None else round(a, 6),
            "percent_agreement": round(percent_agreement(units_values), 6),
            "units": pairable_units,
            "coders": len({c for u in units for c in table[(u, code)]}),
            "pairable_values": pairable,
        }
        for u in units:
            values = table[(u, code)]
            if len(values) >= 2 and len(set(values.values())) > 1:
                disagreements.append({"unit": u, "code": code, "values": dict(sorted(values.items()))})
            elif 0 < len(values) < len(coders):
                only_one_coder.append({"unit": u, "code": code, "values": dict(sorted(values.items()))})
    # Overall: every nominal code pooled into one variable whose units are the (unit, code) pairs,
    # values compared as written (so "1" of one code equals "1" of another); interval codes left out.
    pooled = [list(table[(u, code)].values()) for code in codes if code not in INTERVAL_CODES for u in units]
    overall, overall_values, overall_units = alpha(pooled, "nominal")
    return {"units": len(units), "coders": coders, "codes": per_code,
            "overall": {"definition": "nominal codes pooled, units = (unit, code) pairs, values as written",
                        "alpha": round(overall, 6), "percent_agreement": round(percent_agreement(pooled), 6),
                        "units": overall_units, "pairable_values": overall_values,
                        "pooled_codes": [c for c in codes if c not in INTERVAL_CODES]},
            "disagreements": disagreements,
            "values_from_one_coder_only": only_one_coder}


# ---- Adjudicated set ---------------------------------------------------------------------

def adjudicated_cases(rows, adjudication):
    codes, units, coders, table = coding_table(rows)
    decided = {(r["unit"], r["code"]): r["value"] for r in adjudication}
    cases = {}
    unresolved = []
    for u in units:
        final = {}
        for code in codes:
            if (u, code) in decided:
                value = decided[(u, code)]
            else:
                values = set(table[(u, code)].values())
                if not values:
                    continue  # an attribute no coder gave stays unrecorded
                if len(values) != 1 or (not is_presence(code) and len(table[(u, code)]) < len(coders)):
                    unresolved.append((u, code))
                    continue
                value = values.pop()
            if is_presence(code):
                if value == "1":
                    final[code] = None
            else:
                final[code] = value
        cases[u] = final
    assert not unresolved, unresolved
    return cases


# ---- Report ------------------------------------------------------------------------------

def quantile7(sorted_values, p):
    """Hyndman & Fan type 7 (linear interpolation between closest ranks; R's default)."""
    h = (len(sorted_values) - 1) * p
    lower = int(h)
    upper = min(lower + 1, len(sorted_values) - 1)
    return sorted_values[lower] + (h - lower) * (sorted_values[upper] - sorted_values[lower])


def counts(values):
    return dict(sorted(Counter(values).items()))


def in_order(keys):
    return sorted(keys, key=lambda key: (len(key), key))


def primary(table):
    """Cells disclosure control must suppress for themselves: 0 < count < k (a 0 discloses no one)."""
    return in_order(key for key, n in table.items() if 0 < n < K)


def zeros(table):
    return in_order(key for key, n in table.items() if n == 0)


def report(cases):
    n = len(cases)
    per_indicator = {code: sum(code in c for c in cases.values()) for code in ILO}
    per_case = Counter(sum(code in c for code in ILO) for c in cases.values())
    distribution = {str(k): per_case.get(k, 0) for k in range(12)}

    def has(c, prefix):
        return any(code.startswith(prefix) for code in c)

    palermo = {
        "palermo.act": sum(has(c, "palermo.act.") for c in cases.values()),
        "palermo.means": sum(has(c, "palermo.means.") for c in cases.values()),
        "palermo.purpose": sum(has(c, "palermo.purpose.") for c in cases.values()),
        "palermo.definition": sum(has(c, "palermo.act.") and has(c, "palermo.means.") and has(c, "palermo.purpose.") for c in cases.values()),
    }
    by_country = counts(c["attr.host_country"] for c in cases.values())
    by_sector = counts(c["attr.sector"] for c in cases.values())
    by_year = counts(c["attr.mission_years"].split("-")[0] for c in cases.values())
    pay = sorted(float(c["attr.pay_withheld_percent"]) for c in cases.values() if "attr.pay_withheld_percent" in c)
    return {
        "cases": n,
        "indicators": {code: {"count": k, "percent": round(100.0 * k / n, 6)} for code, k in per_indicator.items()},
        "indicators_per_case": distribution,
        # Cases with any act, any means, any purpose, and all three (the Palermo definition).
        "palermo": {key: {"count": k, "percent": round(100.0 * k / n, 6)} for key, k in palermo.items()},
        "by_country": by_country,
        "by_sector": by_sector,
        "by_start_year": by_year,
        "pay_withheld_percent": {
            "n": len(pay), "min": pay[0], "q1": round(quantile7(pay, 0.25), 6), "median": round(quantile7(pay, 0.5), 6),
            "q3": round(quantile7(pay, 0.75), 6), "max": pay[-1]},
        # Disclosure control at k = 5: these cells at least (1 to 4 cases) must be suppressed;
        # complementary suppression may hide more. Zero cells are listed apart.
        "primary_suppressed": {
            "k": K,
            "indicators": primary(per_indicator),
            "indicators_per_case": primary(distribution),
            "palermo": primary(palermo),
            "by_country": primary(by_country),
            "by_sector": primary(by_sector),
            "by_start_year": primary(by_year),
            "pay_withheld_cases": 0 < len(pay) < K,
        },
        "zero_cells": {"indicators": zeros(per_indicator), "indicators_per_case": zeros(distribution), "palermo": zeros(palermo)},
    }


def consents():
    result = {}
    for name in sorted(os.listdir(os.path.join(HERE, "testimonies"))):
        with open(os.path.join(HERE, "testimonies", name), encoding="utf-8") as f:
            answers = json.load(f)["answers"]
        result[name.removesuffix(".json")] = {
            "statistics": answers.get("consent_statistics") is True,
            "quotes": answers.get("consent_quotes") is True}
    return result


def main():
    rows = read_csv("coder-ana.csv") + read_csv("coder-beto.csv")
    adjudication = read_csv("adjudication.csv")
    cases = adjudicated_cases(rows, adjudication)
    consent = consents()
    with_consent = {u: c for u, c in cases.items() if consent[u]["statistics"]}
    expected = {
        "generated_by": "compute_expected.py (independent of the project code)",
        "agreement": agreement(rows),
        "adjudicated_cases": {u: dict(sorted(c.items())) for u, c in cases.items()},
        "without_consent_statistics": sorted(u for u, c in consent.items() if not c["statistics"]),
        "without_consent_quotes": sorted(u for u, c in consent.items() if not c["quotes"]),
        "report_consenting_cases": report(with_consent),
        "report_all_cases": report(cases),
    }
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)
        f.write("\n")


if __name__ == "__main__":
    main()
