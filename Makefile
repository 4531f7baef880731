# tei-edition: the two commands of the quick start are `make` and `make test`.
SHELL := /bin/bash
SHARED ?= ../shared
BIN := .build/release/tei-edition

.PHONY: all edition site test deps build check dev-check browser-check screenshots eval stress fuzz bench clean

all: site

deps:
	@scripts/install-deps.sh

# The tool in release mode: a 20 MB transcription takes under a minute (debug: several).
build: deps
	swift build -c release

# The main job: the TEI edition of Corpus/ in build/edition/, then its website in build/site/.
edition: build
	$(BIN) build Corpus --output build/edition

SITE_TITLE ?= Cold War cables and memoranda, 1951–1963
site: edition
	$(BIN) site build/edition --output build/site --title "$(SITE_TITLE)"

# Unit, golden and end-to-end tests; then the edition and site of Corpus/ (built once, by
# browser-check's prerequisites): the site in headless Chromium, the edition with jing and
# text_invariant.py.
test: deps
	swift test
	$(MAKE) --no-print-directory browser-check
	scripts/check-edition.sh Corpus build/edition
	$(MAKE) --no-print-directory dev-check

# The site of Corpus/ and the site of a transcription full of HTML, read back in headless Chromium
# (scripts/browser-check.py says what is checked).
browser-check: site
	$(BIN) build Tests/Browser/xss-sample.txt --output build/browser/edition
	$(BIN) site build/browser/edition --output build/browser/site
	python3 scripts/browser-check.py build/site build/browser/site

# The screenshots of docs/ and the README, from the site of Corpus/ (phone: 390 px wide).
SHOT := chromium --headless=new --no-sandbox --disable-gpu --hide-scrollbars --virtual-time-budget=3000
screenshots: site
	mkdir -p docs/screenshots
	$(SHOT) --window-size=1280,900 --screenshot=docs/screenshots/index.png file://$(CURDIR)/build/site/index.html
	$(SHOT) --window-size=1280,900 --screenshot=docs/screenshots/document.png file://$(CURDIR)/build/site/documents/000_dccbfe2cab0ae208.html
	$(SHOT) --window-size=1280,900 --screenshot=docs/screenshots/persons.png file://$(CURDIR)/build/site/persons.html
	$(SHOT) --window-size=390,844 --screenshot=docs/screenshots/document-phone.png file://$(CURDIR)/build/site/documents/frus-01.html

# The development documents of ../shared/corpus-dev, built and checked the same way.
dev-check: build
	@if [ -d $(SHARED)/corpus-dev ]; then \
	  $(BIN) build $(SHARED)/corpus-dev --output build/corpus-dev 2>/dev/null && \
	  scripts/check-edition.sh $(SHARED)/corpus-dev build/corpus-dev; \
	else echo "dev-check: $(SHARED)/corpus-dev is absent; skipped"; fi

# Accuracy against the gold annotations (docs/EVALUATION.md).
eval: build
	@echo "== seed (Corpus/ against $(SHARED)/gold)"; $(BIN) eval $(SHARED)/gold Corpus
	@echo "== corpus-dev"; $(BIN) eval $(SHARED)/corpus-dev

# Adversarial inputs at scale: 20 MB, a 5 MB line, 10,000 files, deep brackets (docs/RELIABILITY.md).
stress: build
	scripts/stress.sh

# Per-stage throughput on generated corpora of BENCH_SIZES megabytes (docs/PERFORMANCE.md).
BENCH_SIZES ?= 1 10
bench: deps
	swift build -c release --product tei-edition-bench
	@for mb in $(BENCH_SIZES); do \
	  python3 scripts/make-bench-corpus.py $$mb build/bench/$$mb >/dev/null && \
	  echo "== $$mb MB" && .build/release/tei-edition-bench build/bench/$$mb; \
	done

# Coverage-guided fuzzing of the whole pipeline (libFuzzer, shipped with the Swift toolchain) for
# FUZZ_SECONDS; new crashes land in Fuzz/crashes/ and become regression tests (docs/RELIABILITY.md).
FUZZ_SECONDS ?= 60
FUZZ_BUILD := .build-fuzz/release
fuzz: deps
	swift build -c release --target EditionFuzz -Xswiftc -sanitize=fuzzer --scratch-path .build-fuzz
	swiftc -sanitize=fuzzer $(FUZZ_BUILD)/EditionFuzz.build/*.o $(FUZZ_BUILD)/EditionKit.build/*.o \
	  $(FUZZ_BUILD)/EditionCore.build/*.o $(FUZZ_BUILD)/TEIWriter.build/*.o $(FUZZ_BUILD)/EditionSchemas.build/*.o \
	  -lxml2 -o $(FUZZ_BUILD)/tei-edition-fuzzer
	mkdir -p build/fuzz-corpus
	$(FUZZ_BUILD)/tei-edition-fuzzer -max_total_time=$(FUZZ_SECONDS) -max_len=8192 -timeout=20 \
	  -artifact_prefix=Fuzz/crashes/ build/fuzz-corpus Fuzz/corpus

clean:
	rm -rf build .build .build-fuzz
