"""``adrisk score``: score an ad archive (streamed, parallel, resumable); ``adrisk link``: link related ads."""

from __future__ import annotations

import json


DEFAULT_MODEL = "models/adrisk-default"


def register(sub) -> None:
    _register_score(sub)
    _register_link(sub)


def _register_score(sub) -> None:
    p = sub.add_parser("score", help="score an archive of ads (JSONL, CSV or Parquet) for human review")
    p.add_argument("input", help="archive (.jsonl, .csv, .parquet)")
    p.add_argument("--out", required=True, help="scored output (.jsonl, .csv, .parquet; a folder with --engine ray)")
    opt = p.add_argument_group("optional")
    opt.add_argument("--model", default=DEFAULT_MODEL, help=f"artifact folder (default: {DEFAULT_MODEL})")
    opt.add_argument("--format", choices=("jsonl", "csv", "parquet"), help="input format (default: by extension)")
    opt.add_argument("--out-format", choices=("jsonl", "csv", "parquet"), help="output format (default: by extension)")
    opt.add_argument("--text-column", default="text")
    opt.add_argument("--id-column", default="id", help="ids are derived from the text when the column is absent")
    opt.add_argument("--language-column", default="language",
                     help="ISO-639-1 codes used instead of detection where present ('' to always detect)")
    opt.add_argument("--profile", help="threshold profile (default: the artifact's)")
    opt.add_argument("--workers", type=int, help="scoring processes (default: all cores)")
    opt.add_argument("--chunk-size", type=int, default=2000, help="rows per committed part")
    opt.add_argument("--batch-size", type=int, default=32, help="model batch size")
    opt.add_argument("--resume", action="store_true", help="continue an interrupted run from OUT.parts/")
    opt.add_argument("--report", help="also write a self-contained HTML report (plots, top ads) here")
    opt.add_argument("--top-n", type=int, default=50, help="ads listed in the report")
    opt.add_argument("--engine", choices=("local", "ray"), default="local",
                     help="ray: Ray Data actor pool, Parquet in and out (needs the [distributed] extra)")
    opt.add_argument("--ray-address", help="Ray cluster to join (default: start a local one)")
    opt.add_argument("--json", action="store_true", help="print the summary as JSON instead of a table")
    opt.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.set_defaults(handler=_score)


def _score(args) -> int:
    if args.engine == "ray":
        from serving.distributed import score_parquet_ray

        summary = score_parquet_ray(
            args.input, args.out, model=args.model, text_column=args.text_column, id_column=args.id_column,
            language_column=args.language_column or None, profile=args.profile, concurrency=args.workers,
            batch_size=args.chunk_size, address=args.ray_address,
        )  # fmt: skip
    else:
        from serving.batch import score_file

        summary = score_file(
            args.input, args.out, model=args.model, fmt=args.format, out_fmt=args.out_format,
            text_column=args.text_column, id_column=args.id_column, language_column=args.language_column or None,
            workers=args.workers, chunk_size=args.chunk_size, resume=args.resume, profile=args.profile,
            batch_size=args.batch_size, progress=not args.no_progress,
        )  # fmt: skip
    if args.report:
        from serving.report import write_report

        write_report(args.out, args.report, text_column=args.text_column, top_n=args.top_n,
                     fmt=None if args.engine == "ray" else args.out_format)  # fmt: skip
    if args.json:
        print(json.dumps(summary, ensure_ascii=False))
    else:
        from serving.batch import format_summary

        print(format_summary(summary))
    return 0


def _register_link(sub) -> None:
    p = sub.add_parser("link", help="cluster near-duplicate ads and ads sharing contact identifiers")
    p.add_argument("input", help="archive: raw ads or `adrisk score` output (.jsonl, .csv, .parquet)")
    p.add_argument("--out", required=True, help="clusters file (.jsonl, .csv or .parquet)")
    opt = p.add_argument_group("optional")
    opt.add_argument("--edges", help="edges CSV; a GraphML file is written beside it")
    opt.add_argument("--format", choices=("jsonl", "csv", "parquet"), help="input format (default: by extension)")
    opt.add_argument("--text-column", default="text")
    opt.add_argument("--id-column", default="id", help="ids are derived from the text when the column is absent")
    opt.add_argument("--language-column", default="language", help="used as the phone-number region hint")
    opt.add_argument("--location-column", default="location")
    opt.add_argument("--platform-column", default="platform")
    opt.add_argument("--date-column", default="date")
    opt.add_argument("--threshold", type=float, default=0.5, help="near-duplicate Jaccard threshold (0-1]")
    opt.add_argument("--region", help="phone region for every ad (ISO 3166 code, e.g. GB)")
    opt.add_argument("--min-size", type=int, default=2, help="smallest cluster written")
    opt.add_argument("--salt", help="salt for identifier hashes (default: random per run)")
    opt.add_argument("--keep-identifiers", action="store_true",
                     help="write raw phones/e-mails/handles instead of salted hashes (personal data!)")
    p.set_defaults(handler=_link)


def _link(args) -> int:
    from serving.link import LinkConfig, link_file

    cfg = LinkConfig(
        text_column=args.text_column, id_column=args.id_column, language_column=args.language_column,
        location_column=args.location_column, platform_column=args.platform_column,
        date_column=args.date_column, threshold=args.threshold, region=args.region,
        min_cluster_size=args.min_size, salt=args.salt, keep_identifiers=args.keep_identifiers,
    )  # fmt: skip
    stats = link_file(args.input, args.out, edges_path=args.edges, cfg=cfg, fmt=args.format)
    print(json.dumps(stats))
    return 0
