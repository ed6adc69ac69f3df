"""The words around the screenshots of the court dossier: the header of every screenshot page,
how the picture is embedded, and the consent banner a capture removed."""

from __future__ import annotations

M: dict[str, dict[str, str]] = {
    "court.shot.captured": {
        "en": "Captured {when} · cut from {name}, SHA-256",
        "ru": "Сохранено {when} · вырезано из {name}, SHA-256",
        "tg": "Сабт шуд {when} · аз {name} бурида шуд, SHA-256"},
    "court.shot.imported": {
        "en": "Imported {when} · cut from {name}, SHA-256",
        "ru": "Импортировано {when} · вырезано из {name}, SHA-256",
        "tg": "Ворид шуд {when} · аз {name} бурида шуд, SHA-256"},
    "court.shot.after_removal": {
        "en": "Made after the capture removed a consent banner from the page (see \"Changes made to the page\"); the screenshot taken before the removal is shown after this one.",
        "ru": "Сделано после того, как при сохранении со страницы был удалён баннер согласия (см. «Изменения, внесённые в страницу»); снимок, сделанный до удаления, показан после этого.",
        "tg": "Пас аз он сохта шуд, ки ҳангоми сабт баннери розигӣ аз саҳифа хориҷ карда шуд (нигаред ба «Тағйиротҳое, ки ба саҳифа ворид шуданд»); акси пеш аз хориҷ кардан баъд аз ҳамин нишон дода мешавад."},
    "court.shot.before_removal": {
        "en": "Taken before the capture removed the consent banner: this is the page as it was first shown.",
        "ru": "Сделано до того, как при сохранении был удалён баннер согласия: так страница выглядела сначала.",
        "tg": "Пеш аз он гирифта шуд, ки ҳангоми сабт баннери розигӣ хориҷ карда шуд: саҳифа аввал чунин намуд дошт."},
    "court.slice_how_lossless": {
        "en": "Each part is embedded without loss at the picture's own pixel size, and consecutive parts repeat {px} pixel rows so that no line is lost at a cut. Extracted from this PDF (for example with pdfimages -png), a part's pixels are exactly those rows of the sealed file {name}.",
        "ru": "Каждая часть встроена без потерь в собственном размере изображения в пикселях, а соседние части повторяют {px} строк пикселей, чтобы ни одна строка не потерялась на разрезе. Если извлечь часть из этого PDF (например, pdfimages -png), её пиксели в точности совпадают с этими строками запечатанного файла {name}.",
        "tg": "Ҳар қисм бе талафот бо андозаи худи тасвир дар пиксел ҷойгир карда шудааст ва қисмҳои ҳамсоя {px} сатри пикселро такрор мекунанд, то ягон сатр дар ҷои буриш гум нашавад. Агар қисмро аз ин PDF бароред (масалан, бо pdfimages -png), пикселҳои он маҳз ҳамон сатрҳои файли мӯҳршудаи {name} мебошанд."},
    "court.slice_how_original": {
        "en": "The JPEG file {name} is embedded in this PDF exactly as it was sealed, byte for byte; each page shows the pixel rows given, and consecutive pages repeat {px} rows so that no line is lost at a cut.",
        "ru": "Файл JPEG {name} встроен в этот PDF точно таким, каким он запечатан, байт в байт; каждая страница показывает указанные строки пикселей, а соседние страницы повторяют {px} строк, чтобы ни одна строка не потерялась на разрезе.",
        "tg": "Файли JPEG {name} дар ин PDF маҳз ҳамон тавре ки мӯҳр шуда буд, байт ба байт ҷойгир карда шудааст; ҳар саҳифа сатрҳои пиксели нишондодашударо нишон медиҳад ва саҳифаҳои ҳамсоя {px} сатрро такрор мекунанд, то ягон сатр дар ҷои буриш гум нашавад."},
    "court.slice_how_converted": {
        "en": "The sealed file {name} is in a form this PDF cannot hold as it is (for example CMYK colour, or 16 bits per channel): it is shown converted to 8-bit RGB, without other loss; consecutive parts repeat {px} pixel rows. The original is in the bundle.",
        "ru": "Запечатанный файл {name} имеет форму, которую этот PDF не вмещает как есть (например, цвет CMYK или 16 бит на канал): он показан с преобразованием в 8-битный RGB, без других потерь; соседние части повторяют {px} строк пикселей. Оригинал — в пакете.",
        "tg": "Файли мӯҳршудаи {name} шакле дорад, ки ин PDF онро ҳамон тавр дар бар гирифта наметавонад (масалан, ранги CMYK ё 16 бит барои ҳар канал): он ба RGB-и 8-битӣ табдил дода шуда, бе дигар талафот нишон дода шудааст; қисмҳои ҳамсоя {px} сатри пикселро такрор мекунанд. Асл дар баста аст."},
    "court.media_caption_reduced": {
        "en": "{exhibit} · picture {n} · {name} · reduced to {w}×{h} pixels for this PDF",
        "ru": "{exhibit} · изображение {n} · {name} · уменьшено до {w}×{h} пикселей для этого PDF",
        "tg": "{exhibit} · тасвири {n} · {name} · барои ин PDF то {w}×{h} пиксел хурд карда шуд"},
    "court.file_after_removal": {
        "en": "made after the consent banner was removed",
        "ru": "сделано после удаления баннера согласия",
        "tg": "пас аз хориҷ кардани баннери розигӣ сохта шуд"},
    "court.file_before_removal": {
        "en": "taken before the consent banner was removed",
        "ru": "сделано до удаления баннера согласия",
        "tg": "пеш аз хориҷ кардани баннери розигӣ гирифта шуд"},
    "court.media_caption_converted": {
        "en": "{exhibit} · picture {n} · {name} · converted to 8-bit RGB for this PDF",
        "ru": "{exhibit} · изображение {n} · {name} · преобразовано в 8-битный RGB для этого PDF",
        "tg": "{exhibit} · тасвири {n} · {name} · барои ин PDF ба RGB-и 8-битӣ табдил дода шуд"},
}
