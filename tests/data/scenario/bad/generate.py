#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Writes the bad scenario corpus and its EXPECTED manifest: one broken
# file per error the loader reports. Run from this directory.
import json

BASE = {
    "format": "xitu-scenario",
    "version": 1,
    "name": "base",
    "disruption": {"supplier": "CHN", "stages": ["separation"], "cut": 50,
                   "duration_months": 6, "stock_months": 2},
    "upstream": [{"country": "MYS", "stage": "mining", "value": 0}],
    "buildout": {"timeline": "as-announced", "target": {"kind": "share-of-world", "value": 50},
                 "importer": "USA", "demand": [{"stage": "magnet", "t": 8000}]},
    "intensity": {"re_per_magnet": 0.3},
}


def variant(change):
    doc = json.loads(json.dumps(BASE))
    change(doc)
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def setter(path, value):
    def change(doc):
        node = doc
        for key in path[:-1]:
            node = node[key]
        node[path[-1]] = value
    return change


def deleter(path):
    def change(doc):
        node = doc
        for key in path[:-1]:
            node = node[key]
        del node[path[-1]]
    return change


CASES = [
    ("empty.json", b"", "EMPTY", "the file is empty (expected a JSON scenario)"),
    ("not-json.json", b"format: xitu-scenario\n", "NOT_JSON", "-"),
    ("truncated.json", variant(lambda d: None).encode()[:60], "NOT_JSON", "-"),
    ("array-root.json", b"[1, 2]\n", "WRONG_TYPE", "expected a JSON object at the top level"),
    ("bom.json", b"\xef\xbb\xbf" + variant(lambda d: None).encode(), "NOT_UTF8",
     "the file starts with a byte-order mark; save it as UTF-8 without BOM"),
    ("utf16.json", variant(lambda d: None).encode("utf-16"), "NOT_UTF8",
     "the file is UTF-16; save it as UTF-8"),
    ("latin1.json", variant(setter(["name"], "Détente")).encode("latin-1"), "NOT_UTF8", "-"),
    ("nul-byte.json", b'{"format": "xitu-scenario",\x00 "version": 1}', "NOT_UTF8", "-"),
    ("deeply-nested.json", (b"[" * 40) + (b"]" * 40), "TOO_DEEP", "JSON nested more than 16 levels deep"),
    ("wrong-format.json", variant(setter(["format"], "xitu-dataset")), "UNSUPPORTED_FORMAT",
     "format: “xitu-dataset” is not a Xitu scenario (expected \"xitu-scenario\")"),
    ("missing-format.json", variant(deleter(["format"])), "MISSING_MEMBER",
     "missing required member “format”"),
    ("wrong-version.json", variant(setter(["version"], 2)), "INVALID_VALUE", "version: 2 is outside 1–1"),
    ("unknown-top-member.json", variant(setter(["disruptoin"], {})), "UNKNOWN_MEMBER",
     "disruptoin: unknown member “disruptoin” (a typo?)"),
    ("name-number.json", variant(setter(["name"], 7)), "WRONG_TYPE",
     "name: expected a string, found a number"),
    ("unknown-preset.json", variant(setter(["preset"], "april")), "UNKNOWN_REFERENCE",
     "preset: unknown preset “april”"),
    ("cut-over-100.json", variant(setter(["disruption", "cut"], 120)), "OUT_OF_RANGE",
     "disruption.cut: 120 is outside 0–100 %"),
    ("cut-string.json", variant(setter(["disruption", "cut"], "50 %")), "WRONG_TYPE",
     "disruption.cut: expected a number, found a string"),
    ("negative-stock.json", variant(setter(["disruption", "stock_months"], -1)), "OUT_OF_RANGE",
     "disruption.stock_months: -1 is outside 0–120 months"),
    ("bad-spare.json", variant(setter(["disruption", "spare"], "some")), "INVALID_VALUE",
     "disruption.spare: unknown value “some” (expected one of auto, user)"),
    ("bad-supplier.json", variant(setter(["disruption", "supplier"], "china")), "INVALID_VALUE",
     "disruption.supplier: “china” is not a country code (expected upper-case ISO 3166 alpha-3 "
     "such as CHN, or a bloc such as EU27)"),
    ("unknown-supplier.json", variant(setter(["disruption", "supplier"], "ATL")), "UNKNOWN_REFERENCE",
     "disruption.supplier: unknown country “ATL” (not in the dataset)"),
    ("stages-not-array.json", variant(setter(["disruption", "stages"], "separation")), "WRONG_TYPE",
     "disruption.stages: expected an array, found a string"),
    ("unknown-stage.json", variant(setter(["disruption", "stages"], ["separation", "smelting"])),
     "UNKNOWN_REFERENCE", "disruption.stages[1]: unknown stage “smelting” (not in the dataset)"),
    ("duplicate-stage.json", variant(setter(["disruption", "stages"], ["separation", "separation"])),
     "INVALID_VALUE", "disruption.stages[1]: stage “separation” is listed twice"),
    ("bad-element.json", variant(setter(["disruption", "elements"], ["Tb", "Dy", "Xx"])), "INVALID_VALUE",
     "disruption.elements[2]: “Xx” is not a rare-earth element symbol (La–Lu, Sc, Y)"),
    ("empty-elements.json", variant(setter(["disruption", "elements"], [])), "INVALID_VALUE",
     "disruption.elements: must not be empty (leave it out for all rare earths)"),
    ("look-through-string.json", variant(setter(["disruption", "look_through"], "yes")), "WRONG_TYPE",
     "disruption.look_through: expected true or false, found a string"),
    ("disruption-unknown-member.json", variant(setter(["disruption", "cutt"], 5)), "UNKNOWN_MEMBER",
     "disruption.cutt: unknown member “cutt” (a typo?)"),
    ("upstream-not-array.json", variant(setter(["upstream"], {"MYS": 0})), "WRONG_TYPE",
     "upstream: expected an array, found an object"),
    ("upstream-not-object.json", variant(setter(["upstream"], [3])), "WRONG_TYPE",
     "upstream[0]: expected an object, found a number"),
    ("upstream-missing-value.json", variant(deleter(["upstream", 0, "value"])), "MISSING_MEMBER",
     "upstream[0]: missing required member “value”"),
    ("upstream-over-100.json", variant(setter(["upstream", 0, "value"], 150)), "OUT_OF_RANGE",
     "upstream[0].value: 150 is outside 0–100 %"),
    ("upstream-unknown-country.json",
     variant(lambda d: d["upstream"].append({"country": "ATL", "stage": "mining", "value": 5})),
     "UNKNOWN_REFERENCE", "upstream[1].country: unknown country “ATL” (not in the dataset)"),
    ("upstream-unknown-stage.json", variant(setter(["upstream", 0, "stage"], "refining")),
     "UNKNOWN_REFERENCE", "upstream[0].stage: unknown stage “refining” (not in the dataset)"),
    ("bad-timeline.json", variant(setter(["buildout", "timeline"], "asap")), "INVALID_VALUE",
     "buildout.timeline: unknown value “asap” (expected one of as-announced, slippage, lead-times)"),
    ("slippage-too-long.json", variant(setter(["buildout", "slippage_years"], 40)), "OUT_OF_RANGE",
     "buildout.slippage_years: 40 is outside 0–30 years"),
    ("bad-lead-time-end.json", variant(setter(["buildout", "lead_time_end"], "mid")), "INVALID_VALUE",
     "buildout.lead_time_end: unknown value “mid” (expected one of low, high)"),
    ("target-missing-kind.json", variant(deleter(["buildout", "target", "kind"])), "MISSING_MEMBER",
     "buildout.target: missing required member “kind”"),
    ("target-zero.json", variant(setter(["buildout", "target"], {"kind": "quantity", "value": 0})),
     "OUT_OF_RANGE", "buildout.target.value: a target of 0 t is not positive"),
    ("target-share-negative.json", variant(setter(["buildout", "target", "value"], -10)),
     "OUT_OF_RANGE", "buildout.target.value: -10 is outside 0–1000 % (exclusive of 0)"),
    ("demand-negative.json", variant(setter(["buildout", "demand", 0, "t"], -5)), "OUT_OF_RANGE",
     "buildout.demand[0].t: a demand of -5 t is not positive"),
    ("demand-duplicate.json",
     variant(lambda d: d["buildout"]["demand"].append({"stage": "magnet", "t": 1})),
     "INVALID_VALUE", "buildout.demand[1].stage: stage “magnet” already has a demand"),
    ("intensity-zero.json", variant(setter(["intensity", "re_per_magnet"], 0)), "OUT_OF_RANGE",
     "intensity.re_per_magnet: 0 is not a fraction in (0, 1]"),
    ("intensity-unknown.json", variant(setter(["intensity", "ndpr"], 0.2)), "UNKNOWN_MEMBER",
     "intensity.ndpr: unknown member “ndpr” (a typo?)"),
    ("intensity-not-object.json", variant(setter(["intensity"], [0.3])), "WRONG_TYPE",
     "intensity: expected an object, found an array"),
]

with open("EXPECTED", "w", encoding="utf-8") as manifest:
    manifest.write("# file\terror code\tmessage after \"FILE: \" (- = only the code is fixed)\n")
    manifest.write("# Loaded with the bundled dataset, so references are checked.\n")
    for name, data, code, message in CASES:
        with open(name, "wb") as out:
            out.write(data if isinstance(data, bytes) else data.encode("utf-8"))
        manifest.write(f"{name}\t{code}\t{message}\n")
