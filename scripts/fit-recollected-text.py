#!/usr/bin/env python3
"""Fits a re-collected copy of a real-news report to the text its gold facts were written on.

usage: scripts/fit-recollected-text.py ID COPY [--sources eval/web/sources.tsv] [--out eval/web/texts]

COPY is the report as saved from its page (headline, paragraphs, and whatever came with them: bylines, time
stamps, photo captions, share lines, a date prefix). eval/web/sources.tsv records the sha256 of the text the gold was
written on; this tries the trims that text was made with -- dropping such lines, a leading "date YYYY-MM-DD" prefix,
paragraphs separated by one or two line breaks, with or without trailing spaces, a copy cut where the saved one ended
-- also with a page's hard-wrapped lines rejoined into paragraphs, and writes OUT/ID.txt only when the hash matches. It prints "match" or "no match" and exits 0 or 1.
"""
import argparse
import hashlib
import itertools
import re
import sys
from pathlib import Path

DATE_PREFIX = re.compile(r"^\s*date \d{4}-\d{2}(?:-\d{2})?\s*")
# Lines that are rarely the body of a report: credits, captions, bylines, time stamps, share and ad lines.
NOT_BODY = re.compile(r"(photo|image|getty|afp|reuters|/ap\)|credit|share|read more|advertisement|posted|updated"
                      r"|^by |copyright|©|subscribe)", re.IGNORECASE)
MOST_DROPPED = 7
CANDIDATES = 20


def wanted_hash(sources: Path, report: str) -> str:
    for line in sources.read_text(encoding="utf-8").splitlines()[1:]:
        fields = line.split("\t")
        if fields and fields[0] == report:
            return fields[-1]
    sys.exit(f"{sources}: no row for {report}")


def texts(lines, separators):
    """The texts a choice of kept lines can be: as the copy separated them, or uniformly; ends and spaces varied."""
    joined = [''.join(line + separators.get(i, "\n\n") for i, line in lines[:-1]) + lines[-1][1]]
    for separator in ("\n\n", "\n"):
        joined.append(separator.join(line for _, line in lines))
    for body in joined:
        for ending in ("\n", "", "\n\n", " \n"):
            yield body + ending
            yield "\n".join(part.rstrip() for part in body.split("\n")) + ending


def fit(copy: str, want: str):
    copy = DATE_PREFIX.sub("", copy.strip("\n"))
    parts = re.split(r"(\n[ \t]*(?:\n[ \t]*)*)", copy)
    lines, separators = [], {}
    for i in range(0, len(parts), 2):
        if parts[i].strip():
            lines.append((len(lines), parts[i]))
            following = parts[i + 1] if i + 1 < len(parts) else "\n\n"
            separators[len(lines) - 1] = "\n\n" if following.count("\n") > 1 else "\n"
    candidates = [i for i, line in lines if len(line) < 160 or NOT_BODY.search(line)]
    candidates = sorted(candidates, key=lambda i: len(lines[i][1]))[:CANDIDATES]
    endings = [len(lines)] + [len(lines) - k for k in range(1, min(6, len(lines)))]
    for end in endings:
        for count in range(0, min(len(candidates), MOST_DROPPED) + 1):
            for dropped in itertools.combinations([c for c in candidates if c < end], count):
                kept = [line for line in lines[:end] if line[0] not in dropped]
                if not kept:
                    continue
                for text in texts(kept, separators):
                    if hashlib.sha256(text.encode("utf-8")).hexdigest() == want:
                        return text
                # a copy that runs on past where the saved text stopped: cut the last paragraph at a full stop
                last = kept[-1][1]
                for stop in (m.end() for m in re.finditer(r"[.!?][\"'”’]?(?=\s|$)", last)):
                    for text in texts(kept[:-1] + [(kept[-1][0], last[:stop])], separators):
                        if hashlib.sha256(text.encode("utf-8")).hexdigest() == want:
                            return text
            if count >= 4 and end != len(lines):
                break
    return None


def unwrapped(copy: str) -> str:
    """A copy whose page wrapped its paragraphs in short lines: each paragraph rejoined into one line, a line that
    ends a sentence ending its paragraph."""
    paragraphs, current = [], []
    for line in DATE_PREFIX.sub("", copy.strip("\n")).split("\n"):
        if not line.strip():
            if current:
                paragraphs.append(" ".join(current))
                current = []
            continue
        current.append(line.strip())
        if re.search(r"[.!?][\"'”’]?$", line.strip()):
            paragraphs.append(" ".join(current))
            current = []
    if current:
        paragraphs.append(" ".join(current))
    return "\n\n".join(paragraphs)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("report")
    parser.add_argument("copy", type=Path)
    parser.add_argument("--sources", type=Path, default=Path("eval/web/sources.tsv"))
    parser.add_argument("--out", type=Path, default=Path("eval/web/texts"))
    args = parser.parse_args()
    copy = args.copy.read_text(encoding="utf-8")
    want = wanted_hash(args.sources, args.report)
    text = fit(copy, want) or fit(unwrapped(copy), want)
    if text is None:
        print(f"{args.report}: no match; {args.copy} is not the text of the gold (see eval/web/README.md)")
        return 1
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / f"{args.report}.txt").write_text(text, encoding="utf-8")
    print(f"{args.report}: match, written to {args.out / (args.report + '.txt')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
