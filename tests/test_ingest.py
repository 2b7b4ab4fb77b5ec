"""Ingest: readers for every input kind, cleaning of page furniture, and bad input as per-article failures."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest

from newsgraph import Settings
from newsgraph.ingest import Reader, TextCleaner, article_id
from newsgraph.lang import LanguageData
from newsgraph.records import Article, Failure

FR = ("Le ministre des Affaires étrangères a rencontré samedi son homologue à Paris pour discuter de la crise. "
      "Les deux hommes se sont dits prêts à coopérer dans la lutte contre le terrorisme et ont appelé à la paix. ") * 2
EN = ("The foreign minister met his counterpart in Paris on Saturday to discuss the crisis. Both men said they were "
      "ready to cooperate in the fight against terrorism and called for peace in the region as soon as possible. ") * 2


@pytest.fixture(scope="module")
def reader() -> Reader:
    return Reader(Settings.load(env={}, overrides={"max_article_chars": 20000}), LanguageData("fr"))


def read_all(reader: Reader, *paths) -> list[Article | Failure]:
    return list(reader.read([str(p) for p in paths]))


def test_scraped_text_loses_furniture_but_keeps_story(reader):
    text = ("Modifié\n\nLa France et l'Allemagne signent un accord\n\n"
            "Emmanuel Macron et Angela Merkel à Berlin. [John Doe]\nEmmanuel Macron et Angela Merkel à Berlin. - [John Doe]\n"
            "Emmanuel Macron a signé lundi un accord avec Angela Merkel à Berlin, a indiqué l'Elysée.\n\n"
            ">> Lire aussi : \"Un titre d'un autre article\"\n\nLes deux dirigeants ont salué « une étape importante ».\n\n"
            "afp/jlb\n\nPublié Modifié\n")
    art = reader.builder.build(text)
    assert art.title == "La France et l'Allemagne signent un accord"
    for junk in ("Modifié", "Publié", "Lire aussi", "[John Doe]", "afp/jlb", "Angela Merkel à Berlin. -"):
        assert junk not in art.text
    assert "Emmanuel Macron a signé lundi un accord avec Angela Merkel à Berlin, a indiqué l'Elysée." in art.text
    assert "Les deux dirigeants ont salué « une étape importante »." in art.text
    assert art.metadata["agency"] == "AFP"
    assert art.metadata["photo_credits"] == ["John Doe"]
    # paragraphs index the cleaned text
    assert [art.text[s:e] for s, e in art.paragraphs][0] == art.title


def test_share_box_lines_are_furniture(reader):
    text = ("Google rachète une start-up\n\nGoogle a racheté la société lundi, selon Reddit.\n\n"
            "Partager cet article :\nCourriel ,\nFacebook ,\nTwitter ,\nGoogle ,\nIdenti.ca ,\nReddit ,\nDigg ,\nYahoo!")
    art = reader.builder.build(text)
    assert art.text.endswith("Google a racheté la société lundi, selon Reddit.")
    assert "Digg" not in art.text and "Partager" not in art.text


def test_published_date_from_text_lines(reader):
    art = reader.builder.build("Un titre\n\nPublié le 28/01/2017 à 10h15\n\n" + FR)
    assert art.published == "2017-01-28"
    assert art.metadata["published_source"] == "text"
    art = reader.builder.build("Un titre\n\n6 janvier 2016 . – " + FR)
    assert art.published == "2016-01-06"
    assert "6 janvier 2016 . –" in art.text  # the dateline's sentence is kept
    art = reader.builder.build("Un titre\n\n23 août 2016, 21 h 47 UTC . – " + FR)
    assert art.published == "2016-08-23T21:47:00+00:00"
    art = reader.builder.build("Un titre\n\n1er janvier 2016, 14h30 . –\n" + FR)
    assert art.published == "2016-01-01"  # no zone given: the date only, never an invented offset


def test_id_is_content_hash_and_stable(reader):
    a = reader.builder.build(FR)
    b = reader.builder.build("  " + FR.replace(". ", ".  "))
    assert a.id == b.id == article_id(a.text)
    assert reader.builder.build(FR, id="given").id == "given"


def test_jsonl_folder_gzip_and_stdin(reader, tmp_path: Path):
    rows = [{"id": "a1", "text": FR, "title": "T", "published": "2017-01-28", "url": "http://x", "source": "wire"},
            {"id": "a2", "text": FR + " Autre.", "lang": "fr"}]
    (tmp_path / "in.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), "utf-8")
    with gzip.open(tmp_path / "in2.jsonl.gz", "wt", encoding="utf-8") as f:
        f.write(json.dumps({"id": "a3", "text": FR + " Encore."}, ensure_ascii=False) + "\n")
    (tmp_path / "story.txt").write_text("Titre\n\n" + FR, "utf-8")
    items = read_all(reader, tmp_path)
    assert all(isinstance(i, Article) for i in items), items
    assert {i.id for i in items} >= {"a1", "a2", "a3"}
    a1 = next(i for i in items if i.id == "a1")
    assert (a1.published, a1.url, a1.source, a1.title) == ("2017-01-28", "http://x", "wire", "T")
    got = list(reader.read(["-"], stdin=io.BufferedReader(io.BytesIO(json.dumps(rows[0]).encode()))))
    assert [g.id for g in got] == ["a1"]
    got = list(reader.read(["-"], stdin=io.BufferedReader(io.BytesIO(("Titre\n\n" + FR).encode()))))
    assert isinstance(got[0], Article) and got[0].title == "Titre"


def test_html_page(reader, tmp_path: Path):
    body = "".join(f"<p>{s.strip()}.</p>" for s in FR.split(".") if s.strip())
    html = (f"<!DOCTYPE html><html><head><title>Accord signé à Paris</title><meta name='author' content='Jeanne Martin'>"
            f"<meta name='date' content='2018-03-12'></head><body><nav><a href='/'>Accueil</a> <a>Monde</a></nav>"
            f"<article><h1>Accord signé à Paris</h1>{body}</article><footer>Mentions légales - Contact</footer></body></html>")
    (tmp_path / "page.html").write_text(html, "utf-8")
    [art] = read_all(reader, tmp_path / "page.html")
    assert isinstance(art, Article), art
    assert art.title == "Accord signé à Paris"
    assert art.published and art.published.startswith("2018-03-12")
    assert art.metadata.get("author") == "Jeanne Martin"
    assert "Mentions légales" not in art.text and "homologue" in art.text


@pytest.mark.parametrize("name,content,reason", [
    ("empty.txt", b"", "empty"),
    ("blank.txt", b"   \n\n  ", "empty"),
    ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "encoding"),
    ("latin1.txt", FR.encode("latin-1"), "encoding"),
    ("english.txt", EN.encode(), "language"),
    ("huge.txt", ("Un mot. " * 10000).encode(), "size"),
])
def test_bad_files_are_failures_with_reasons(reader, tmp_path: Path, name, content, reason):
    (tmp_path / name).write_bytes(content)
    (tmp_path / "zz_good.txt").write_text(FR, "utf-8")
    items = read_all(reader, tmp_path)
    failures = [i for i in items if isinstance(i, Failure)]
    assert [f.reason for f in failures] == [reason]
    assert failures[0].message and name in failures[0].source
    assert sum(isinstance(i, Article) for i in items) == 1   # the batch went on


def test_folder_reports_unsupported_files(reader, tmp_path: Path):
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "story.txt").write_text(FR, "utf-8")
    items = read_all(reader, tmp_path)
    assert [type(i).__name__ for i in items] == ["Failure", "Article"]
    assert items[0].reason == "unsupported" and "notes.pdf" in items[0].source


def test_bad_jsonl_lines_each_reported(reader, tmp_path: Path):
    lines = [json.dumps({"id": "ok", "text": FR}), "{not json", json.dumps([1, 2]), json.dumps({"id": "x"}),
             json.dumps({"id": "en", "text": EN}), json.dumps({"id": "de", "text": FR, "lang": "de"}), "",
             json.dumps({"id": "ok2", "text": FR + " Fin."})]
    (tmp_path / "in.jsonl").write_text("\n".join(lines), "utf-8")
    items = read_all(reader, tmp_path / "in.jsonl")
    assert [i.id for i in items if isinstance(i, Article)] == ["ok", "ok2"]
    reasons = [(f.source.rsplit(":", 1)[1], f.reason) for f in items if isinstance(f, Failure)]
    assert reasons == [("2", "malformed"), ("3", "malformed"), ("4", "malformed"), ("5", "language"), ("6", "language")]


def test_overlong_jsonl_line_is_skipped_not_loaded(tmp_path: Path):
    reader = Reader(Settings.load(env={}, overrides={"max_line_chars": 1000}), LanguageData("fr"))
    (tmp_path / "in.jsonl").write_text(json.dumps({"text": "x" * 5000}) + "\n" + json.dumps({"id": "b", "text": FR}) + "\n")
    items = read_all(reader, tmp_path / "in.jsonl")
    assert isinstance(items[0], Failure) and items[0].reason == "size"
    assert items[1].id == "b"


def test_missing_input_is_a_clear_error(reader):
    from newsgraph.errors import InputError

    with pytest.raises(InputError, match="does not exist"):
        read_all(reader, "/nonexistent/path.txt")


def test_seed_cleaning(reader, shared):
    [art] = read_all(reader, shared / "seed" / "000_f88875b5d44bba2d.txt")
    for junk in ("Modifié", "Publié", ">> Lire aussi", "[Jonathan Ernst]", "reuters/mre"):
        assert junk not in art.text
    assert art.metadata["agency"] == "Reuters"
    raw = (shared / "seed" / "000_f88875b5d44bba2d.txt").read_text("utf-8")
    kept = [l.strip() for l in raw.splitlines() if l.strip() and not any(
        j in l for j in ("Modifié", "Publié", "Lire aussi", "[Jonathan Ernst]", "reuters/mre"))]
    for line in kept:
        assert line in art.text
    assert art.title == "Moscou et Washington se disent prêts à collaborer dans la lutte anti-EI"
    cleaner = TextCleaner(LanguageData("fr"))
    assert cleaner.clean(art.text).paragraphs == art.text.split("\n\n")  # cleaning is idempotent


@pytest.mark.parametrize("text, refused", [
    ("The Russian army attacked the city of Aleppo on Monday, killing ten people.", True),
    ("Die Bundesregierung hat die Sanktionen gegen Russland verlängert.", True),
    # French headlines are short and telegraphic: never refused for having few function words
    ("Brexit : Theresa May annonce sa démission, Boris Johnson favori", False),
    ("Donald Trump and Vladimir Putin", False),
    ("L'armée russe a attaqué Alep lundi.", False),
])
def test_the_language_check_holds_for_short_texts(reader, text, refused):
    from newsgraph.errors import UnsupportedLanguageError
    if refused:
        with pytest.raises(UnsupportedLanguageError):
            reader.builder.build(text, id="x")
    else:
        assert reader.builder.build(text, id="x").text
