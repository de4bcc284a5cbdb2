"""``adrisk link``: link related ads across an archive. (``adrisk score`` lands with batch scoring.)"""

from __future__ import annotations

import json


def register(sub) -> None:
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
