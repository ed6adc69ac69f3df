"""A court dossier cut into volumes for e-filing (`export --max-size`)."""

from __future__ import annotations

M: dict[str, dict[str, str]] = {
    "ex.help.max_size": {
        "en": "cut the court dossier into volumes of at most this many megabytes (for e-filing)",
        "ru": "разбить досье для суда на тома не больше указанного числа мегабайт (для подачи в электронном виде)",
        "tg": "маҷмӯаи судиро ба ҷилдҳое тақсим кардан, ки ҳар кадом аз ин миқдори мегабайт зиёд набошад (барои пешниҳоди электронӣ)"},
    "ex.error.max_size_kind": {
        "en": "--max-size cuts a court dossier into volumes; it does not apply to a {kind} export.",
        "ru": "--max-size разбивает на тома досье для суда; к экспорту вида {kind} он не применяется.",
        "tg": "--max-size маҷмӯаи судиро ба ҷилдҳо тақсим мекунад; ба содироти навъи {kind} татбиқ намешавад."},
    "ex.error.bad_max_size": {
        "en": "The size limit must be a number of megabytes of at least 1 (for example --max-size 20), not {value}.",
        "ru": "Предел размера должен быть числом мегабайт не меньше 1 (например, --max-size 20), а не {value}.",
        "tg": "Ҳадди андоза бояд шумораи мегабайт, на камтар аз 1 бошад (масалан, --max-size 20), на {value}."},
    "ex.error.volume_too_small": {
        "en": "A volume of at most {limit} MB cannot hold exhibit {exhibit} with the cover and the index: it needs about {need} MB. Choose a larger size limit. No file was written.",
        "ru": "Том размером не больше {limit} МБ не вмещает доказательство {exhibit} вместе с обложкой и перечнем: нужно около {need} МБ. Выберите предел побольше. Файл не записан.",
        "tg": "Ҷилди то {limit} МБ далели {exhibit}-ро бо ҷилд ва рӯйхат дар бар гирифта наметавонад: тақрибан {need} МБ лозим аст. Ҳадди калонтар интихоб кунед. Ягон файл навишта нашуд."},
    "ex.cli.done_volumes": {
        "en": "Court dossier written in {count} volumes of at most {limit} MB each:",
        "ru": "Досье для суда записано в {count} томах, каждый не больше {limit} МБ:",
        "tg": "Маҷмӯаи судӣ дар {count} ҷилд навишта шуд, ҳар кадом на зиёда аз {limit} МБ:"},
    "ex.cli.file_line": {
        "en": "  {path} · {size} · SHA-256 {sha}",
        "ru": "  {path} · {size} · SHA-256 {sha}",
        "tg": "  {path} · {size} · SHA-256 {sha}"},
    "court.volume": {"en": "Volume", "ru": "Том", "tg": "Ҷилд"},
    "court.volume_value": {
        "en": "{n} of {total}: exhibits {exhibits}. The appendices are in volume {total}.",
        "ru": "{n} из {total}: доказательства {exhibits}. Приложения — в томе {total}.",
        "tg": "{n} аз {total}: далелҳои {exhibits}. Замимаҳо дар ҷилди {total} ҷойгиранд."},
    "court.volume_value_last": {
        "en": "{n} of {total}: exhibits {exhibits}, and the appendices.",
        "ru": "{n} из {total}: доказательства {exhibits} и приложения.",
        "tg": "{n} аз {total}: далелҳои {exhibits} ва замимаҳо."},
    "court.col_volume": {"en": "Vol.", "ru": "Том", "tg": "Ҷилд"},
    "court.doc_id_volume": {"en": "{id} · vol. {n}/{total}", "ru": "{id} · том {n}/{total}", "tg": "{id} · ҷилди {n}/{total}"},
    "court.pdf_title_volume": {
        "en": "Evidence dossier — {case} ({id}), volume {n} of {total}",
        "ru": "Досье доказательств — {case} ({id}), том {n} из {total}",
        "tg": "Маҷмӯаи далелҳо — {case} ({id}), ҷилди {n} аз {total}"},
}
