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
    "verify.record_missing": {
        "en": "The vault file {name} is missing; what it held (your name as collector, your choices) was lost, not the evidence. Set them again in Settings.",
        "ru": "Файл хранилища {name} отсутствует; потеряно то, что в нём было (ваше имя как собравшего, ваши настройки), но не доказательства. Задайте их снова в настройках.",
        "tg": "Файли хазина {name} намерасад; он чи дар он буд (номи шумо ҳамчун ҷамъоваранда, интихобҳои шумо) гум шуд, на далелҳо. Онҳоро дар Танзимот аз нав муқаррар кунед."},
    "verify.strays": {
        "en": "{count} file(s) in the vault folder are not the vault's own (not sealed by Evidence Kit). They were left as they are.",
        "ru": "В папке хранилища есть файлы, не принадлежащие ему (не запечатанные Evidence Kit): {count}. Они оставлены как есть.",
        "tg": "Дар ҷузвдони хазина {count} файл ҳаст, ки аз они хазина нест (аз ҷониби Evidence Kit мӯҳр нашудааст). Онҳо ҳамон тавр гузошта шуданд."},
    "verify.not_in_log": {
        "en": "Evidence missing from the custody log: {item} is sealed in the vault, but the custody entry that recorded it was removed or cannot be read. It was kept; do not delete anything.",
        "ru": "Доказательство отсутствует в журнале хранения: {item} запечатано в хранилище, но запись журнала о нём удалена или не читается. Оно сохранено; ничего не удаляйте.",
        "tg": "Далел дар дафтари нигаҳдорӣ нест: {item} дар хазина мӯҳр шудааст, аммо сабти дафтар дар бораи он нест карда шудааст ё хонда намешавад. Он нигоҳ дошта шуд; ҳеҷ чизро нест накунед."},
}

register(M)

K: dict[str, dict[str, str]] = {
    "help.rekey": {
        "en": "change every key: a new passphrase, a new recovery key, every file written again",
        "ru": "сменить все ключи: новая парольная фраза, новый ключ восстановления, все файлы записываются заново",
        "tg": "ҳамаи калидҳоро иваз кардан: гузарвожаи нав, калиди барқарорсозии нав, ҳамаи файлҳо аз нав навишта мешаванд"},
    "rekey.explain": {
        "en": "This changes every key of the vault. Use it if someone may have seen your passphrase or recovery key, or had a copy of the vault while it was open. (Changing only the passphrase, evidence-kit passwd, protects against someone who may learn the old passphrase later, but not against someone who already used it.) Every file is written again under new keys, so the vault needs as much free space again for a while. The old passphrase and the old recovery key stop working, and the vault's fingerprint changes: give the new one to your lawyer.",
        "ru": "Это меняет все ключи хранилища. Используйте это, если кто-то мог видеть вашу парольную фразу или ключ восстановления или имел копию хранилища, пока оно было открыто. (Смена только парольной фразы, evidence-kit passwd, защищает от того, кто может узнать старую фразу позже, но не от того, кто уже ею воспользовался.) Все файлы записываются заново под новыми ключами, поэтому на время нужно столько же свободного места. Старая парольная фраза и старый ключ восстановления перестают действовать, а отпечаток хранилища меняется: передайте новый вашему адвокату.",
        "tg": "Ин ҳамаи калидҳои хазинаро иваз мекунад. Агар касе гузарвожа ё калиди барқарорсозии шуморо дида бошад ё ҳангоми кушода будани хазина нусхаи онро дошта бошад, инро истифода баред. (Иваз кардани танҳо гузарвожа, evidence-kit passwd, аз касе муҳофизат мекунад, ки шояд гузарвожаи кӯҳнаро баъдтар фаҳмад, вале на аз касе, ки онро аллакай истифода бурдааст.) Ҳамаи файлҳо бо калидҳои нав аз нав навишта мешаванд, бинобар ин муваққатан ҳамон қадар ҷои холӣ лозим аст. Гузарвожаи кӯҳна ва калиди барқарорсозии кӯҳна дигар кор намекунанд ва изи хазина иваз мешавад: изи навро ба адвокататон диҳед."},
    "rekey.resuming": {
        "en": "A change of keys was interrupted; it is now finished with the new passphrase and recovery key chosen when it began.",
        "ru": "Смена ключей была прервана; сейчас она завершается с новой парольной фразой и ключом восстановления, выбранными в её начале.",
        "tg": "Иваз кардани калидҳо қатъ шуда буд; ҳоло он бо гузарвожа ва калиди барқарорсозии нав, ки дар оғоз интихоб шуда буданд, анҷом дода мешавад."},
    "rekey.progress": {"en": "Writing every file again under new keys:", "ru": "Файлы записываются заново под новыми ключами:", "tg": "Файлҳо бо калидҳои нав аз нав навишта мешаванд:"},
    "rekey.done": {
        "en": "Every key was changed. Only the new passphrase and the new recovery key below open the vault now.",
        "ru": "Все ключи изменены. Теперь хранилище открывают только новая парольная фраза и новый ключ восстановления ниже.",
        "tg": "Ҳамаи калидҳо иваз шуданд. Акнун хазинаро танҳо гузарвожаи нав ва калиди барқарорсозии нави зерин мекушоянд."},
    "rekey.done_earlier": {
        "en": "An earlier change of keys finished. In case its new recovery key did not reach you, here it is once more.",
        "ru": "Предыдущая смена ключей завершена. Если её новый ключ восстановления до вас не дошёл, вот он ещё раз.",
        "tg": "Иваз кардани қаблии калидҳо анҷом ёфт. Агар калиди барқарорсозии нави он ба шумо нарасида бошад, инак бори дигар."},
    "rekey.new_fingerprint": {
        "en": "The vault's new fingerprint (give it to your lawyer on paper, separately from any bundle): {fingerprint}",
        "ru": "Новый отпечаток хранилища (передайте его адвокату на бумаге, отдельно от любого пакета): {fingerprint}",
        "tg": "Изи нави хазина (онро ба адвокататон дар коғаз, ҷудо аз ҳар гуна баста диҳед): {fingerprint}"},
    "error.rekey_unfinished": {
        "en": "A change of keys was interrupted. Your evidence can be read, but nothing new is saved until it is finished: run evidence-kit rekey with your current passphrase.",
        "ru": "Смена ключей была прервана. Доказательства читаются, но ничего нового не сохраняется, пока она не завершена: запустите evidence-kit rekey с текущей парольной фразой.",
        "tg": "Иваз кардани калидҳо қатъ шуда буд. Далелҳо хонда мешаванд, вале то анҷоми он чизи нав захира намешавад: evidence-kit rekey-ро бо гузарвожаи ҳозира иҷро кунед."},
    "error.rekey_log_not_whole": {
        "en": "The keys were not changed: the custody log is not whole, and writing it again now could hide that. Run evidence-kit verify and show the result to a helper.",
        "ru": "Ключи не изменены: журнал хранения неполон, и его перезапись сейчас могла бы это скрыть. Запустите evidence-kit verify и покажите результат помощнику.",
        "tg": "Калидҳо иваз нашуданд: дафтари нигаҳдорӣ пурра нест ва аз нав навиштани он ҳоло метавонад инро пинҳон кунад. evidence-kit verify-ро иҷро кунед ва натиҷаро ба мутахассис нишон диҳед."},
    "error.rekey_damaged": {
        "en": "The keys were not changed: some stored files do not read back as sealed, and writing them again would lose the proof of that. Run evidence-kit verify and show the result to a helper.",
        "ru": "Ключи не изменены: некоторые сохранённые файлы не совпадают с запечатанными, и их перезапись уничтожила бы доказательство этого. Запустите evidence-kit verify и покажите результат помощнику.",
        "tg": "Калидҳо иваз нашуданд: баъзе файлҳои захирашуда ба мӯҳршуда мувофиқ нестанд ва аз нав навиштани онҳо исботи инро нест мекунад. evidence-kit verify-ро иҷро кунед ва натиҷаро ба мутахассис нишон диҳед."},
    "error.rekey_no_room": {
        "en": "Not enough free space to change the keys: about {need_mib} MiB are needed for a while, {free_mib} MiB are free. Nothing was changed.",
        "ru": "Недостаточно свободного места для смены ключей: на время нужно около {need_mib} МиБ, свободно {free_mib} МиБ. Ничего не изменено.",
        "tg": "Барои иваз кардани калидҳо ҷои холӣ кам аст: муваққатан тақрибан {need_mib} МиБ лозим аст, {free_mib} МиБ холӣ аст. Ҳеҷ чиз тағйир наёфт."},
    "verify.rekey_unfinished": {
        "en": "A change of keys was interrupted; run evidence-kit rekey to finish it. The evidence is unaffected.",
        "ru": "Смена ключей была прервана; запустите evidence-kit rekey, чтобы завершить её. Доказательства не затронуты.",
        "tg": "Иваз кардани калидҳо қатъ шуда буд; барои анҷоми он evidence-kit rekey-ро иҷро кунед. Ба далелҳо осеб нарасидааст."},
    "event.vault_rekeyed": {"en": "every key changed", "ru": "все ключи изменены", "tg": "ҳамаи калидҳо иваз шуданд"},
}

register(K)
