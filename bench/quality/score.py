#!/usr/bin/env python3
"""score.py: extraction quality of the current build on the project's development set.

The development set is our own gold (bench/quality/gold/NAME.gold.json, made by the rules in
../shared/annotation.md) plus the list of articles it describes (bench/quality/articles-*.tsv:
NAME <TAB> SOURCE <TAB> TITLE). SOURCE is a path under ../shared/bbc/ ("business/010.txt") or, for
reports read elsewhere, the page address; those texts are never kept in the project: pass the folder
that holds them as NAME.txt with --texts. Articles whose text is absent are skipped and listed.

For every article it runs `article-prep extract`, turns the article JSON into the scorer's shape
(NAME.pred.json in --out) and runs ../shared/eval/eval_extract.py over the whole set and over each
group (bbc-*, web-*, seed). It prints one table per group: P / R / F1 per category, role and
affiliation accuracy.

    python3 bench/quality/score.py                          # build/native/article-prep, ../shared/bbc
    python3 bench/quality/score.py --bin build/lead/article-prep --texts /work/devtexts --verbose
    python3 bench/quality/score.py --only 'bbc-politics-*'   # one group; --verbose lists misses

Exit code 0 whatever the scores; 2 when the scorer or the binary cannot be found. Skips (exit 0, with a
message) when ../shared is absent, as on a user's clone.
"""

import argparse
import fnmatch
import glob
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
SHARED = os.path.join(os.path.dirname(ROOT), "shared")


def read_list():
    """NAME -> SOURCE from every articles-*.tsv (the seed is added by the caller)."""
    out = {}
    for path in sorted(glob.glob(os.path.join(HERE, "articles-*.tsv"))):
        with open(path, encoding="utf-8") as f:
            for line in f:
                line = line.rstrip("\n")
                if not line or line.startswith("#"):
                    continue
                cols = line.split("\t")
                if len(cols) >= 2:
                    out[cols[0]] = cols[1]
    return out


def read_list_names(tsv):
    """The NAMEs listed in one articles-*.tsv."""
    path = os.path.join(HERE, tsv)
    if not os.path.exists(path):
        return set()
    with open(path, encoding="utf-8") as f:
        return {line.split("\t")[0] for line in f if line.strip() and not line.startswith("#")}


def text_path(name, source, args):
    if name == "seed":
        p = glob.glob(os.path.join(ROOT, "assets", "articles", "*.txt"))
        return p[0] if p else None
    if "://" in source:
        p = os.path.join(args.texts, name + ".txt") if args.texts else None
        return p if p and os.path.exists(p) else None
    p = os.path.join(args.bbc, source)
    return p if os.path.exists(p) else None


def to_pred(article):
    """article JSON (one article) -> the scorer's shape."""
    return {
        "people": [{"name": p.get("name", ""), "role": p.get("role", ""),
                    "affiliation": p.get("affiliation", "")} for p in article.get("people", [])],
        "figures": [{"text": f.get("text", ""), "value": f.get("value"), "unit": f.get("unit", ""),
                     "kind": f.get("kind", "")} for f in article.get("figures", [])],
        "agreements": [{"title": a.get("title", ""), "parties": a.get("parties", []),
                        "status": a.get("status", "")} for a in article.get("agreements", [])],
        "photos": [{"caption": p.get("caption", ""), "credit": p.get("credit", "")}
                   for p in article.get("photos", [])],
        "topics": list(article.get("topics", [])),
    }


def extract(binary, topics, path):
    r = subprocess.run([binary, "extract", "--jsonl", "--topics", topics, path],
                       capture_output=True, text=True, encoding="utf-8", errors="replace")
    lines = [l for l in r.stdout.splitlines() if l.strip()]
    if r.returncode != 0 or not lines:
        sys.stderr.write("score.py: article-prep failed on %s: %s\n" % (path, r.stderr.strip()))
        return None
    return json.loads(lines[0])


def evaluate(scorer, gold_dir, pred_dir, patterns, verbose):
    cmd = [sys.executable, scorer, gold_dir, pred_dir, "--json"]
    for p in patterns:
        cmd += ["--only", p]
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode != 0:
        sys.stderr.write(r.stderr)
        return None, ""
    text = ""
    if verbose:
        v = subprocess.run([c for c in cmd if c != "--json"] + ["--verbose"], capture_output=True, text=True)
        text = v.stdout
    return json.loads(r.stdout), text


def fmt(x):
    return "  -  " if x is None else "%.3f" % x


def table(title, res):
    print("\n## %s" % title)
    cats = res.get("totals") or {}
    print("| category | tp | pred | gold | P | R | F1 |")
    print("|---|---|---|---|---|---|---|")
    for cat in ("people", "figures", "agreements", "photos", "ALL", "topics"):
        c = cats.get(cat)
        if not isinstance(c, dict) or "tp" not in c:
            continue
        print("| %s | %d | %d | %d | %s | %s | %s |" % (cat, c["tp"], c["pred"], c["gold"], fmt(c.get("precision")),
                                                         fmt(c.get("recall")), fmt(c.get("f1"))))
    attrs = res.get("attributes") or {}
    if attrs:
        print("\nattributes: " + ", ".join("%s %s/%s %s" % (k, v.get("correct"), v.get("total"), fmt(v.get("accuracy")))
                                            for k, v in attrs.items()))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bin", default=os.path.join(ROOT, "build", "native", "article-prep"))
    ap.add_argument("--bbc", default=os.path.join(SHARED, "bbc"))
    ap.add_argument("--texts", default=None, help="folder with NAME.txt for web articles")
    ap.add_argument("--gold", default=os.path.join(HERE, "gold"))
    ap.add_argument("--out", default=os.path.join(ROOT, "bench", "out", "quality"))
    ap.add_argument("--scorer", default=os.path.join(SHARED, "eval", "eval_extract.py"))
    ap.add_argument("--topics", default=os.path.join(ROOT, "assets", "topics.json"))
    ap.add_argument("--only", action="append", default=[], help="fnmatch pattern on NAME")
    ap.add_argument("--verbose", action="store_true", help="list every miss and false positive")
    args = ap.parse_args()

    if not os.path.isdir(args.bbc) or not os.path.exists(args.scorer):
        print("score.py: ../shared (BBC articles and eval_extract.py) is absent: skipped")
        return 0
    if not os.path.exists(args.bin):
        sys.stderr.write("score.py: no article-prep at %s (build first, or pass --bin)\n" % args.bin)
        return 2

    listed = read_list()
    listed["seed"] = "assets/articles"
    golds = {os.path.basename(p)[:-len(".gold.json")] for p in glob.glob(os.path.join(args.gold, "*.gold.json"))}
    names = sorted(n for n in golds if not args.only or any(fnmatch.fnmatch(n, p) for p in args.only))

    # Only articles with both gold and text are scored: a scratch gold folder holds exactly those.
    pred_dir = os.path.join(args.out, "pred")
    gold_dir = os.path.join(args.out, "gold")
    for d in (pred_dir, gold_dir):
        os.makedirs(d, exist_ok=True)
        for f in glob.glob(os.path.join(d, "*.json")):
            os.remove(f)
    skipped, scored = [], []
    for name in names:
        path = text_path(name, listed.get(name, ""), args)
        if not path:
            skipped.append(name)
            continue
        art = extract(args.bin, args.topics, path)
        with open(os.path.join(pred_dir, name + ".pred.json"), "w", encoding="utf-8") as f:
            json.dump(to_pred(art) if art else {}, f, ensure_ascii=False, indent=1)
        with open(os.path.join(args.gold, name + ".gold.json"), encoding="utf-8") as src, \
                open(os.path.join(gold_dir, name + ".gold.json"), "w", encoding="utf-8") as dst:
            dst.write(src.read())
        scored.append(name)

    print("# Extraction quality: %d articles scored (%s)" % (len(scored), args.bin))
    if skipped:
        print("skipped (no text; pass --texts for web articles): " + " ".join(skipped))
    # The development set is bbc-* and web-*; the check sets are scored apart: "check" (7 BBC articles
    # annotated after the first rules, part of the dev set too), "check2" (c2-*, round 3), "check3" (c3-*,
    # round 4), "check4" (c4-*, held out, round 5), "check5" (c5-*, held out), "check6" (c6-*,
    # held out), "check7" (c7-*, held out), "check8" (c8-*, held out), "check9" (c9-*, held out),
    # "check10" (c10-*, held out), "check11" (c11-*, held out), "check12" (c12-*, held out), "check13"
    # (c13-*, held out), "check14" (c14-*, held out) and "check15" (c15-*, held out).
    check = [n for n, src in listed.items() if src and n in read_list_names("articles-check.tsv")]
    groups = [("all but the seed", ["bbc-*", "web-*"]), ("BBC", ["bbc-*"]), ("other outlets", ["web-*"]),
              ("check (7 BBC)", check), ("check2 (c2-*)", ["c2-*"]),
              ("check3 (c3-*)", ["c3-*"]), ("check4 (c4-*)", ["c4-*"]), ("check5 (c5-*)", ["c5-*"]),
              ("check6 (c6-*)", ["c6-*"]), ("check7 (c7-*)", ["c7-*"]),
              ("check8 (c8-*)", ["c8-*"]), ("check9 (c9-*)", ["c9-*"]),
              ("check10 (c10-*)", ["c10-*"]), ("check11 (c11-*)", ["c11-*"]),
              ("check12 (c12-*)", ["c12-*"]), ("check13 (c13-*)", ["c13-*"]),
              ("check14 (c14-*)", ["c14-*"]), ("check15 (c15-*)", ["c15-*"]),
              ("seed", ["seed"])]
    for title, pats in groups:
        if not any(fnmatch.fnmatch(n, p) for n in scored for p in pats):
            continue
        first = title == "all but the seed" or (
            title.startswith(("check2", "check3", "check4", "check5", "check6", "check7", "check8",
                              "check9", "check10", "check11", "check12", "check13",
                              "check14", "check15"))
            and not any(fnmatch.fnmatch(n, p) for n in scored for p in ["bbc-*", "web-*"]))
        res, verbose = evaluate(args.scorer, gold_dir, pred_dir, pats, args.verbose and first)
        if res is None:
            continue
        table(title, res)
        if verbose:
            print(verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
