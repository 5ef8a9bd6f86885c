#!/usr/bin/env python3
"""Annotate a folder of JSON Lines shards with News Annotator on Ray.

Each shard (``*.jsonl`` or ``*.jsonl.gz``, one article a line: ``{"id", "text", "referenceDate"?}``)
becomes an output shard of the same name in the output folder, one line per article as
``news-annotator analyze --jsonl`` writes it. An ``ActorPool`` of actors each keeps one
``node dist/cli.js analyze --jsonl`` process alive (its knowledge base loaded once) and feeds it
shard after shard.

The same script runs on a laptop and on a cluster:

    python annotate_shards.py --in shards/ --out annotated/                      # ray.init(): local
    ray start --head                                                             # on the head node
    ray start --address HEAD:6379                                                # on each worker node
    python annotate_shards.py --address auto --in /shared/shards --out /shared/annotated

On a cluster every node needs Node.js and the CLI at the same path (--cli), and the shard folders
on storage every node sees (NFS or a mounted bucket).
"""
import argparse
import gzip
import json
import os
import re
import subprocess
import sys
import threading

import ray
from ray.util.actor_pool import ActorPool

# What the CLI skips as a blank line: JavaScript's \s (the CLI writes no output line for it).
BLANK = re.compile("^[\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]*$")


def open_shard(path, mode):
    return gzip.open(path, mode) if path.endswith(".gz") else open(path, mode)


@ray.remote
class Annotator:
    """One long-lived `analyze --jsonl` process; shards go through it one at a time."""

    def __init__(self, node, cli, threads, extra_args):
        command = [node, cli, "analyze", "--jsonl", "--quiet", "--threads", str(threads), *extra_args]
        self.proc = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        self.lines_sent = 0

    def annotate(self, shard_in, shard_out):
        with open_shard(shard_in, "rb") as f:
            lines = f.read().split(b"\n")
        if lines and lines[-1] == b"":
            lines.pop()
        expected = sum(1 for line in lines if not BLANK.match(line.decode("utf-8", "replace")))
        offset = self.lines_sent
        self.lines_sent += len(lines)
        # Written by a thread while this one reads: a shard is larger than the pipes' buffers.
        writer = threading.Thread(target=self._send, args=(lines,))
        writer.start()
        tmp = os.path.join(os.path.dirname(shard_out), f".{os.path.basename(shard_out)}.{os.getpid()}.tmp")
        errors = 0
        try:
            with open_shard(tmp, "wb") as out:
                for _ in range(expected):
                    line = self.proc.stdout.readline()
                    if not line:
                        raise RuntimeError(f"analyze --jsonl ended early (exit {self.proc.poll()}) on {shard_in}")
                    if line.startswith(b'{"id":') and b'"error":' in line:
                        errors += 1
                        line = self._shard_numbered(line, offset)
                    out.write(line)
            writer.join()
            os.replace(tmp, shard_out)
        except BaseException:
            if os.path.exists(tmp):
                os.remove(tmp)
            raise
        return {"shard": shard_in, "articles": expected, "errors": errors}

    def _send(self, lines):
        for line in lines:
            self.proc.stdin.write(line + b"\n")
        self.proc.stdin.flush()

    @staticmethod
    def _shard_numbered(line, offset):
        """An error line's "line" counts from the process's first line: make it the shard's."""
        try:
            record = json.loads(line)
        except ValueError:
            return line
        if set(record) != {"id", "line", "error"}:
            return line
        record["line"] -= offset
        return (json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")


def shards_in(folder):
    return sorted(f for f in os.listdir(folder) if f.endswith(".jsonl") or f.endswith(".jsonl.gz"))


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--in", dest="input", required=True, help="folder of *.jsonl / *.jsonl.gz shards")
    parser.add_argument("--out", required=True, help="folder for the output shards (same names)")
    parser.add_argument("--address", help="Ray cluster address (auto, HOST:6379); default: a local Ray")
    parser.add_argument("--actors", type=int, help="annotator processes (default: the cluster's CPUs / --threads)")
    parser.add_argument("--threads", type=int, default=1, help="worker threads per process (CPUs per actor; default 1)")
    parser.add_argument("--cli", default=os.path.join(here, "..", "..", "dist", "cli.js"), help="path of dist/cli.js on every node")
    parser.add_argument("--node", default="node", help="the Node.js executable")
    parser.add_argument("cli_args", nargs="*", help="more options for analyze --jsonl, after --  (e.g. -- --compact)")
    args = parser.parse_args()

    if args.address:
        ray.init(address=args.address)
    else:
        ray.init(include_dashboard=False)
    os.makedirs(args.out, exist_ok=True)
    shards = shards_in(args.input)
    cpus = int(ray.cluster_resources().get("CPU", 1))
    count = max(1, min(len(shards), args.actors or cpus // args.threads))
    cli = os.path.abspath(args.cli)
    actors = [Annotator.options(num_cpus=args.threads).remote(args.node, cli, args.threads, args.cli_args) for _ in range(count)]
    pool = ActorPool(actors)
    jobs = [(os.path.join(args.input, s), os.path.join(args.out, s)) for s in shards]
    articles = errors = 0
    for done in pool.map_unordered(lambda actor, job: actor.annotate.remote(*job), jobs):
        articles += done["articles"]
        errors += done["errors"]
        print(f"{done['shard']}: {done['articles']} articles, {done['errors']} errors", file=sys.stderr)
    print(f"{len(shards)} shards, {articles} articles, {errors} errors, {count} annotator processes", file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
