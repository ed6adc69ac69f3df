"""Words of login sessions ("accounts for captures") and of the capture route options, for the
command line and the custody log, in English, Russian and Tajik."""

from __future__ import annotations

from . import register

M: dict[str, dict[str, str]] = {
    # ------------------------------------------------------------------ custody log events
    "event.session_added": {"en": "login for captures added", "ru": "добавлен вход для сохранения страниц",
                            "tg": "воридшавӣ барои сабти саҳифаҳо илова шуд"},
    "event.session_removed": {"en": "login for captures removed", "ru": "удалён вход для сохранения страниц",
                              "tg": "воридшавӣ барои сабти саҳифаҳо нест карда шуд"},

    # ------------------------------------------------------------------ help
    "help.opt_proxy": {
        "en": "send every request through this proxy: http://, https:// or socks5://HOST:PORT (Tor: socks5://127.0.0.1:9050); also EVIDENCE_KIT_PROXY",
        "ru": "отправлять все запросы через этот прокси: http://, https:// или socks5://ХОСТ:ПОРТ (Tor: socks5://127.0.0.1:9050); также EVIDENCE_KIT_PROXY",
        "tg": "ҳамаи дархостҳоро тавассути ин прокси фиристед: http://, https:// ё socks5://ХОСТ:ПОРТ (Tor: socks5://127.0.0.1:9050); инчунин EVIDENCE_KIT_PROXY"},
    "help.opt_no_proxy": {
        "en": "connect directly, even if a proxy is set in the app's settings",
        "ru": "подключаться напрямую, даже если прокси задан в настройках приложения",
        "tg": "бевосита пайваст шавед, ҳатто агар прокси дар танзимоти барнома муқаррар шуда бошад"},
    "help.opt_session": {
        "en": "open the pages logged in with this saved login (see: session list)",
        "ru": "открывать страницы с этим сохранённым входом (см. session list)",
        "tg": "саҳифаҳоро бо ин воридшавии захирашуда кушоед (нигаред: session list)"},
    "help.session": {
        "en": "logins for captures, kept encrypted in the vault",
        "ru": "входы в аккаунты для сохранения страниц, зашифрованные в хранилище",
        "tg": "воридшавӣ ба ҳисобҳо барои сабти саҳифаҳо, ки дар хазина рамзгузорӣ шудаанд"},
    "help.session_add": {
        "en": "add a login: from a cookies.txt file, or by logging in in a browser window",
        "ru": "добавить вход: из файла cookies.txt или войдя в аккаунт в окне браузера",
        "tg": "воридшавӣ илова кунед: аз файли cookies.txt ё бо ворид шудан дар равзанаи браузер"},
    "help.session_list": {
        "en": "the saved logins (names and sites, never their secrets)",
        "ru": "сохранённые входы (имена и сайты, но не их секреты)",
        "tg": "воридшавиҳои захирашуда (номҳо ва сомонаҳо, на сирри онҳо)"},
    "help.session_remove": {
        "en": "remove a saved login from the vault",
        "ru": "удалить сохранённый вход из хранилища",
        "tg": "воридшавии захирашударо аз хазина нест кунед"},
    "help.opt_cookies": {
        "en": "a Netscape cookies.txt file (as browser extensions and yt-dlp write it)",
        "ru": "файл cookies.txt в формате Netscape (его пишут расширения браузера и yt-dlp)",
        "tg": "файли cookies.txt дар шакли Netscape (онро васеъкуниҳои браузер ва yt-dlp менависанд)"},
    "help.opt_login_browser": {
        "en": "open a browser window with a fresh, temporary profile: log in, then close the window",
        "ru": "открыть окно браузера с новым временным профилем: войдите в аккаунт, затем закройте окно",
        "tg": "равзанаи браузерро бо профили нави муваққатӣ кушоед: ворид шавед, баъд равзанаро пӯшед"},
    "help.opt_login_url": {
        "en": "the page to open first in that window (for example the site's login page)",
        "ru": "страница, которая откроется в этом окне первой (например, страница входа на сайт)",
        "tg": "саҳифае, ки дар он равзана аввал кушода мешавад (масалан, саҳифаи воридшавии сомона)"},
    "help.opt_replace_session": {
        "en": "replace a saved login of the same name",
        "ru": "заменить сохранённый вход с тем же именем",
        "tg": "воридшавии захирашударо бо ҳамин ном иваз кунед"},

    # ------------------------------------------------------------------ what the command says
    "session.which_action": {
        "en": "Say what to do: session add, session list or session remove.",
        "ru": "Укажите действие: session add, session list или session remove.",
        "tg": "Амалро нишон диҳед: session add, session list ё session remove."},
    "session.bad_name": {
        "en": "A login needs a name of 1 to {max} letters, digits or signs (for example: instagram-research).",
        "ru": "У входа должно быть имя длиной от 1 до {max} букв, цифр или знаков (например: instagram-research).",
        "tg": "Воридшавӣ бояд номе аз 1 то {max} ҳарф, рақам ё аломат дошта бошад (масалан: instagram-research)."},
    "session.no_cookies": {
        "en": "No cookies were found in {path}. Export them again as a Netscape cookies.txt file (one cookie per line, seven columns separated by tabs).",
        "ru": "В {path} не найдено ни одного cookie. Экспортируйте их снова как файл cookies.txt в формате Netscape (по одному cookie в строке, семь столбцов через табуляцию).",
        "tg": "Дар {path} ягон cookie ёфт нашуд. Онҳоро аз нав ҳамчун файли cookies.txt дар шакли Netscape содир кунед (дар ҳар сатр як cookie, ҳафт сутун бо табулятсия)."},
    "session.empty": {
        "en": "Nothing was saved for “{name}”: the browser held no login when it was closed. Log in, then close the window.",
        "ru": "Для «{name}» ничего не сохранено: когда браузер закрыли, в нём не было входа. Войдите в аккаунт, затем закройте окно.",
        "tg": "Барои «{name}» ҳеҷ чиз захира нашуд: ҳангоми пӯшидани браузер дар он воридшавӣ набуд. Ворид шавед, баъд равзанаро пӯшед."},
    "session.exists": {
        "en": "A login named “{name}” is already saved. Choose another name, or add --replace to replace it.",
        "ru": "Вход с именем «{name}» уже сохранён. Выберите другое имя или добавьте --replace, чтобы заменить его.",
        "tg": "Воридшавӣ бо номи «{name}» аллакай захира шудааст. Номи дигар интихоб кунед ё барои иваз кардан --replace илова кунед."},
    "session.not_found": {
        "en": "There is no saved login named “{name}”. Saved logins: {names}.",
        "ru": "Сохранённого входа с именем «{name}» нет. Сохранённые входы: {names}.",
        "tg": "Воридшавии захирашуда бо номи «{name}» нест. Воридшавиҳои захирашуда: {names}."},
    "session.none_yet": {
        "en": "There is no saved login named “{name}”: none has been added yet (evidence-kit session add).",
        "ru": "Сохранённого входа с именем «{name}» нет: ни один вход ещё не добавлен (evidence-kit session add).",
        "tg": "Воридшавии захирашуда бо номи «{name}» нест: то ҳол ягон воридшавӣ илова нашудааст (evidence-kit session add)."},
    "session.no_display": {
        "en": "A browser window cannot be opened here: there is no screen. Use --cookies FILE instead, or run this on a computer with a desktop.",
        "ru": "Здесь нельзя открыть окно браузера: нет экрана. Используйте --cookies ФАЙЛ или запустите это на компьютере с рабочим столом.",
        "tg": "Дар ин ҷо равзанаи браузерро кушодан ғайриимкон аст: экран нест. Ба ҷояш --cookies ФАЙЛ-ро истифода баред ё инро дар компютери дорои мизи корӣ иҷро кунед."},
    "session.window_open": {
        "en": "A browser window is opening with a fresh, temporary profile. Log in there, then close the window (or press Enter here). Its cookies and site storage are then sealed in the vault and the profile is wiped.",
        "ru": "Открывается окно браузера с новым временным профилем. Войдите в аккаунт, затем закройте окно (или нажмите здесь Enter). После этого его cookie и данные сайтов будут запечатаны в хранилище, а профиль стёрт.",
        "tg": "Равзанаи браузер бо профили нави муваққатӣ кушода мешавад. Дар он ҷо ворид шавед, баъд равзанаро пӯшед (ё дар ин ҷо Enter-ро пахш кунед). Баъд cookie ва маълумоти сомонаҳои он дар хазина мӯҳр карда мешаванд ва профил пок карда мешавад."},
    "session.added": {
        "en": "Saved the login “{name}” in the vault ({cookies} cookies; sites: {sites}).",
        "ru": "Вход «{name}» сохранён в хранилище (cookie: {cookies}; сайты: {sites}).",
        "tg": "Воридшавии «{name}» дар хазина захира шуд (cookie: {cookies}; сомонаҳо: {sites})."},
    "session.delete_file": {
        "en": "The file {path} still holds this login in plain text. Delete it if you no longer need it.",
        "ru": "Файл {path} по-прежнему хранит этот вход в открытом виде. Удалите его, если он больше не нужен.",
        "tg": "Файли {path} ҳанӯз ин воридшавиро бе рамз нигоҳ медорад. Агар дигар лозим набошад, онро нест кунед."},
    "session.list_empty": {
        "en": "No logins are saved for captures.",
        "ru": "Входов для сохранения страниц нет.",
        "tg": "Барои сабти саҳифаҳо ягон воридшавӣ захира нашудааст."},
    "session.list_line": {
        "en": "{name}  — added {when}, {source}, {cookies} cookies; {sites}",
        "ru": "{name}  — добавлен {when}, {source}, cookie: {cookies}; {sites}",
        "tg": "{name}  — илова шуд {when}, {source}, cookie: {cookies}; {sites}"},
    "session.source.cookies_file": {"en": "from a cookies.txt file", "ru": "из файла cookies.txt",
                                    "tg": "аз файли cookies.txt"},
    "session.source.browser": {"en": "logged in in a browser window", "ru": "вход в окне браузера",
                               "tg": "воридшавӣ дар равзанаи браузер"},
    "session.removed": {
        "en": "Removed the login “{name}” from the vault.",
        "ru": "Вход «{name}» удалён из хранилища.",
        "tg": "Воридшавии «{name}» аз хазина нест карда шуд."},
}

register(M)
