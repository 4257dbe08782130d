# A roster in the encodings Excel saves one in reads the same: UTF-8 ("CSV UTF-8", with a
# byte-order mark, or without), UTF-16LE with its mark and TAB-separated ("Unicode text"),
# UTF-16BE with its mark, and Windows-1251 ("CSV" in a Russian locale, ;-separated).
# The fixtures were made from encoding-utf8.csv and encoding-russian-utf8.csv with iconv;
# the Windows-1251 one has Russian names only: the Kazakh letters Ә Ғ Қ Ң Ө Ұ Ү Һ І are
# not in Windows-1251.
$ kzmig batch tests/fixtures/rosters/encoding-utf8.csv --only arrival-notification --today 2025-03-21
id,name,citizenship,deadline,opens,due,days_left,status,responsible,fine_kzt,basis,apply_by,title,provisional,reason,email
E1,Жұмабек Әлия,UZ,arrival-notification,,2025-03-27,6,upcoming,receiving-party,39320,"Law on Population Migration, art. 6 p. 4: within 3 working days of arrival",,Notify the migration service of the arrival,false,,
E2,Қасымов Ұлан,KG,arrival-notification,,2025-03-26,5,upcoming,receiving-party,39320,"Law on Population Migration, art. 6 p. 4: within 3 working days of arrival",,Notify the migration service of the arrival,false,,
E3,Иванова Ольга,RU,arrival-notification,,2025-03-28,7,upcoming,receiving-party,39320,"Law on Population Migration, art. 6 p. 4: within 3 working days of arrival",,Notify the migration service of the arrival,false,,
E4,Ғабит Үсенов,CN,arrival-notification,,2025-03-20,-1,overdue,receiving-party,39320,"Law on Population Migration, art. 6 p. 4: within 3 working days of arrival",,Notify the migration service of the arrival,false,,
$ for f in utf8-bom.csv utf16le.txt utf16be.txt; do kzmig batch tests/fixtures/rosters/encoding-$f --only arrival-notification --today 2025-03-21 | cmp - <(kzmig batch tests/fixtures/rosters/encoding-utf8.csv --only arrival-notification --today 2025-03-21) && echo "$f: the same"; done
utf8-bom.csv: the same
utf16le.txt: the same
utf16be.txt: the same
$ kzmig batch tests/fixtures/rosters/encoding-russian-utf8.csv --only arrival-notification --today 2025-03-21
id,name,citizenship,deadline,opens,due,days_left,status,responsible,fine_kzt,basis,apply_by,title,provisional,reason,email
R1,Соколов Пётр,UZ,arrival-notification,,2025-03-27,6,upcoming,receiving-party,39320,"Law on Population Migration, art. 6 p. 4: within 3 working days of arrival",,Notify the migration service of the arrival,false,,
R2,Ёлкина Мария,KG,arrival-notification,,2025-03-26,5,upcoming,receiving-party,39320,"Law on Population Migration, art. 6 p. 4: within 3 working days of arrival",,Notify the migration service of the arrival,false,,
R3,Иванова Ольга,RU,arrival-notification,,2025-03-28,7,upcoming,receiving-party,39320,"Law on Population Migration, art. 6 p. 4: within 3 working days of arrival",,Notify the migration service of the arrival,false,,
R4,Щукин «Семён»,CN,arrival-notification,,2025-03-20,-1,overdue,receiving-party,39320,"Law on Population Migration, art. 6 p. 4: within 3 working days of arrival",,Notify the migration service of the arrival,false,,
$ kzmig batch tests/fixtures/rosters/encoding-russian-cp1251.csv --only arrival-notification --today 2025-03-21 | cmp - <(kzmig batch tests/fixtures/rosters/encoding-russian-utf8.csv --only arrival-notification --today 2025-03-21) && echo the same
the same
# The same with the encoding named; and as JSON (the names are UTF-8 in every output).
$ kzmig batch tests/fixtures/rosters/encoding-russian-cp1251.csv --encoding cp1251 --only arrival-notification --today 2025-03-21 --format json | head -1
{"id":"R1","name":"Соколов Пётр","citizenship":"UZ","arrival":"2025-03-20","today":"2025-03-21","deadlines":[{"id":"arrival-notification","title":"Notify the migration service of the arrival","responsible":"receiving-party","event":"2025-03-20","opens":null,"due":"2025-03-27","apply_by":null,"days_left":6,"status":"upcoming","stay":"visa-free","provisional":false,"basis":"Law on Population Migration, art. 6 p. 4: within 3 working days of arrival","where":"the host files on vmp.gov.kz (organisations) or in eQonaq (individuals, hotels)","reason":null,"fine":{"article":"CAO 518 part 1","on":"2025-03-28","host":"small","mci":10,"kzt":39320,"mci_value":3932,"provisional":false,"reason":null,"warning":false,"alternative":null,"repeat":{"article":"CAO 518 part 3","mci":40,"kzt":157280}}}]}
$ kzmig batch tests/fixtures/rosters/encoding-utf16le.txt --encoding utf-16 --only arrival-notification --today 2025-03-21 | tail -1
E4,Ғабит Үсенов,CN,arrival-notification,,2025-03-20,-1,overdue,receiving-party,39320,"Law on Population Migration, art. 6 p. 4: within 3 working days of arrival",,Notify the migration service of the arrival,false,,
# Named wrongly, the bytes are read as named: Windows-1251 is not UTF-8, and UTF-8
# read as Windows-1251 is the wrong letters.
$ kzmig batch tests/fixtures/rosters/encoding-russian-cp1251.csv --encoding utf-8 --only arrival-notification --today 2025-03-21
id,name,citizenship,deadline,opens,due,days_left,status,responsible,fine_kzt,basis,apply_by,title,provisional,reason,email
kzmig: tests/fixtures/rosters/encoding-russian-cp1251.csv:2: invalid UTF-8 (expected text: save the roster as CSV, UTF-8)
kzmig: tests/fixtures/rosters/encoding-russian-cp1251.csv:3: invalid UTF-8 (expected text: save the roster as CSV, UTF-8)
kzmig: tests/fixtures/rosters/encoding-russian-cp1251.csv:4: invalid UTF-8 (expected text: save the roster as CSV, UTF-8)
kzmig: tests/fixtures/rosters/encoding-russian-cp1251.csv:5: invalid UTF-8 (expected text: save the roster as CSV, UTF-8)
[exit 1]
$ kzmig batch tests/fixtures/rosters/encoding-russian-utf8.csv --encoding cp1251 --only arrival-notification --today 2025-03-21 2>&1 | sed -n '2p;$p'
R1,РЎРѕРєРѕР»РѕРІ РџС‘С‚СЂ,UZ,arrival-notification,,2025-03-27,6,upcoming,receiving-party,39320,"Law on Population Migration, art. 6 p. 4: within 3 working days of arrival",,Notify the migration service of the arrival,false,,
kzmig: tests/fixtures/rosters/encoding-russian-utf8.csv:4: invalid Windows-1251: the byte 0x98 stands for no character (expected text: save the roster as CSV, UTF-8)
$ kzmig batch tests/fixtures/rosters/encoding-russian-utf8.csv --encoding latin1
kzmig: --encoding: 'latin1' (expected auto, utf-8, utf-16 or cp1251)
[exit 2]
# A byte the encoding has no character for stops the roster at its line (here line 4,
# inside a quoted cell that opens on line 3): the rows before it are read.
$ printf 'id,name,citizenship,arrival\r\nA1,\xc8\xe2\xe0\xed,UZ,2025-03-20\r\nA2,"\xc8\r\n\x98",UZ,2025-03-20\r\nA3,x,UZ,2025-03-20\r\n' | kzmig batch - --only arrival-notification --today 2025-03-21
id,name,citizenship,deadline,opens,due,days_left,status,responsible,fine_kzt,basis,apply_by,title,provisional,reason,email
A1,Иван,UZ,arrival-notification,,2025-03-27,6,upcoming,receiving-party,39320,"Law on Population Migration, art. 6 p. 4: within 3 working days of arrival",,Notify the migration service of the arrival,false,,
kzmig: stdin:4: invalid Windows-1251: the byte 0x98 stands for no character (expected text: save the roster as CSV, UTF-8)
[exit 1]
$ printf 'id\tname\tcitizenship\tarrival\nA1\tx\tUZ\t2025-03-20\nA2\t\xf0\x9f\x98\x80\tUZ\t2025-03-20\n' | iconv -f UTF-8 -t UTF-16LE | { printf '\xff\xfe'; cat; } | head -c -1 | kzmig batch - --only arrival-notification --today 2025-03-21
id,name,citizenship,deadline,opens,due,days_left,status,responsible,fine_kzt,basis,apply_by,title,provisional,reason,email
A1,x,UZ,arrival-notification,,2025-03-27,6,upcoming,receiving-party,39320,"Law on Population Migration, art. 6 p. 4: within 3 working days of arrival",,Notify the migration service of the arrival,false,,
kzmig: stdin:3: invalid UTF-16: an odd number of bytes (expected text saved as Unicode text, whole)
[exit 1]
$ printf '\xff\xfei\x00d\x00,\x00\x00\xdc' | kzmig batch - --today 2025-03-21
kzmig: stdin:1: invalid UTF-16: an unpaired surrogate (expected text saved as Unicode text)
[exit 2]
# UTF-16 needs its byte-order mark: without one the bytes are UTF-8 with NULs.
$ printf 'id,citizenship,arrival\n' | iconv -f UTF-8 -t UTF-16LE | kzmig batch - --today 2025-03-21
kzmig: stdin:1: a NUL byte (expected text: save the roster as CSV, UTF-8)
[exit 2]
