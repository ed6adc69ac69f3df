"""Words of the faithful archive (issue 11 §4): tall pages in tiles, small pictures, overlays that
are never removed, the addresses and launch settings recorded; English, Russian, Tajik."""

from __future__ import annotations

from evidence_kit.i18n import register

M: dict[str, dict[str, str]] = {
    # ------------------------------------------------------------------ gaps
    "capture.gap.cut_at_limit": {
        "en": "The page is {height} px tall; the full-page screenshot shows its first {limit} px, at the page's full width ({width} px). The HTML, MHTML and WARC hold the whole page.",
        "ru": "Высота страницы {height} px; снимок всей страницы показывает её первые {limit} px во всю ширину страницы ({width} px). HTML, MHTML и WARC содержат всю страницу.",
        "tg": "Баландии саҳифа {height} px аст; акси пурраи саҳифа {limit} px-и аввали онро бо тамоми паҳнои саҳифа ({width} px) нишон медиҳад. HTML, MHTML ва WARC тамоми саҳифаро дар бар мегиранд."},
    "capture.gap.tile_blank": {
        "en": "Part {part} of the full-page screenshot (from {top} to {bottom} px) came out as one flat colour, also when taken again; it may not show the page there. The HTML, MHTML and WARC hold that part.",
        "ru": "Часть {part} снимка всей страницы (от {top} до {bottom} px) получилась одного сплошного цвета, и при повторной съёмке тоже; возможно, она не показывает страницу в этом месте. HTML, MHTML и WARC содержат эту часть.",
        "tg": "Қисми {part}-и акси пурраи саҳифа (аз {top} то {bottom} px) як ранги яксон баромад, ҳатто ҳангоми аз нав гирифтан; шояд он саҳифаро дар он ҷо нишон надиҳад. HTML, MHTML ва WARC он қисмро дар бар мегиранд."},
    "capture.gap.tile_repeat": {
        "en": "Part {part} of the full-page screenshot (from {top} to {bottom} px) came out the same as the part above it, also when taken again; it may not show the page there. The HTML, MHTML and WARC hold that part.",
        "ru": "Часть {part} снимка всей страницы (от {top} до {bottom} px) получилась такой же, как часть над ней, и при повторной съёмке тоже; возможно, она не показывает страницу в этом месте. HTML, MHTML и WARC содержат эту часть.",
        "tg": "Қисми {part}-и акси пурраи саҳифа (аз {top} то {bottom} px) ба қисми болоии худ монанд баромад, ҳатто ҳангоми аз нав гирифтан; шояд он саҳифаро дар он ҷо нишон надиҳад. HTML, MHTML ва WARC он қисмро дар бар мегиранд."},

    # ------------------------------------------------------------------ sentences of the metadata
    "capture.overlay.never": {
        "en": "a login wall or a warning about the content: never removed",
        "ru": "окно входа или предупреждение о содержимом: никогда не убирается",
        "tg": "равзанаи воридшавӣ ё огоҳӣ дар бораи мундариҷа: ҳеҷ гоҳ бардошта намешавад"},
    "capture.screenshot.method_devtools": {
        "en": "taken through the browser's DevTools protocol as PNG (lossless), the text cursor hidden, after waiting for the web fonts (3 s at most)",
        "ru": "снят через протокол DevTools браузера в формате PNG (без потерь), текстовый курсор скрыт, после ожидания веб-шрифтов (не более 3 с)",
        "tg": "тавассути протоколи DevTools-и браузер дар формати PNG (бе талафот) гирифта шуд, курсори матн пинҳон, пас аз интизории ҳуруфоти веб (на бештар аз 3 сония)"},
    "capture.screenshot.method_playwright": {
        "en": "taken with Playwright's screenshot as PNG (lossless)",
        "ru": "снят функцией снимка экрана Playwright в формате PNG (без потерь)",
        "tg": "бо функсияи аксбардории Playwright дар формати PNG (бе талафот) гирифта шуд"},
    "capture.media.small_rule": {
        "en": "pictures under {px}×{px} px (icons, avatars) are not files of their own; they are in the WARC",
        "ru": "картинки меньше {px}×{px} px (значки, аватары) не сохраняются отдельными файлами; они есть в WARC",
        "tg": "суратҳои хурдтар аз {px}×{px} px (нишонаҳо, аватарҳо) ҳамчун файлҳои алоҳида нигоҳ дошта намешаванд; онҳо дар WARC ҳастанд"},
    "capture.addresses.browser": {
        "en": "The address the browser connected to for each host, as its own resolver gave it.",
        "ru": "Адрес, к которому браузер подключался для каждого хоста, как его дал собственный резолвер браузера.",
        "tg": "Суроғае, ки браузер барои ҳар хост ба он пайваст шуд, тавре ки ҳалкунандаи худи браузер дод."},
    "capture.addresses.by_proxy": {
        "en": "Names were resolved by the proxy; this computer did not see the sites' addresses.",
        "ru": "Имена разрешал прокси; этот компьютер не видел адресов сайтов.",
        "tg": "Номҳоро прокси муайян кард; ин компютер суроғаҳои сомонаҳоро надид."},
    "capture.launch.launcher": {
        "en": "The browser was started through a launcher script; both files' SHA-256 are given.",
        "ru": "Браузер запускался через скрипт-загрузчик; указаны SHA-256 обоих файлов.",
        "tg": "Браузер тавассути скрипти оғозкунанда оғоз шуд; SHA-256-и ҳарду файл дода шудааст."},
    "capture.launch.automation_hidden": {
        "en": "The browser does not tell pages that it is driven by a program (navigator.webdriver is not set), as a person's browser does not.",
        "ru": "Браузер не сообщает страницам, что им управляет программа (navigator.webdriver не установлен), как и браузер обычного человека.",
        "tg": "Браузер ба саҳифаҳо намегӯяд, ки онро барнома идора мекунад (navigator.webdriver муқаррар нашудааст), мисли браузери одами оддӣ."},
    "capture.launch.user_agent": {
        "en": "The browser names itself as the desktop Chrome it is: \"HeadlessChrome\" in its user agent is replaced by \"Chrome\".",
        "ru": "Браузер называет себя настольным Chrome, которым он и является: «HeadlessChrome» в его строке User-Agent заменено на «Chrome».",
        "tg": "Браузер худро ҳамчун Chrome-и мизи корӣ, ки воқеан ҳаст, муаррифӣ мекунад: «HeadlessChrome» дар сатри User-Agent-и он бо «Chrome» иваз шудааст."},
    "capture.launch.headless": {
        "en": "The browser runs without a window on the screen; pages are drawn the same way.",
        "ru": "Браузер работает без окна на экране; страницы отрисовываются так же.",
        "tg": "Браузер бе равзана дар экран кор мекунад; саҳифаҳо ҳамон тавр кашида мешаванд."},
    "capture.launch.ignore_https_errors": {
        "en": "A page behind an invalid certificate is still opened; whether the certificate was valid is checked separately and recorded.",
        "ru": "Страница с недействительным сертификатом всё равно открывается; действителен ли сертификат, проверяется отдельно и записывается.",
        "tg": "Саҳифае, ки шаҳодатномаи беэътибор дорад, боз ҳам кушода мешавад; эътибори шаҳодатнома алоҳида санҷида ва сабт мешавад."},
    "capture.launch.service_workers": {
        "en": "Pages' service workers are not started, so that every request a page makes is seen and recorded; a site may behave slightly differently without them.",
        "ru": "Service workers страниц не запускаются, чтобы каждый запрос страницы был виден и записан; без них сайт может вести себя немного иначе.",
        "tg": "Service worker-ҳои саҳифаҳо оғоз карда намешаванд, то ҳар дархости саҳифа дида ва сабт шавад; бе онҳо сомона метавонад каме дигар хел рафтор кунад."},
    "capture.launch.init_script": {
        "en": "Before the page's own scripts, the tool adds one that wraps setTimeout and clearTimeout to count short timers, and a MutationObserver that notes changes, to know when the page has settled; it also counts IntersectionObservers and scroll listeners, to know whether the page reacts to scrolling. It changes nothing the page shows.",
        "ru": "Перед собственными скриптами страницы программа добавляет свой: он оборачивает setTimeout и clearTimeout, чтобы считать короткие таймеры, и MutationObserver, отмечающий изменения, — чтобы знать, когда страница успокоилась; он также считает IntersectionObserver и обработчики прокрутки, чтобы знать, реагирует ли страница на прокрутку. Он ничего не меняет в том, что показывает страница.",
        "tg": "Пеш аз скриптҳои худи саҳифа барнома скрипти худро илова мекунад: он setTimeout ва clearTimeout-ро барои шумурдани таймерҳои кӯтоҳ печонда мегирад ва MutationObserver тағйиротро қайд мекунад, то донад, ки кай саҳифа ором шуд; инчунин IntersectionObserver ва коркардкунандаҳои ҳаракати саҳифаро мешуморад, то донад, ки саҳифа ба ҳаракат ҷавоб медиҳад ё не. Он дар он чи саҳифа нишон медиҳад, ҳеҷ чизро тағйир намедиҳад."},
    "capture.launch.no_cache": {
        "en": "Nothing is kept in a disk cache: every file comes from the network during this capture.",
        "ru": "Ничего не хранится в дисковом кэше: каждый файл приходит из сети во время этого сохранения.",
        "tg": "Дар кэши диск ҳеҷ чиз нигоҳ дошта намешавад: ҳар файл ҳангоми ҳамин сабт аз шабака меояд."},
    "capture.launch.downloads": {
        "en": "Files a page downloads are kept (in memory) and sealed with the item.",
        "ru": "Файлы, которые скачивает страница, сохраняются (в памяти) и запечатываются вместе с записью.",
        "tg": "Файлҳое, ки саҳифа зеркашӣ мекунад, (дар хотира) нигоҳ дошта ва бо сабт мӯҳр карда мешаванд."},
    "capture.launch.proxy": {
        "en": "Every request goes through the proxy; WebRTC may not use network paths past it.",
        "ru": "Все запросы идут через прокси; WebRTC не может использовать сетевые пути в обход него.",
        "tg": "Ҳамаи дархостҳо тавассути прокси мегузаранд; WebRTC роҳҳои шабакаро аз канори он истифода бурда наметавонад."},
    "capture.artifact.served_html": {"en": "the page as the server sent it", "ru": "страница в том виде, как её отправил сервер",
                                     "tg": "саҳифа ба шакле, ки сервер фиристод"},
}

register(M)
