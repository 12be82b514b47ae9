"""Headless automatic replies: `workstation reply auto-rule …` manages the owner's rules and
`workstation reply auto-run [--dry-run]` queues the replies that are due (the window does the
same on its sync cycle). Both go through `ops.auto_replies`.

    workstation reply auto-rule list [--json]
    workstation reply auto-rule add --name NAME [--location L] [--platform P]… [--lang en|fr]…
                                    [--min-stars 4|5] [--with-text any|yes|no] [--delay MINUTES]
    workstation reply auto-rule preview ID [--limit N] [--json]
    workstation reply auto-rule on|off|delete ID
    workstation reply auto-run [--dry-run] [--json]

With `--store postgresql://…` both work on the team's shared rules and outbox (team_auto_cli.py).

Exit codes: 0 done, 2 bad usage (a rule below 4 stars, an unknown id or location…).
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from datetime import datetime

from workstation.cli_language import N_, current_language, ntr, tr
from workstation.command_line import (
    EXIT_OK,
    UsageError,
    UsageParser,
    clock_value,
    record_id,
    report_usage_errors,
)
from workstation.command_store import add_database_options, open_store
from workstation.ops import auto_replies as auto
from workstation.store.auto_replies import RuleRow
from workstation.store.db import Store
from workstation.typography import percent

_WITH_TEXT = {"any": None, "yes": True, "no": False}
# A run item's outcome, said to a person (the code itself in English; `--json` keeps the code).
_OUTCOMES = {"queued": N_("queued"), "would_queue": N_("would_queue"), "waiting": N_("waiting"),
             "person": N_("person"), "taken": N_("taken")}


def _parser(prog: str, description: str) -> UsageParser:
    parser = UsageParser(prog=f"workstation reply {prog}", description=description)
    add_database_options(parser)
    parser.add_argument("--now", help=argparse.SUPPRESS)  # pins the clock (tests, reproducible runs)
    return parser


def _open(args: argparse.Namespace) -> Store:
    return open_store(args.data_dir, demo=args.demo, database=args.database)


def _rule_json(r: RuleRow) -> dict[str, object]:
    return {
        "id": r.id, "name": r.name, "on": r.enabled, "location": r.location, "platforms": list(r.platforms),
        "languages": list(r.languages), "min_stars": r.min_stars,
        "with_text": {None: "any", True: "yes", False: "no"}[r.with_text], "delay_minutes": r.delay_minutes,
    }


def _list(argv: list[str]) -> int:
    parser = _parser("auto-rule list", tr("The automatic-reply rules and whether each is on."))
    parser.add_argument("--json", action="store_true", help=tr("print JSON"))
    args = parser.parse_args(argv)
    with _open(args) as store:
        rules = auto.list_rules(store)
    if args.json:
        print(json.dumps([_rule_json(r) for r in rules], ensure_ascii=False, indent=2))
        return EXIT_OK
    if not rules:
        print(tr("no automatic-reply rule (they are off until you add and switch one on)"))
    for r in rules:
        where = r.location or tr("every location")
        state = tr("on") if r.enabled else tr("off")
        print(f"{r.id}\t{state}\t{r.name}\t" +
              tr("{stars}+ stars, {where}, after {minutes} min").format(stars=r.min_stars, where=where,
                                                                         minutes=r.delay_minutes))
    return EXIT_OK


def _add(argv: list[str]) -> int:
    parser = _parser("auto-rule add", tr("Add a rule (off until `auto-rule on ID`)."))
    parser.add_argument("--name", required=True, help=tr("the rule's name"))
    parser.add_argument("--location", help=tr("only this location (default: every location)"))
    parser.add_argument("--platform", action="append", default=[], help=tr("only this platform (repeatable)"))
    parser.add_argument("--lang", action="append", default=[], choices=("en", "fr"),
                        help=tr("only reviews in this language (repeatable)"))
    parser.add_argument("--min-stars", type=int, choices=(4, 5), default=4,
                        help=tr("4 or 5: reviews of 3 stars or less always go to a person"))
    parser.add_argument("--with-text", choices=tuple(_WITH_TEXT), default="any",
                        help=tr("yes: only reviews with text; no: only ratings without text"))
    parser.add_argument("--delay", type=int, default=60, help=tr("minutes to wait before posting (default 60)"))
    args = parser.parse_args(argv)
    row = RuleRow(None, args.name, location=args.location, platforms=tuple(args.platform),
                  languages=tuple(args.lang), min_stars=args.min_stars, with_text=_WITH_TEXT[args.with_text],
                  delay_minutes=args.delay)
    with _open(args) as store:
        rule_id, _ = auto.save_rule(store, row, now=clock_value(args.now))
    print(tr("rule {id} added, off: preview it with `workstation reply auto-rule preview {id}`, "
             "then `workstation reply auto-rule on {id}`").format(id=rule_id))
    return EXIT_OK


def _with_id(action: str, description: str, run: Callable[[Store, int, datetime], str]) -> Callable[[list[str]], int]:
    def command(argv: list[str]) -> int:
        parser = _parser(f"auto-rule {action}", tr(description))
        parser.add_argument("id", type=record_id, help=tr("the rule's id as `auto-rule list` shows it"))
        args = parser.parse_args(argv)
        with _open(args) as store:
            print(run(store, args.id, clock_value(args.now)))
        return EXIT_OK

    return command


def _switch(on: bool) -> Callable[[Store, int, datetime], str]:
    def run(store: Store, rule_id: int, now: datetime) -> str:
        auto.switch_rule(store, rule_id, on, now=now)
        return (tr("rule {id} on: it answers 4- and 5-star reviews arriving from now") if on
                else tr("rule {id} off")).format(id=rule_id)

    return run


def _delete(store: Store, rule_id: int, _now: datetime) -> str:
    auto.delete_rule(store, rule_id)
    return tr("rule {id} deleted").format(id=rule_id)


def _preview(argv: list[str]) -> int:
    parser = _parser("auto-rule preview", tr("What a rule would have posted on your latest reviews."))
    parser.add_argument("id", type=record_id, help=tr("the rule's id as `auto-rule list` shows it"))
    parser.add_argument("--limit", type=int, default=auto.PREVIEW_SIZE,
                        help=tr("how many past reviews (default 200)"))
    parser.add_argument("--json", action="store_true", help=tr("print JSON"))
    args = parser.parse_args(argv)
    from workstation.store.auto_replies import get_rule

    with _open(args) as store:
        row = get_rule(store, args.id)
        if row is None:
            raise UsageError(tr("there is no rule {id} (see `workstation reply auto-rule list`)").format(id=args.id))
        result = auto.preview_rule(store, row, now=clock_value(args.now), limit=max(1, args.limit))
    if args.json:
        print(json.dumps({
            "automatic": result.automatic, "reviews": len(result.decisions), "share": round(result.share, 3),
            "decisions": [{"id": d.review_id, "automatic": d.automatic, "text": d.text, "reason": d.reason_en}
                          for d in result.decisions],
        }, ensure_ascii=False, indent=2))
        return EXIT_OK
    # English as before for any number; the French form follows the number.
    print(ntr("{automatic} of your last {n} reviews would have been answered automatically ({share}); "
              "the others stay with a person",
              "{automatic} of your last {n} reviews would have been answered automatically ({share}); "
              "the others stay with a person", len(result.decisions))
          .format(automatic=result.automatic, n=len(result.decisions), share=percent(result.share, current_language())))
    for d in result.decisions:
        if d.text is not None:
            print(tr("review {review}: {text!r}").format(review=d.review_id, text=d.text))
    return EXIT_OK


def _run_auto(argv: list[str]) -> int:
    parser = _parser("auto-run", tr("Queue the automatic replies that are due (rules switched on only)."))
    parser.add_argument("--dry-run", action="store_true", help=tr("say what would be queued, write nothing"))
    parser.add_argument("--json", action="store_true", help=tr("print JSON"))
    args = parser.parse_args(argv)
    with _open(args) as store:
        run = auto.run_auto_replies(store, now=clock_value(args.now), dry_run=args.dry_run)
    return print_run(run, dry_run=args.dry_run, as_json=args.json)


def print_run(run: auto.AutoRun, *, dry_run: bool, as_json: bool) -> int:
    """What a run did, as JSON or one line per review (also for `auto-run --store` on a team server)."""
    if as_json:
        print(json.dumps([{
            "review": i.review_id, "outcome": i.outcome, "rule": i.rule, "text": i.text,
            "post_at": i.post_at.isoformat() if i.post_at else None, "reason": i.reason_en,
        } for i in run.items], ensure_ascii=False, indent=2))
        return EXIT_OK
    if run.busy:
        print(tr("another computer of the team is running the automatic replies right now; it answers "
                 "the reviews that are due"))
        return EXIT_OK
    queued = run.count("would_queue" if dry_run else "queued")
    print((tr("would queue {queued}, waiting {waiting}, left to a person {person}") if dry_run
           else tr("queued {queued}, waiting {waiting}, left to a person {person}")).format(
        queued=queued, waiting=run.count("waiting"), person=run.count("person") + run.count("taken")))
    for i in run.items:
        when = tr(" at {when}").format(when=i.post_at.isoformat()) if i.outcome == "waiting" and i.post_at else ""
        french = current_language() == "fr"
        print(tr("review {review}: {outcome}{when}: {reason}").format(
            review=i.review_id, outcome=tr(_OUTCOMES.get(i.outcome, i.outcome)), when=when,
            reason=i.reason_fr if french else i.reason_en))
    return EXIT_OK


RULE_COMMANDS: dict[str, Callable[[list[str]], int]] = {
    "list": _list,
    "add": _add,
    "preview": _preview,
    "on": _with_id("on", N_("Switch a rule on (after previewing it)."), _switch(True)),
    "off": _with_id("off", N_("Switch a rule off."), _switch(False)),
    "delete": _with_id("delete", N_("Delete a rule (its replies keep their mark)."), _delete),
}


def run_auto_rule(argv: list[str]) -> int:
    """`workstation reply auto-rule {list,add,preview,on,off,delete} …`."""

    def body() -> int:
        if not argv or argv[0] not in RULE_COMMANDS:
            got = f" {argv[0]!r}" if argv else ""
            raise UsageError(tr("{prog}: unknown or missing subcommand{got}; expected one of {choices}").format(
                prog="workstation reply auto-rule", got=got, choices=", ".join(RULE_COMMANDS)))
        return RULE_COMMANDS[argv[0]](argv[1:])

    return _catch_help(body)


def run_auto_run(argv: list[str]) -> int:
    """`workstation reply auto-run [--dry-run] [--json]`."""
    return _catch_help(lambda: _run_auto(argv))


def _catch_help(body: Callable[[], int]) -> int:
    try:
        return report_usage_errors(body)
    except SystemExit as exc:  # argparse's --help: its code instead of exiting the caller
        return exc.code if isinstance(exc.code, int) else 2
