"""The command line: ``yte-targets`` (or ``python -m yte_targets``).

::

    yte-targets report PLAN [--actuals CSV] [--year YYYY] [--format text|csv|json|html]
                            [--lang vi|en] [--method linear|compound|open_sdg|escap] [-o FILE]
    yte-targets scenario PLAN [PLAN ...] --actuals CSV --assume CODE=CHANGE[:compound][:SD]
                         [--paths N] [--seed S] [--no-progress] [-o FILE]
    yte-targets extract DOCUMENT(.pdf|.docx|.html|.txt) [-o PLAN.yaml]
    yte-targets compare PLAN --with 72-NQ/TW [--with 20-NQ/TW ...] [--lang vi|en]
                        [--format text|csv] [-o FILE]
    yte-targets validate PLAN
    yte-targets schema
    yte-targets catalog [TEXT]

Errors go to standard error, without a traceback; the exit status is 0 on
success, 1 when the input is bad (a plan file that does not fit, a CSV with a
bad row) and 2 when the command itself is wrong.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from . import __version__
from .core import labels
from .errors import YteTargetsError

__all__ = ["main"]


#: The most problems of one file printed, the rest counted.
SHOWN_PROBLEMS = 20


def _year(text: str) -> int:
    """A year for the command line, in the range the model accepts."""
    from .core.validators import MAX_YEAR, MIN_YEAR

    try:
        year = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a year, got {text!r}") from None
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise argparse.ArgumentTypeError(
            f"expected a year between {MIN_YEAR} and {MAX_YEAR}, got {year}"
        )
    return year


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="yte-targets",
        description="Targets of Vietnamese public-health plans: reports, checks, the catalogue.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    report = commands.add_parser("report", help="a progress report of a plan against actuals")
    report.add_argument("plan", type=Path, help="plan file (.yaml, .yml, .json, .toml)")
    report.add_argument("--actuals", type=Path, help="CSV of actual values")
    report.add_argument("--year", type=_year, help="report as of this year")
    report.add_argument("--format", choices=("text", "csv", "json", "html"), default="text")
    report.add_argument("--lang", choices=("vi", "en"), default="vi")
    report.add_argument(
        "--method",
        choices=("linear", "compound", "open_sdg", "escap"),
        default="linear",
        help="progress method (see docs/attainment.md)",
    )
    report.add_argument("-o", "--output", type=Path, help="write to this file instead")

    scenario = commands.add_parser(
        "scenario", help="probabilities of meeting each target under assumed annual changes"
    )
    scenario.add_argument("plans", type=Path, nargs="+", help="plan files")
    scenario.add_argument(
        "--actuals",
        type=Path,
        action="append",
        required=True,
        help="CSV of actual values (may be given more than once)",
    )
    scenario.add_argument(
        "--assume",
        action="append",
        required=True,
        metavar="CODE=CHANGE",
        help="e.g. imr=-0.04:compound:0.01 (change a year, growth kind, sd)",
    )
    scenario.add_argument("--paths", type=int, default=1000)
    scenario.add_argument("--seed", type=int, default=None)
    scenario.add_argument(
        "--no-progress",
        dest="progress",
        action="store_false",
        help="no progress bar (shown on stderr by default)",
    )
    scenario.add_argument("-o", "--output", type=Path, help="write the CSV to this file")

    extract = commands.add_parser(
        "extract", help="read a plan document's metadata and targets into a plan file"
    )
    extract.add_argument(
        "document",
        type=Path,
        help="the plan document: PDF, Word (.docx), web page (.html) or text",
    )
    extract.add_argument(
        "-o",
        "--output",
        type=Path,
        help="plan file to write (.yaml, .json, .toml); YAML on stdout otherwise",
    )

    compare = commands.add_parser(
        "compare", help="a plan's targets beside national documents' (the ambition check)"
    )
    compare.add_argument("plan", type=Path, help="plan file (.yaml, .yml, .json, .toml)")
    compare.add_argument(
        "--with",
        dest="documents",
        action="append",
        required=True,
        metavar="DOCUMENT",
        help="a national document shipped (20-NQ/TW, 72-NQ/TW, 262/2025/QH15) or a plan file; "
        "may be given more than once",
    )
    compare.add_argument("--lang", choices=("vi", "en"), default="vi")
    compare.add_argument("--format", choices=("text", "csv"), default="text")
    compare.add_argument("-o", "--output", type=Path, help="write to this file instead")

    validate = commands.add_parser("validate", help="check a plan file")
    validate.add_argument("plan", type=Path)

    commands.add_parser("schema", help="print the JSON Schema of plan files")

    catalog = commands.add_parser("catalog", help="list indicators, or find them by name")
    catalog.add_argument("text", nargs="?", help="a Vietnamese phrase to search for")
    return parser


def _report(args: argparse.Namespace) -> str:
    from .io.actuals import load_actuals
    from .io.convert import load_plan
    from .render import render

    plan = load_plan(args.plan)
    observations = load_actuals(args.actuals, indicators=plan.indicators) if args.actuals else []
    report = plan.evaluate(observations, args.year, method=args.method)
    return render(report, args.format, args.lang, plan=plan)


def _assumption(text: str) -> tuple[str, Any]:
    from .errors import InvalidValueError
    from .frame.scenario import Assumption

    code, _, spec = text.partition("=")
    parts = spec.split(":")
    try:
        change = float(parts[0])
        kind = parts[1] if len(parts) > 1 and parts[1] else "absolute"
        sd = float(parts[2]) if len(parts) > 2 else 0.0
    except (ValueError, IndexError):
        raise InvalidValueError(
            f"--assume {text!r}: expected CODE=CHANGE[:absolute|compound][:SD], "
            "e.g. imr=-0.04:compound:0.01"
        ) from None
    if not code or len(parts) > 3:
        raise InvalidValueError(f"--assume {text!r}: expected CODE=CHANGE[:KIND][:SD]")
    return code.strip(), Assumption(change=change, kind=kind, sd=sd)


def _scenario(args: argparse.Namespace) -> str:
    from .frame.scenario import Scenario
    from .io.actuals import load_actuals
    from .io.convert import load_plan

    plans = [load_plan(path) for path in args.plans]
    own = [indicator for plan in plans for indicator in plan.indicators]
    observations = [o for path in args.actuals for o in load_actuals(path, indicators=own)]
    scenario = Scenario(dict(_assumption(a) for a in args.assume), seed=args.seed)
    result = scenario.run(plans, observations, n_paths=args.paths, progress=args.progress)
    text: str = result.to_csv(index=False, float_format="%.6g")
    return text


def _extract(args: argparse.Namespace) -> str:
    from .io.convert import dump_plan, dumps_plan
    from .read import read_plan_document

    plan = read_plan_document(args.document)
    if args.output is not None:
        path = dump_plan(plan, args.output)
        args.output = None  # the plan file is written; what remains is the summary
        return f"{path}: {_counts(plan)}\n"
    return dumps_plan(plan, "yaml")


def _compare(args: argparse.Namespace) -> str:
    from .evaluate.ambition import disagreements
    from .io import datasets
    from .io.convert import load_plan
    from .render.text import comparisons_text

    plan = load_plan(args.plan)
    documents = [
        load_plan(Path(name))
        if Path(name).suffix in (".yaml", ".yml", ".json", ".toml")
        else datasets.national(name)
        for name in args.documents
    ]
    comparisons = plan.compare_with(documents)
    if args.format == "csv":
        from .frame.tables import comparison_frame

        text: str = comparison_frame(comparisons).to_csv(index=False)
        return text
    return comparisons_text(comparisons, args.lang, disagreements=disagreements(documents))


def _counts(plan: Any) -> str:
    return (
        f"{len(plan.targets)} {labels.word('targets')}, "
        f"{len(plan.assignments)} {labels.word('tasks')}"
    )


def _validate(args: argparse.Namespace) -> str:
    from .io.convert import load_plan

    plan = load_plan(args.plan)
    return (
        f"{args.plan}: {labels.word('valid')} (valid): {_counts(plan)}, "
        f"{labels.word('year').lower()} {', '.join(map(str, plan.milestone_years))}\n"
    )


def _catalog(args: argparse.Namespace) -> str:
    from .catalog import default, matches

    if args.text:
        found = matches(args.text)
        if not found:
            return f"{labels.word('no_indicator_found')} {args.text!r} (no indicator found)\n"
        return "".join(
            f"{m.indicator.code:<30} {m.score:5.2f}  {m.indicator.name_vi}\n" for m in found
        )
    return "".join(
        f"{i.code:<30} {i.unit!s:<24} {i.direction.value:<10} {i.name_vi}\n" for i in default()
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = _parser().parse_args(argv)
    try:
        if args.command == "report":
            text = _report(args)
        elif args.command == "scenario":
            text = _scenario(args)
        elif args.command == "extract":
            text = _extract(args)
        elif args.command == "compare":
            text = _compare(args)
        elif args.command == "validate":
            text = _validate(args)
        elif args.command == "schema":
            from .io.schema import plan_schema

            text = json.dumps(plan_schema(), ensure_ascii=False, indent=2) + "\n"
        else:
            text = _catalog(args)
    except YteTargetsError as exc:
        print(f"yte-targets: {exc}", file=sys.stderr)
        problems = getattr(exc, "problems", ())
        for path, message in problems[1 : SHOWN_PROBLEMS + 1]:
            print(f"  {path}: {message}", file=sys.stderr)
        if len(problems) > SHOWN_PROBLEMS + 1:
            print(f"  ... and {len(problems) - SHOWN_PROBLEMS - 1:,} more", file=sys.stderr)
        return 1
    output = getattr(args, "output", None)
    if output is not None:
        try:
            output.write_text(text, encoding="utf-8")
        except OSError as exc:
            print(f"yte-targets: cannot write {str(output)!r}: {exc.strerror}", file=sys.stderr)
            return 1
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
