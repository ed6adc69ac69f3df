"""Every word the capture engine shows a person, in English, Russian and Tajik.

Failure reasons and the changes/gaps listed in an item's metadata are stored in English (stable for
the record) together with their key and fields, so the app can show them in the reader's language:
`tr(entry["key"], **entry["params"])`.
"""

from __future__ import annotations

import evidence_kit.i18n.messages  # noqa: F401  (the core words load first)
from evidence_kit.i18n import register

M: dict[str, dict[str, str]] = {
    # ------------------------------------------------------------------ why a page was not captured
    "capture.err.dns": {
        "en": "The site could not be found. The address may be mistyped, the site may no longer exist, or there is no internet connection.",
        "ru": "Сайт не найден. Возможно, адрес набран с ошибкой, сайт больше не существует или нет подключения к интернету.",
        "tg": "Сомона ёфт нашуд. Шояд суроға хато навишта шудааст, сомона дигар вуҷуд надорад ё пайвасти интернет нест."},
    "capture.err.refused": {
        "en": "The site refused the connection. It may be down, or blocked on this network.",
        "ru": "Сайт отклонил подключение. Возможно, он не работает или заблокирован в этой сети.",
        "tg": "Сомона пайвастро рад кард. Шояд он кор намекунад ё дар ин шабака баста шудааст."},
    "capture.err.timeout": {
        "en": "The site did not answer within {seconds} seconds.",
        "ru": "Сайт не ответил за {seconds} с.",
        "tg": "Сомона дар давоми {seconds} сония ҷавоб надод."},
    "capture.err.connection_lost": {
        "en": "The connection to the site was cut before the page arrived.",
        "ru": "Соединение с сайтом оборвалось до того, как пришла страница.",
        "tg": "Пайваст бо сомона пеш аз расидани саҳифа канда шуд."},
    "capture.err.offline": {
        "en": "There is no internet connection, or the site cannot be reached from this network.",
        "ru": "Нет подключения к интернету, или сайт недоступен из этой сети.",
        "tg": "Пайвасти интернет нест ё сомона аз ин шабака дастнорас аст."},
    "capture.err.redirect_loop": {
        "en": "The site kept sending the browser from one address to another and never showed a page.",
        "ru": "Сайт всё время перенаправлял браузер с одного адреса на другой и так и не показал страницу.",
        "tg": "Сомона браузерро пайваста аз як суроға ба суроғаи дигар мефиристод ва ҳеҷ саҳифа нишон надод."},
    "capture.err.certificate": {
        "en": "The site's security certificate could not be checked, so the page was not opened.",
        "ru": "Не удалось проверить сертификат безопасности сайта, поэтому страница не открыта.",
        "tg": "Шаҳодатномаи бехатарии сомонаро санҷидан нашуд, бинобар ин саҳифа кушода нашуд."},
    "capture.err.blocked": {
        "en": "The page was blocked before it could load.",
        "ru": "Страница была заблокирована до загрузки.",
        "tg": "Саҳифа пеш аз бор шудан баста шуд."},
    "capture.err.browser_crashed": {
        "en": "The browser stopped unexpectedly while capturing this page.",
        "ru": "Браузер неожиданно закрылся во время сохранения этой страницы.",
        "tg": "Браузер ҳангоми сабти ин саҳифа ногаҳон қатъ шуд."},
    "capture.err.page_crashed": {
        "en": "The page made the browser tab crash while it was being captured.",
        "ru": "Страница вызвала сбой вкладки браузера во время сохранения.",
        "tg": "Саҳифа ҳангоми сабт боиси вайрон шудани варақаи браузер шуд."},
    "capture.err.other": {
        "en": "The page could not be loaded.",
        "ru": "Страницу не удалось загрузить.",
        "tg": "Саҳифаро бор кардан нашуд."},
    "capture.err.unsupported": {
        "en": "Only web addresses that begin with http:// or https:// can be captured.",
        "ru": "Сохранять можно только адреса, которые начинаются с http:// или https://.",
        "tg": "Танҳо суроғаҳое сабт мешаванд, ки бо http:// ё https:// оғоз меёбанд."},
    "capture.err.browser_start": {
        "en": "The browser ({browser}) could not be started. Install Google Chrome or Chromium again, or set EVIDENCE_KIT_BROWSER to another browser.",
        "ru": "Не удалось запустить браузер ({browser}). Переустановите Google Chrome или Chromium или укажите другой браузер в EVIDENCE_KIT_BROWSER.",
        "tg": "Браузерро ({browser}) оғоз кардан нашуд. Google Chrome ё Chromium-ро аз нав насб кунед ё дар EVIDENCE_KIT_BROWSER браузери дигарро нишон диҳед."},
    "capture.err.browser_missing_path": {
        "en": "No browser program was found at {path}. Check the path, or remove the setting to let Evidence Kit look for Chrome, Chromium or Edge itself.",
        "ru": "По пути {path} браузер не найден. Проверьте путь или уберите настройку, чтобы Evidence Kit сам нашёл Chrome, Chromium или Edge.",
        "tg": "Дар роҳи {path} браузер ёфт нашуд. Роҳро санҷед ё танзимро бардоред, то Evidence Kit худаш Chrome, Chromium ё Edge-ро ёбад."},
    "capture.err.stopped": {
        "en": "The capture was stopped before this page was saved.",
        "ru": "Сохранение остановлено до того, как эта страница была записана.",
        "tg": "Сабт пеш аз захира шудани ин саҳифа қатъ карда шуд."},
    "capture.err.internal": {
        "en": "Evidence Kit met an unexpected problem with this page. Other pages are not affected.",
        "ru": "Evidence Kit столкнулся с неожиданной проблемой на этой странице. Другие страницы не затронуты.",
        "tg": "Evidence Kit дар ин саҳифа ба мушкилии ғайричашмдошт дучор шуд. Ба саҳифаҳои дигар таъсир надорад."},

    # ------------------------------------------------------------------ changes made to the page
    "capture.change.dialog": {
        "en": "The page showed a message box ({kind}) saying “{message}”; it was accepted.",
        "ru": "Страница показала окно сообщения ({kind}) с текстом «{message}»; оно было принято.",
        "tg": "Саҳифа равзанаи паём ({kind}) бо матни «{message}» нишон дод; он қабул карда шуд."},
    "capture.change.popup": {
        "en": "The page tried to open another window ({url}); it was closed and not captured.",
        "ru": "Страница пыталась открыть другое окно ({url}); оно было закрыто и не сохранено.",
        "tg": "Саҳифа кӯшиш кард равзанаи дигар кушояд ({url}); он баста шуд ва сабт нашуд."},
    "capture.change.overlay_removed": {
        "en": "A cookie or consent banner covering the page was removed before the screenshots (it said: “{text}”). The web archive keeps the page as it was sent, banner included.",
        "ru": "Баннер о cookie или согласии, закрывавший страницу, был убран перед снимками экрана (в нём было: «{text}»). Веб-архив хранит страницу такой, какой она пришла, вместе с баннером.",
        "tg": "Баннери cookie ё розигӣ, ки саҳифаро мепӯшонд, пеш аз аксҳои экран бардошта шуд (дар он навишта буд: «{text}»). Бойгонии веб саҳифаро ҳамон тавре, ки омада буд, бо баннер нигоҳ медорад."},
    "capture.change.scroll_unlocked": {
        "en": "The banner had locked scrolling; scrolling was unlocked so the whole page could be captured.",
        "ru": "Баннер блокировал прокрутку; прокрутка была разблокирована, чтобы сохранить всю страницу.",
        "tg": "Баннер ҳаракати саҳифаро баста буд; он кушода шуд, то тамоми саҳифа сабт шавад."},
    "capture.change.scrolled": {
        "en": "The page was scrolled down to {height} px and back to the top so that late-loading pictures and comments appeared.",
        "ru": "Страница была прокручена вниз до {height} px и обратно наверх, чтобы появились поздно загружаемые картинки и комментарии.",
        "tg": "Саҳифа то {height} px ба поён ва баъд ба боло ҳаракат дода шуд, то суратҳо ва шарҳҳое, ки дертар бор мешаванд, пайдо шаванд."},
    "capture.change.download": {
        "en": "The page started a download ({name}); the file was saved with the capture.",
        "ru": "Страница начала загрузку файла ({name}); файл сохранён вместе со страницей.",
        "tg": "Саҳифа боргирии файлро ({name}) оғоз кард; файл ҳамроҳи саҳифа захира шуд."},

    # ------------------------------------------------------------------ what could not be captured
    "capture.gap.not_loaded": {
        "en": "The page had not finished loading after {seconds} seconds; it was captured as it was at that moment.",
        "ru": "Страница не загрузилась до конца за {seconds} с; она сохранена в том виде, в каком была в тот момент.",
        "tg": "Саҳифа дар давоми {seconds} сония пурра бор нашуд; он дар ҳамон ҳолате, ки дар он лаҳза буд, сабт шуд."},
    "capture.gap.truncated": {
        "en": "The page is {height} px tall; the full-page screenshot shows only its first {limit} px.",
        "ru": "Высота страницы {height} px; снимок всей страницы показывает только первые {limit} px.",
        "tg": "Баландии саҳифа {height} px аст; акси пурраи саҳифа танҳо {limit} px-и аввалро нишон медиҳад."},
    "capture.gap.endless": {
        "en": "The page kept adding content while it was scrolled (an endless feed). Scrolling stopped at {height} px; what comes further down was not captured.",
        "ru": "Страница продолжала добавлять содержимое при прокрутке (бесконечная лента). Прокрутка остановлена на {height} px; то, что ниже, не сохранено.",
        "tg": "Саҳифа ҳангоми ҳаракат мундариҷаи навро илова мекард (тасмаи беохир). Ҳаракат дар {height} px қатъ шуд; он чи поёнтар аст, сабт нашуд."},
    "capture.gap.scroll_time": {
        "en": "Scrolling stopped after {seconds} seconds, at {height} px, before the end of the page; pictures further down may be missing from the screenshots.",
        "ru": "Прокрутка остановлена через {seconds} с на {height} px, до конца страницы; картинок ниже может не быть на снимках.",
        "tg": "Ҳаракат пас аз {seconds} сония дар {height} px, пеш аз охири саҳифа, қатъ шуд; суратҳои поёнтар шояд дар аксҳо набошанд."},
    "capture.gap.time_limit": {
        "en": "The capture reached its time limit of {seconds} seconds; the parts listed as missing were not saved.",
        "ru": "Сохранение достигло предела времени в {seconds} с; части, указанные как отсутствующие, не сохранены.",
        "tg": "Сабт ба ҳадди вақти {seconds} сония расид; қисмҳое, ки ҳамчун нестбуда номбар шудаанд, захира нашуданд."},
    "capture.gap.resources_failed": {
        "en": "{count} part(s) of the page (pictures, scripts, styles) could not be loaded; they are listed in the details.",
        "ru": "Не удалось загрузить частей страницы (картинки, скрипты, стили): {count}; они перечислены в подробностях.",
        "tg": "{count} қисми саҳифа (сурат, скрипт, услуб) бор нашуд; онҳо дар тафсилот номбар шудаанд."},
    "capture.gap.too_large": {
        "en": "{count} file(s) on the page were larger than {limit} MB and were not kept in the web archive.",
        "ru": "Файлов на странице больше {limit} МБ, не сохранённых в веб-архиве: {count}.",
        "tg": "{count} файли саҳифа аз {limit} МБ калонтар буданд ва дар бойгонии веб нигоҳ дошта нашуданд."},
    "capture.gap.streamed_media": {
        "en": "A video or sound on the page is streamed in pieces and could not be saved as one file; the pieces that played are in the web archive.",
        "ru": "Видео или звук на странице передаётся частями и не может быть сохранён одним файлом; загруженные части есть в веб-архиве.",
        "tg": "Видео ё садои саҳифа қисм-қисм интиқол дода мешавад ва ҳамчун як файл захира намешавад; қисмҳои боршуда дар бойгонии веб ҳастанд."},
    "capture.gap.media_failed": {
        "en": "The video or sound file {url} could not be saved separately.",
        "ru": "Видео- или аудиофайл {url} не удалось сохранить отдельно.",
        "tg": "Файли видео ё садо {url} алоҳида захира нашуд."},
    "capture.gap.missing_artifact": {
        "en": "One of the usual copies of the page could not be made: {name}.",
        "ru": "Одну из обычных копий страницы сделать не удалось: {name}.",
        "tg": "Яке аз нусхаҳои муқаррарии саҳифа сохта нашуд: {name}."},
    "capture.gap.file_not_page": {
        "en": "This address is a file, not a page: the file was saved exactly as it came; there is no screenshot of it.",
        "ru": "Этот адрес ведёт к файлу, а не к странице: файл сохранён точно в том виде, в каком пришёл; снимка экрана нет.",
        "tg": "Ин суроға файл аст, на саҳифа: файл айнан ҳамон тавре, ки омад, захира шуд; акси экран надорад."},
    "capture.gap.overlay_left": {
        "en": "Something covers part of the page ({text}). It does not look like a cookie banner, so it was left as it was.",
        "ru": "Часть страницы закрыта ({text}). Это не похоже на баннер о cookie, поэтому оно оставлено как есть.",
        "tg": "Қисми саҳифа пӯшида аст ({text}). Ин ба баннери cookie монанд нест, бинобар ин ҳамон тавр монда шуд."},
    "capture.gap.no_page": {
        "en": "Nothing of the page could be saved except this record of the attempt.",
        "ru": "От страницы ничего не удалось сохранить, кроме записи о попытке.",
        "tg": "Аз саҳифа ба ҷуз сабти ин кӯшиш чизе захира нашуд."},

    # ------------------------------------------------------------------ the command line
    "capture.progress": {"en": "Capturing", "ru": "Сохранение", "tg": "Сабт"},
    "capture.no_urls": {
        "en": "Give at least one web address to capture, or a file of addresses with --from FILE.",
        "ru": "Укажите хотя бы один адрес для сохранения или файл с адресами через --from ФАЙЛ.",
        "tg": "Ақаллан як суроға барои сабт ё файли суроғаҳоро бо --from ФАЙЛ нишон диҳед."},
    "capture.bad_url": {
        "en": "This is not a web address that can be captured: {url}",
        "ru": "Это не адрес страницы, который можно сохранить: {url}",
        "tg": "Ин суроғаи саҳифае нест, ки сабт шавад: {url}"},
    "capture.bad_url_line": {
        "en": "Line {line} of {file} is not a web address that can be captured: {url}",
        "ru": "Строка {line} файла {file} — не адрес страницы, который можно сохранить: {url}",
        "tg": "Сатри {line}-и файли {file} суроғаи саҳифае нест, ки сабт шавад: {url}"},
    "capture.bad_viewport": {
        "en": "The window size must be written like 1366x900 (between 320 and 4000 px each way).",
        "ru": "Размер окна нужно указать так: 1366x900 (от 320 до 4000 px по каждой стороне).",
        "tg": "Андозаи равзанаро чунин нависед: 1366x900 (аз 320 то 4000 px ба ҳар тараф)."},
    "capture.bad_number": {
        "en": "{option} must be a number between {low} and {high}.",
        "ru": "{option} должно быть числом от {low} до {high}.",
        "tg": "{option} бояд рақам аз {low} то {high} бошад."},
    "capture.using_browser": {
        "en": "Capturing with {browser} {version}.",
        "ru": "Сохранение с помощью {browser} {version}.",
        "tg": "Сабт бо {browser} {version}."},
    "capture.line_sealed": {
        "en": "{exhibit}  {id}  sealed, HTTP {status}  {url}",
        "ru": "{exhibit}  {id}  запечатано, HTTP {status}  {url}",
        "tg": "{exhibit}  {id}  мӯҳр шуд, HTTP {status}  {url}"},
    "capture.line_failed": {
        "en": "{exhibit}  {id}  not captured  {url}\n      {reason}",
        "ru": "{exhibit}  {id}  не сохранено  {url}\n      {reason}",
        "tg": "{exhibit}  {id}  сабт нашуд  {url}\n      {reason}"},
    "capture.line_gap": {"en": "      ! {text}", "ru": "      ! {text}", "tg": "      ! {text}"},
    "capture.summary_ok": {
        "en": "All {total} page(s) captured and sealed in the vault.",
        "ru": "Все страницы ({total}) сохранены и запечатаны в хранилище.",
        "tg": "Ҳамаи {total} саҳифа сабт ва дар хазина мӯҳр шуданд."},
    "capture.summary_failed": {
        "en": "{sealed} of {total} page(s) captured; {failed} could not be reached (recorded as not captured).",
        "ru": "Сохранено страниц: {sealed} из {total}; недоступны: {failed} (записаны как несохранённые).",
        "tg": "{sealed} аз {total} саҳифа сабт шуд; {failed} дастнорас буд (ҳамчун сабтнашуда қайд шуд)."},
    "capture.stopping": {
        "en": "Stopping… pages already sealed stay in the vault; the page being captured is left out.",
        "ru": "Остановка… уже запечатанные страницы остаются в хранилище; сохраняемая сейчас страница не записывается.",
        "tg": "Қатъ шуда истодааст… саҳифаҳои мӯҳршуда дар хазина мемонанд; саҳифае, ки ҳоло сабт мешавад, сабт намешавад."},
    "capture.storage_failed": {
        "en": "Not saved: {url}. {reason}",
        "ru": "Не записано: {url}. {reason}",
        "tg": "Захира нашуд: {url}. {reason}"},

    # ------------------------------------------------------------------ stages (the app's queue)
    "capture.stage.queued": {"en": "waiting", "ru": "в очереди", "tg": "дар навбат"},
    "capture.stage.starting": {"en": "starting the browser", "ru": "запуск браузера", "tg": "оғози браузер"},
    "capture.stage.loading": {"en": "opening the page", "ru": "открытие страницы", "tg": "кушодани саҳифа"},
    "capture.stage.scrolling": {"en": "scrolling through the page", "ru": "прокрутка страницы", "tg": "ҳаракат додани саҳифа"},
    "capture.stage.saving": {"en": "making copies", "ru": "создание копий", "tg": "сохтани нусхаҳо"},
    "capture.stage.sealing": {"en": "sealing in the vault", "ru": "запечатывание в хранилище", "tg": "мӯҳр задан дар хазина"},
    "capture.stage.done": {"en": "sealed", "ru": "запечатано", "tg": "мӯҳр шуд"},
    "capture.stage.failed": {"en": "not captured", "ru": "не сохранено", "tg": "сабт нашуд"},

    # ------------------------------------------------------------------ artifact names (gaps)
    "capture.artifact.screenshot_full": {"en": "full-page screenshot", "ru": "снимок всей страницы", "tg": "акси пурраи саҳифа"},
    "capture.artifact.screenshot_viewport": {"en": "screenshot of the visible part", "ru": "снимок видимой части", "tg": "акси қисми намоён"},
    "capture.artifact.mhtml": {"en": "MHTML snapshot", "ru": "снимок MHTML", "tg": "нусхаи MHTML"},
    "capture.artifact.dom_html": {"en": "page code (HTML)", "ru": "код страницы (HTML)", "tg": "рамзи саҳифа (HTML)"},
    "capture.artifact.text": {"en": "page text", "ru": "текст страницы", "tg": "матни саҳифа"},
    "capture.artifact.pdf": {"en": "print PDF", "ru": "PDF для печати", "tg": "PDF барои чоп"},
    "capture.artifact.warc": {"en": "web archive (WARC)", "ru": "веб-архив (WARC)", "tg": "бойгонии веб (WARC)"},

    # ------------------------------------------------------------------ sentences of the metadata
    # Stored in English for the record, with these keys beside them (`<field>_key`) so that a
    # dossier says them in its reader's language.
    "capture.method.fresh_context": {
        "en": "Opened in a fresh browser context (no cookies, no login), scrolled to load late content, then saved in one pass: screenshots, MHTML, rendered HTML, visible text, print PDF, media files and a WARC of the requests and responses the browser recorded.",
        "ru": "Открыто в новом контексте браузера (без cookie и без входа в аккаунт), прокручено, чтобы загрузилось позднее содержимое, затем сохранено за один проход: снимки экрана, MHTML, HTML в виде, построенном браузером, видимый текст, PDF для печати, медиафайлы и WARC с запросами и ответами, которые записал браузер.",
        "tg": "Дар муҳити нави браузер (бе cookie ва бе воридшавӣ ба ҳисоб) кушода шуд, барои бор шудани мундариҷаи дертар ҳаракат дода шуд ва баъд дар як гузар нигоҳ дошта шуд: аксҳои экран, MHTML, HTML ба шакле ки браузер сохт, матни намоён, PDF барои чоп, файлҳои медиа ва WARC бо дархостҳо ва ҷавобҳое, ки браузер сабт кард."},
    "capture.network.vpn_unknown": {
        "en": "not detected by the tool; the collector should state whether a VPN was used",
        "ru": "программа это не определяет; собиратель должен сам указать, использовался ли VPN",
        "tg": "барнома инро муайян намекунад; ҷамъоваранда бояд худаш гӯяд, ки VPN истифода шуд ё не"},
    "capture.network.proxy_set": {
        "en": "a proxy is set in the environment (the browser may use it)",
        "ru": "в окружении задан прокси (браузер мог его использовать)",
        "tg": "дар муҳит прокси муқаррар шудааст (браузер метавонист онро истифода барад)"},
    "capture.clock.note": {
        "en": "This computer's clock minus the server's Date header; the server states whole seconds, so differences under 2 s are normal.",
        "ru": "Часы этого компьютера минус заголовок Date сервера; сервер указывает целые секунды, поэтому разница меньше 2 с нормальна.",
        "tg": "Соати ин компютер тарҳи сарлавҳаи Date-и сервер; сервер танҳо сонияҳои пурраро нишон медиҳад, бинобар ин фарқи камтар аз 2 с муқаррарӣ аст."},
    "capture.browser.fresh_context": {
        "en": "fresh in-memory context per page (no cookies, cache or logins)",
        "ru": "новый контекст в памяти для каждой страницы (без cookie, кеша и входов в аккаунты)",
        "tg": "барои ҳар саҳифа муҳити нав дар хотира (бе cookie, кеш ва воридшавӣ ба ҳисобҳо)"},
    "capture.browser.temp_ram": {
        "en": "RAM-backed folder, removed afterwards",
        "ru": "папка в оперативной памяти, удалена после сохранения",
        "tg": "ҷузвдон дар хотираи оперативӣ, баъд аз сабт нест карда шуд"},
    "capture.browser.temp_system": {
        "en": "system temporary folder, removed afterwards",
        "ru": "системная временная папка, удалена после сохранения",
        "tg": "ҷузвдони муваққатии система, баъд аз сабт нест карда шуд"},
    "capture.tls.trusted": {
        "en": "the certificate is valid for this address and trusted by this computer",
        "ru": "сертификат действителен для этого адреса, и этот компьютер ему доверяет",
        "tg": "сертификат барои ин суроға эътибор дорад ва ин компютер ба он бовар дорад"},
    "capture.tls.self_signed": {
        "en": "not trusted: the certificate is self-signed (OpenSSL: {reason})",
        "ru": "не доверен: сертификат самоподписанный (OpenSSL: {reason})",
        "tg": "боварӣ нест: сертификат худимзо аст (OpenSSL: {reason})"},
    "capture.tls.self_signed_chain": {
        "en": "not trusted: a self-signed certificate is in the chain (OpenSSL: {reason})",
        "ru": "не доверен: в цепочке есть самоподписанный сертификат (OpenSSL: {reason})",
        "tg": "боварӣ нест: дар занҷира сертификати худимзо ҳаст (OpenSSL: {reason})"},
    "capture.tls.expired": {
        "en": "not trusted: the certificate has expired (OpenSSL: {reason})",
        "ru": "не доверен: срок действия сертификата истёк (OpenSSL: {reason})",
        "tg": "боварӣ нест: мӯҳлати сертификат гузаштааст (OpenSSL: {reason})"},
    "capture.tls.not_yet_valid": {
        "en": "not trusted: the certificate is not yet valid (OpenSSL: {reason})",
        "ru": "не доверен: сертификат ещё не вступил в силу (OpenSSL: {reason})",
        "tg": "боварӣ нест: сертификат ҳанӯз эътибор надорад (OpenSSL: {reason})"},
    "capture.tls.unknown_issuer": {
        "en": "not trusted: the issuer is not known to this computer (OpenSSL: {reason})",
        "ru": "не доверен: издатель сертификата неизвестен этому компьютеру (OpenSSL: {reason})",
        "tg": "боварӣ нест: диҳандаи сертификат ба ин компютер маълум нест (OpenSSL: {reason})"},
    "capture.tls.revoked": {
        "en": "not trusted: the certificate has been revoked (OpenSSL: {reason})",
        "ru": "не доверен: сертификат отозван (OpenSSL: {reason})",
        "tg": "боварӣ нест: сертификат бекор карда шудааст (OpenSSL: {reason})"},
    "capture.tls.wrong_host": {
        "en": "not trusted: the certificate is for another address (OpenSSL: {reason})",
        "ru": "не доверен: сертификат выдан для другого адреса (OpenSSL: {reason})",
        "tg": "боварӣ нест: сертификат барои суроғаи дигар дода шудааст (OpenSSL: {reason})"},
    "capture.tls.untrusted": {
        "en": "not trusted by this computer (OpenSSL: {reason})",
        "ru": "этот компьютер ему не доверяет (OpenSSL: {reason})",
        "tg": "ин компютер ба он бовар надорад (OpenSSL: {reason})"},
    "capture.tls.not_checked": {
        "en": "could not be checked: a second connection to the server failed ({reason})",
        "ru": "проверить не удалось: повторное подключение к серверу не получилось ({reason})",
        "tg": "санҷида нашуд: пайвасти дубора бо сервер ба даст наомад ({reason})"},
    "capture.overlay.known": {
        "en": "a known consent container", "ru": "известный блок согласия",
        "tg": "блоки маълуми розигӣ"},
    "capture.overlay.words": {
        "en": "words about cookies or consent and an accept button",
        "ru": "слова о cookie или согласии и кнопка «принять»",
        "tg": "калимаҳо дар бораи cookie ё розигӣ ва тугмаи «қабул»"},
    "capture.overlay.not_consent": {
        "en": "not a consent banner", "ru": "не баннер согласия", "tg": "баннери розигӣ нест"},
    "capture.overlay.other": {"en": "other", "ru": "другое", "tg": "дигар"},
}

register(M)
