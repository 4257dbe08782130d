# make install puts the binary, library, header, man page, data, bash completion and
# kzmig.pc under DESTDIR/PREFIX; a program builds against the installed library through
# pkg-config; make uninstall leaves nothing behind.
$ d=$(mktemp -d) && make -s install DESTDIR=$d PREFIX=/usr >/dev/null && (cd $d && find . -type f | sort) && rm -rf $d
./usr/bin/kzmig
./usr/include/kzmig.h
./usr/lib/libkzmig.a
./usr/lib/pkgconfig/kzmig.pc
./usr/share/bash-completion/completions/kzmig
./usr/share/kzmig/fines_kz.json
./usr/share/kzmig/holidays_kz.json
./usr/share/kzmig/visa_free.json
./usr/share/man/man1/kzmig.1
$ d=$(mktemp -d) && make -s install DESTDIR=$d PREFIX=/usr >/dev/null && printf '#include <kzmig.h>\n#include <stdio.h>\nint main(void) { char b[11]; puts(kz_day_format(kz_day_from_ymd(2025, 3, 20) + 7, b)); return 0; }\n' >$d/t.c && PKG_CONFIG_PATH=$d/usr/lib/pkgconfig PKG_CONFIG_SYSROOT_DIR=$d cc -o $d/t $d/t.c $(PKG_CONFIG_PATH=$d/usr/lib/pkgconfig PKG_CONFIG_SYSROOT_DIR=$d pkg-config --cflags --libs --static kzmig) && $d/t; rm -rf $d
2025-03-27
$ d=$(mktemp -d) && make -s install DESTDIR=$d PREFIX=/usr >/dev/null && make -s uninstall DESTDIR=$d PREFIX=/usr && find $d -type f | wc -l; rm -rf $d
0
# The README's crontab line under cron's own environment (env -i, with the PATH line it
# sets), after make install to PREFIX=/usr/local inside DESTDIR: the installed kzmig is
# found and runs; a quiet day prints nothing.
$ d=$(mktemp -d) && make -s install DESTDIR=$d PREFIX=/usr/local >/dev/null && env -i HOME=/ SHELL=/bin/sh PATH=$d/usr/local/bin:/usr/bin:/bin /bin/sh -c 'kzmig remind examples/roster.csv --within 7 --today 2025-09-01 | head -1; kzmig remind examples/roster.csv --within 7 --today 2025-01-10 | wc -c'; rm -rf $d
Migration deadlines from Mon 1 Sep 2025 to Mon 8 Sep 2025 (examples/roster.csv):
0
