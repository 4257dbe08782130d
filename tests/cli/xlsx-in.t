# A roster kept as an .xlsx workbook (made here with openpyxl, as an office's program
# would: Russian titles, date cells, one date typed as text) is read directly: the same
# rows as the CSV it stands for (tests/fixtures/rosters/office.csv).
$ d=$(mktemp -d) && /usr/bin/python3 tests/fixtures/rosters/make_xlsx.py office $d/r.xlsx && diff <(kzmig batch tests/fixtures/rosters/office.csv --today 2025-09-01) <(kzmig batch $d/r.xlsx --today 2025-09-01) && echo "the same rows"; rm -rf $d
the same rows
# What it cannot read is said: a formula saved without its value (at its sheet row), an
# .xls or encrypted workbook, a file that is no workbook.
$ d=$(mktemp -d) && /usr/bin/python3 tests/fixtures/rosters/make_xlsx.py formula $d/r.xlsx && kzmig batch $d/r.xlsx --today 2025-09-01 2>&1 | sed "s|$d|DIR|"; rm -rf $d
kzmig: DIR/r.xlsx: row 3: a formula without a saved value (expected the workbook saved by Excel or LibreOffice, which keeps the values)
$ d=$(mktemp -d) && printf '\320\317\021\340\241\261\032\341' >$d/old.xls && kzmig batch $d/old.xls 2>&1 | sed "s|$d|DIR|"; printf 'id,citizenship,arrival\n' >$d/r.xlsx && kzmig batch $d/r.xlsx 2>&1 | sed "s|$d|DIR|"; rm -rf $d
kzmig: DIR/old.xls: an .xls or an encrypted workbook (expected an .xlsx without a password, or CSV)
kzmig: DIR/r.xlsx: not an .xlsx workbook (expected a file saved by Excel or LibreOffice as .xlsx, or CSV)
