"""Linking recovers re-posted ads and shared contacts, and keeps unrelated ads apart."""

from __future__ import annotations

import csv
import json

import networkx as nx
import pytest
from sklearn.metrics import adjusted_rand_score

from adrisk.cli import main
from serving.identifiers import IdentifierHasher, extract_identifiers, extract_phones
from serving.link import LinkConfig, link_file, link_rows
from serving.records import iter_raw_rows

# Each group is one advertiser: an ad re-posted with the city, price or phone layout edited,
# or different ads that share a contact written in different formats.
GROUPS = {
    "tour": [
        ("Hi gentlemen 💋 Sweet Alina is visiting {city} only this week!! Slim, 24, long dark hair, "
         "very friendly and discreet. Incall in a clean private apartment near the centre, outcall to hotels. "
         "Half hour {p} / hour {q}. No rush, good vibes only. Text me: +1 202 555 0143 ✨", c, p, q)
        for c, p, q in [("Boston", "150", "250"), ("Hartford", "160", "260"), ("Providence", "140", "240"),
                        ("Albany", "150", "270")]
    ],
    "job_pl": [
        ("PRACA W HOLANDII od zaraz! Szukamy pracowników na produkcję w {city}. Zakwaterowanie zapewnione, "
         "transport z Polski w każdy piątek. Stawka {p} euro netto na godzinę, nadgodziny płatne ekstra. "
         "Bez znajomości języka. Kontakt: 512 555 318 (Whatsapp) lub biuro@praca-holandia.example", c, p, "")
        for c, p in [("Venlo", "14"), ("Tilburg", "15"), ("Eindhoven", "13,50")]
    ],
    "ru_reply": [
        ("Привет! Видела твой пост. Есть работа в {city}, горничные в отеле, зарплата от {p} долларов, "
         "жильё дают. Пиши в телеграм @anna_rabota_555, всё расскажу подробно 😊", c, p, "")
        for c, p in [("Дубае", "1500"), ("Стамбуле", "1200"), ("Анталии", "1300")]
    ],
    "shared_phone": [
        ("Room for rent in a quiet shared house, bills included, close to the tram. Call 020 7946 0958.",
         "", "", ""),
        ("Selling my 2012 Honda Civic, 98k miles, new tyres, full service history. Ring +44 20 7946 0958",
         "", "", ""),
        ("Experienced handyman available weekends: painting, shelves, small plumbing jobs. "
         "Phone (020) 7946-0958 any time after 5pm.", "", "", ""),
    ],
    "wechat": [
        ("高薪招聘！柬埔寨西港客服专员，月薪{p}元，包吃包住，无需经验，机票公司报销。微信：hr_xg555 联系", "", p, "")
        for p in ["15000", "18000"]
    ] + [("泰国曼谷高薪文员，月入两万，包机票，加微信 hr_xg555 详聊，名额有限", "", "", "")],
}
SINGLES = [
    "Senior accountant wanted for a family-owned logistics firm in Leeds. ACCA qualified, 5 years experience. "
    "Apply via careers.example.com with your CV and a cover letter.",
    "Vendo bicicleta de montaña Orbea, talla M, poco uso, frenos de disco. 350 € negociables.",
    "Cozinheiro(a) para restaurante em Lisboa, turno da noite, contrato sem termo, subsídio de alimentação.",
    "Masażystka z dyplomem, gabinet w centrum Krakowa, tylko masaż klasyczny i sportowy, rezerwacje online.",
    "Cần tuyển nhân viên bán hàng tại cửa hàng điện thoại quận 3, lương cơ bản cộng hoa hồng, làm ca xoay.",
    "รับสมัครพนักงานต้อนรับโรงแรมในเชียงใหม่ มีประสบการณ์อย่างน้อย 1 ปี พูดภาษาอังกฤษได้ สวัสดิการประกันสังคม",
    "Dicari guru les matematika untuk anak SD di Bandung, tiga kali seminggu sore hari, honor per pertemuan.",
    "Hello, I'm Mia, 31, independent companion in Denver. Dinner dates and travel by arrangement, screening required.",
    "Apartament 2 camere de închiriat în Cluj, zona Mănăștur, mobilat, centrală proprie, 400 euro pe lună.",
    "Нужен водитель категории C для междугородних перевозок, официальное оформление, белая зарплата.",
    "Hiring: barista sa Makati, full-time, may training, SSS at PhilHealth, walk-in interview tuwing Lunes.",
    "Famille cherche baby-sitter à Lyon pour deux enfants, mercredis et sorties d'école, déclarée en CESU.",
]


def _archive():
    rows, truth = [], []
    for g, (name, ads) in enumerate(GROUPS.items()):
        for k, (tmpl, city, p, q) in enumerate(ads):
            rows.append({"id": f"{name}-{k}", "text": tmpl.format(city=city, p=p, q=q),
                         "language": "en", "location": city or None})
            truth.append(g)
    for k, text in enumerate(SINGLES):
        rows.append({"id": f"single-{k}", "text": text, "language": "en", "location": None})
        truth.append(100 + k)
    for r in rows:
        group = r["id"].rsplit("-", 1)[0]
        r["language"] = {"job_pl": "pl", "ru_reply": "ru", "wechat": "zh"}.get(group, "en")
        if group == "shared_phone":
            r["country"] = "GB"  # national-format UK numbers need the region hint
    return rows, truth


def _assignments(rows, result):
    of = {rid: c["cluster_id"] for c in result.clusters for rid in c["ids"]}
    return [of.get(r["id"], r["id"]) for r in rows]


def test_linking_recovers_known_groups_and_keeps_unrelated_apart():
    rows, truth = _archive()
    result = link_rows(rows, LinkConfig(salt="test"))
    ari = adjusted_rand_score(truth, _assignments(rows, result))
    assert ari >= 0.9, f"adjusted Rand index {ari:.3f} < 0.9; clusters: {[c['ids'] for c in result.clusters]}"
    for c in result.clusters:
        assert not any(i.startswith("single-") for i in c["ids"]), f"unrelated ad merged: {c['ids']}"
    tour = next(c for c in result.clusters if "tour-0" in c["ids"])
    assert tour["replicated_across_locations"] is True
    assert tour["locations"] == ["Albany", "Boston", "Hartford", "Providence"]
    phone = next(c for c in result.clusters if "shared_phone-0" in c["ids"])
    assert phone["size"] == 3 and phone["identifier_edges"] >= 2 and phone["replicated_across_locations"] is False


def test_phones_in_different_formats_normalise_to_one_e164():
    assert extract_phones("Call 020 7946 0958", "GB") == {"+442079460958"}
    assert extract_phones("ring (020) 7946-0958", "GB") == {"+442079460958"}
    assert extract_phones("+44 20 7946 0958", "US") == {"+442079460958"}
    assert "+12025550143" in extract_phones("text 2 0 2 5 5 5 0 1 4 3 anytime", "US")
    assert extract_phones("Ｔｅｌ：＋１ ２０２ ５５５ ０１４３", "US") == {"+12025550143"}


def test_messenger_handles_emails_and_links():
    ids = extract_identifiers("WeChat: hr_XG555 · t.me/anna_work555 · mail HR@Firma.example · wa.me/12025550143")
    values = {i.value for i in ids}
    assert {"wechat:hr_xg555", "telegram:anna_work555", "hr@firma.example", "whatsapp:12025550143"} <= values


def test_identifiers_are_hashed_unless_asked(tmp_path):
    rows, _ = _archive()
    hashed = link_rows(rows, LinkConfig(salt="s1"))
    raw_phone = "+442079460958"
    for e in hashed.edges:
        assert raw_phone not in e.evidence and "hr_xg555" not in e.evidence
    assert any(e.evidence.startswith("phone:") for e in hashed.edges)
    kept = link_rows(rows, LinkConfig(keep_identifiers=True))
    assert any(raw_phone in e.evidence for e in kept.edges)
    # Different salts give different hashes: hashes cannot be joined across runs without the salt.
    ident = sorted(extract_identifiers("+44 20 7946 0958", "GB"))[0]
    assert IdentifierHasher("a")(ident) != IdentifierHasher("b")(ident)


def test_link_cli_writes_clusters_csv_edges_and_graphml(tmp_path):
    rows, _ = _archive()
    src = tmp_path / "archive.jsonl"
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    out, edges = tmp_path / "clusters.jsonl", tmp_path / "edges.csv"
    assert main(["link", str(src), "--out", str(out), "--edges", str(edges)]) == 0
    clusters = list(iter_raw_rows(out))
    assert len(clusters) == len(GROUPS)
    with edges.open() as fh:
        edge_rows = list(csv.DictReader(fh))
    assert {r["kind"] for r in edge_rows} == {"near_duplicate", "identifier"}
    graph = nx.read_graphml(edges.with_suffix(".graphml"))
    assert graph.number_of_edges() == len(edge_rows)


def test_stable_ids_when_absent_and_clear_errors(tmp_path):
    rows = [{"text": t} for t in SINGLES[:3]] + [{"text": SINGLES[0] + " "}]
    a = link_rows(rows)
    b = link_rows(rows)
    assert a.stats == b.stats and a.stats["ads"] == 4
    with pytest.raises(ValueError, match="expected a text column 'body'"):
        link_rows(rows, LinkConfig(text_column="body"))
    with pytest.raises(ValueError, match="threshold must be in"):
        LinkConfig(threshold=1.5)
    missing = tmp_path / "nope.jsonl"
    with pytest.raises(FileNotFoundError):
        link_file(missing, tmp_path / "c.jsonl")
