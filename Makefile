# The README's two commands: `make run` and `make test`. Both set up what they need.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
PORT   ?= 8501

.PHONY: run test lint pytest system-deps extract score score-sets bench train-scorer clean

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip

# Stamps re-run pip only when a requirements file changes.
$(VENV)/.runtime: requirements.txt | $(PY)
	$(PY) -m pip install -q -r requirements.txt
	touch $@

$(VENV)/.dev: requirements.txt requirements-dev.txt | $(PY)
	$(PY) -m pip install -q -r requirements-dev.txt
	touch $@ $(VENV)/.runtime

run: $(VENV)/.runtime
	@echo "Autowatch: open http://localhost:$(PORT) (the bundled seed articles load on first run)"
	$(PY) -m streamlit run dashboard.py --server.port $(PORT)

system-deps:
	@bash scripts/system-deps.sh

test: $(VENV)/.dev system-deps lint pytest

lint: $(VENV)/.dev
	$(PY) -m ruff check .

pytest: $(VENV)/.dev
	$(PY) -m pytest

# Extraction on the seeds, scored against ../shared/eval gold files.
extract: $(VENV)/.runtime
	$(PY) -m core extract seeds --out facts.json

score: extract
	$(PY) ../shared/eval/score.py --gold ../shared/eval/gold --pred facts.json --explain

# Every article set with gold in tests/ (tests/<set>_articles against tests/<set>_gold), one line each.
score-sets: $(VENV)/.runtime
	@mkdir -p .scores
	@for gold in tests/*_gold; do set=$${gold#tests/}; set=$${set%_gold}; \
	  $(PY) -m core extract tests/$${set}_articles --out .scores/$$set.json 2>/dev/null && \
	  printf '%-12s ' $$set && $(PY) ../shared/eval/score.py --gold $$gold --pred .scores/$$set.json | tail -1; done

# Retrain the export-route scorer (core/data/route_model.json) on annotated real sets whose texts are in TEXTS
# (third-party copy, kept out of the repository; see tests/real_gold/README.md). Never list a held-out set.
TEXTS      ?= ../real_texts
TRAIN_SETS ?= $(addprefix real_,a b c d e f g h i j k l m n o p q r s t u v w x y z ae af ag ah ai aj ak al am an ao ap \
                aq ar as at au av aw ax ay az ba bb)
train-scorer: $(VENV)/.dev
	$(PY) scripts/train_fact_scorers.py --texts $(TEXTS) --sets $(TRAIN_SETS)

bench: $(VENV)/.dev
	$(PY) benchmarks/extract_throughput.py
	$(PY) benchmarks/ingest_scale.py
	$(PY) benchmarks/app_latency.py
	$(PY) benchmarks/article_open.py
	$(PY) benchmarks/other_pages.py
	$(PY) benchmarks/cold_start.py
	$(PY) benchmarks/format_robustness.py
	$(PY) benchmarks/real_articles.py  # needs a local copy of the real articles: --texts DIR or AUTOWATCH_REAL_TEXTS
	$(PY) benchmarks/annotator_agreement.py  # two annotators' gold for the same stories: the ceiling

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache test-artifacts .scores
