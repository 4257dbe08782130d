# make oracle — an independent check of kzmig's dates against a Python model written from
# shared/reference/ and design.md §2 alone (tests/oracle/README.md).  Builds its own tree,
# build/oracle, and prints "oracle: N passed, M failed, K skipped".  About 20-35 s, so it is
# not part of `make check`; ORACLE_ARGS passes options, e.g. ORACLE_ARGS='--trips 200'.
ORACLE_B    = build/oracle
ORACLE_ARGS ?=

oracle:
	@if ! command -v python3 >/dev/null 2>&1; then \
		echo "oracle: skipped: python3 is not installed (apt-get install python3-minimal)"; \
		exit 0; \
	fi; \
	$(MAKE) -s B=$(ORACLE_B) BIN=$(ORACLE_B)/kzmig LIBA=$(ORACLE_B)/libkzmig.a \
		$(ORACLE_B)/kzmig && \
	python3 tests/oracle/oracle.py --kzmig $(ORACLE_B)/kzmig \
		--log $(ORACLE_B)/mismatches.txt $(ORACLE_ARGS)

.PHONY: oracle
