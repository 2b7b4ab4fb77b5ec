"""``newsgraph actors`` (search the knowledge base) and ``newsgraph actor ID`` (one actor, its mentions and events)."""

from __future__ import annotations

import json

import click

from ..clikit import db_option, emit_rows, format_option, make_settings, settings_options


@click.command("actors")
@click.argument("query", required=False)
@click.option("--date", help="Describe people as of this date (YYYY-MM-DD): sector and CAMEO code at that date.")
@click.option("--kind", help="Only this kind of entry (country, person, organisation, group...).")
@click.option("--limit", type=click.IntRange(min=0), default=50, show_default=True, help="Maximum rows.")
@format_option
def actors_command(query, date, kind, limit, fmt) -> None:
    """List and search the actor knowledge base (names and aliases, accent- and case-insensitive)."""
    from .kb import KnowledgeBase, describe

    kb = KnowledgeBase.load()
    entries = kb.search(query) if query else [*kb.countries.values(), *kb.entities.values()]
    rows = [describe(e, date) for e in entries]
    if kind:
        rows = [r for r in rows if r["kind"] == kind]
    rows = rows[:limit]
    if fmt != "jsonl":
        for r in rows:
            r["names"] = "; ".join(r["names"][:4])
    emit_rows(rows, fmt, None if fmt == "jsonl" else ["id", "kind", "name", "country", "sector", "code", "org", "group",
                                                      "names"], limit=limit)


@click.command("actor")
@click.argument("actor_id")
@click.option("--date", help="Describe the actor as of this date (YYYY-MM-DD).")
@click.option("--limit", type=click.IntRange(min=0), default=20, show_default=True, help="Maximum mentions and events shown.")
@db_option
@settings_options
def actor_command(actor_id, date, limit, **opts) -> None:
    """Show one knowledge-base actor, with its mentions and events from the database when it exists."""
    from pathlib import Path

    from ..errors import NotFoundError
    from ..store import Store
    from ..store.queries import EventFilter
    from .kb import KnowledgeBase, describe

    kb = KnowledgeBase.load()
    entry = kb.countries.get(actor_id.upper()) or kb.entities.get(actor_id)
    if entry is None:
        hits = kb.search(actor_id)[:5]
        hint = ("did you mean: " + ", ".join(describe(h)["id"] for h in hits)) if hits else "search with: newsgraph actors NAME"
        raise NotFoundError(f"no actor with id {actor_id!r}", hint=hint)
    info = describe(entry, date)
    click.echo(json.dumps(info, ensure_ascii=False, indent=1))
    settings = make_settings(**opts)
    if not Path(settings.db).exists():
        click.echo(f"(no database at {settings.db}: no mentions or events to show)", err=True)
        return
    with Store(settings.db, read_only=True) as store:
        mentions = store.actor_mentions(info["id"], limit=limit)
        events = store.events(EventFilter(actor=info["id"], limit=limit))
    click.echo(f"\nmentions ({len(mentions)} shown):")
    emit_rows(mentions, "table", ["article_id", "text", "label", "rule"])
    click.echo(f"\nevents ({len(events)} shown):")
    emit_rows(events, "table", ["date", "source_code", "cameo", "target_code", "trigger", "article_id"])


commands = [actors_command, actor_command]
