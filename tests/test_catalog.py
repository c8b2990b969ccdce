"""The shipped indicator catalogue: lookup, suggestions and Vietnamese search."""

from __future__ import annotations

import json
import math
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import yte_targets as yt
from yte_targets.catalog import Catalog, normalise_name


def test_every_entry_is_a_valid_indicator() -> None:
    catalog = yt.catalog.default()
    assert len(catalog) >= 40
    for indicator in catalog:
        assert indicator.name_en
        assert indicator.catalogued
        assert unicodedata.is_normalized("NFC", indicator.name_vi)
        assert indicator.code in catalog


@pytest.mark.parametrize(
    ("code", "reference"),
    [
        ("mmr", "SDG 3.1.1"),
        ("u5mr", "SDG 3.2.1"),
        ("nmr", "SDG 3.2.2"),
        ("stunting_u5", "SDG 2.2.1"),
        ("uhc_service_coverage_index", "SDG 3.8.1"),
        ("doctors", "SDG 3.c.1"),
    ],
)
def test_standard_references(code: str, reference: str) -> None:
    assert reference in yt.catalog.get(code).references


def test_units_and_directions_of_key_indicators() -> None:
    assert str(yt.catalog.get("mmr").unit) == "per_100000_live_births"
    assert yt.catalog.get("srb").band == yt.Band(103, 107)
    assert yt.catalog.get("height_18").disaggregation == "sex"
    assert yt.catalog.get("malaria_elimination").direction is yt.Direction.ELIMINATE


def test_unknown_code_suggests_close_codes() -> None:
    with pytest.raises(yt.UnknownIndicatorError) as info:
        yt.catalog.get("docters")
    assert info.value.suggestions[0] == "doctors"
    assert "did you mean 'doctors'" in str(info.value)
    assert isinstance(info.value, LookupError)
    with pytest.raises(yt.UnknownIndicatorError):
        yt.catalog.get(None)  # type: ignore[arg-type]


def _gold_phrases(shared: Path) -> list[str]:
    phrases = []
    for path in sorted((shared / "gold").glob("*.json")):
        phrases += [t["indicator_vi"] for t in json.loads(path.read_text("utf-8"))["targets"]]
    return phrases


# The right indicator for each distinct way the gold files name one (checked by hand).
EXPECTED = {
    "Tuổi thọ trung bình": "life_expectancy",
    "Tuổi thọ trung bình tính từ lúc sinh": "life_expectancy",
    "Số năm sống khỏe": "healthy_life_years",
    "Số năm sống khỏe mạnh tính từ lúc sinh": "healthy_life_years",
    "Tỷ lệ tham gia bảo hiểm y tế": "health_insurance_coverage",
    "Tỉ lệ người dân tham gia bảo hiểm y tế": "health_insurance_coverage",
    "Bảo hiểm y tế toàn dân (tỷ lệ bao phủ BHYT)": "health_insurance_coverage",
    "Tỷ suất chết trẻ em dưới 1 tuổi": "imr",
    "Tỉ suất tử vong trẻ em dưới 1 tuổi": "imr",
    "Tỷ suất tử vong trẻ em dưới 5 tuổi": "u5mr",
    "Tỉ số tử vong mẹ": "mmr",
    "Số bác sỹ trên 10.000 dân": "doctors",
    "Số bác sĩ trên 10.000 dân": "doctors",
    "Số dược sỹ đại học trên 10.000 dân": "pharmacists",
    "Số dược sĩ trên 10.000 dân": "pharmacists",
    "Số điều dưỡng viên trên 10.000 dân": "nurses",
    "Số giường bệnh viện trên 10.000 dân": "hospital_beds",
    "Tỷ lệ giường bệnh tư nhân": "private_beds_share",
    "Tổng tỉ suất sinh": "tfr",
    "Mức sinh thay thế (tổng tỷ suất sinh)": "tfr",
    "Tỷ số giới tính khi sinh": "srb",
    "Chiều cao trung bình thanh niên 18 tuổi (nam)": "height_18",
    "Chiều cao trung bình của thanh niên 18 tuổi - Nữ": "height_18",
    "Sốt rét": "malaria_elimination",
    "Số ca mắc mới sốt rét trên 100.000 dân": "malaria_incidence",
    "Dịch bệnh lao": "tb_end",
    "Số ca mắc mới lao trên 100.000 dân": "tb_incidence",
    "Mức độ bao phủ các dịch vụ y tế thiết yếu (thang điểm 100)": "uhc_service_coverage_index",
    "Bao phủ chăm sóc sức khỏe toàn dân": "uhc",
    "Tỷ lệ ngân sách y tế dành cho y tế dự phòng": "preventive_budget_share",
    "Tỉ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi": "stunting_u5",
}


@pytest.mark.parametrize(("phrase", "code"), sorted(EXPECTED.items()))
def test_find_puts_the_right_indicator_first(phrase: str, code: str) -> None:
    assert yt.catalog.find(phrase)[0].code == code


def _strip(text: str) -> str:
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def test_find_over_every_gold_phrase(shared_dir: Path) -> None:
    """Every gold phrase finds an indicator, and the same one without diacritics, in capitals
    or with the other spelling variants: the hit rate is 100%."""
    phrases = _gold_phrases(shared_dir)
    assert len(phrases) > 100
    for phrase in phrases:
        found = yt.catalog.find(phrase)
        assert found, phrase
        code = found[0].code
        if phrase in EXPECTED:
            assert code == EXPECTED[phrase]
        for variant in (
            _strip(phrase),
            phrase.upper(),
            phrase.replace("Tỷ", "Tỉ"),
            phrase.replace("sỹ", "sĩ"),
            f"Phấn đấu đến năm 2030: {phrase} đạt mục tiêu",
        ):
            assert yt.catalog.find(variant)[0].code == code, (phrase, variant)


def test_find_with_ocr_damage_and_no_match() -> None:
    assert yt.catalog.find("Tỷ l  tham gia bảo hi m y tế")[0].code == "health_insurance_coverage"
    assert yt.catalog.find("giá vàng thế giới") == []
    assert yt.catalog.find("") == []
    assert yt.catalog.matches("Tỷ số tử vong mẹ")[0].score == 1.0


@given(st.text(max_size=60))
def test_find_never_fails(text: str) -> None:
    for indicator in yt.catalog.find(text):
        assert isinstance(indicator, yt.Indicator)


def test_normalise_name() -> None:
    assert normalise_name("Tỉ suất chết trẻ em dưới 05 tuổi") == normalise_name(
        "TY SUAT TU VONG TRE EM DUOI 5 TUOI"
    )
    assert normalise_name("10 bác sĩ/vạn dân") == "10 bac sy 10000 dan"


def test_custom_catalogues() -> None:
    own = yt.Indicator(
        code="dengue",
        name_vi="Số ca mắc sốt xuất huyết",
        unit="per_100000_people",
        direction="decrease",
    )
    catalog = yt.catalog.default().extended([own])
    assert catalog.get("dengue") is own
    assert catalog.find("sốt xuất huyết")[0] is own
    assert "dengue" not in yt.catalog.default()
    with pytest.raises(yt.InvalidValueError, match="two indicators"):
        catalog.extended([own])
    with pytest.raises(yt.InvalidValueError, match="Indicators"):
        Catalog(["imr"])  # type: ignore[list-item]


def _scan(catalog: Catalog, text: str, min_score: float) -> list[tuple[str, float, str]]:
    """The search written plainly: every name of every indicator scored (the reference the
    indexed search must equal; the query's words are the catalogue's, mended alike)."""
    from yte_targets.catalog import _tokens, _trigrams

    entries = [(i, (i.name_vi, *i.aliases)) for i in catalog]
    frequency: dict[str, int] = {}
    for _, names in entries:
        for token in {t for n in names for t in _tokens(n)}:
            frequency[token] = frequency.get(token, 0) + 1
    idf = {t: math.log(1 + len(entries) / n) for t, n in frequency.items()}
    query = catalog._query(text)
    if not query:
        return []
    query_set, query_grams = set(query), _trigrams(" ".join(query))
    found = []
    for indicator, names in entries:
        best, best_name = 0.0, names[0]
        for name in names:
            key = _tokens(name)
            if not key:
                continue
            weights = [idf[t] for t in key]
            recall = sum(w for t, w in zip(key, weights, strict=True) if t in query_set)
            recall /= sum(weights)
            precision = len(query_set.intersection(key)) / len(query_set)
            grams = _trigrams(" ".join(key))
            similarity = len(query_grams & grams) / len(query_grams | grams)
            score = 0.75 * recall + 0.1 * precision + 0.15 * similarity
            if score > best + 1e-9:  # a tie goes to the first name, as in the index
                best, best_name = score, name
        if best >= min_score:
            found.append((indicator.code, round(best, 6), best_name))
    found.sort(key=lambda m: (-m[1], m[0]))
    return found


_NAMES = sorted({n for i in yt.catalog.default() for n in (i.name_vi, *i.aliases)})
_WORDS = sorted({w for n in _NAMES for w in n.split()})


def _name_with_words_dropped(name: str) -> st.SearchStrategy[str]:
    words = name.split()
    keep = st.lists(st.booleans(), min_size=len(words), max_size=len(words))
    return keep.map(lambda flags: " ".join(w for w, k in zip(words, flags, strict=True) if k))


@given(
    st.sampled_from(_NAMES).flatmap(_name_with_words_dropped)
    | st.lists(st.sampled_from(_WORDS) | st.text(max_size=8), max_size=12).map(" ".join),
    st.sampled_from([0.0, 0.1, 0.35, 0.5, 0.7, 0.9]),
)
def test_indexed_search_scores_as_a_plain_scan(text: str, min_score: float) -> None:
    catalog = yt.catalog.default()
    found = catalog.matches(text, limit=100, min_score=min_score)
    assert [(m.indicator.code, m.score, m.matched) for m in found] == _scan(
        catalog, text, min_score
    )


@pytest.mark.parametrize(
    ("damaged", "code"),
    [
        ("Số gi ờng bệnh trên 10.000 dân", "hospital_beds"),
        ("số năm sống kh e", "healthy_life_years"),
        ("số d ợc sỹ đại học trên 10.000 dân", "pharmacists"),
        ("Tỷ lệ tham gia bảo hi m y tế", "health_insurance_coverage"),
    ],
)
def test_words_a_scan_broke_are_mended(damaged: str, code: str) -> None:
    assert yt.catalog.find(damaged)[0].code == code
    assert yt.catalog.matches(damaged)[0].score == 1.0


def test_only_unambiguous_breaks_are_mended() -> None:
    catalog = yt.catalog.default()
    assert catalog._query("so bac sy") == ("so", "bac", "sy")  # whole words stay as they are
    assert catalog._query("t vong") == ("t", "vong")  # "t" could be "tu", "ty", "to", ...
