"""Words for the vault's integrity guards: a log cut short, a missing head, refused clean-ups,
unsafe key settings, files that are not files."""

from __future__ import annotations

from . import register

M: dict[str, dict[str, str]] = {
    "error.head_missing": {
        "en": "The record of the custody log's newest entry is missing, so entries may have been removed from its end. Nothing new is saved until this is looked at. Your evidence can still be read and exported. Run evidence-kit verify and show the result to a helper.",
        "ru": "Отсутствует запись о последней записи журнала хранения, поэтому записи могли быть удалены с его конца. Ничего нового не сохраняется, пока это не проверят. Доказательства по-прежнему можно читать и экспортировать. Запустите evidence-kit verify и покажите результат помощнику.",
        "tg": "Сабти охирин сабти дафтари нигаҳдорӣ намерасад, бинобар ин шояд сабтҳо аз охири он нест карда шуда бошанд. То санҷидани ин чизи нав захира намешавад. Далелҳоро ҳоло ҳам хондан ва содир кардан мумкин аст. evidence-kit verify-ро иҷро кунед ва натиҷаро ба мутахассис нишон диҳед."},
    "error.log_cut_short": {
        "en": "The newest entries of the custody log are missing: the vault remembers more entries than are there. Nothing new is saved, so that this stays visible. Your evidence can still be read and exported. Run evidence-kit verify and show the result to a helper.",
        "ru": "Последние записи журнала хранения отсутствуют: хранилище помнит больше записей, чем в нём есть. Ничего нового не сохраняется, чтобы это осталось видимым. Доказательства по-прежнему можно читать и экспортировать. Запустите evidence-kit verify и покажите результат помощнику.",
        "tg": "Сабтҳои охирини дафтари нигаҳдорӣ намерасанд: хазина сабтҳои бештареро дар хотир дорад, ки дар он ҳастанд. Барои он ки ин намоён монад, чизи нав захира намешавад. Далелҳоро ҳоло ҳам хондан ва содир кардан мумкин аст. evidence-kit verify-ро иҷро кунед ва натиҷаро ба мутахассис нишон диҳед."},
    "error.head_damaged": {
        "en": "The record of the custody log's newest entry was changed or does not match the log. Nothing new is saved until this is looked at. Your evidence can still be read and exported. Run evidence-kit verify and show the result to a helper.",
        "ru": "Запись о последней записи журнала хранения изменена или не совпадает с журналом. Ничего нового не сохраняется, пока это не проверят. Доказательства по-прежнему можно читать и экспортировать. Запустите evidence-kit verify и покажите результат помощнику.",
        "tg": "Сабти охирин сабти дафтари нигаҳдорӣ тағйир ёфтааст ё ба дафтар мувофиқ нест. То санҷидани ин чизи нав захира намешавад. Далелҳоро ҳоло ҳам хондан ва содир кардан мумкин аст. evidence-kit verify-ро иҷро кунед ва натиҷаро ба мутахассис нишон диҳед."},
    "error.gc_refused": {
        "en": "Nothing was removed: the custody log is not whole, and a clean-up now could delete evidence. Run evidence-kit verify and show the result to a helper.",
        "ru": "Ничего не удалено: журнал хранения неполон, и очистка сейчас могла бы удалить доказательства. Запустите evidence-kit verify и покажите результат помощнику.",
        "tg": "Ҳеҷ чиз нест карда нашуд: дафтари нигаҳдорӣ пурра нест ва тозакунӣ ҳоло метавонад далелҳоро нест кунад. evidence-kit verify-ро иҷро кунед ва натиҷаро ба мутахассис нишон диҳед."},
    "error.kdf_out_of_bounds": {
        "en": "The vault's key settings in vault.json are outside safe limits (they may have been changed). Nothing was changed. Do not delete anything; ask a helper.",
        "ru": "Настройки ключа в vault.json выходят за безопасные пределы (возможно, их изменили). Ничего не изменено. Ничего не удаляйте; обратитесь за помощью.",
        "tg": "Танзимоти калиди хазина дар vault.json аз ҳудуди бехатар берун аст (шояд онҳоро тағйир дода бошанд). Ҳеҷ чиз тағйир наёфт. Ҳеҷ чизро нест накунед; аз мутахассис кӯмак пурсед."},
    "error.kdf_no_memory": {
        "en": "This computer does not have the {mib} MiB of memory that unlocking this vault asks for. Close other programs and try again; nothing was changed.",
        "ru": "На этом компьютере нет {mib} МиБ памяти, которые нужны для открытия хранилища. Закройте другие программы и попробуйте снова; ничего не изменено.",
        "tg": "Дар ин компютер {mib} МиБ хотира, ки барои кушодани хазина лозим аст, нест. Барномаҳои дигарро пӯшед ва боз кӯшиш кунед; ҳеҷ чиз тағйир наёфт."},
    "error.not_regular_file": {
        "en": "{path} is not an ordinary file (it is a pipe, a device or a link to nothing), so it was not imported. Nothing was changed.",
        "ru": "{path} — не обычный файл (это канал, устройство или ссылка в никуда), поэтому он не импортирован. Ничего не изменено.",
        "tg": "{path} файли оддӣ нест (ин канал, дастгоҳ ё истинод ба ҳеҷ куҷост), бинобар ин ворид карда нашуд. Ҳеҷ чиз тағйир наёфт."},
    "verify.head_missing": {
        "en": "The record of the custody log's newest entry is missing: entries may have been removed from the end of the log.",
        "ru": "Отсутствует запись о последней записи журнала хранения: записи могли быть удалены с конца журнала.",
        "tg": "Сабти охирин сабти дафтари нигаҳдорӣ намерасад: шояд сабтҳо аз охири дафтар нест карда шуда бошанд."},
    "verify.log_strays": {
        "en": "{count} file(s) in the custody log's folder are not custody log entries. They were left as they are.",
        "ru": "В папке журнала хранения есть файлы, не являющиеся его записями ({count}). Они оставлены как есть.",
        "tg": "Дар ҷузвдони дафтари нигаҳдорӣ {count} файл ҳаст, ки сабти дафтар нест. Онҳо ҳамон тавр гузошта шуданд."},
    "verify.not_in_log": {
        "en": "Evidence missing from the custody log: {item} is sealed in the vault, but the custody entry that recorded it was removed or cannot be read. It was kept; do not delete anything.",
        "ru": "Доказательство отсутствует в журнале хранения: {item} запечатано в хранилище, но запись журнала о нём удалена или не читается. Оно сохранено; ничего не удаляйте.",
        "tg": "Далел дар дафтари нигаҳдорӣ нест: {item} дар хазина мӯҳр шудааст, аммо сабти дафтар дар бораи он нест карда шудааст ё хонда намешавад. Он нигоҳ дошта шуд; ҳеҷ чизро нест накунед."},
}

register(M)
