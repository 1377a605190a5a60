#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the import fixtures byte for byte: the trimmed copy of the real
USGS MCS 2026 data release (when ../shared is there), hand-made files that
reproduce every quirk the importers handle, and the bad-input corpus in
bad/ with its EXPECTED list. The files are committed; run this only to
change them:

    tests/data/import/generate.py [PATH/TO/MCS2026_Commodities_Data.csv]
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
BAD = os.path.join(HERE, 'bad')

USGS_HEADER = (b'MCS chapter,Section,Commodity,Country,Statistics,Statistics_detail,Unit,Year,'
               b'Value,Notes,Is critical mineral 2025,Other notes')
WORLD = b'RARE EARTHS,World Mine Production and Reserves,Rare Earths,'
SALIENT = b'RARE EARTHS,Salient Statistics\x97United States,Rare Earths,United States,'


def write(path, data):
    with open(path, 'wb') as f:
        f.write(data)


def crlf(lines):
    return b''.join(line + b'\r\n' for line in lines)


def lf(lines):
    return b''.join(line + b'\n' for line in lines)


# The real file, trimmed: its header, two rows of another chapter, every
# RARE EARTHS row and three RARE EARTHS (Heavy) rows, each line unchanged
# (Windows-1252, CRLF).
def trimmed_usgs(source):
    with open(source, 'rb') as f:
        lines = f.read().split(b'\r\n')
    assert lines[0] == USGS_HEADER, 'unexpected header'
    other = [l for l in lines[1:] if l.startswith(b'ABRASIVES')][:2]
    rare = [l for l in lines[1:] if l.startswith(b'RARE EARTHS,')]
    heavy = [l for l in lines[1:] if l.startswith(b'RARE EARTHS (Heavy),')][:3]
    assert len(rare) == 164, len(rare)
    write(os.path.join(HERE, 'usgs-mcs2026-rare-earths.csv'),
          crlf([lines[0]] + other + rare + heavy))


# Every quirk of the long format, in Windows-1252 with CRLF line ends.
# Line numbers matter: the tests assert them.
USGS_LONG_QUIRKS = [
    USGS_HEADER,                                                                        # 1
    WORLD + b'China,Production,Mine production,metric tons,2025,"270,000",Estimated.,Yes,',  # 2
    WORLD + b'Burma,Production,Mine production,metric tons,2025,NA,,Yes,',                   # 3
    WORLD + b'Canada,Production,Mine production,metric tons,2025,\x97,,Yes,',                # 4
    WORLD + b'"Korea, Republic of",Production,Mine production,metric tons,2025,W,'
            b'Withheld to avoid disclosing company proprietary data.,Yes,',                 # 5
    WORLD + b'World total,Production,Mine production: rounded,metric tons,2025,"390,000",'
            b'Estimated.,Yes,',                                                              # 6
    WORLD + b'Other countries,Production,Mine production,metric tons,2025,550,Estimated.,Yes,',  # 7
    WORLD + b'World total,Reserves,Reserves: rounded,metric tons,2025,">85,000,000",,Yes,',  # 8
    WORLD + b'Brazil,Reserves,Reserves,metric tons,2025,"21,000,000","A note on two lines:\r\n'
            b'the second has ""quotes"", and a comma.",Yes,',                                # 9-10
    SALIENT + b'Net import reliance,Net import reliance as a percentage of apparent '
              b'consumption: Compounds and metals,percent,2021,>95,'
              b'Defined as imports \x96 exports.,Yes,',                                      # 11
    SALIENT + b'Net import reliance,Net import reliance as a percentage of apparent '
              b'consumption: Mineral concentrates,percent,2025,E,'
              b'Estimated. -- Defined as imports \x96 exports.,Yes,',                        # 12
    b'RARE EARTHS,Import Sources,Rare Earths,China,Import sources 2021-2024,'
    b'Rare-earth compounds and metals,percent,2021\x9624,71,Includes Hong Kong.,Yes,',      # 13
    b'RARE EARTHS,Import Sources,Rare Earths,Other countries,Import sources 2021-2024,'
    b'Rare-earth compounds and metals,percent,2021\x9624,29,,Yes,',                         # 14
    WORLD + b'Atlantis,Production,Mine production,metric tons,2025,100,,Yes,',               # 15
    SALIENT + b'Employment,"Employment, mine and mill, annual average, number",number,2025,'
              b'300,,Yes,',                                                                  # 16
    b'ABRASIVES (MANUFACTURED),Salient Statistics\x97United States,Abrasives (Manufactured),'
    b'United States,Production,Production: Silicon carbide,metric tons,2025,"35,000",,No,',  # 17
    WORLD + b'Thailand,Production,Mine production,metric tons,2025e,"4,800",,Yes,',          # 18
    WORLD + b'C\xf4te d\x92Ivoire,Production,Mine production,metric tons,2025,10,,Yes,',     # 19
    SALIENT + b'Price,"Price, average, dollars per kilogram: Neodymium-praseodymium (NdPr) '
              b'oxide, 99% minimum",dollars per kilogram,2025,69,'
              b'Estimated. -- Free on board.,Yes,',                                          # 20
    SALIENT + b'Production,Production: Mineral concentrates,metric tons,2025,"51,000",'
              b'Estimated.,Yes,',                                                            # 21
    WORLD + b'United States,Production,Mine production,metric tons,2025,"51,000",'
            b'Estimated.,Yes,',                                                              # 22
]

# The older per-commodity world table: UTF-8 with a byte-order mark, LF,
# spaces after the commas of the header. Values are made up for the test.
USGS_WIDE_QUIRKS = [
    '\ufeffSource, Country, Type, Prod_t_2022, Prod_t_est_2023, Prod_notes, Reserves_t, '
    'Reserves_notes',                                                                        # 1
    'MCS2024,United States,Mine production,"42,000","43,000",,"1,800,000",',                 # 2
    'MCS2024,Burma,Mine production,"12,000","38,000",Estimated from imports into China.,NA,',  # 3
    'MCS2024,China,Mine production,"210,000","240,000",Production quota.,"44,000,000",',      # 4
    'MCS2024,Canada,Mine production,—,—,,"830,000",',                                        # 5
    'MCS2024,Other countries,Mine production,"1,200",W,,NA,',                                # 6
    'MCS2024,World total (rounded),Mine production,"300,000","350,000",,">110,000,000",',     # 7
    'MCS2024,Narnia,Mine production,5,5,,,',                                                 # 8
    'MCS2024,India,Mine production,"2,900",abc,,"6,900,000",',                               # 9
]

COMTRADE_HEADER = (
    'typeCode,freqCode,refPeriodId,refYear,refMonth,period,reporterCode,reporterISO,'
    'reporterDesc,flowCode,flowDesc,partnerCode,partnerISO,partnerDesc,partner2Code,'
    'partner2ISO,partner2Desc,classificationCode,classificationSearchCode,'
    'isOriginalClassification,cmdCode,cmdDesc,aggrLevel,isLeaf,customsCode,customsDesc,'
    'mosCode,motCode,motDesc,qtyUnitCode,qtyUnitAbbr,qty,isQtyEstimated,altQtyUnitCode,'
    'altQtyUnitAbbr,altQty,isAltQtyEstimated,netWgt,isNetWgtEstimated,grossWgt,'
    'isGrossWgtEstimated,cifvalue,fobvalue,primaryValue,legacyEstimationFlag,isReported,'
    'isAggregate')

REPORTERS = {156: ('CHN', 'China'), 842: ('USA', 'USA'), 392: ('JPN', 'Japan'),
             97: ('EUR', 'European Union')}
PARTNERS = {
    0: ('W00', 'World'), 104: ('MMR', 'Myanmar'), 458: ('MYS', 'Malaysia'),
    418: ('LAO', "Lao People's Dem. Rep."), 899: ('_X', 'Areas, nes'),
    842: ('USA', 'USA'), 490: ('S19', 'Other Asia, nes'), 97: ('EUR', 'European Union'),
    156: ('CHN', 'China'), 392: ('JPN', 'Japan'), 251: ('FRA', 'France'),
    699: ('IND', 'India'), 579: ('NOR', 'Norway'), 757: ('CHE', 'Switzerland'),
    999: ('ZZZ', 'Ruritania'), 276: ('DEU', 'Germany'), 643: ('RUS', 'Russian Federation'),
}
CMD = {
    '2846': '"Compounds, inorganic or organic, of rare-earth metals, of yttrium or of scandium '
            'or of mixtures of these metals"',
    '284690': 'Rare-earth metal compounds; other than cerium compounds',
    '280530': '"Rare-earth metals, scandium and yttrium, whether or not intermixed or '
              'interalloyed"',
    '850511': '"Magnets; permanent magnets and articles intended to become permanent magnets '
              'after magnetisation, of metal"',
    '2805': '"Alkali or alkaline-earth metals; rare-earth metals, scandium and yttrium"',
}


def comtrade_row(reporter, flow, partner, cmd, value, weight, year=2024, freq='A',
                 partner2=0, customs='C00', mot=0, aggregate='False'):
    r_iso, r_desc = REPORTERS[reporter]
    p_iso, p_desc = PARTNERS[partner]
    flow_desc = {'M': 'Import', 'X': 'Export', 'RM': 'Re-import'}[flow]
    if ',' in p_desc:
        p_desc = '"%s"' % p_desc
    period = str(year) if freq == 'A' else '%d01' % year
    fields = [
        'C', freq, '%d0101' % year, str(year), '52' if freq == 'A' else '1', period,
        str(reporter), r_iso, r_desc, flow, flow_desc, str(partner), p_iso, p_desc,
        str(partner2), 'W00' if partner2 == 0 else 'MYS', 'World' if partner2 == 0 else 'Malaysia',
        'H6', 'HS', 'True', cmd, CMD[cmd], str(len(cmd)), 'True' if len(cmd) == 6 else 'False',
        customs, 'TOTAL CPC' if customs == 'C00' else 'Inward processing', '0', str(mot),
        'TOTAL MOT' if mot == 0 else 'Sea', '8', 'kg', weight, 'False', '-1', 'N/A', '0', 'False',
        weight, 'False', '0', 'False', value if flow == 'M' else '', value if flow == 'X' else '',
        value, '0', 'True', aggregate,
    ]
    return ','.join(fields)


# China's imports of HS 2846 with a World row, USA's imports of HS 2805.30
# without one, Japan's exports of HS 8505.11, and one row for each thing the
# importer leaves out. Line numbers in the comments.
COMTRADE_QUIRKS = [
    COMTRADE_HEADER,                                                              # 1
    comtrade_row(156, 'M', 0, '2846', '1386600000', '100000000'),                 # 2
    comtrade_row(156, 'M', 104, '2846', '817800000', '60000000'),                 # 3
    comtrade_row(156, 'M', 458, '2846', '300000000', '20000000'),                 # 4
    comtrade_row(156, 'M', 418, '2846', '100000000', '0'),                        # 5
    comtrade_row(156, 'M', 899, '2846', '50000000', '10000000'),                  # 6
    comtrade_row(156, 'M', 842, '2846', '68800000', '5000000'),                   # 7
    comtrade_row(156, 'M', 490, '2846', '20000000', '1000000'),                   # 8
    comtrade_row(156, 'M', 104, '284690', '700000000', '50000000'),               # 9
    comtrade_row(156, 'M', 97, '2846', '29800000', '4000000', aggregate='True'),  # 10
    comtrade_row(156, 'M', 458, '2846', '1000', '10', partner2=458),              # 11
    comtrade_row(156, 'M', 458, '2846', '2000', '20', mot=2100),                  # 12
    comtrade_row(842, 'M', 156, '280530', '30000000', '3000000'),                 # 13
    comtrade_row(842, 'M', 392, '280530', '10000000', '500000'),                  # 14
    comtrade_row(842, 'M', 251, '280530', '10000000', '500000'),                  # 15
    comtrade_row(392, 'X', 0, '850511', '1000000000', '20000000'),                # 16
    comtrade_row(392, 'X', 699, '850511', '200000000', '4000000'),                # 17
    comtrade_row(392, 'X', 579, '850511', '100000000', '2000000'),                # 18
    comtrade_row(392, 'X', 757, '850511', '50000000', '1000000'),                 # 19
    comtrade_row(156, 'M', 104, '2846', '5000', '10', freq='M'),                  # 20
    comtrade_row(156, 'RM', 104, '2846', '5000', '10'),                           # 21
    comtrade_row(156, 'M', 104, '2805', '5000', '10'),                            # 22
    comtrade_row(156, 'M', 999, '2846', '5000', '10'),                            # 23
    comtrade_row(156, 'M', 104, '2846', '5000', '10', customs='C01'),             # 24
]

# Comtrade code 97, the European Union: as a reporter (2024 with a World
# row, and 2019, when the EU still had the United Kingdom), as a partner
# with a World row, and as a partner beside one of its members without one.
# Made-up round numbers. Line numbers in the comments.
COMTRADE_EU = [
    COMTRADE_HEADER,                                                              # 1
    comtrade_row(97, 'M', 0, '280530', '1000000000', '10000000'),                 # 2
    comtrade_row(97, 'M', 156, '280530', '600000000', '6000000'),                 # 3
    comtrade_row(97, 'M', 643, '280530', '250000000', '2500000'),                 # 4
    comtrade_row(97, 'M', 458, '280530', '150000000', '1500000'),                 # 5
    comtrade_row(97, 'M', 0, '280530', '500000000', '5000000', year=2019),        # 6
    comtrade_row(97, 'M', 156, '280530', '400000000', '4000000', year=2019),      # 7
    comtrade_row(156, 'X', 0, '2846', '2000000000', '40000000'),                  # 8
    comtrade_row(156, 'X', 97, '2846', '500000000', '10000000'),                  # 9
    comtrade_row(156, 'X', 842, '2846', '300000000', '6000000'),                  # 10
    comtrade_row(392, 'M', 97, '850511', '100000000', '1000000'),                 # 11
    comtrade_row(392, 'M', 276, '850511', '250000000', '2500000'),                # 12
    comtrade_row(392, 'M', 156, '850511', '750000000', '7500000'),                # 13
]

# Bad inputs: (file, bytes, kind, expected). kind is "ERROR CODE" (the
# import fails; expected is the whole message) or "SKIP LINE" (the import
# succeeds; the row on LINE is skipped for the reason expected).
GOOD_LONG = WORLD + b'China,Production,Mine production,metric tons,2025,"270,000",Estimated.,Yes,'
GOOD_WIDE = b'MCS2024,China,Mine production,"210,000","240,000",,"44,000,000",'
WIDE_HEADER = (b'Source,Country,Type,Prod_t_2022,Prod_t_est_2023,Prod_notes,Reserves_t,'
               b'Reserves_notes')


def utf16(text, bom=True):
    return (b'\xff\xfe' if bom else b'') + text.encode('utf-16-le')


BAD_CASES = [
    # USGS data release (long)
    ('usgs-empty.csv', b'', 'ERROR EMPTY', 'usgs-empty.csv: the file is empty'),
    ('usgs-blank.csv', b'\xef\xbb\xbf \r\n\r\n', 'ERROR EMPTY', 'usgs-blank.csv: the file is empty'),
    ('usgs-utf16.csv', utf16(USGS_HEADER.decode() + '\r\n'), 'ERROR ENCODING',
     'usgs-utf16.csv: the file is UTF-16 text; save it as CSV in UTF-8 (or Windows-1252) and '
     'import it again'),
    ('usgs-utf16-no-bom.csv', utf16(USGS_HEADER.decode() + '\r\n', bom=False), 'ERROR ENCODING',
     'usgs-utf16-no-bom.csv: the file is UTF-16 text; save it as CSV in UTF-8 (or '
     'Windows-1252) and import it again'),
    ('usgs-binary.csv', crlf([USGS_HEADER, GOOD_LONG]) + b'\x00\x01\x02PK\x03\x04',
     'ERROR BINARY', 'usgs-binary.csv:3: NUL byte; this is a binary file, not CSV text'),
    ('usgs-unbalanced-quote.csv',
     crlf([USGS_HEADER, GOOD_LONG,
           WORLD + b'India,Production,Mine production,metric tons,2025,"2,900,Estimated.,Yes,',
           GOOD_LONG]),
     'ERROR UNTERMINATED_QUOTE',
     'usgs-unbalanced-quote.csv:3: unterminated quoted field: the quote opened here closes on '
     'line 4, where text follows it'),
    ('usgs-text-after-quote.csv',
     crlf([USGS_HEADER, GOOD_LONG,
           WORLD + b'India,Production,Mine production,metric tons,2025,"2,900"t,,Yes,']),
     'ERROR BAD_QUOTE',
     'usgs-text-after-quote.csv:3: text after the closing quote of a field; inside a quoted '
     'field, write a quote as two quotes'),
    ('usgs-wrong-header.csv',
     crlf([USGS_HEADER.replace(b'Statistics,', b'Statistic,'), GOOD_LONG]), 'ERROR HEADER',
     'usgs-wrong-header.csv:1: the USGS header has no "Statistics" column; expected MCS '
     'chapter,Section,Commodity,Country,Statistics,Statistics_detail,Unit,Year,Value,Notes,…'),
    ('usgs-truncated.csv', crlf([USGS_HEADER, GOOD_LONG]) + GOOD_LONG[:70], 'SKIP 3',
     'expected 12 fields, found 5'),
    ('usgs-non-numeric.csv',
     crlf([USGS_HEADER, GOOD_LONG,
           WORLD + b'India,Production,Mine production,metric tons,2025,about 3000,,Yes,']),
     'SKIP 3', 'value "about 3000" is not a number or a USGS symbol (NA, W, E, —, >N)'),
    ('usgs-bad-grouping.csv',
     crlf([USGS_HEADER, GOOD_LONG,
           WORLD + b'India,Production,Mine production,metric tons,2025,"2,90",,Yes,']),
     'SKIP 3', 'value "2,90" is not a number or a USGS symbol (NA, W, E, —, >N)'),
    ('usgs-bad-year.csv',
     crlf([USGS_HEADER, GOOD_LONG,
           WORLD + b'India,Production,Mine production,metric tons,20x5,"2,900",,Yes,']),
     'SKIP 3', 'year "20x5" is not a year or a range such as 2021–24'),
    ('usgs-bad-unit.csv',
     crlf([USGS_HEADER, GOOD_LONG,
           WORLD + b'India,Production,Mine production,percent,2025,"2,900",,Yes,']),
     'SKIP 3', 'unit "percent" does not fit production'),
    ('usgs-no-rare-earths.csv',
     crlf([USGS_HEADER,
           b'ZINC,World Mine Production and Reserves,Zinc,China,Production,Mine production,'
           b'thousand metric tons,2025,"4,000",,Yes,',
           b'ZINC,World Mine Production and Reserves,Zinc,Peru,Production,Mine production,'
           b'thousand metric tons,2025,"1,400",,Yes,']),
     'ERROR NO_DATA', 'usgs-no-rare-earths.csv: none of the 2 rows is in the "RARE EARTHS" chapter'),
    ('usgs-all-bad.csv',
     crlf([USGS_HEADER,
           WORLD + b'China,Production,Mine production,metric tons,2025,lots,,Yes,',
           WORLD + b'India,Production,Mine production,metric tons,2025,some,,Yes,']),
     'ERROR NO_DATA',
     'usgs-all-bad.csv: no figures in 2 rows; 2 rows skipped, the first at line 2: value "lots" '
     'is not a number or a USGS symbol (NA, W, E, —, >N)'),
    ('usgs-header-only.csv', crlf([USGS_HEADER]), 'ERROR NO_DATA',
     'usgs-header-only.csv: no data rows after the header'),
    # USGS world tables (wide)
    ('wide-no-value-columns.csv', lf([b'Source,Country,Type,Prod_notes,Reserves_notes',
                                      b'MCS2024,China,Mine production,,']),
     'ERROR HEADER',
     'wide-no-value-columns.csv:1: the USGS world table has no production or reserves columns '
     '(Prod_t_YYYY, Reserves_t); expected Source,Country,Type,Prod_t_YYYY,Prod_t_est_YYYY,'
     'Prod_notes,Reserves_t,…'),
    ('wide-utf16.csv', utf16(WIDE_HEADER.decode() + '\n'), 'ERROR ENCODING',
     'wide-utf16.csv: the file is UTF-16 text; save it as CSV in UTF-8 (or Windows-1252) and '
     'import it again'),
    ('wide-non-numeric.csv',
     lf([WIDE_HEADER, GOOD_WIDE, b'MCS2024,India,Mine production,"2,900",n/a,,,']),
     'SKIP 3', 'column 5: value "n/a" is not a number or a USGS symbol (NA, W, E, —, >N)'),
    ('wide-truncated.csv', lf([WIDE_HEADER, GOOD_WIDE]) + b'MCS2024,India,Mine prod', 'SKIP 3',
     'expected 8 fields, found 3'),
    ('wide-unbalanced-quote.csv', lf([WIDE_HEADER, GOOD_WIDE, b'MCS2024,"India,Mine production,1,2,,3,']),
     'ERROR UNTERMINATED_QUOTE', 'wide-unbalanced-quote.csv:3: unterminated quoted field'),
    # UN Comtrade
    ('comtrade-missing-column.csv',
     lf([COMTRADE_HEADER.replace(',primaryValue', '').encode()]), 'ERROR HEADER',
     'comtrade-missing-column.csv:1: the Comtrade header has no "primaryValue" column; export '
     'the data from comtradeplus.un.org as CSV with the standard columns'),
    ('comtrade-header-only.csv', lf([COMTRADE_HEADER.encode()]), 'ERROR NO_DATA',
     'comtrade-header-only.csv: no data rows after the header'),
    ('comtrade-non-numeric.csv',
     lf([COMTRADE_HEADER.encode(), comtrade_row(156, 'M', 0, '2846', '1000', '10').encode(),
         comtrade_row(156, 'M', 104, '2846', 'n/a', '10').encode()]),
     'SKIP 3', 'primaryValue "n/a" is not an amount in USD'),
    ('comtrade-negative.csv',
     lf([COMTRADE_HEADER.encode(), comtrade_row(156, 'M', 0, '2846', '1000', '10').encode(),
         comtrade_row(156, 'M', 104, '2846', '-5', '10').encode()]),
     'SKIP 3', 'primaryValue "-5" is not an amount in USD'),
    ('comtrade-truncated.csv',
     lf([COMTRADE_HEADER.encode(), comtrade_row(156, 'M', 0, '2846', '1000', '10').encode()])
     + comtrade_row(156, 'M', 104, '2846', '1000', '10').encode()[:190],
     'ERROR UNTERMINATED_QUOTE', 'comtrade-truncated.csv:3: unterminated quoted field'),
    ('comtrade-binary.csv', lf([COMTRADE_HEADER.encode()]) + b'\x1f\x8b\x08\x00\x00\x00',
     'ERROR BINARY', 'comtrade-binary.csv:2: NUL byte; this is a binary file, not CSV text'),
    ('comtrade-utf16.csv', utf16(COMTRADE_HEADER + '\n'), 'ERROR ENCODING',
     'comtrade-utf16.csv: the file is UTF-16 text; save it as CSV in UTF-8 (or Windows-1252) '
     'and import it again'),
    ('comtrade-share-over-100.csv',
     lf([COMTRADE_HEADER.encode(), comtrade_row(156, 'M', 0, '2846', '1000', '10').encode(),
         comtrade_row(156, 'M', 104, '2846', '1500', '5').encode()]),
     'SKIP 3', 'imports value from MMR is more than the World total (1500 > 1000); no share '
     'computed'),
    # The same code and partner twice (a file concatenated with itself)
    ('comtrade-repeated-row.csv',
     lf([COMTRADE_HEADER.encode(), comtrade_row(156, 'M', 0, '2846', '1000', '10').encode(),
         comtrade_row(156, 'M', 104, '2846', '500', '5').encode(),
         comtrade_row(156, 'M', 104, '2846', '500', '5').encode()]),
     'SKIP 4', 'repeats line 3'),
    # Neither
    ('unknown-header.csv', lf([b'country,year,value', b'China,2025,270000']),
     'ERROR UNKNOWN_FORMAT',
     'unknown-header.csv:1: unknown format; Xitu imports the USGS Mineral Commodity Summaries '
     'data release (header "MCS chapter,Section,…") and world tables ("Source,Country,Type,'
     'Prod_t_YYYY,…"), UN Comtrade CSV ("typeCode,freqCode,…,reporterCode,…") and Xitu '
     'datasets (JSON with "format": "xitu-dataset")'),
    ('unknown-binary.bin', b'\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR', 'ERROR BINARY',
     'unknown-binary.bin:3: NUL byte; this is a binary file, not CSV text'),
]


def main():
    if len(sys.argv) > 1:
        trimmed_usgs(sys.argv[1])
    else:
        default = os.path.join(HERE, '..', '..', '..', '..', 'shared', 'data', 'usgs',
                               'MCS2026_Commodities_Data.csv')
        if os.path.exists(default):
            trimmed_usgs(default)

    write(os.path.join(HERE, 'usgs-long-quirks.csv'), crlf(USGS_LONG_QUIRKS))
    write(os.path.join(HERE, 'usgs-wide-quirks.csv'), lf([l.encode() for l in USGS_WIDE_QUIRKS]))
    write(os.path.join(HERE, 'comtrade-quirks.csv'), lf([l.encode() for l in COMTRADE_QUIRKS]))
    write(os.path.join(HERE, 'comtrade-eu.csv'), lf([l.encode() for l in COMTRADE_EU]))

    os.makedirs(BAD, exist_ok=True)
    expected = ['# file\tkind\texpected (see generate.py)']
    for name, data, kind, message in BAD_CASES:
        write(os.path.join(BAD, name), data)
        expected.append('%s\t%s\t%s' % (name, kind, message))
    with open(os.path.join(BAD, 'EXPECTED'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(expected) + '\n')


if __name__ == '__main__':
    main()
