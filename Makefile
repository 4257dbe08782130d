# kzmig — Kazakhstan migration deadlines.  make; make check; make install
PREFIX  ?= /usr/local
BINDIR  ?= $(PREFIX)/bin
LIBDIR  ?= $(PREFIX)/lib
INCDIR  ?= $(PREFIX)/include
MANDIR  ?= $(PREFIX)/share/man
DATADIR ?= $(PREFIX)/share/kzmig
CC      ?= cc
CFLAGS  ?= -O2 -g
# -Werror in developer builds; a packager's build (debian/rules) sets WERROR= so a new
# compiler's new warning does not fail it.
WERROR  ?= -Werror
WARN     = -std=c11 -Wall -Wextra -Wpedantic -Wshadow -Wstrict-prototypes \
           -Wmissing-prototypes -Wformat=2 -Wvla $(WERROR) \
           -Wno-format-truncation # messages go into fixed buffers: cutting them is intended
# libical is not linked into kzmig: src/cli/out_ics.c loads it with dlopen() when a
# command writes .ics, so the other commands do not pay ICU's start-up cost.
# So are libxlsxwriter (out_xlsx.c: batch --format xlsx) and libzip and expat (xlsx_in.c:
# reading a workbook): each brings OpenSSL's libcrypto, whose loading alone would make
# every run's start-up ten times longer.  Only their headers are used at build time.
PKGS     = libcjson libical xlsxwriter
PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS))
PKG_LIBS   := $(shell pkg-config --libs libcjson) -ldl
ICAL_LIBS  := $(shell pkg-config --libs libical)
CLI_LIBS   :=
# POSIX.1-2008 with the XSI option (realpath, in data check).
CPPFLAGS += -D_XOPEN_SOURCE=700 -Iinclude -Isrc/cli $(PKG_CFLAGS)
ALL_CFLAGS = $(WARN) $(CFLAGS)
LDLIBS  += $(PKG_LIBS) -lm

B        = build
# The tests expect English where they do not ask for a language: the caller's locale
# (LANG=ru_RU.UTF-8 on an office's machine) must not translate them.
unexport LC_ALL LC_MESSAGES LANG LANGUAGE
# The one version, in include/kzmig.h.
VERSION := $(shell sed -n 's/^\#define KZMIG_VERSION "\(.*\)"/\1/p' include/kzmig.h)
LIB_SRC := $(wildcard src/*.c)
CLI_SRC := $(wildcard src/cli/*.c)
DATA    := $(sort $(wildcard data/*.json))
TESTS   := $(patsubst tests/%.c,%,$(wildcard tests/test_*.c))
LIB_OBJ := $(LIB_SRC:src/%.c=$(B)/lib/%.o) $(B)/lib/embedded.o
CLI_OBJ := $(CLI_SRC:src/cli/%.c=$(B)/cli/%.o) $(B)/cli/catalog.o

# BIN and LIBA move with B, so the sanitizer build (B=build/san) is a second, separate tree.
BIN     ?= kzmig
LIBA    ?= libkzmig.a
# The shared library: its SONAME changes with the major version (an incompatible ABI).
SOMAJOR := $(shell sed -n 's/^\#define KZMIG_ABI \([0-9]*\).*/\1/p' include/kzmig.h)
LIBSO   ?= $(B)/libkzmig.so.$(VERSION)
SONAME   = libkzmig.so.$(SOMAJOR)
# The library's objects: position-independent for the shared library, and hidden but for
# what include/kzmig.h declares.
LIB_CFLAGS = -fPIC -fvisibility=hidden

all: $(BIN) $(LIBA) $(LIBSO)

$(BIN): $(CLI_OBJ) $(LIBA)
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $(CLI_OBJ) $(LIBA) $(CLI_LIBS) $(LDLIBS)

$(LIBA): $(LIB_OBJ)
	rm -f $@ && $(AR) rcs $@ $(LIB_OBJ)

$(LIBSO): $(LIB_OBJ)
	$(CC) -shared -Wl,-soname,$(SONAME) -Wl,-z,defs $(ALL_CFLAGS) $(LDFLAGS) -o $@ \
		$(LIB_OBJ) $(LDLIBS)

# The compiler and flags a tree was built with: a tree rebuilds when they change, so a
# sanitizer or coverage build never mixes with a plain one.
$(B)/flags: FORCE | $(B)
	@echo '$(CC) $(CPPFLAGS) $(ALL_CFLAGS) $(LDFLAGS)' | cmp -s - $@ || \
		echo '$(CC) $(CPPFLAGS) $(ALL_CFLAGS) $(LDFLAGS)' >$@

$(B)/lib/%.o: src/%.c include/kzmig.h src/internal.h src/tr.h $(B)/flags | $(B)/lib
	$(CC) $(CPPFLAGS) $(ALL_CFLAGS) $(LIB_CFLAGS) -c -o $@ $<

$(B)/cli/%.o: src/cli/%.c include/kzmig.h src/internal.h src/tr.h $(wildcard src/cli/*.h) $(B)/flags | $(B)/cli
	$(CC) $(CPPFLAGS) $(ALL_CFLAGS) -c -o $@ $<

# The data files' bytes, and the objects the loaders make of them as C initialisers, so a
# run on the built-in data parses no JSON (tools/embed.c).  The generator is linked with
# the loaders' own sources, in plain flags whatever the tree's (sanitizers, fuzzer, coverage).
EMBED_SRC = src/calendar.c src/regimes.c src/fines.c src/json.c src/date.c src/error.c \
            src/texts.c
$(B)/lib/embedded.c: $(B)/embed $(DATA) | $(B)/lib
	$(B)/embed $@ $(DATA)

$(B)/lib/embedded.o: $(B)/lib/embedded.c include/kzmig.h src/internal.h src/tr.h src/cli/embedded.h \
		$(B)/flags | $(B)/lib
	$(CC) $(CPPFLAGS) -Isrc $(ALL_CFLAGS) $(LIB_CFLAGS) -c -o $@ $<

$(B)/embed: tools/embed.c $(EMBED_SRC) include/kzmig.h src/internal.h src/tr.h | $(B)
	$(CC) $(CPPFLAGS) -Isrc $(WARN) -O1 -o $@ tools/embed.c $(EMBED_SRC) $(LDLIBS)

# ---- languages (src/cli/i18n.h, doc/i18n-plan.md) -------------------------------
# The translations are compiled into the program: msgfmt checks each .po (formats,
# plurals) into a .mo, and tools/mo2c writes the table the CLI searches.
PO_LANGS = ru kk
$(B)/po/%.mo: po/%.po | $(B)/po
	msgfmt --check -o $@ $<

$(B)/mo2c: tools/mo2c.c | $(B)
	$(CC) $(WARN) -O1 -o $@ $<

$(B)/cli/catalog.c: $(B)/mo2c $(PO_LANGS:%=$(B)/po/%.mo) | $(B)/cli
	$(B)/mo2c $@ $(PO_LANGS:%=$(B)/po/%.mo)

$(B)/cli/catalog.o: $(B)/cli/catalog.c src/cli/i18n.h include/kzmig.h $(B)/flags
	$(CC) $(CPPFLAGS) $(ALL_CFLAGS) -c -o $@ $<

# The messages to translate: every _(), N_(), P_(), C_() of the CLI, every message of
# fail() and of the library's errors and reasons (KZ_()).
XGETTEXT_FLAGS = --from-code=UTF-8 --add-comments=TRANSLATORS: --add-location=file \
	--sort-by-file --package-name=kzmig --package-version=$(VERSION) \
	-k_ -kN_ -kP_:1,2 -kC_:1c,2 -kNC_:1c,2 -kKZ_ -kKZ_N -kfail:3 -kkz_error_set:4 \
	-kkzj_fail_at:3 -kkzj_fail:2 -kline_error:4 -knote_problem:6 -kprint_wrapped:5 -kreasonf:2 \
	--flag=fail:3:c-format --flag=kz_error_set:4:c-format --flag=kzj_fail_at:3:c-format \
	--flag=kzj_fail:2:c-format --flag=line_error:4:c-format --flag=note_problem:6:c-format \
	--flag=print_wrapped:5:c-format
POT_SRC = $(sort $(LIB_SRC) $(CLI_SRC))
# and the words of the page for students (web/app.js: _(), N_(), P_(); mk/web.mk)
POT_JS  = $(wildcard web/*.js)
$(B)/po/kzmig.pot: $(POT_SRC) $(POT_JS) | $(B)/po
	xgettext $(XGETTEXT_FLAGS) -o $@ $(POT_SRC)
	$(if $(POT_JS),xgettext $(XGETTEXT_FLAGS) -L JavaScript -j -o $@ $(POT_JS))

# make po: po/kzmig.pot from the sources, and the new messages into each .po.
po: $(B)/po/kzmig.pot
	cp $(B)/po/kzmig.pot po/kzmig.pot
	for l in $(PO_LANGS); do msgmerge --quiet --update --backup=none po/$$l.po po/kzmig.pot; done

# Every message of the sources is in po/kzmig.pot and translated in each language: no
# untranslated or fuzzy message, so no English is left in a Russian or Kazakh answer.
check-po: $(B)/po/kzmig.pot $(PO_LANGS:%=$(B)/po/%.mo)
	@msgcmp --use-untranslated po/kzmig.pot $(B)/po/kzmig.pot 2>&1 | sed 's/^/check-po: /' && \
	 msgcmp --use-untranslated $(B)/po/kzmig.pot po/kzmig.pot >/dev/null 2>&1 || \
	 { echo "check-po: po/kzmig.pot is not the sources' messages: run make po"; exit 1; }
	@for l in $(PO_LANGS); do \
		msgcmp po/$$l.po $(B)/po/kzmig.pot || { echo "check-po: po/$$l.po lacks translations"; exit 1; }; \
		if msgattrib --only-fuzzy po/$$l.po | grep -q msgid; then \
			echo "check-po: po/$$l.po has fuzzy messages"; exit 1; fi; \
	done

$(B) $(B)/lib $(B)/cli $(B)/tests $(B)/po:
	mkdir -p $@

# ---- tests ------------------------------------------------------------------
TEST_BIN := $(TESTS:%=$(B)/tests/%)
TEST_LIBS = $(shell pkg-config --libs cmocka) $(ICAL_LIBS) $(CLI_LIBS) $(LDLIBS)

# Tests link the CLI's pieces too (all but main.o), so a roster reader or the iCalendar
# writer can be unit-tested.
TEST_CLI_OBJ = $(filter-out $(B)/cli/main.o,$(CLI_OBJ))
$(B)/tests/%: tests/%.c tests/kztest.h $(wildcard src/cli/*.h) $(LIBA) $(TEST_CLI_OBJ) | $(B)/tests
	$(CC) $(CPPFLAGS) $(shell pkg-config --cflags cmocka) $(ALL_CFLAGS) \
		-Wno-missing-prototypes $(LDFLAGS) -o $@ $< $(TEST_CLI_OBJ) $(LIBA) $(TEST_LIBS)

check-unit: $(TEST_BIN)
	@set -e; for t in $(TEST_BIN); do $$t; done

check-cli: $(BIN)
	@tests/cli/run $(BIN) tests/cli/*.t README.md

# The same person through due and through batch: thousands of random
# people, every regime, visa and TRP holders, trips, moves, impossible facts.  And the law
# of the day: people arriving in every month 2015-2027, no apply-by before its
# event, nothing beyond its sources' days stated as settled.
PROP_PEOPLE ?= 2000
check-prop: $(BIN)
	@tests/prop/due_vs_batch.py $(BIN) --people $(PROP_PEOPLE)
	@tests/prop/law_by_month.py $(BIN)
	@tests/prop/same_in_every_lang.py $(BIN) --people 300

# Russian and Kazakh: every message translated, and not a word of English in any
# command's output in either language (tests/i18n/no-english).
check-i18n: check-po $(BIN)
	@tests/i18n/no-english $(BIN)
	@grep -q '^\.It Fl -lang Cm en | ru | kk$$' kzmig.1 || \
		{ echo "check-i18n: kzmig.1 does not list --lang en|ru|kk"; exit 1; }

SAN = -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
check-san:
	@$(MAKE) -s B=build/san BIN=build/san/kzmig LIBA=build/san/libkzmig.a \
		CFLAGS="-O1 -g $(SAN)" LDFLAGS="$(SAN)" check-unit check-cli

check: all check-unit check-cli check-prop check-i18n
	@$(MAKE) -s check-san
	@if command -v clang-tidy >/dev/null && command -v cppcheck >/dev/null; then \
		$(MAKE) -s -j2 lint; else echo "check: lint skipped (no clang-tidy or cppcheck)"; fi
	@if command -v valgrind >/dev/null; then $(MAKE) -s -j2 check-valgrind; \
		else echo "check: valgrind skipped (not installed)"; fi
	@$(MAKE) -s coverage | tail -3
	@if command -v mandoc >/dev/null; then mandoc -T lint -W warning kzmig.1; fi
	@if command -v dpkg-buildpackage >/dev/null && command -v lintian >/dev/null; then \
		$(MAKE) -s deb; else echo "check: Debian packages skipped (no dpkg-buildpackage)"; fi
	@echo "make check: unit, CLI, fuzz-corpus, sanitizer, lint, valgrind, man-page and package checks passed"

# ---- install ----------------------------------------------------------------
COMPDIR ?= $(PREFIX)/share/bash-completion/completions
PCDIR   ?= $(LIBDIR)/pkgconfig

# The directories an install writes into: kzmig.pc is made again when they change.
$(B)/dirs: FORCE | $(B)
	@echo '$(PREFIX) $(LIBDIR) $(INCDIR) $(DATADIR)' | cmp -s - $@ || \
		echo '$(PREFIX) $(LIBDIR) $(INCDIR) $(DATADIR)' >$@

$(B)/kzmig.pc: contrib/kzmig.pc.in include/kzmig.h $(B)/dirs
	sed -e 's|@PREFIX@|$(PREFIX)|' -e 's|@LIBDIR@|$(LIBDIR)|' -e 's|@INCDIR@|$(INCDIR)|' \
		-e 's|@DATADIR@|$(DATADIR)|' -e 's|@VERSION@|$(VERSION)|' $< >$@

install: all $(B)/kzmig.pc
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(LIBDIR) $(DESTDIR)$(INCDIR) \
		$(DESTDIR)$(MANDIR)/man1 $(DESTDIR)$(DATADIR) $(DESTDIR)$(COMPDIR) $(DESTDIR)$(PCDIR)
	install -m 755 $(BIN) $(DESTDIR)$(BINDIR)/kzmig
	install -m 644 $(LIBA) $(DESTDIR)$(LIBDIR)/libkzmig.a
	install -m 755 $(LIBSO) $(DESTDIR)$(LIBDIR)/libkzmig.so.$(VERSION)
	ln -sf libkzmig.so.$(VERSION) $(DESTDIR)$(LIBDIR)/$(SONAME)
	ln -sf $(SONAME) $(DESTDIR)$(LIBDIR)/libkzmig.so
	install -m 644 include/kzmig.h $(DESTDIR)$(INCDIR)/kzmig.h
	install -m 644 kzmig.1 $(DESTDIR)$(MANDIR)/man1/kzmig.1
	install -m 644 $(DATA) $(DESTDIR)$(DATADIR)/
	install -m 644 contrib/kzmig.bash $(DESTDIR)$(COMPDIR)/kzmig
	install -m 644 $(B)/kzmig.pc $(DESTDIR)$(PCDIR)/kzmig.pc

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/kzmig $(DESTDIR)$(LIBDIR)/libkzmig.a \
		$(DESTDIR)$(LIBDIR)/libkzmig.so.$(VERSION) $(DESTDIR)$(LIBDIR)/$(SONAME) \
		$(DESTDIR)$(LIBDIR)/libkzmig.so \
		$(DESTDIR)$(INCDIR)/kzmig.h $(DESTDIR)$(MANDIR)/man1/kzmig.1 \
		$(DESTDIR)$(COMPDIR)/kzmig $(DESTDIR)$(PCDIR)/kzmig.pc
	rm -f $(DATA:data/%=$(DESTDIR)$(DATADIR)/%)
	-rmdir $(DESTDIR)$(DATADIR) 2>/dev/null

# ---- release ----------------------------------------------------------------
# make dist: the committed tree as kzmig-VERSION.tar.gz; make distcheck: that tarball,
# unpacked outside the repository, builds and passes make check.
DIST = kzmig-$(VERSION)
dist: | $(B)
	git archive --format=tar.gz --prefix=$(DIST)/ -o $(B)/$(DIST).tar.gz HEAD
	@echo "$(B)/$(DIST).tar.gz"

distcheck: dist
	rm -rf $(B)/distcheck && mkdir -p $(B)/distcheck
	tar -xzf $(B)/$(DIST).tar.gz -C $(B)/distcheck
	$(MAKE) -C $(B)/distcheck/$(DIST) check
	@echo "distcheck: $(B)/$(DIST).tar.gz builds and passes make check"

-include $(wildcard mk/*.mk)

clean:
	rm -rf build kzmig libkzmig.a

.PHONY: all check check-unit check-cli check-prop check-i18n check-san install uninstall clean dist po check-po \
	distcheck FORCE
FORCE:
