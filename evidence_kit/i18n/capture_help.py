"""Words of the `capture` command's help (the command line builds its help before the capture
package is loaded, so they live in a core catalogue), in English, Russian and Tajik."""

from __future__ import annotations

from . import register

M: dict[str, dict[str, str]] = {
    "help.capture_urls": {"en": "web addresses to capture", "ru": "адреса страниц для сохранения", "tg": "суроғаҳои саҳифаҳо барои сабт"},
    "help.opt_from": {"en": "read addresses from FILE, one per line (# starts a comment)", "ru": "читать адреса из ФАЙЛА, по одному в строке (# — комментарий)", "tg": "суроғаҳоро аз ФАЙЛ хондан, дар ҳар сатр як суроға (# — шарҳ)"},
    "help.opt_jobs": {"en": "how many pages to capture at once (default 2)", "ru": "сколько страниц сохранять одновременно (по умолчанию 2)", "tg": "чанд саҳифа якбора сабт шавад (пешфарз 2)"},
    "help.opt_viewport": {"en": "browser window size, e.g. 1366x900", "ru": "размер окна браузера, например 1366x900", "tg": "андозаи равзанаи браузер, масалан 1366x900"},
    "help.opt_timeout": {"en": "seconds allowed per page in total (default 90)", "ru": "сколько секунд всего даётся на страницу (по умолчанию 90)", "tg": "ҳамагӣ чанд сония барои як саҳифа (пешфарз 90)"},
    "help.opt_first_response": {"en": "seconds to wait for the site's first answer (default 30)", "ru": "сколько секунд ждать первого ответа сайта (по умолчанию 30)", "tg": "чанд сония ҷавоби аввали сомонаро интизор шудан (пешфарз 30)"},
    "help.opt_max_height": {"en": "longest full-page screenshot in px (default 40000)", "ru": "наибольшая высота снимка всей страницы в px (по умолчанию 40000)", "tg": "баландии зиёдтарини акси пурраи саҳифа бо px (пешфарз 40000)"},
    "help.opt_browser": {"en": "path of the Chrome, Chromium or Edge program to use", "ru": "путь к программе Chrome, Chromium или Edge", "tg": "роҳи барномаи Chrome, Chromium ё Edge"},
    "help.opt_no_pdf": {"en": "do not make a print PDF (faster)", "ru": "не делать PDF для печати (быстрее)", "tg": "PDF барои чоп насозед (тезтар)"},
    "help.opt_keep_overlays": {"en": "never remove cookie or consent banners", "ru": "никогда не убирать баннеры о cookie и согласии", "tg": "баннерҳои cookie ва розигиро ҳеҷ гоҳ набардоред"},
}

register(M)
