"""Build kg/data/given_names.tsv: given names with a clear gender, for coreference.

Source: the name-gender data of the `nomquamgender` package (MIT licence; Van
Buskirk, Clauset & Larremore, 2022). kg ships only this derived table (names
seen at least MIN_COUNT times whose P(female) is below MALE_MAX or above
FEMALE_MIN), so that resolving "she" needs no 20 MB data set at run time.

    pip install nomquamgender==0.1.4 && python tools/build_given_names.py
"""

from __future__ import annotations

from pathlib import Path

MIN_COUNT = 50
MALE_MAX = 0.1
FEMALE_MIN = 0.9
OUT = Path(__file__).resolve().parent.parent / "kg" / "data" / "given_names.tsv"


def main() -> None:
    import nomquamgender as nqg

    rows = []
    for name, (sources, counts, p_female) in _entries(nqg.name_data):
        if counts < MIN_COUNT or " " in name or not name.isalpha():
            continue
        if p_female <= MALE_MAX:
            rows.append((name, "m"))
        elif p_female >= FEMALE_MIN:
            rows.append((name, "f"))
    rows.sort()
    header = "# given name<TAB>gender (m/f); derived from nomquamgender 0.1.4 (MIT), see tools/build_given_names.py\n"
    OUT.write_text(header + "".join(f"{n}\t{g}\n" for n, g in rows), encoding="utf-8")
    print(f"{len(rows)} names -> {OUT}")


def _entries(data):
    # name_data maps a lower-case name to [number of sources, count, P(female)]
    for name, values in data.items():
        sources, counts, p_female = values[0], values[1], values[2]
        if p_female is None or p_female != p_female:
            continue
        yield name, (sources, counts, p_female)


if __name__ == "__main__":
    main()
