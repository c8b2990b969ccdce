# ---
# jupyter:
#   jupytext:
#     formats: py:percent
# ---
# %% [markdown]
# # Scenario: will Đồng Nai and Kiên Giang meet the 2030 targets?
#
# A notebook as a script (jupytext "percent" format: open it in Jupyter with
# jupytext, or run it with `python examples/scenario.py [OUTPUT_DIR]`). It loads
# the national targets of Nghị quyết 20-NQ/TW and two provincial plans,
# evaluates the actual values, projects the trend to 2030 under an assumed
# annual change, and plots it. The actual values in `examples/actuals/` are
# the plans' own baselines plus figures marked as illustrative.

# %%
from __future__ import annotations

import sys
from pathlib import Path

import yte_targets as yt

HERE = Path(__file__).resolve().parent
OUTPUT = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "output"
OUTPUT.mkdir(parents=True, exist_ok=True)

national = yt.datasets.national_20nq()
plans = {name: yt.load_plan(HERE / "plans" / f"{name}.yaml") for name in ("dong-nai", "kien-giang")}
actuals = {name: yt.load_actuals(HERE / "actuals" / f"{name}.csv") for name in plans}

# %% [markdown]
# ## Where do the provinces stand?

# %%
for name, plan in plans.items():
    report = plan.evaluate(actuals[name])
    print(plan.jurisdiction, "-", yt.report.summary_line(report))

# %% [markdown]
# ## Are the provincial targets as ambitious as the national ones?

# %%
comparisons = plans["dong-nai"].compare_with(national)
weaker = [c for c in comparisons if c.at_least_as_ambitious is False]
print(f"Đồng Nai: {len(comparisons)} targets compared, {len(weaker)} less ambitious:")
for c in weaker:
    print("  ", c.child, "| trung ương:", c.parent.describe_vi())

# %% [markdown]
# ## Trajectories to 2030
#
# Infant mortality falls 4% a year (± 2 points), doctors per 10,000 people
# grow by 0,4 a year (± 0,2), beds by 0,8 a year (± 0,4).

# %%
scenario = yt.Scenario(
    {
        "imr": yt.Assumption(change=-0.04, kind="compound", sd=0.02),
        "doctors": yt.Assumption(change=0.4, sd=0.2),
        "hospital_beds": yt.Assumption(change=0.8, sd=0.4),
    },
    seed=2030,
)
observations = [o for name in plans for o in actuals[name]]
result = scenario.run(list(plans.values()), observations, n_paths=2000)
shown = result.dropna(subset=["probability"])
print(
    shown[["plan", "indicator", "target_year", "value", "actual", "median", "probability"]]
    .round(2)
    .to_string(index=False)
)

# %% [markdown]
# ## Plots

# %%
report = plans["dong-nai"].evaluate(actuals["dong-nai"])
figure = report.plot(codes=["imr", "doctors", "hospital_beds", "health_insurance_coverage"])
figure.savefig(OUTPUT / "dong-nai-progress.png", dpi=80)
comparison = plans["kien-giang"].plot_compare(national)
comparison.savefig(OUTPUT / "kien-giang-vs-national.png", dpi=80)
print("plots written to", OUTPUT)
