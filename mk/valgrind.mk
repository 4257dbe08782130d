# mk/valgrind.mk — make check-valgrind: the CLI golden tests with every kzmig run under
# valgrind memcheck.  Any memory error or definitely/indirectly lost block makes that run
# exit 99 and print valgrind's report, which fails the transcript.  Blocks still
# reachable at exit are not counted (the C library's own).  One transcript per target,
# so `make -j check-valgrind` runs them side by side; add --track-origins=yes to
# VALGRIND_FLAGS to see where an uninitialised value came from (twice as slow).
VALGRIND       ?= valgrind
VALGRIND_FLAGS ?= -q --error-exitcode=99 --leak-check=full \
                  --errors-for-leak-kinds=definite,indirect \
                  --show-leak-kinds=definite,indirect
VALGRIND_T     := $(wildcard tests/cli/*.t) README.md

# tests/cli/run takes the binary to test: here a script that runs the real one under
# valgrind (an absolute path, as the transcripts run from the project root).
$(B)/valgrind/kzmig: $(BIN) mk/valgrind.mk
	@command -v $(VALGRIND) >/dev/null || { echo "check-valgrind: no $(VALGRIND)"; exit 1; }
	@mkdir -p $(B)/valgrind
	@# valgrind needs a standard error to start: a run with it closed gets /dev/null.
	@printf '#!/bin/sh\ntrue >&2 || exec 2>/dev/null\nexec %s %s "%s" "$$@"\n' \
		'$(VALGRIND)' '$(VALGRIND_FLAGS)' \
		"$$(cd "$$(dirname '$(BIN)')" && pwd)/$$(basename '$(BIN)')" >$@
	@chmod +x $@

$(B)/valgrind/%.ok: % $(B)/valgrind/kzmig
	@mkdir -p $(@D)
	@out=$$(tests/cli/run $(B)/valgrind/kzmig $<); rc=$$?; \
		printf '%s\n' "$$out" | sed 's|^cli:|$<:|'; exit $$rc
	@touch $@

check-valgrind: $(VALGRIND_T:%=$(B)/valgrind/%.ok)
	@echo "check-valgrind: $(words $(VALGRIND_T)) transcripts, no memory error or leak"

.PHONY: check-valgrind
