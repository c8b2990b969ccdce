"""Format and convert a few real targets from the shared seed plans.

Run: python examples/targets.py

Each line quotes a target as the plan writes it, reads its value with
yte_targets, converts it where a comparison with another plan needs it, and
prints it back in Vietnamese.
"""

from __future__ import annotations

import yte_targets as yt

# (plan, indicator, value as written, unit to compare in)
TARGETS: list[tuple[str, str, str, str | None]] = [
    ("Hưng Yên, 2025", "Tỷ suất chết trẻ em dưới 1 tuổi", "10‰", "per_1000_live_births"),
    ("Hưng Yên, 2025", "Số giường bệnh", "30/10.000 dân", "per_100000_people"),
    ("Đồng Nai, 2025", "Tuổi thọ trung bình", "74,5 tuổi", None),
    ("Đồng Nai, 2025", "Số dược sỹ đại học", "2,8 trên 10.000 dân", None),
    ("Đồng Nai, 2030", "Chiều cao trung bình thanh niên 18 tuổi (nam)", "168,5 cm", None),
    ("Kiên Giang, 2025", "Tỉ lệ người dân tham gia bảo hiểm y tế", "90,26%", None),
    ("Kiên Giang, 2030", "Tỉ số tử vong mẹ", "38 Trên 100.000 trẻ đẻ sống", "per_1000_live_births"),
    (
        "Kiên Giang, 2025",
        "Tỉ suất tử vong trẻ em dưới 1 tuổi",
        "11,2 Trên 1.000 trẻ đẻ sống",
        "per_100000_live_births",
    ),
    ("Kiên Giang, 2030", "Tổng tỉ suất sinh", "2,1 Con/phụ nữ", None),
    ("Kiên Giang, 2030", "Số ca mắc mới lao", "50/100.000 dân", "per_10000_people"),
]


def main() -> None:
    width = max(len(indicator) for _, indicator, _, _ in TARGETS)
    for plan, indicator, written, compare_in in TARGETS:
        quantity = yt.parse_quantity(written)
        line = f"{plan:<17} {indicator:<{width}}  {yt.format_quantity(quantity)}"
        if compare_in is not None:
            converted = yt.convert(quantity, compare_in, accept_ratio=True)
            line += f"  =  {yt.format_quantity(converted)}"
        print(line)
    # A rate per live birth is never a rate per person:
    try:
        yt.convert(yt.parse_quantity("11,2 Trên 1.000 trẻ đẻ sống"), "per_10000_people")
    except yt.UnitMismatchError as error:
        print(f"\nRefused, as it should be: {error}")


if __name__ == "__main__":
    main()
