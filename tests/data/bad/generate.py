#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Regenerates the bad-dataset corpus from ../mini-dataset.json.

Each case is a mutation of the valid mini dataset and the exact error the
loader must give: the file name, the JSON path and what was expected. The
corpus files and EXPECTED are committed; run this after changing a case.
"""
import copy
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = json.load(open(os.path.join(HERE, '..', 'mini-dataset.json'), encoding='utf-8'))


def dump(doc):
    return json.dumps(doc, ensure_ascii=False, indent=1).encode('utf-8')


def mutate(fn):
    doc = copy.deepcopy(BASE)
    fn(doc)
    return dump(doc)


def setitem(path, value):
    def fn(doc):
        node = doc
        for key in path[:-1]:
            node = node[key]
        node[path[-1]] = value
    return fn


def delitem(path):
    def fn(doc):
        node = doc
        for key in path[:-1]:
            node = node[key]
        del node[path[-1]]
    return fn


def append(path, value):
    def fn(doc):
        node = doc
        for key in path:
            node = node[key]
        node.append(value)
    return fn


def deep():
    return b'{"format": "xitu-dataset", "version": 1, "title": ' + b'[' * 100 + b']' * 100 + b'}'


valid = dump(BASE)
dup_source = copy.deepcopy(BASE['sources'][0])

# name, bytes, error code, message after "NAME: "
CASES = [
    ('empty', b'', 'EMPTY', 'the file is empty (expected a JSON dataset)'),
    ('not-json', b'this is not JSON\n', 'NOT_JSON', None),
    ('truncated', valid[:400], 'NOT_JSON', None),
    ('truncated-in-string', valid[:valid.index(b'Test dataset') + 4], 'NOT_JSON', None),
    ('array-root', b'[]', 'WRONG_TYPE', 'expected a JSON object at the top level'),
    ('utf16', '{"format": "xitu-dataset"}'.encode('utf-16'), 'NOT_UTF8',
     'the file is UTF-16; save it as UTF-8'),
    ('latin1', valid.replace('测试数据集'.encode('utf-8'), b'donn\xe9es'), 'NOT_UTF8', None),
    ('bom', b'\xef\xbb\xbf' + valid, 'NOT_UTF8',
     'the file starts with a byte-order mark; save it as UTF-8 without BOM'),
    ('nul-byte', valid.replace(b'Test dataset', b'Test\x00dataset'), 'NOT_UTF8', None),
    ('deeply-nested', deep(), 'TOO_DEEP', 'JSON nested more than 64 levels deep'),
    ('wrong-format', mutate(setitem(['format'], 'geojson')), 'UNSUPPORTED_FORMAT',
     'format: “geojson” is not a Xitu dataset (expected "xitu-dataset")'),
    ('wrong-version', mutate(setitem(['version'], 2)), 'INVALID_VALUE', 'version: 2 is outside 1–1'),
    ('version-string', mutate(setitem(['version'], '1')), 'WRONG_TYPE',
     'version: expected an integer, found a string'),
    ('missing-format', mutate(delitem(['format'])), 'MISSING_MEMBER',
     'missing required member “format”'),
    ('unknown-top-member', mutate(setitem(['figurs'], [])), 'UNKNOWN_MEMBER',
     'figurs: unknown member “figurs” (a typo?)'),
    ('figures-not-array', mutate(setitem(['figures'], {})), 'WRONG_TYPE',
     'figures: expected an array, found an object'),
    ('figure-not-object', mutate(setitem(['figures', 2], 42)), 'WRONG_TYPE',
     'figures[2]: expected an object, found a number'),
    ('figure-unknown-source', mutate(setitem(['figures', 3, 'source'], 'nope')), 'UNKNOWN_REFERENCE',
     'figures[3].source: unknown source “nope” (not in sources)'),
    ('figure-unknown-country', mutate(setitem(['figures', 0, 'country'], 'XXX')), 'UNKNOWN_REFERENCE',
     'figures[0].country: unknown country “XXX” (not in countries)'),
    ('figure-unknown-partner', mutate(setitem(['figures', 16, 'partner'], 'JPX')), 'UNKNOWN_REFERENCE',
     'figures[16].partner: unknown country “JPX” (not in countries)'),
    ('figure-unknown-stage', mutate(setitem(['figures', 1, 'stage'], 'smelting')), 'UNKNOWN_REFERENCE',
     'figures[1].stage: unknown stage “smelting” (not in stages)'),
    ('figure-value-string', mutate(setitem(['figures', 0, 'value'], '270,000')), 'WRONG_TYPE',
     'figures[0].value: expected a number, found a string'),
    ('figure-missing-value', mutate(delitem(['figures', 0, 'value'])), 'MISSING_MEMBER',
     'figures[0]: missing required member “value”'),
    ('figure-missing-source', mutate(delitem(['figures', 5, 'source'])), 'MISSING_MEMBER',
     'figures[5]: missing required member “source”'),
    ('figure-missing-stage', mutate(delitem(['figures', 13, 'stage'])), 'MISSING_MEMBER',
     'figures[13]: missing required member “stage” (metric “share” is per stage)'),
    ('figure-empty-edition', mutate(setitem(['figures', 2, 'edition'], '')), 'INVALID_VALUE',
     'figures[2].edition: must not be empty'),
    ('share-over-100', mutate(setitem(['figures', 13, 'value'], 120)), 'OUT_OF_RANGE',
     'figures[13].value: a share of 120 % is outside 0–100 %'),
    ('negative-share', mutate(setitem(['figures', 14, 'value'], -5)), 'OUT_OF_RANGE',
     'figures[14].value: a share of -5 % is outside 0–100 %'),
    ('negative-quantity', mutate(setitem(['figures', 1, 'value'], -51000)), 'OUT_OF_RANGE',
     'figures[1].value: a quantity cannot be negative (-51000 t)'),
    ('huge-number', valid.replace(b'"value": 51000', b'"value": 1e999'), 'INVALID_VALUE',
     'figures[1].value: expected a finite number'),
    ('shares-sum-past-100', mutate(setitem(['figures', 14, 'value'], 10)), 'OUT_OF_RANGE',
     'figures[14]: the shares for separation 2023 (GCMO 2024) add up to 102 %, more than 100 %'),
    ('unknown-unit', mutate(setitem(['figures', 0, 'unit'], 'tonnes')), 'UNKNOWN_UNIT',
     'figures[0].unit: unknown value “tonnes” (expected one of t, %, USD/kg, USD, kg, years, months)'),
    ('unknown-metric', mutate(setitem(['figures', 0, 'metric'], 'output')), 'INVALID_VALUE',
     'figures[0].metric: unknown value “output” (expected one of production, reserves, share, '
     'top3-share, import-share, net-import-reliance, dependence-headline, imports, price, '
     'lead-time, capacity-target, export-share, exports)'),
    ('unknown-flag', mutate(setitem(['figures', 0, 'flags'], ['guessed'])), 'INVALID_VALUE',
     'figures[0].flags[0]: unknown flag “guessed”'),
    ('year-too-early', mutate(setitem(['figures', 0, 'year'], 1850)), 'INVALID_VALUE',
     'figures[0].year: 1850 is outside 1900–2100'),
    ('year-end-before-year', mutate(setitem(['figures', 16, 'year_end'], 2020)), 'INVALID_VALUE',
     'figures[16].year_end: the period ends before it starts'),
    ('na-with-value', mutate(setitem(['figures', 12, 'value'], 0)), 'INVALID_VALUE',
     'figures[12].value: a figure flagged not-available or withheld has no value'),
    ('import-share-no-partner', mutate(delitem(['figures', 16, 'partner'])), 'MISSING_MEMBER',
     'figures[16]: missing required member “partner” (an import share is from a partner)'),
    ('duplicate-source-id', mutate(append(['sources'], dup_source)), 'DUPLICATE_ID',
     'sources[4].id: duplicate source id'),
    ('duplicate-figure-id', mutate(setitem(['figures', 14, 'id'], 'sep-chn-2023')), 'DUPLICATE_ID',
     'figures[14].id: duplicate figure id'),
    ('duplicate-country', mutate(setitem(['countries', 1, 'code'], 'CHN')), 'DUPLICATE_ID',
     'countries[1].code: duplicate country code'),
    ('bad-id', mutate(setitem(['sources', 2, 'id'], 'IEA Report')), 'INVALID_VALUE',
     'sources[2].id: “IEA Report” is not a valid id (lower-case letters, digits and \'-\', at most 64)'),
    ('bad-date', mutate(setitem(['sources', 0, 'date'], '2026-13-01')), 'INVALID_VALUE',
     'sources[0].date: “2026-13-01” is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)'),
    ('bad-url', mutate(setitem(['sources', 0, 'url'], 'ftp://example.org/x')), 'INVALID_VALUE',
     'sources[0].url: “ftp://example.org/x” is not a web address (expected https://…)'),
    ('bad-source-kind', mutate(setitem(['sources', 1, 'kind'], 'blog')), 'INVALID_VALUE',
     'sources[1].kind: unknown value “blog” (expected one of official-statistics, agency, '
     'government, company, news, research)'),
    ('country-name-no-zh', mutate(delitem(['countries', 0, 'name', 'zh'])), 'MISSING_MEMBER',
     'countries[0].name: missing required member “zh”'),
    ('country-no-numeric', mutate(setitem(['countries', 2, 'numeric'], 0)), 'INVALID_VALUE',
     'countries[2].numeric: a country needs its ISO 3166-1 numeric code'),
    ('bloc-unknown-member', mutate(setitem(['countries', 5, 'members'], ['FRA'])), 'UNKNOWN_REFERENCE',
     'countries[5].members[0]: unknown country “FRA”'),
    ('claim-unknown-figure', mutate(setitem(['claims', 0, 'figures'], ['no-such-figure'])),
     'UNKNOWN_REFERENCE', 'claims[0].figures[0]: unknown figure “no-such-figure”'),
    ('claim-bad-verdict', mutate(setitem(['claims', 0, 'verdict'], 'true')), 'INVALID_VALUE',
     'claims[0].verdict: unknown verdict “true” (expected supported, partly-supported, '
     'contradicted, outdated, different-metric, unit-error or unverified)'),
    ('claim-check-unknown-figure', mutate(setitem(['claims', 0, 'check', 'figure'], 'x')),
     'UNKNOWN_REFERENCE', 'claims[0].check.figure: unknown figure “x” (no figure has this id)'),
    ('event-bad-kind', mutate(setitem(['events', 0, 'kind'], 'war')), 'INVALID_VALUE',
     'events[0].kind: unknown value “war” (expected one of export-control, suspension, '
     'regulation, deal, truce, plant, policy)'),
    ('facility-bad-latitude', mutate(setitem(['facilities', 0, 'lat'], 123.0)), 'OUT_OF_RANGE',
     'facilities[0].lat: latitude outside −90–90°'),
    ('facility-unknown-stage', mutate(setitem(['facilities', 0, 'stages'], ['mining', 'smelting'])),
     'UNKNOWN_REFERENCE', 'facilities[0].stages[1]: unknown stage “smelting”'),
    ('facility-capacity-no-unit', mutate(delitem(['facilities', 0, 'capacity_unit'])),
     'MISSING_MEMBER', 'facilities[0]: missing required member “capacity_unit”'),
    ('text-not-object', mutate(setitem(['stages', 0, 'name'], 'Mining')), 'WRONG_TYPE',
     'stages[0].name: expected an object, found a string'),
]


def main():
    for old in os.listdir(HERE):
        if old.endswith('.json'):
            os.unlink(os.path.join(HERE, old))
    with open(os.path.join(HERE, 'EXPECTED'), 'w', encoding='utf-8') as manifest:
        manifest.write('# file\terror code\tmessage after "FILE: " (- = only the code is fixed)\n')
        for name, data, code, message in CASES:
            with open(os.path.join(HERE, name + '.json'), 'wb') as f:
                f.write(data)
            manifest.write('%s.json\t%s\t%s\n' % (name, code, message or '-'))


if __name__ == '__main__':
    main()
