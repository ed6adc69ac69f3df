"""Words of watched pages, the photos she looks for and their matches (command line and errors)."""

from __future__ import annotations

from . import register

M: dict[str, dict[str, str]] = {
    # ------------------------------------------------------------------ errors
    "watch.bad_every": {
        "en": "“{value}” is not a time between runs. Write it like 30m, 6h, 1d or 2h30m.",
        "ru": "«{value}» — не промежуток между проверками. Пишите так: 30m, 6h, 1d или 2h30m.",
        "tg": "«{value}» фосилаи байни санҷишҳо нест. Чунин нависед: 30m, 6h, 1d ё 2h30m."},
    "watch.every_range": {
        "en": "“{value}” is too short or too long: choose between 15 minutes (15m) and 60 days (60d).",
        "ru": "«{value}» — слишком мало или слишком много: выберите от 15 минут (15m) до 60 дней (60d).",
        "tg": "«{value}» хеле кӯтоҳ ё хеле дароз аст: аз 15 дақиқа (15m) то 60 рӯз (60d) интихоб кунед."},
    "watch.not_watched": {
        "en": "{url} is not a watched page. `evidence-kit watch list` shows the watched pages.",
        "ru": "{url} не находится под наблюдением. `evidence-kit watch list` показывает наблюдаемые страницы.",
        "tg": "{url} зери назорат нест. `evidence-kit watch list` саҳифаҳои зери назоратро нишон медиҳад."},
    "watch.need_url": {
        "en": "`watch {action}` needs the page's address, for example: evidence-kit watch {action} https://t.me/s/channel",
        "ru": "Для `watch {action}` нужен адрес страницы, например: evidence-kit watch {action} https://t.me/s/channel",
        "tg": "Барои `watch {action}` суроғаи саҳифа лозим аст, масалан: evidence-kit watch {action} https://t.me/s/channel"},
    "reference.not_picture": {
        "en": "{path} is not a photo or a video, so it cannot be looked for. Nothing was added.",
        "ru": "{path} — не фотография и не видео, его нельзя искать. Ничего не добавлено.",
        "tg": "{path} акс ё видео нест, бинобар ин ҷустуҷӯи он имконнопазир аст. Ҳеҷ чиз илова нашуд."},
    "reference.not_reference": {
        "en": "{id} is not one of the photos you are looking for. `evidence-kit reference list` shows them.",
        "ru": "{id} — не из фотографий, которые вы ищете. `evidence-kit reference list` покажет их.",
        "tg": "{id} аз аксҳое, ки шумо ҷустуҷӯ мекунед, нест. `evidence-kit reference list` онҳоро нишон медиҳад."},
    "reference.need_files": {
        "en": "Name one or more photos or videos: evidence-kit reference add FILE...",
        "ru": "Укажите одну или несколько фотографий или видео: evidence-kit reference add ФАЙЛ...",
        "tg": "Як ё якчанд акс ё видеоро номбар кунед: evidence-kit reference add ФАЙЛ..."},
    "reference.need_id": {
        "en": "Name the one photo to stop looking for, by its number (EK-0003) or id: evidence-kit reference remove ID",
        "ru": "Укажите одну фотографию, которую больше не искать, по номеру (EK-0003) или коду: evidence-kit reference remove ID",
        "tg": "Акси ягонаеро, ки дигар ҷустуҷӯ намешавад, бо рақам (EK-0003) ё рамзаш номбар кунед: evidence-kit reference remove ID"},

    # ------------------------------------------------------------------ changes between runs
    "watch.change.first": {"en": "first run", "ru": "первая проверка", "tg": "санҷиши аввал"},
    "watch.change.unchanged": {"en": "unchanged", "ru": "без изменений", "tg": "бетағйир"},
    "watch.change.changed": {"en": "changed", "ru": "изменилось", "tg": "тағйир ёфт"},
    "watch.change.gone": {"en": "gone (removed or not found)", "ru": "нет на месте (удалено или не найдено)",
                          "tg": "нест (хориҷ шудааст ё ёфт нашуд)"},
    "watch.change.back": {"en": "back again", "ru": "снова на месте", "tg": "боз пайдо шуд"},
    "watch.change.failed": {"en": "could not be captured (says nothing about the page)",
                            "ru": "не удалось сохранить (о странице это ничего не говорит)",
                            "tg": "сабт нашуд (дар бораи саҳифа чизе намегӯяд)"},
    "watch.what.posts_added": {"en": "{n} post(s) added", "ru": "добавлено постов: {n}", "tg": "{n} пост илова шуд"},
    "watch.what.posts_removed": {"en": "{n} post(s) removed", "ru": "удалено постов: {n}", "tg": "{n} пост хориҷ шуд"},
    "watch.what.posts_edited": {"en": "text edited in {n} post(s)", "ru": "текст изменён в постах: {n}",
                                "tg": "матн дар {n} пост таҳрир шуд"},
    "watch.what.lines_added": {"en": "{n} line(s) of text added", "ru": "добавлено строк текста: {n}",
                               "tg": "{n} сатри матн илова шуд"},
    "watch.what.lines_removed": {"en": "{n} line(s) of text removed", "ru": "удалено строк текста: {n}",
                                 "tg": "{n} сатри матн хориҷ шуд"},
    "watch.what.lines_edited": {"en": "{n} line(s) of text edited", "ru": "изменено строк текста: {n}",
                                "tg": "{n} сатри матн таҳрир шуд"},
    "watch.what.media_added": {"en": "{n} photo(s) or video(s) added", "ru": "добавлено фото или видео: {n}",
                               "tg": "{n} акс ё видео илова шуд"},
    "watch.what.media_removed": {"en": "{n} photo(s) or video(s) removed", "ru": "удалено фото или видео: {n}",
                                 "tg": "{n} акс ё видео хориҷ шуд"},
    "watch.what.status": {"en": "HTTP {old}, now {new}", "ru": "HTTP {old}, теперь {new}",
                          "tg": "HTTP {old}, акнун {new}"},

    # ------------------------------------------------------------------ watch: command line
    "watch.added": {
        "en": "Watching {url} every {every} (watch {id}).",
        "ru": "Страница {url} под наблюдением: каждые {every} (наблюдение {id}).",
        "tg": "Саҳифаи {url} зери назорат аст: ҳар {every} (назорати {id})."},
    "watch.updated": {
        "en": "{url} was already watched; it is now checked every {every} (watch {id}).",
        "ru": "{url} уже была под наблюдением; теперь проверка каждые {every} (наблюдение {id}).",
        "tg": "{url} аллакай зери назорат буд; акнун ҳар {every} санҷида мешавад (назорати {id})."},
    "watch.in_case": {"en": "Captures go into the case: {case}", "ru": "Сохранения попадают в дело: {case}",
                      "tg": "Сабтҳо ба парвандаи {case} мераванд"},
    "watch.add_hint": {
        "en": "Run `evidence-kit watch run` to capture it now; `evidence-kit watch schedule` shows how to let the computer do it by itself.",
        "ru": "Запустите `evidence-kit watch run`, чтобы сохранить её сейчас; `evidence-kit watch schedule` покажет, как поручить это компьютеру.",
        "tg": "Барои ҳозир сабт кардан `evidence-kit watch run`-ро иҷро кунед; `evidence-kit watch schedule` нишон медиҳад, ки чӣ тавр инро ба компютер супоред."},
    "watch.removed": {
        "en": "{url} is no longer watched. Its {runs} sealed run(s) stay in the vault.",
        "ru": "{url} больше не под наблюдением. Её запечатанные проверки ({runs}) остаются в хранилище.",
        "tg": "{url} дигар зери назорат нест. {runs} санҷиши мӯҳршудаи он дар хазина мемонад."},
    "watch.none": {
        "en": "No page is watched. Add one with: evidence-kit watch add URL --every 6h",
        "ru": "Ни одна страница не под наблюдением. Добавьте: evidence-kit watch add URL --every 6h",
        "tg": "Ягон саҳифа зери назорат нест. Илова кунед: evidence-kit watch add URL --every 6h"},
    "watch.every": {"en": "every {every}", "ru": "каждые {every}", "tg": "ҳар {every}"},
    "watch.was_removed": {"en": "no longer watched since {at}", "ru": "не наблюдается с {at}",
                          "tg": "аз {at} зери назорат нест"},
    "watch.never_run": {"en": "not captured yet", "ru": "ещё не сохранялась", "tg": "ҳанӯз сабт нашудааст"},
    "watch.last_run": {"en": "last run {at} ({exhibit}): {change}", "ru": "последняя проверка {at} ({exhibit}): {change}",
                       "tg": "санҷиши охирин {at} ({exhibit}): {change}"},
    "watch.seen": {"en": "{runs} run(s); first seen {first}, last seen {last}",
                   "ru": "проверок: {runs}; впервые видна {first}, последний раз {last}",
                   "tg": "{runs} санҷиш; бори аввал {first} дида шуд, бори охир {last}"},
    "watch.removed_between": {"en": "removed between {after} and {before}", "ru": "удалена между {after} и {before}",
                              "tg": "байни {after} ва {before} хориҷ шуд"},
    "watch.due_now": {"en": "due now", "ru": "пора проверить", "tg": "вақти санҷиш расид"},
    "watch.next_due": {"en": "next run due {at}", "ru": "следующая проверка {at}", "tg": "санҷиши навбатӣ {at}"},
    "watch.nothing_due": {
        "en": "Nothing is due yet. The next run is due {at} ({url}). Use --all to capture every watched page now.",
        "ru": "Пока проверять нечего. Следующая проверка {at} ({url}). С --all будут сохранены все наблюдаемые страницы сейчас.",
        "tg": "Ҳоло чизе барои санҷиш нест. Санҷиши навбатӣ {at} ({url}). Бо --all ҳамаи саҳифаҳои зери назорат ҳозир сабт мешаванд."},
    "watch.progress": {"en": "Watched pages", "ru": "Наблюдаемые страницы", "tg": "Саҳифаҳои зери назорат"},
    "watch.run_line": {"en": "{exhibit}  {change}  {url}", "ru": "{exhibit}  {change}  {url}", "tg": "{exhibit}  {change}  {url}"},
    "watch.run_failed": {
        "en": "{url}: nothing could be stored: {reason}",
        "ru": "{url}: ничего не удалось сохранить: {reason}",
        "tg": "{url}: ҳеҷ чиз захира нашуд: {reason}"},
    "watch.run_match": {
        "en": "⚠ A photo you are looking for is on this page: {exhibit} {artifact} matches {reference} ({distance} of 256 bits differ).",
        "ru": "⚠ На этой странице фотография, которую вы ищете: {exhibit} {artifact} совпадает с {reference} (различаются {distance} из 256 бит).",
        "tg": "⚠ Дар ин саҳифа акси ҷустуҷӯшавандаи шумо ҳаст: {exhibit} {artifact} ба {reference} мувофиқ аст ({distance} аз 256 бит фарқ мекунад)."},
    "watch.run_summary": {
        "en": "{sealed} of {total} watched page(s) captured and sealed; {failed} could not be captured.",
        "ru": "Сохранено и запечатано наблюдаемых страниц: {sealed} из {total}; не удалось сохранить: {failed}.",
        "tg": "{sealed} аз {total} саҳифаи зери назорат сабт ва мӯҳр шуд; {failed} сабт нашуд."},
    "watch.schedule_intro": {
        "en": "While the app is open it captures watched pages by itself. For when it is closed, let the system run `evidence-kit watch run` every 30 minutes: it captures only the pages that are due.",
        "ru": "Пока приложение открыто, оно само сохраняет наблюдаемые страницы. На время, когда оно закрыто, поручите системе запускать `evidence-kit watch run` каждые 30 минут: сохраняются только страницы, которым пора.",
        "tg": "То барнома кушода аст, худаш саҳифаҳои зери назоратро сабт мекунад. Барои вақте ки баста аст, ба система супоред, ки ҳар 30 дақиқа `evidence-kit watch run`-ро иҷро кунад: танҳо саҳифаҳое сабт мешаванд, ки вақташон расидааст."},
    "watch.schedule_passphrase": {
        "en": "The scheduler cannot type your passphrase: it reads it from a file ({file}) that only you may read (chmod 600). Anyone who can read that file can open the vault: keep it on an encrypted disk, or rely on the app instead.",
        "ru": "Планировщик не может ввести парольную фразу: он читает её из файла ({file}), доступного только вам (chmod 600). Любой, кто прочтёт этот файл, откроет хранилище: держите его на зашифрованном диске или полагайтесь на приложение.",
        "tg": "Ҷадвалсоз гузарвожаро навишта наметавонад: онро аз файл ({file}) мехонад, ки танҳо шумо хонда метавонед (chmod 600). Ҳар касе, ки ин файлро хонад, хазинаро мекушояд: онро дар диски рамзгузоришуда нигоҳ доред ё ба барнома такя кунед."},
    "watch.schedule_cron": {"en": "cron (Linux, macOS): add this line with `crontab -e`:",
                            "ru": "cron (Linux, macOS): добавьте эту строку через `crontab -e`:",
                            "tg": "cron (Linux, macOS): ин сатрро бо `crontab -e` илова кунед:"},
    "watch.schedule_systemd": {"en": "systemd (Linux), a user timer:", "ru": "systemd (Linux), пользовательский таймер:",
                               "tg": "systemd (Linux), таймери корбар:"},
    "watch.schedule_windows": {"en": "Windows Task Scheduler, in a command prompt:",
                               "ru": "Планировщик заданий Windows, в командной строке:",
                               "tg": "Ҷадвалсози вазифаҳои Windows, дар сатри фармон:"},
    "watch.schedule_output": {
        "en": "What a run prints names the pages: it is thrown away above (/dev/null, StandardOutput=null). Never send it to a log file or the system journal, where it would stay readable on the disk.",
        "ru": "То, что печатает проверка, называет страницы: выше это отбрасывается (/dev/null, StandardOutput=null). Никогда не направляйте это в файл журнала или системный журнал, где оно останется читаемым на диске.",
        "tg": "Он чи санҷиш чоп мекунад, саҳифаҳоро ном мебарад: дар боло он партофта мешавад (/dev/null, StandardOutput=null). Ҳеҷ гоҳ онро ба файли қайдҳо ё маҷаллаи система нафиристед, ки дар диск хонда мешавад."},
    "watch.schedule_app": {
        "en": "While the app is open, a scheduled run finds the vault in use and stops (exit code 4): the app captures the pages then.",
        "ru": "Пока приложение открыто, запуск по расписанию видит, что хранилище занято, и останавливается (код 4): страницы тогда сохраняет приложение.",
        "tg": "То барнома кушода аст, иҷрои ҷадвалӣ хазинаро банд мебинад ва қатъ мешавад (рамзи 4): он гоҳ саҳифаҳоро барнома сабт мекунад."},

    # ------------------------------------------------------------------ references
    "reference.added": {"en": "{exhibit}  {id}  {name}: sealed; looked for from now on.",
                        "ru": "{exhibit}  {id}  {name}: запечатано; теперь ищется.",
                        "tg": "{exhibit}  {id}  {name}: мӯҳр шуд; аз ҳозир ҷустуҷӯ мешавад."},
    "reference.add_failed": {"en": "Not added: {path} — {reason}", "ru": "Не добавлено: {path} — {reason}",
                             "tg": "Илова нашуд: {path} — {reason}"},
    "reference.too_plain": {
        "en": "This picture is too plain (one colour, little detail) to be recognised reliably: choose a clearer copy if you have one.",
        "ru": "Это изображение слишком однородно (один цвет, мало деталей), чтобы его надёжно узнавать: выберите более чёткую копию, если она есть.",
        "tg": "Ин тасвир хеле якранг аст (як ранг, ҷузъиёти кам) ва онро боэътимод шинохтан мумкин нест: агар нусхаи равшантар дошта бошед, онро интихоб кунед."},
    "reference.unreadable": {
        "en": "This file could not be read as a picture or video, so it cannot be looked for: choose another copy if you have one.",
        "ru": "Этот файл не удалось прочитать как изображение или видео, поэтому его нельзя искать: выберите другую копию, если она есть.",
        "tg": "Ин файлро ҳамчун тасвир ё видео хондан нашуд, бинобар ин ҷустуҷӯи он имконнопазир аст: агар нусхаи дигар дошта бошед, онро интихоб кунед."},
    "reference.privacy": {
        "en": "These photos stay encrypted in the vault on this computer and are never shown unblurred or put in a platform report. Only their fingerprints are compared with the pictures of the pages you save; nothing is uploaded anywhere.",
        "ru": "Эти фотографии остаются зашифрованными в хранилище на этом компьютере, никогда не показываются без размытия и не попадают в жалобы платформам. С изображениями сохранённых страниц сравниваются только их цифровые отпечатки; ничего никуда не загружается.",
        "tg": "Ин аксҳо дар хазинаи ҳамин компютер рамзгузорӣ шуда мемонанд, ҳеҷ гоҳ бе хирагӣ нишон дода намешаванд ва ба шикоят барои платформаҳо намеафтанд. Танҳо изҳои рақамии онҳо бо тасвирҳои саҳифаҳои сабтшуда муқоиса мешаванд; ҳеҷ чиз ба ҳеҷ ҷо фиристода намешавад."},
    "reference.stopncii": {
        "en": "StopNCII.org (for adults; under 18: Take It Down) can ask Facebook, Instagram, Threads, TikTok, Reddit, Snap and others to block intimate images: it makes the fingerprint in your own browser, on its own website, and the photo never leaves your device. Telegram and YouTube are not among its partners. Evidence Kit sends nothing there: it is your choice to do it yourself.",
        "ru": "StopNCII.org (для взрослых; до 18 лет — Take It Down) может попросить Facebook, Instagram, Threads, TikTok, Reddit, Snap и другие блокировать интимные изображения: отпечаток создаётся в вашем собственном браузере на их сайте, фотография не покидает ваше устройство. Telegram и YouTube не входят в число партнёров. Evidence Kit ничего туда не отправляет: решать и делать это вам.",
        "tg": "StopNCII.org (барои калонсолон; то 18-солагӣ — Take It Down) метавонад аз Facebook, Instagram, Threads, TikTok, Reddit, Snap ва дигарон хоҳиш кунад, ки тасвирҳои маҳрамонаро манъ кунанд: изи рақамӣ дар браузери худи шумо, дар сомонаи онҳо сохта мешавад ва акс дастгоҳи шуморо тарк намекунад. Telegram ва YouTube шарикони он нестанд. Evidence Kit ба он ҷо чизе намефиристад: ин кор интихоби худи шумост."},
    "reference.line": {"en": "{exhibit}  {id}  {name}  added {at}  matches: {matches}",
                       "ru": "{exhibit}  {id}  {name}  добавлено {at}  совпадений: {matches}",
                       "tg": "{exhibit}  {id}  {name}  илова шуд {at}  мувофиқатҳо: {matches}"},
    "reference.none": {
        "en": "You are not looking for any photo yet. Add one with: evidence-kit reference add FILE",
        "ru": "Вы пока не ищете ни одной фотографии. Добавьте: evidence-kit reference add ФАЙЛ",
        "tg": "Шумо ҳанӯз ягон аксро ҷустуҷӯ намекунед. Илова кунед: evidence-kit reference add ФАЙЛ"},
    "reference.removed": {
        "en": "{exhibit} ({name}) is no longer looked for. It stays sealed in the vault, like every item.",
        "ru": "{exhibit} ({name}) больше не ищется. Как и всё, оно остаётся запечатанным в хранилище.",
        "tg": "{exhibit} ({name}) дигар ҷустуҷӯ намешавад. Мисли ҳар унсур, он дар хазина мӯҳршуда мемонад."},

    # ------------------------------------------------------------------ matches
    "matches.progress": {"en": "Fingerprinting pictures", "ru": "Отпечатки изображений", "tg": "Изҳои рақамии тасвирҳо"},
    "matches.at_second": {"en": "{name} at {s} s", "ru": "{name} на {s} с", "tg": "{name} дар сонияи {s}"},
    "matches.line": {
        "en": "{exhibit}  {id}  {artifact}  matches {reference} ({name}): {distance} of 256 bits differ, quality {quality}",
        "ru": "{exhibit}  {id}  {artifact}  совпадает с {reference} ({name}): различаются {distance} из 256 бит, качество {quality}",
        "tg": "{exhibit}  {id}  {artifact}  ба {reference} ({name}) мувофиқ аст: {distance} аз 256 бит фарқ мекунад, сифат {quality}"},
    "matches.transformed": {"en": "the copy was {how}", "ru": "копия была {how}", "tg": "нусха {how} буд"},
    "matches.transform.original": {"en": "not turned", "ru": "не повёрнута", "tg": "гардонда нашуда"},
    "matches.transform.rotated_90": {"en": "turned by 90°", "ru": "повёрнута на 90°", "tg": "90° гардонда шуда"},
    "matches.transform.rotated_180": {"en": "turned upside down", "ru": "перевёрнута вверх ногами", "tg": "чаппа гардонда шуда"},
    "matches.transform.rotated_270": {"en": "turned by 270°", "ru": "повёрнута на 270°", "tg": "270° гардонда шуда"},
    "matches.transform.flipped_vertically": {"en": "mirrored top to bottom", "ru": "отражена сверху вниз",
                                             "tg": "аз боло ба поён инъикос шуда"},
    "matches.transform.flipped_horizontally": {"en": "mirrored left to right", "ru": "отражена слева направо",
                                               "tg": "аз чап ба рост инъикос шуда"},
    "matches.transform.rotated_90_flipped_vertically": {"en": "turned and mirrored", "ru": "повёрнута и отражена",
                                                        "tg": "гардонда ва инъикос шуда"},
    "matches.transform.rotated_90_flipped_horizontally": {"en": "turned and mirrored", "ru": "повёрнута и отражена",
                                                          "tg": "гардонда ва инъикос шуда"},
    "matches.no_references": {
        "en": "You are not looking for any photo yet: add the ones you want found with `evidence-kit reference add FILE`.",
        "ru": "Вы пока не ищете ни одной фотографии: добавьте нужные через `evidence-kit reference add ФАЙЛ`.",
        "tg": "Шумо ҳанӯз ягон аксро ҷустуҷӯ намекунед: аксҳои лозимиро бо `evidence-kit reference add ФАЙЛ` илова кунед."},
    "matches.summary": {
        "en": "{matches} match(es): {compared} picture fingerprint(s) compared with {references} photo(s) you are looking for (a match: at most {threshold} of 256 bits differ).",
        "ru": "Совпадений: {matches}. Сравнено отпечатков изображений: {compared}, с фотографиями, которые вы ищете: {references} (совпадение — различаются не более {threshold} из 256 бит).",
        "tg": "Мувофиқатҳо: {matches}. {compared} изи рақамии тасвир бо {references} акси ҷустуҷӯшаванда муқоиса шуд (мувофиқат — на зиёда аз {threshold} аз 256 бит фарқ мекунад)."},
    "matches.weak_reference": {
        "en": "“{name}” is too plain to be recognised reliably, so it was not looked for.",
        "ru": "«{name}» слишком однородно, чтобы его надёжно узнавать, поэтому его не искали.",
        "tg": "«{name}» хеле якранг аст ва онро боэътимод шинохтан мумкин нест, бинобар ин ҷустуҷӯ нашуд."},
    "matches.unreadable_reference": {
        "en": "“{name}” could not be read as a picture or video, so it was not looked for.",
        "ru": "«{name}» не удалось прочитать как изображение или видео, поэтому его не искали.",
        "tg": "«{name}»-ро ҳамчун тасвир ё видео хондан нашуд, бинобар ин ҷустуҷӯ нашуд."},
    "matches.unreadable": {
        "en": "{count} file(s) could not be read as a picture or video and were not compared.",
        "ru": "Файлов, которые не удалось прочитать как изображение или видео: {count}; они не сравнивались.",
        "tg": "{count} файлро ҳамчун тасвир ё видео хондан нашуд ва онҳо муқоиса нашуданд."},
    "matches.low_quality": {
        "en": "{count} picture fingerprint(s) below quality {min} (plain pictures) were left out to avoid false matches.",
        "ru": "Отпечатков ниже качества {min} (однородные изображения): {count}; они не учитывались, чтобы избежать ложных совпадений.",
        "tg": "{count} изи рақамӣ бо сифати камтар аз {min} (тасвирҳои якранг) барои пешгирии мувофиқатҳои бардурӯғ ба ҳисоб гирифта нашуд."},

    # ------------------------------------------------------------------ help and the custody log
    "help.watch": {"en": "watch pages: capture them again and again and record what changed",
                   "ru": "наблюдать за страницами: сохранять их снова и снова и записывать изменения",
                   "tg": "саҳифаҳоро зери назорат гирифтан: такроран сабт кардан ва тағйиротро қайд кардан"},
    "help.watch_action": {"en": "add, list, remove, run or schedule", "ru": "add, list, remove, run или schedule",
                          "tg": "add, list, remove, run ё schedule"},
    "help.watch_url": {"en": "the page's address (for remove: or the watch's id)",
                       "ru": "адрес страницы (для remove — или код наблюдения)",
                       "tg": "суроғаи саҳифа (барои remove — ё рамзи назорат)"},
    "help.watch_every": {"en": "time between runs, e.g. 30m, 6h, 1d (default 6h)",
                         "ru": "промежуток между проверками, например 30m, 6h, 1d (по умолчанию 6h)",
                         "tg": "фосилаи байни санҷишҳо, масалан 30m, 6h, 1d (пешфарз 6h)"},
    "help.watch_all": {"en": "run: capture every watched page, not only those due",
                       "ru": "run: сохранить все наблюдаемые страницы, а не только те, которым пора",
                       "tg": "run: ҳамаи саҳифаҳои зери назоратро сабт кардан, на танҳо онҳое, ки вақташон расидааст"},
    "help.watch_removed": {"en": "list: also pages no longer watched", "ru": "list: также страницы, за которыми больше не наблюдают",
                           "tg": "list: инчунин саҳифаҳое, ки дигар зери назорат нестанд"},
    "help.watch_jobs": {"en": "how many pages to capture at once (default 2)",
                        "ru": "сколько страниц сохранять одновременно (по умолчанию 2)",
                        "tg": "чанд саҳифа якбора сабт шавад (пешфарз 2)"},
    "help.watch_browser": {"en": "the Chrome, Chromium or Edge program to capture with",
                           "ru": "программа Chrome, Chromium или Edge для сохранения",
                           "tg": "барномаи Chrome, Chromium ё Edge барои сабт"},
    "help.reference": {"en": "the photos or videos you want found again if they are posted",
                       "ru": "фотографии или видео, которые нужно найти, если их опубликуют снова",
                       "tg": "акс ё видеоҳое, ки бояд дар сурати дубора нашр шудан ёфт шаванд"},
    "help.reference_action": {"en": "add, list or remove", "ru": "add, list или remove", "tg": "add, list ё remove"},
    "help.reference_paths": {"en": "add: files or folders; remove: the photo's number or id",
                             "ru": "add: файлы или папки; remove: номер или код фотографии",
                             "tg": "add: файлҳо ё ҷузвдонҳо; remove: рақам ё рамзи акс"},
    "help.matches": {"en": "list every saved picture that matches a photo you are looking for",
                     "ru": "показать все сохранённые изображения, совпадающие с искомыми фотографиями",
                     "tg": "ҳамаи тасвирҳои сабтшудаеро, ки ба аксҳои ҷустуҷӯшаванда мувофиқанд, нишон додан"},
    "event.watch_added": {"en": "page watched", "ru": "страница под наблюдением", "tg": "саҳифа зери назорат гирифта шуд"},
    "event.watch_changed": {"en": "watch changed", "ru": "наблюдение изменено", "tg": "назорат иваз шуд"},
    "event.watch_removed": {"en": "page no longer watched", "ru": "наблюдение снято", "tg": "назорат бекор шуд"},
    "event.watch_run": {"en": "watched page captured", "ru": "наблюдаемая страница сохранена",
                        "tg": "саҳифаи зери назорат сабт шуд"},
    "event.reference_removed": {"en": "photo no longer looked for", "ru": "фотография больше не ищется",
                                "tg": "акс дигар ҷустуҷӯ намешавад"},
}

register(M)
