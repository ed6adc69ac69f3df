"""Capture words added for issue 9: the driver failing (not the browser), and the browser's
temporary folders that could not be removed."""

from __future__ import annotations

from evidence_kit.i18n import register

M: dict[str, dict[str, str]] = {
    "capture.err.driver_library": {
        "en": "The page-capture engine (Playwright's driver) could not start because the system library {library} is missing ({detail}). This is not a problem with the browser. On Debian or Ubuntu install it with: sudo apt-get install {package} — or run bash scripts/setup.sh again — then try again.",
        "ru": "Механизм сохранения страниц (драйвер Playwright) не запустился: в системе нет библиотеки {library} ({detail}). Дело не в браузере. В Debian или Ubuntu установите её командой sudo apt-get install {package} (или снова запустите bash scripts/setup.sh) и попробуйте ещё раз.",
        "tg": "Механизми сабти саҳифаҳо (драйвери Playwright) оғоз нашуд, зеро китобхонаи системавии {library} нест ({detail}). Мушкил дар браузер нест. Дар Debian ё Ubuntu онро бо фармони sudo apt-get install {package} насб кунед (ё bash scripts/setup.sh-ро аз нав иҷро кунед) ва боз кӯшиш кунед."},
    "capture.err.driver_library_unknown": {
        "en": "The page-capture engine (Playwright's driver) could not start because the system library {library} is missing ({detail}). This is not a problem with the browser: install the package that provides {library}, then try again.",
        "ru": "Механизм сохранения страниц (драйвер Playwright) не запустился: в системе нет библиотеки {library} ({detail}). Дело не в браузере: установите пакет, который содержит {library}, и попробуйте ещё раз.",
        "tg": "Механизми сабти саҳифаҳо (драйвери Playwright) оғоз нашуд, зеро китобхонаи системавии {library} нест ({detail}). Мушкил дар браузер нест: бастаеро, ки {library}-ро дорад, насб кунед ва боз кӯшиш кунед."},
    "capture.err.driver_start": {
        "en": "The page-capture engine (Playwright's driver) could not start ({detail}). This is not a problem with the browser. Reinstall Evidence Kit (bash scripts/setup.sh), then try again.",
        "ru": "Механизм сохранения страниц (драйвер Playwright) не запустился ({detail}). Дело не в браузере. Переустановите Evidence Kit (bash scripts/setup.sh) и попробуйте ещё раз.",
        "tg": "Механизми сабти саҳифаҳо (драйвери Playwright) оғоз нашуд ({detail}). Мушкил дар браузер нест. Evidence Kit-ро аз нав насб кунед (bash scripts/setup.sh) ва боз кӯшиш кунед."},
    "capture.warn.temp_left": {
        "en": "Warning: a temporary folder of the browser could not be removed: {path}. It may hold copies of the pages. Delete it yourself (it goes away when the computer restarts if it is in /dev/shm).",
        "ru": "Внимание: не удалось удалить временную папку браузера: {path}. В ней могут быть копии страниц. Удалите её сами (если она в /dev/shm, она исчезнет при перезагрузке компьютера).",
        "tg": "Диққат: ҷузвдони муваққатии браузерро нест кардан нашуд: {path}. Дар он нусхаҳои саҳифаҳо буда метавонанд. Онро худатон нест кунед (агар дар /dev/shm бошад, ҳангоми бозоғози компютер нест мешавад)."},
}

register(M)
