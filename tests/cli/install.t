# make install puts the binary, library, header, man page, data, bash completion and
# kzmig.pc under DESTDIR/PREFIX; a program builds against the installed library through
# pkg-config; make uninstall leaves nothing behind.
$ d=$(mktemp -d) && make -s install DESTDIR=$d PREFIX=/usr >/dev/null && (cd $d && find . -type f | sort) && rm -rf $d
./usr/bin/kzmig
./usr/include/kzmig.h
./usr/lib/libkzmig.a
./usr/lib/libkzmig.so.0.2.0
./usr/lib/pkgconfig/kzmig.pc
./usr/share/bash-completion/completions/kzmig
./usr/share/kzmig/fines_kz.json
./usr/share/kzmig/holidays_kz.json
./usr/share/kzmig/visa_free.json
./usr/share/man/man1/kzmig.1
# The library as its users build against it, through pkg-config (PC below: the installed
# kzmig.pc under DESTDIR): a C and a C++ program on the shared library and the built-in
# rules (no data files), and the C one on the static library, which then needs no
# libkzmig.so at run time.
$ d=$(mktemp -d) && make -s install DESTDIR=$d PREFIX=/usr >/dev/null && export PKG_CONFIG_PATH=$d/usr/lib/pkgconfig PKG_CONFIG_SYSROOT_DIR=$d && cc -std=c11 -Wall -Wextra -Werror -o $d/c tests/lib/person.c $(pkg-config --cflags --libs kzmig) && LD_LIBRARY_PATH=$d/usr/lib $d/c && c++ -Wall -Wextra -Werror -o $d/cc tests/lib/person.cc $(pkg-config --cflags --libs kzmig) && LD_LIBRARY_PATH=$d/usr/lib $d/cc && cc -o $d/s tests/lib/person.c $(pkg-config --cflags kzmig) -Wl,--as-needed $d/usr/lib/libkzmig.a $(pkg-config --static --libs kzmig) && $d/s | head -1 && readelf -d $d/s | grep -c 'libkzmig' ; rm -rf $d
arrival-notification 2025-03-27
trp 2025-04-18 apply by 2025-04-09
arrival-notification 2025-03-27
trp 2025-04-18
arrival-notification 2025-03-27
0
# The shared library: its SONAME carries the major version, it exports only the kz_ names
# of include/kzmig.h, and pkg-config tells where the data files are.  A second install to
# another PREFIX writes a kzmig.pc of that PREFIX.
$ d=$(mktemp -d) && make -s install DESTDIR=$d PREFIX=/usr >/dev/null && readelf -d $d/usr/lib/libkzmig.so.0.2.0 | grep -o 'soname: .*' && nm -D --defined-only $d/usr/lib/libkzmig.so.0.2.0 | awk '{print $3}' | grep -cv '^kz_' ; PKG_CONFIG_PATH=$d/usr/lib/pkgconfig pkg-config --variable=datadir kzmig && make -s install DESTDIR=$d PREFIX=/opt/kz >/dev/null && PKG_CONFIG_PATH=$d/opt/kz/lib/pkgconfig pkg-config --variable=datadir kzmig; rm -rf $d
soname: [libkzmig.so.1]
0
/usr/share/kzmig
/opt/kz/share/kzmig
$ d=$(mktemp -d) && make -s install DESTDIR=$d PREFIX=/usr >/dev/null && make -s uninstall DESTDIR=$d PREFIX=/usr && find $d -type f | wc -l; rm -rf $d
0
# The README's crontab line under cron's own environment (env -i, with the PATH line it
# sets), after make install to PREFIX=/usr/local inside DESTDIR: the installed kzmig is
# found and runs; a quiet day prints nothing.
$ d=$(mktemp -d) && make -s install DESTDIR=$d PREFIX=/usr/local >/dev/null && env -i HOME=/ SHELL=/bin/sh PATH=$d/usr/local/bin:/usr/bin:/bin /bin/sh -c 'kzmig remind examples/roster.csv --within 7 --today 2025-09-01 | head -1; kzmig remind examples/roster.csv --within 7 --today 2025-01-10 | wc -c'; rm -rf $d
Migration deadlines from Mon 1 Sep 2025 to Mon 8 Sep 2025 (examples/roster.csv):
0
