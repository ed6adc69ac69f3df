"""Words of the court dossier's timeline of watched addresses, in English, Russian and Tajik."""

from __future__ import annotations

from evidence_kit.i18n import register

M: dict[str, dict[str, str]] = {
    "court.app_timeline": {"en": "Appendix G. Timeline of watched addresses",
                           "ru": "Приложение Ж. Хронология наблюдаемых адресов",
                           "tg": "Замимаи Ж. Хронологияи суроғаҳои зери назорат"},
    "court.timeline.intro": {
        "en": "These addresses were captured again and again on a schedule; every run is a sealed exhibit of its own, listed with the change found against the run before it. What is said below is stated from the runs only: nothing is known about the page between two runs.",
        "ru": "Эти адреса сохранялись снова и снова по расписанию; каждая проверка — отдельное запечатанное доказательство, указанное вместе с изменением по сравнению с предыдущей. Сказанное ниже следует только из проверок: о странице между двумя проверками ничего не известно.",
        "tg": "Ин суроғаҳо мувофиқи ҷадвал такроран сабт шудаанд; ҳар санҷиш далели алоҳидаи мӯҳршуда аст ва бо тағйироте, ки нисбат ба санҷиши пешина ёфт шуд, оварда мешавад. Он чи дар поён гуфта мешавад, танҳо аз санҷишҳо бармеояд: дар бораи саҳифа байни ду санҷиш чизе маълум нест."},
    "court.timeline.address": {"en": "Watched address", "ru": "Наблюдаемый адрес", "tg": "Суроғаи зери назорат"},
    "court.timeline.watched": {
        "en": "Captured every {every} since {since}; {runs} run(s).",
        "ru": "Сохранялся каждые {every} с {since}; проверок: {runs}.",
        "tg": "Аз {since} ҳар {every} сабт шудааст; {runs} санҷиш."},
    "court.timeline.unwatched": {"en": "No longer watched since {at}.", "ru": "Наблюдение снято {at}.",
                                 "tg": "Аз {at} дигар зери назорат нест."},
    "court.timeline.first_seen": {"en": "First seen: {when} ({exhibit}).", "ru": "Впервые видна: {when} ({exhibit}).",
                                  "tg": "Бори аввал дида шуд: {when} ({exhibit})."},
    "court.timeline.last_seen": {"en": "Last seen: {when} ({exhibit}).", "ru": "Последний раз видна: {when} ({exhibit}).",
                                 "tg": "Бори охир дида шуд: {when} ({exhibit})."},
    "court.timeline.never_seen": {"en": "The page was not seen in any run.", "ru": "Ни одна проверка не застала страницу.",
                                  "tg": "Дар ҳеҷ санҷиш саҳифа дида нашуд."},
    "court.timeline.removed_between": {
        "en": "Removed between {after} ({seen}: still there) and {before} ({gone}: gone).",
        "ru": "Удалена между {after} ({seen}: ещё на месте) и {before} ({gone}: нет на месте).",
        "tg": "Байни {after} ({seen}: ҳанӯз буд) ва {before} ({gone}: набуд) хориҷ шуд."},
    "court.timeline.back_between": {
        "en": "There again between {after} ({gone}: gone) and {before} ({seen}: there).",
        "ru": "Снова появилась между {after} ({gone}: нет на месте) и {before} ({seen}: на месте).",
        "tg": "Байни {after} ({gone}: набуд) ва {before} ({seen}: буд) боз пайдо шуд."},
    "court.timeline.gone_at_last": {"en": "At the last run the page was gone.",
                                    "ru": "При последней проверке страницы не было.",
                                    "tg": "Дар санҷиши охирин саҳифа набуд."},
    "court.timeline.not_here": {"en": "not in this dossier", "ru": "не в этом досье", "tg": "дар ин маҷмӯа нест"},
    "court.timeline.col_n": {"en": "Run", "ru": "№", "tg": "№"},
    "court.timeline.col_http": {"en": "HTTP", "ru": "HTTP", "tg": "HTTP"},
    "court.timeline.col_change": {"en": "Change against the run before", "ru": "Изменение по сравнению с предыдущей",
                                  "tg": "Тағйир нисбат ба санҷиши пешина"},
    "court.timeline.posts": {"en": "Posts on this page", "ru": "Посты на этой странице", "tg": "Постҳои ин саҳифа"},
    "court.timeline.posts_intro": {
        "en": "Each post by its id on the platform. A post that only moved out of the page's window (newer posts pushed it down) is not counted as removed.",
        "ru": "Каждый пост по его номеру на платформе. Пост, который лишь вышел за пределы страницы (его вытеснили новые), не считается удалённым.",
        "tg": "Ҳар пост бо рақамаш дар платформа. Посте, ки танҳо аз доираи саҳифа берун рафт (постҳои нав онро поён тела доданд), хориҷшуда ҳисоб намешавад."},
    "court.timeline.col_post": {"en": "Post", "ru": "Пост", "tg": "Пост"},
    "court.timeline.col_first": {"en": "First seen", "ru": "Впервые", "tg": "Бори аввал"},
    "court.timeline.col_last": {"en": "Last seen", "ru": "Последний раз", "tg": "Бори охир"},
    "court.timeline.col_removed": {"en": "Removed between", "ru": "Удалён между", "tg": "Хориҷ шуд байни"},
    "court.timeline.between": {"en": "{after} and {before}", "ru": "{after} и {before}", "tg": "{after} ва {before}"},
    "court.timeline.limits": {
        "en": "A page that is “gone” answered with an error (4xx/5xx) or with the platform's own “not found” page at that run; a run that could not reach the site at all says nothing about the page and is not used for these statements.",
        "ru": "Страница «нет на месте», если при проверке сайт ответил ошибкой (4xx/5xx) или собственной страницей платформы «не найдено»; проверка, при которой сайт вообще не ответил, о странице ничего не говорит и для этих выводов не используется.",
        "tg": "Саҳифа «нест» ҳисоб мешавад, агар ҳангоми санҷиш сомона бо хато (4xx/5xx) ё бо саҳифаи худи платформа «ёфт нашуд» ҷавоб дода бошад; санҷише, ки ба сомона умуман нарасид, дар бораи саҳифа чизе намегӯяд ва барои ин хулосаҳо истифода намешавад."},
    "ex.error.references_not_reported": {
        "en": "The photos you are looking for are never put in a platform report. Choose the captured posts instead.",
        "ru": "Фотографии, которые вы ищете, никогда не включаются в жалобу платформе. Выберите сохранённые посты.",
        "tg": "Аксҳое, ки шумо ҷустуҷӯ мекунед, ҳеҷ гоҳ ба шикоят барои платформа дохил намешаванд. Ба ҷои онҳо постҳои сабтшударо интихоб кунед."},
}

register(M)
