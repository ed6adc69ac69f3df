"""Words about the route of a capture (proxy, Tor) and the login session it used, in English,
Russian and Tajik. Imported where used (route.py, the engine's record)."""

from __future__ import annotations

from evidence_kit.i18n import register

M: dict[str, dict[str, str]] = {
    # ------------------------------------------------------------------ a proxy given wrongly
    "capture.bad_proxy": {
        "en": "“{proxy}” is not a proxy address. Write it like socks5://127.0.0.1:9050 (Tor) or http://proxy.example:8080, with the port.",
        "ru": "«{proxy}» — это не адрес прокси. Укажите его так: socks5://127.0.0.1:9050 (Tor) или http://proxy.example:8080, вместе с портом.",
        "tg": "«{proxy}» суроғаи прокси нест. Онро чунин нависед: socks5://127.0.0.1:9050 (Tor) ё http://proxy.example:8080, бо порт."},
    "capture.bad_proxy_scheme": {
        "en": "The proxy “{proxy}” is of a kind Evidence Kit cannot use. Use an address that begins with http://, https:// or socks5:// (Tor: socks5://127.0.0.1:9050).",
        "ru": "Прокси «{proxy}» такого вида Evidence Kit использовать не может. Укажите адрес, начинающийся с http://, https:// или socks5:// (Tor: socks5://127.0.0.1:9050).",
        "tg": "Evidence Kit проксии «{proxy}»-ро бо ин навъ истифода бурда наметавонад. Суроғаеро нависед, ки бо http://, https:// ё socks5:// оғоз меёбад (Tor: socks5://127.0.0.1:9050)."},
    "capture.proxy_socks_auth": {
        "en": "The browser cannot sign in to a SOCKS5 proxy with a user name and password ({proxy}). Use that proxy without them, or an http:// proxy.",
        "ru": "Браузер не умеет входить в прокси SOCKS5 с именем пользователя и паролем ({proxy}). Используйте этот прокси без них или прокси http://.",
        "tg": "Браузер ба проксии SOCKS5 бо номи корбар ва парол ворид шуда наметавонад ({proxy}). Ин проксиро бе онҳо истифода баред ё проксии http://-ро."},

    # ------------------------------------------------------------------ why a page was not captured
    "capture.err.proxy": {
        "en": "The proxy {proxy} did not answer or refused to work. If it is Tor, check that Tor is running. Nothing was sent to the site directly.",
        "ru": "Прокси {proxy} не ответил или отказался работать. Если это Tor, проверьте, что Tor запущен. Напрямую на сайт ничего не отправлялось.",
        "tg": "Проксии {proxy} ҷавоб надод ё аз кор даст кашид. Агар ин Tor бошад, санҷед, ки Tor фаъол аст. Ба сомона бевосита ҳеҷ чиз фиристода нашуд."},
    "capture.err.proxy_site": {
        "en": "The proxy {proxy} could not reach the site. The site may not exist or may be down, or the proxy may block it.",
        "ru": "Прокси {proxy} не смог связаться с сайтом. Возможно, сайта нет или он не работает, либо прокси его блокирует.",
        "tg": "Проксии {proxy} ба сомона расида натавонист. Шояд сомона вуҷуд надорад ё кор намекунад, ё прокси онро мебандад."},

    # ------------------------------------------------------------------ the command line says
    "capture.using_proxy": {
        "en": "Every request goes through the proxy {proxy}.",
        "ru": "Все запросы идут через прокси {proxy}.",
        "tg": "Ҳамаи дархостҳо тавассути проксии {proxy} мегузаранд."},
    "capture.using_tor": {
        "en": "Every request goes through Tor ({proxy}): the sites see an address of the Tor network, not yours.",
        "ru": "Все запросы идут через Tor ({proxy}): сайты видят адрес сети Tor, а не ваш.",
        "tg": "Ҳамаи дархостҳо тавассути Tor ({proxy}) мегузаранд: сомонаҳо суроғаи шабакаи Tor-ро мебинанд, на суроғаи шуморо."},
    "capture.using_session": {
        "en": "Pages are opened logged in as the saved account “{name}”.",
        "ru": "Страницы открываются со входом в сохранённый аккаунт «{name}».",
        "tg": "Саҳифаҳо бо воридшавӣ ба ҳисоби захирашудаи «{name}» кушода мешаванд."},
    "capture.session_warning": {
        "en": "Careful: use a separate account for this, not your own. Some platforms show the owner which account viewed a story or a profile, and the account can be banned.",
        "ru": "Осторожно: используйте для этого отдельный аккаунт, а не свой. Некоторые платформы показывают владельцу, какой аккаунт смотрел историю или профиль, и аккаунт могут заблокировать.",
        "tg": "Эҳтиёт шавед: барои ин ҳисоби алоҳидаро истифода баред, на ҳисоби худатонро. Баъзе платформаҳо ба соҳиб нишон медиҳанд, ки кадом ҳисоб ҳикоя ё профилро дидааст, ва ҳисобро метавонанд банданд."},

    # ------------------------------------------------------------------ sentences of the metadata
    "capture.network.proxy_used": {
        "en": "every request of this capture went through the proxy {proxy}",
        "ru": "все запросы этого сохранения шли через прокси {proxy}",
        "tg": "ҳамаи дархостҳои ин сабт тавассути проксии {proxy} гузаштанд"},
    "capture.route.via_proxy": {
        "en": "The browser connected to the proxy, not to the site: the site's own address was not seen by this computer, and the site saw the proxy's address.",
        "ru": "Браузер подключался к прокси, а не к сайту: собственный адрес сайта этот компьютер не видел, а сайт видел адрес прокси.",
        "tg": "Браузер ба прокси пайваст шуд, на ба сомона: ин компютер суроғаи худи сомонаро надид ва сомона суроғаи проксиро дид."},
    "capture.method.with_session": {
        "en": "Opened in a fresh browser context holding only the login session “{name}” kept in the vault (its cookies and site storage), scrolled to load late content, then saved in one pass: screenshots, MHTML, rendered HTML, visible text, print PDF, media files and a WARC of the requests and responses the browser recorded.",
        "ru": "Открыто в новом контексте браузера, содержащем только сохранённый в хранилище вход «{name}» (его cookie и данные сайтов), прокручено, чтобы загрузилось позднее содержимое, затем сохранено за один проход: снимки экрана, MHTML, HTML в виде, построенном браузером, видимый текст, PDF для печати, медиафайлы и WARC с запросами и ответами, которые записал браузер.",
        "tg": "Дар муҳити нави браузер, ки танҳо воридшавии «{name}»-и дар хазина нигоҳдошташуда (cookie ва маълумоти сомонаҳои он)-ро дорад, кушода шуд, барои бор шудани мундариҷаи дертар ҳаракат дода шуд ва баъд дар як гузар нигоҳ дошта шуд: аксҳои экран, MHTML, HTML ба шакле ки браузер сохт, матни намоён, PDF барои чоп, файлҳои медиа ва WARC бо дархостҳо ва ҷавобҳое, ки браузер сабт кард."},
}

register(M)
