"""Command-line words for issue 9's hardening: the fingerprint, the collector's name, secrets,
the browser's temporary folders, the capture engine failing to start, and the app's checks."""

from __future__ import annotations

from . import register

M: dict[str, dict[str, str]] = {
    # ------------------------------------------------------------------ the collector's name
    "hd.prompt.collector": {
        "en": "Your name as the collector, printed in documents (press Enter to leave it out):",
        "ru": "Ваше имя как собравшего доказательства, для документов (Enter — не указывать):",
        "tg": "Номи шумо ҳамчун ҷамъоваранда, барои ҳуҷҷатҳо (барои нанавиштан Enter-ро пахш кунед):"},
    "hd.collector.not_given": {
        "en": "not given",
        "ru": "не указано",
        "tg": "нишон дода нашудааст"},
    # ------------------------------------------------------------------ the desktop app
    "hd.gui.xcb_missing": {
        "en": "The desktop app cannot open its window: Qt's screen support (the xcb plugin) needs system libraries that are missing here ({libraries}). On Debian or Ubuntu install them with: sudo apt-get install {packages} — or run bash scripts/setup.sh app.",
        "ru": "Приложение не может открыть окно: для работы с экраном Qt (модуль xcb) не хватает системных библиотек ({libraries}). В Debian или Ubuntu установите их командой sudo apt-get install {packages} или запустите bash scripts/setup.sh app.",
        "tg": "Барнома равзанаашро кушода наметавонад: барои кор бо экран ба Qt (модули xcb) китобхонаҳои системавӣ намерасанд ({libraries}). Дар Debian ё Ubuntu онҳоро бо фармони sudo apt-get install {packages} насб кунед ё bash scripts/setup.sh app-ро иҷро кунед."},
    "hd.gui.xcb_missing_unknown": {
        "en": "The desktop app cannot open its window: Qt's screen support (the xcb plugin) needs system libraries that are missing here ({libraries}). Install the packages that provide them ({packages}), or run bash scripts/setup.sh app on Debian or Ubuntu.",
        "ru": "Приложение не может открыть окно: для работы с экраном Qt (модуль xcb) не хватает системных библиотек ({libraries}). Установите пакеты, которые их содержат ({packages}), или запустите bash scripts/setup.sh app в Debian или Ubuntu.",
        "tg": "Барнома равзанаашро кушода наметавонад: барои кор бо экран ба Qt (модули xcb) китобхонаҳои системавӣ намерасанд ({libraries}). Бастаҳоеро, ки онҳоро доранд ({packages}), насб кунед ё дар Debian ё Ubuntu bash scripts/setup.sh app-ро иҷро кунед."},
    # ------------------------------------------------------------------ fingerprint
    "hd.help.fingerprint": {
        "en": "print the vault's signing-key fingerprint, to give to your lawyer on paper",
        "ru": "показать отпечаток ключа подписи хранилища, чтобы передать его адвокату на бумаге",
        "tg": "изи калиди имзои хазинаро нишон додан, то онро дар коғаз ба адвокат диҳед"},
    "hd.fingerprint.advice": {
        "en": "Give this fingerprint to your lawyer on paper, separately from any bundle (in groups: {grouped}). With it they can check that a bundle really comes from your vault: evidence-kit verify-bundle BUNDLE.zip --expect-fingerprint FINGERPRINT",
        "ru": "Передайте этот отпечаток адвокату на бумаге, отдельно от любого пакета (по группам: {grouped}). С ним можно проверить, что пакет действительно сделан в вашем хранилище: evidence-kit verify-bundle BUNDLE.zip --expect-fingerprint FINGERPRINT",
        "tg": "Ин изро дар коғаз, алоҳида аз ҳар баста, ба адвокати худ диҳед (гурӯҳ-гурӯҳ: {grouped}). Бо он метавон санҷид, ки баста воқеан аз хазинаи шумост: evidence-kit verify-bundle BUNDLE.zip --expect-fingerprint FINGERPRINT"},
    "hd.error.bad_fingerprint": {
        "en": "\"{value}\" is not a fingerprint. A fingerprint is 64 characters, the digits 0–9 and the letters a–f (spaces and colons between them are allowed).",
        "ru": "«{value}» — не отпечаток. Отпечаток состоит из 64 символов: цифр 0–9 и букв a–f (пробелы и двоеточия между ними допустимы).",
        "tg": "«{value}» из нест. Из аз 64 аломат иборат аст: рақамҳои 0–9 ва ҳарфҳои a–f (фосила ва ду нуқта байни онҳо иҷозат аст)."},
}

register(M)
