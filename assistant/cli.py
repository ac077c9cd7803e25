"""The ``fundqa`` command line: a thin shell that parses arguments and calls the engine or index."""

from __future__ import annotations

import json
import os
import sys
import traceback
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.table import Table
from rich.text import Text

from index.loaders import LoadError
from index.location import IndexLocation, locate, open_store
from index.store import IndexError_, Snapshot, Store
from index.textsafe import safe_line, safe_text

EXIT_OK = 0
EXIT_PARTIAL = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report a command stopped by Ctrl+C

ENTITY_KINDS = ("person", "org", "fund", "trust", "law", "security", "term", "date")


class UsageProblem(click.ClickException):
    """A usage or environment error: one line on stderr, exit code 2."""

    exit_code = EXIT_USAGE

    def show(self, file: Any = None) -> None:
        click.echo(f"fundqa: error: {safe_line(self.message)}", err=True)


class _Stdout(Console):
    """Standard output through rich; a reader that closed the pipe early ends the command as
    everywhere else in fundqa (rich's own handling exits 1)."""

    def on_broken_pipe(self) -> None:
        self.quiet = True
        raise BrokenPipeError


def stdout() -> Console:
    return _Stdout(highlight=False, soft_wrap=True)


def stderr() -> Console:
    return Console(stderr=True, highlight=False, soft_wrap=True)


def on_terminal() -> bool:
    """Whether standard output is a terminal (else it is piped or redirected: print whole)."""
    return stdout().is_terminal


def shorten(values: list[str], keep: int, *, more: str = " more") -> str:
    """``values`` joined with "; ", the first ``keep`` of them on a terminal, all when piped."""
    if len(values) <= keep or not on_terminal():
        return "; ".join(values)
    return "; ".join(values[:keep]) + f" (+{len(values) - keep}{more})"


def print_table(headers: tuple[str, ...], rows: list[tuple[str, ...]]) -> None:
    """A table: aligned columns on a terminal; piped or redirected, tab-separated lines with
    every value whole, for ``grep`` and ``cut``."""
    cells = [tuple(safe_line(v) for v in row) for row in rows]
    if not on_terminal():
        for row in (headers, *cells):
            click.echo("\t".join(v.replace("\t", " ") for v in row))
        return
    table = Table(*headers, box=None)
    for row in cells:
        table.add_row(*(Text(v) for v in row))
    stdout().print(table)


def echo_json(data: object) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


def guarded(func: Callable[..., Any]) -> Callable[..., Any]:
    """Turn the index's own errors and unexpected failures into one line and exit code 2; a
    reader that closed the pipe early (``| head``) ends the command quietly with exit code 0."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        ctx = click.get_current_context()
        debug = ctx.find_root().params.get("debug", False)
        try:
            return func(*args, **kwargs)
        except (IndexError_, LoadError) as err:
            raise UsageProblem(str(err)) from err
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except BrokenPipeError:
            _quiet_stdout()
            raise SystemExit(EXIT_OK) from None
        except Exception as err:
            if debug:
                traceback.print_exc()
            raise UsageProblem(
                f"{type(err).__name__}: {err} (run with --debug for details)"
            ) from err

    return wrapper


def chosen_index(index: str | None) -> IndexLocation:
    """The command's ``--index``, else the global ``fundqa --index``, else ``$FUNDQA_INDEX``,
    else the default: every command resolves its index here."""
    if not index:
        ctx = click.get_current_context(silent=True)
        index = ctx.find_root().params.get("index") if ctx is not None else None
    return locate(index)


def _say_building(path: Path) -> None:
    stderr().print(Text(f"fundqa: no index yet; building one from the bundled sample at {path}"))


def open_index(index: str | None) -> Store:
    """The chosen index; the default one is built from the bundled sample on first use."""
    return open_store(chosen_index(index), on_build=_say_building)


def open_snapshot(index: str | None) -> Snapshot:
    return open_index(index).snapshot()


def _quiet_stdout() -> None:
    """Point standard output at /dev/null so that the interpreter's last flush into a pipe the
    reader closed (``| head``) does not complain."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # no real file descriptor (tests)
        pass


class FundqaGroup(click.Group):
    """The ``fundqa`` group: a usage error is one line on stderr with exit code 2, Ctrl+C exits
    130 (a reader that closes the pipe early is met in ``guarded``)."""

    def main(  # type: ignore[override]
        self,
        args: Any = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, standalone_mode, **extra)
        try:
            result = super().main(args, prog_name, complete_var, False, **extra)
        except click.UsageError as err:
            where = f" (see `{err.ctx.command_path} --help`)" if err.ctx is not None else ""
            message = safe_line(err.format_message()).rstrip(".")
            click.echo(f"fundqa: error: {message}{where}", err=True)
            sys.exit(EXIT_USAGE)
        except click.ClickException as err:
            err.show()
            sys.exit(err.exit_code)
        except click.Abort:
            click.echo("fundqa: interrupted", err=True)
            sys.exit(EXIT_INTERRUPTED)
        sys.exit(result if isinstance(result, int) else EXIT_OK)


index_option = click.option(
    "--index",
    "index",
    metavar="DIR",
    help="Index directory (default: $FUNDQA_INDEX, else the user data dir).",
)
format_option = click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True
)


@click.group(
    cls=FundqaGroup,
    invoke_without_command=True,
    context_settings={"help_option_names": ["-h", "--help"]},
)
@click.version_option(package_name="fundqa", prog_name="fundqa", message="%(prog)s %(version)s")
@click.option("--debug", is_flag=True, help="Show tracebacks for unexpected errors.")
@index_option
@click.pass_context
def cli(ctx: click.Context, debug: bool, index: str | None) -> None:
    """Cited answers from mutual-fund prospectus supplements (SEC 497 filings).

    \b
    Examples:
      fundqa                                  open the chat app
      fundqa ask "Who manages the J.P. Morgan Small Cap Stock Portfolio?"
      fundqa index add ~/filings/
    """
    if ctx.invoked_subcommand is None:
        ctx.invoke(chat, index=index)


@cli.command()
@index_option
@guarded
def chat(index: str | None) -> None:
    """Open the terminal chat app.

    \b
    Example:
      fundqa chat --index ./my-index
    """
    from assistant.tui.app import run_app

    run_app(chosen_index(index))


# ---------------------------------------------------------------------------- index group
@cli.group("index")
def index_group() -> None:
    """Build and inspect the index: add, stats, list, remove, optimize."""


def _progress_adder(store: Store, paths: list[str]) -> Any:
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )

    if not sys.stderr.isatty():
        return store.add(paths)
    with Progress(
        TextColumn("indexing"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        TextColumn("{task.description}"),
        console=stderr(),
        transient=True,
    ) as progress:
        task = progress.add_task("", total=None)

        def tick(done: int, total: int, name: str) -> None:
            progress.update(task, completed=done, total=total, description=safe_line(name)[:40])

        return store.add(paths, progress=tick)


@index_group.command("add")
@click.argument("paths", nargs=-1, required=True)
@index_option
@format_option
@guarded
def index_add(paths: tuple[str, ...], index: str | None, fmt: str) -> None:
    """Add or update filings (files and folders, recursive). Unchanged files are skipped.

    \b
    Example:
      fundqa index add ~/filings/ extra/497.htm
    """
    store = Store(chosen_index(index).path)
    report = _progress_adder(store, list(paths))
    if fmt == "json":
        echo_json(
            {
                "index": str(store.path),
                "added": report.added,
                "updated": report.updated,
                "skipped": report.skipped,
                "failed": [{"file": f, "error": r} for f, r in report.failed],
                "passages": report.passages,
                "entities": report.entities,
                "seconds": round(report.seconds, 3),
            }
        )
    else:
        err = stderr()
        for file, reason in report.failed:
            err.print(Text(f"fundqa: skipped {safe_line(file)}: {safe_line(reason)}"))
        stdout().print(Text(report.summary()))
    if report.failed:
        raise SystemExit(EXIT_PARTIAL)


@index_group.command("stats")
@index_option
@format_option
@guarded
def index_stats(index: str | None, fmt: str) -> None:
    """Counts of filings, passages, entities and facts in the index.

    \b
    Example:
      fundqa index stats --format json
    """
    snap = open_snapshot(index)
    kinds = snap.entity_kinds()
    data = {
        "index": str(snap.path),
        "filings": len(snap.docs),
        "passages": snap.passage_count,
        "entities": sum(kinds.values()),
        "entities_by_kind": dict(sorted(kinds.items())),
        "facts": snap.fact_count,
        "generation": snap.generation,
    }
    snap.close()
    if fmt == "json":
        echo_json(data)
        return
    out = stdout()
    for key, value in data.items():
        out.print(Text(f"{key}: {value}"))


def _doc_row(rec: Any) -> dict[str, Any]:
    meta = rec.meta
    return {
        "doc": rec.name,
        "accession": meta.accession,
        "form": meta.form_type,
        "trust": meta.trust,
        "funds": list(meta.funds),
        "supplement_date": meta.supplement_date,
        "prospectus_dates": list(meta.prospectus_dates),
        "revised_dates": list(meta.revised_dates),
        "effective_dates": list(meta.effective_dates),
        "passages": rec.passages,
        "path": rec.path,
    }


@index_group.command("list")
@index_option
@format_option
@guarded
def index_list(index: str | None, fmt: str) -> None:
    """Each indexed filing with its funds, dates and passage count.

    \b
    Example:
      fundqa index list --format json
    """
    snap = open_snapshot(index)
    rows = [_doc_row(rec) for rec in snap.docs.values()]
    snap.close()
    if fmt == "json":
        echo_json(rows)
        return
    out = stdout()
    for row in rows:
        shown = shorten(row["funds"], 3)
        out.print(Text(f"{safe_line(row['doc'])}  ({row['passages']} passages)", style="bold"))
        out.print(Text(f"  funds: {safe_line(shown or row['trust'] or '-')}"))
        dated = safe_line(row["supplement_date"] or "-")
        supplements = safe_line(", ".join(row["prospectus_dates"]) or "-")
        out.print(Text(f"  dated: {dated}; supplements documents dated: {supplements}"))


@index_group.command("optimize")
@index_option
@format_option
@guarded
def index_optimize(index: str | None, fmt: str) -> None:
    """Merge the index's segments into one (adds keep several, which slows searches a little).

    \b
    Example:
      fundqa index optimize
    """
    store = Store(chosen_index(index).path)
    report = store.optimize()
    if fmt == "json":
        echo_json(
            {
                "index": str(store.path),
                "segments_before": report.segments_before,
                "segments_after": report.segments_after,
                "seconds": round(report.seconds, 3),
            }
        )
    else:
        stdout().print(Text(report.summary()))


@index_group.command("remove")
@click.argument("docs", nargs=-1, required=True)
@index_option
@guarded
def index_remove(docs: tuple[str, ...], index: str | None) -> None:
    """Remove filings from the index by document name.

    \b
    Example:
      fundqa index remove 000_c14adad2a05aec02.txt
    """
    store = Store(chosen_index(index).path)
    removed, missing = store.remove(list(docs))
    for name in missing:
        stderr().print(Text(f"fundqa: not in the index: {safe_line(name)}"))
    stdout().print(Text(f"{len(removed)} removed"))
    if missing:
        raise SystemExit(EXIT_PARTIAL)


# ---------------------------------------------------------------------------- show, entities
def _split_doc_arg(target: str, docs: Any) -> tuple[str, int | None]:
    """``DOC`` or ``DOC:LINE`` (a document whose own name has a colon is taken whole)."""
    if target in docs:
        return target, None
    name, sep, line = target.rpartition(":")
    if not sep:
        return target, None
    if not line.isdigit() or int(line) < 1:
        raise UsageProblem(f"line must be a number from 1 up: {target}")
    return name, int(line)


@cli.command()
@click.argument("target", metavar="DOC[:LINE]")
@index_option
@format_option
@guarded
def show(target: str, index: str | None, fmt: str) -> None:
    """Print a filing's text with line numbers, or the passage at one line.

    \b
    Examples:
      fundqa show 000_c14adad2a05aec02.txt
      fundqa show 000_c14adad2a05aec02.txt:19
    """
    snap = open_snapshot(index)
    name, line = _split_doc_arg(target, snap.docs)
    if name not in snap.docs:
        raise UsageProblem(f"not in the index: {name} (see `fundqa index list`)")
    if line is None:
        text = snap.doc_text(name)
        if fmt == "json":
            echo_json({"doc": name, "lines": text.split("\n")})
        else:
            lines = text.split("\n")
            width = len(str(len(lines)))
            click.echo("\n".join(f"{i:>{width}}  {safe_text(t)}" for i, t in enumerate(lines, 1)))
        return
    passage = snap.passage_at(name, line)
    if passage is None:
        raise UsageProblem(f"{name} has no passage at or after line {line}")
    data = {
        "doc": name,
        "section": passage.section_label,
        "line_start": passage.line_start,
        "line_end": passage.line_end,
        "char_start": passage.char_start,
        "char_end": passage.char_end,
        "text": passage.text,
    }
    if fmt == "json":
        echo_json(data)
        return
    out = stdout()
    out.print(
        Text(f"{name}  lines {passage.line_start}-{passage.line_end}  {passage.section_label}")
    )
    out.print(Text(safe_text(passage.text)))


@cli.command()
@click.option("--kind", type=click.Choice(ENTITY_KINDS), help="Only entities of this kind.")
@index_option
@format_option
@guarded
def entities(kind: str | None, index: str | None, fmt: str) -> None:
    """Resolved entities with their aliases and the filings they appear in.

    \b
    Example:
      fundqa entities --kind person
    """
    snap = open_snapshot(index)
    chosen = snap.entities_of_kind(kind)
    chosen.sort(key=lambda e: (e.kind, e.name.casefold()))
    if fmt == "json":
        echo_json(
            [
                {
                    "id": e.id,
                    "kind": e.kind,
                    "name": e.name,
                    "aliases": list(e.aliases),
                    "docs": list(e.docs),
                    "attrs": dict(e.attrs),
                }
                for e in chosen
            ]
        )
        return
    print_table(
        ("kind", "name", "aliases", "filings"),
        [(e.kind, e.name, "; ".join(e.aliases), shorten(list(e.docs), 3, more="")) for e in chosen],
    )


# ---------------------------------------------------------------------------- ask, eval
def _open_assistant(index: str | None) -> Any:
    from assistant.engine import Assistant

    return Assistant(snapshot=open_snapshot(index))


def _print_single(answer: Any, fmt: str, explain: bool = False) -> None:
    from assistant.batch import write_answers
    from assistant.render import answer_markdown, answer_text

    if fmt == "text":
        stdout().print(answer_text(answer, explain))
    elif fmt == "markdown":
        click.echo(answer_markdown(answer, explain))
    elif fmt == "json":
        echo_json(answer.to_dict())
    else:
        write_answers([answer], fmt, sys.stdout)


def _batch_progress() -> Any:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    return Progress(
        TextColumn("answering"), BarColumn(), MofNCompleteColumn(), console=stderr(), transient=True
    )


@cli.command()
@click.argument("question", required=False)
@click.option(
    "-f",
    "--file",
    "batch",
    metavar="FILE|-",
    help="Answer a batch: one question per line, or JSONL.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "markdown", "json", "jsonl", "csv"]),
    help="Output format (default: text for one question, jsonl for a batch).",
)
@click.option("--doc", help="Only this indexed filing (see `fundqa index list`).")
@click.option("--fund", help="Only filings covering this fund.")
@click.option(
    "--chat", "as_chat", is_flag=True, help="Treat the batch as one conversation (follow-ups)."
)
@click.option(
    "--explain",
    is_flag=True,
    help="Also show why: each constraint of the question with the citation that bears it out, "
    "and the confidence (JSON output always carries them as 'checks').",
)
@index_option
@guarded
def ask(
    question: str | None,
    batch: str | None,
    fmt: str | None,
    doc: str | None,
    fund: str | None,
    as_chat: bool,
    explain: bool,
    index: str | None,
) -> None:
    """Answer a question, or a batch of questions, with citations.

    \b
    Examples:
      fundqa ask "Who manages the J.P. Morgan Small Cap Stock Portfolio?"
      fundqa ask --format json "When is the supplement dated?" --doc 000_c14adad2a05aec02.txt
      fundqa ask -f questions.jsonl --format jsonl > answers.jsonl
      fundqa ask --explain "Who managed the portfolio before September 2001?"
      printf 'Who manages the portfolio?\\nSince when?\\n' | fundqa ask -f - --chat
    """
    if (question is None) == (batch is None):
        raise UsageProblem("give either a QUESTION or -f FILE (use -f - for standard input)")
    if question is not None and not safe_line(question).strip():
        raise UsageProblem("empty question: type a question about the indexed filings")
    assistant = _open_assistant(index)
    if doc is not None and doc not in assistant.snap.docs:
        raise UsageProblem(f"not in the index: {doc} (see `fundqa index list`)")
    if question is not None:
        answer = assistant.ask(question, doc=doc, fund=fund)
        if answer.error:
            _check_fund(answer, fund)
            if answer.error.startswith("empty question"):  # "?": nothing asked, a usage error
                raise UsageProblem(answer.error)
            stderr().print(Text(f"fundqa: error: {safe_line(answer.error)}"))
            raise SystemExit(EXIT_PARTIAL)
        _print_single(answer, fmt or "text", explain)
        return
    _ask_batch(assistant, batch, fmt or "jsonl", doc, fund, as_chat, explain)


def _check_fund(answer: Any, fund: str | None) -> None:
    """A ``--fund`` the index does not cover is a usage error (the engine says so by name)."""
    if fund is not None and answer.error and repr(fund) in answer.error:
        raise UsageProblem(f"{answer.error} (see `fundqa index list`)")


def _ask_batch(
    assistant: Any,
    batch: str,
    fmt: str,
    doc: str | None,
    fund: str | None,
    as_chat: bool,
    explain: bool = False,
) -> None:
    """Answer every question of a batch in input order; Ctrl+C says how many were answered."""
    from assistant.answer import Answer
    from assistant.batch import read_questions
    from assistant.understand import Conversation

    try:
        stream = click.open_file(batch, "r", encoding="utf-8", errors="replace")
    except OSError as err:
        raise UsageProblem(f"cannot read {batch}: {err.strerror}") from err
    with stream:
        questions = list(read_questions(stream))
    conversation = Conversation() if as_chat else None
    failed = answered = 0
    progress = _batch_progress() if sys.stderr.isatty() and len(questions) > 1 else None

    def answers() -> Any:
        nonlocal failed, answered
        task = progress.add_task("", total=len(questions)) if progress else None
        for bq in questions:
            if bq.error:
                answer = Answer.failure(bq.question, bq.error, bq.id)
            else:
                answer = assistant.ask(
                    bq.question, doc=bq.doc or doc, fund=bq.fund or fund, context=conversation
                ).with_id(bq.id)
            if answer.error:
                if answered == 0 and bq.fund is None:
                    _check_fund(answer, fund)
                failed += 1
                stderr().print(Text(f"fundqa: {bq.id}: {safe_line(answer.error)}"))
            if progress is not None:
                progress.advance(task)
            answered += 1
            yield answer

    try:
        if progress is not None:
            with progress:
                _write_batch(answers(), fmt, sys.stdout, explain)
        else:
            _write_batch(answers(), fmt, sys.stdout, explain)
    except KeyboardInterrupt:
        click.echo(
            f"fundqa: interrupted: {answered} of {len(questions)} questions answered", err=True
        )
        raise SystemExit(EXIT_INTERRUPTED) from None
    if failed:
        raise SystemExit(EXIT_PARTIAL)


def _write_batch(answers: Any, fmt: str, out: Any, explain: bool = False) -> None:
    from assistant.batch import write_answers

    if fmt == "text":
        console = stdout()
        for answer in answers:
            console.print(Text(f"{answer.id}: {safe_line(answer.question)}", style="bold"))
            _print_single(answer, "text", explain)
            console.print(Text(""))
    else:
        write_answers(answers, fmt, out)


@cli.command("eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.option(
    "--corpus",
    multiple=True,
    metavar="PATH",
    help="Index these files/folders first (into a fresh index unless --index).",
)
@click.option(
    "--failures", is_flag=True, help="List every question that was not answered correctly."
)
@index_option
@format_option
@guarded
def eval_cmd(
    gold: str, corpus: tuple[str, ...], failures: bool, index: str | None, fmt: str
) -> None:
    """Score answers against a gold file (rules of shared/eval/README.md).

    \b
    Example:
      fundqa eval ../shared/eval/dev.jsonl --corpus ../shared/corpus --failures
    """
    import tempfile

    from assistant.engine import Assistant
    from assistant.evaluate import read_gold, score

    try:
        golds = read_gold(Path(gold))
    except ValueError as err:
        raise UsageProblem(str(err)) from err
    with tempfile.TemporaryDirectory(prefix="fundqa-eval-") as tmp:
        location = chosen_index(index)
        if corpus:
            store = Store(Path(tmp) / "index" if location.is_default else location.path)
            report = store.add(list(corpus))
            for file, reason in report.failed:
                stderr().print(Text(f"fundqa: skipped {safe_line(file)}: {safe_line(reason)}"))
            assistant = Assistant(snapshot=store.snapshot())
        else:
            assistant = _open_assistant(index)
        answers = [
            assistant.ask(g.question, doc=g.doc if g.scope == "doc" else None) for g in golds
        ]
        assistant.close()
    result = score(golds, answers)
    data = result.to_dict(with_failures=failures)
    if fmt == "json":
        echo_json(data)
        return
    out = stdout()
    f = result.overall.figures()
    out.print(
        Text(
            f"{f['questions']} questions: accuracy {f['accuracy']:.1%}, answerable accuracy "
            f"{f['answerable_accuracy']:.1%}, cited {f['cited_share']:.1%} of correct, abstention "
            f"accuracy {f['abstention_accuracy']:.1%}, wrong {f['wrong_rate']:.1%}"
        )
    )
    rows = []
    for kind, tally in sorted(result.by_type.items()):
        t = tally.figures()
        rows.append(
            (kind, str(t["questions"]), f"{t['accuracy']:.0%}", str(t["wrong"]), str(t["refused"]))
        )
    print_table(("type", "n", "accuracy", "wrong", "refused"), rows)
    if failures:
        for item in result.failures:
            out.print(
                Text(
                    f"\n{item['id']} [{item['outcome']}] {safe_line(item['question'])}",
                    style="bold",
                )
            )
            out.print(Text(f"  gold: {item['gold']}"))
            out.print(Text(f"  answer: {safe_line(item['answer'])}"))
            if item["items"]:
                out.print(Text(f"  items: {item['items']}"))
            if item["cited"]:
                out.print(Text(f"  cited: {', '.join(item['cited'])}"))


def main() -> None:
    cli(prog_name="fundqa")
