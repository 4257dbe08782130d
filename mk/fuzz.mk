# mk/fuzz.mk — libFuzzer harnesses (tests/fuzz/fuzz_*.c) and their corpora.
#
#   make fuzz                 each harness for FUZZ_SECONDS (default 60) with clang,
#                             -fsanitize=fuzzer,address,undefined; new inputs go to
#                             $(B)/fuzz/new/NAME, crashes to $(B)/fuzz/crashes/NAME-*
#   make fuzz FUZZ_TARGETS="date trips"   only those
#   make fuzz-merge           adds the new inputs that reach new code to
#                             tests/fuzz/corpus/NAME (libFuzzer -merge=1)
#   make check-fuzz-replay    every corpus file once through each harness, built with
#                             $(CC) (gcc) and ASan+UBSan+LSan: no clang needed.  A crash
#                             once found stays in the corpus and so stays fixed.
# One harness per tests/fuzz/fuzz_NAME.c; the roster one once the reader (src/roster.c)
# exists.
FUZZ_NAMES   := $(filter-out $(if $(wildcard src/roster.c),,roster), \
                $(patsubst tests/fuzz/fuzz_%.c,%,$(wildcard tests/fuzz/fuzz_*.c)))
FUZZ_TARGETS ?= $(FUZZ_NAMES)
FUZZ_SECONDS ?= 60
FUZZ_CC      ?= clang
FUZZ_SAN      = -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
FUZZ_FLAGS   ?= -timeout=10 -rss_limit_mb=2048 -print_final_stats=1

# Inside the sub-makes below: B is the harness tree, FUZZ_DRIVER the main() to link in
# (replay.c, or none when libFuzzer brings its own), FUZZ_LINK the extra link flags.
FUZZ_DRIVER  ?=
FUZZ_LINK    ?=
FUZZ_BIN      = $(FUZZ_NAMES:%=$(B)/fz/fuzz_%)

# The CLI's pieces (all but main.o) as an archive, so a harness pulls in only what it
# uses: the embedded data for the policy and roster harnesses.
$(B)/libkzcli.a: $(TEST_CLI_OBJ)
	rm -f $@ && $(AR) rcs $@ $(TEST_CLI_OBJ)

$(B)/fz/fuzz_%: tests/fuzz/fuzz_%.c tests/fuzz/fuzz.h $(FUZZ_DRIVER) $(LIBA) $(B)/libkzcli.a
	@mkdir -p $(B)/fz
	$(CC) $(CPPFLAGS) -Itests/fuzz $(ALL_CFLAGS) $(LDFLAGS) $(FUZZ_LINK) -o $@ $< \
		$(FUZZ_DRIVER) $(B)/libkzcli.a $(LIBA) $(CLI_LIBS) $(LDLIBS)

fuzz-bins: $(FUZZ_BIN)

# Runs in the replay tree: each harness over its whole corpus.
fuzz-replay-run: $(FUZZ_BIN)
	@set -e; for n in $(FUZZ_NAMES); do \
		ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 $(B)/fz/fuzz_$$n tests/fuzz/corpus/$$n; \
	done
	@echo "fuzz replay: $(words $(wildcard $(FUZZ_NAMES:%=tests/fuzz/corpus/%/*))) corpus files, no crash or leak"

# The replay shares check-san's tree and flags (build/san), so `make check` compiles the
# sanitizer build once for both.
FUZZ_REPLAY_B ?= build/san
check-fuzz-replay:
	@$(MAKE) -s B=$(FUZZ_REPLAY_B) BIN=$(FUZZ_REPLAY_B)/kzmig \
		LIBA=$(FUZZ_REPLAY_B)/libkzmig.a CFLAGS="-O1 -g $(FUZZ_SAN)" \
		LDFLAGS="$(FUZZ_SAN)" FUZZ_DRIVER=tests/fuzz/replay.c fuzz-replay-run

check: check-fuzz-replay

# clang does not know gcc's -Wno-format-truncation: tell it not to mind.
FUZZ_MAKE = $(MAKE) -s B=$(B)/fuzz BIN=$(B)/fuzz/kzmig LIBA=$(B)/fuzz/libkzmig.a \
	CC=$(FUZZ_CC) WARN="$(WARN) -Wno-unknown-warning-option" \
	CFLAGS="-O1 -g $(FUZZ_SAN) -fsanitize=fuzzer-no-link" LDFLAGS="$(FUZZ_SAN)" \
	FUZZ_LINK=-fsanitize=fuzzer

fuzz:
	@$(FUZZ_MAKE) fuzz-bins
	@set -e; for n in $(FUZZ_TARGETS); do \
		mkdir -p $(B)/fuzz/new/$$n $(B)/fuzz/crashes; \
		dict=; [ -f tests/fuzz/$$n.dict ] && dict=-dict=tests/fuzz/$$n.dict; \
		echo "fuzz: $$n for $(FUZZ_SECONDS) s"; \
		$(B)/fuzz/fz/fuzz_$$n $(FUZZ_FLAGS) $$dict -max_total_time=$(FUZZ_SECONDS) \
			-artifact_prefix=$(B)/fuzz/crashes/$$n- \
			$(B)/fuzz/new/$$n tests/fuzz/corpus/$$n 2>$(B)/fuzz/$$n.log || \
			{ tail -40 $(B)/fuzz/$$n.log; echo "fuzz: $$n failed: input kept in" \
			  "$(B)/fuzz/crashes; add it to tests/fuzz/corpus/$$n"; exit 1; }; \
		grep -E '^stat::number_of_executed_units|^stat::new_units_added' $(B)/fuzz/$$n.log; \
	done

fuzz-merge:
	@$(FUZZ_MAKE) fuzz-bins
	@set -e; for n in $(FUZZ_TARGETS); do \
		[ -d $(B)/fuzz/new/$$n ] || continue; \
		$(B)/fuzz/fz/fuzz_$$n -merge=1 tests/fuzz/corpus/$$n $(B)/fuzz/new/$$n \
			2>&1 | grep -E 'MERGE-OUTER: [0-9]+ new files' || true; \
	done

.PHONY: fuzz fuzz-bins fuzz-merge fuzz-replay-run check-fuzz-replay
