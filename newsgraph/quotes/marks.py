"""Finding quoted stretches in an article's text from its quotation marks (plain string work, no parse).

French conventions handled: « » with nested “ ” or « », straight quotes, and a quotation that runs over
several paragraphs where each following paragraph reopens with the opening mark and only the last one
closes. An opening mark never closed in its paragraph (and not continued) is closed at the paragraph's end
for paired marks; an odd straight quote is ignored.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .lexicon import QuoteMarks


@dataclass(slots=True)
class QuotedSpan:
    """One outermost quotation: offsets of its text (marks excluded) in the article text."""

    start: int                              # first character of the quoted text
    end: int                                # one past its last character
    open_at: int                            # offset of the opening mark
    close_at: int | None                    # offset of the closing mark, None when closed by a paragraph end
    segments: list[tuple[int, int]] = field(default_factory=list)  # one (start, end) per paragraph

    def text(self, article_text: str) -> str:
        """The quotation without any quotation marks (paragraph reopening marks removed)."""
        return " ".join(article_text[s:e] for s, e in self.segments)

    @property
    def after(self) -> int:
        """Offset just after the closing mark (or the end of the text)."""
        return self.close_at + 1 if self.close_at is not None else self.end


def _strip(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def _paragraph_bounds(text: str, paragraphs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    if paragraphs:
        return list(paragraphs)
    out, pos = [], 0
    for part in text.split("\n\n"):
        out.append((pos, pos + len(part)))
        pos += len(part) + 2
    return out


def find_quoted_spans(text: str, marks: QuoteMarks, paragraphs: list[tuple[int, int]] | None = None) -> list[QuotedSpan]:
    """Every outermost quotation in ``text``, in text order."""
    spans: list[QuotedSpan] = []
    paras = _paragraph_bounds(text, paragraphs or [])
    carry: tuple[str, int, list[tuple[int, int]]] | None = None   # quotation continued from the last paragraph
    for n, (ps, pe) in enumerate(paras):
        stack: list[str] = []                  # open marks, outermost first
        open_at, seg_start, done, i = -1, ps, [], ps
        if carry is not None:
            opener, open_at, done = carry
            stack = [opener]
            i = seg_start = _strip(text, ps, pe)[0] + 1      # skip the reopening mark
            carry = None
        while i < pe:
            ch = text[i]
            if stack and ch == marks.closing(stack[-1]):
                stack.pop()
                if not stack:
                    s, e = _strip(text, seg_start, i)
                    segs = done + [(s, e)]
                    spans.append(QuotedSpan(segs[0][0], e, open_at, i, segs))
                    done = []
            elif ch in marks.pairs or (ch in marks.straight and ch not in stack):
                if not stack:
                    open_at, seg_start = i, i + 1
                stack.append(ch)
            i += 1
        if not stack:
            continue
        opener = stack[0]
        s, e = _strip(text, seg_start, pe)
        if n + 1 < len(paras):
            ns = _strip(text, *paras[n + 1])[0]
            if text[ns:ns + 1] == opener:
                carry = (opener, open_at, done + [(s, e)])
                continue
        if opener not in marks.straight and e > s:
            segs = done + [(s, e)]
            spans.append(QuotedSpan(segs[0][0], e, open_at, None, segs))
    return spans
