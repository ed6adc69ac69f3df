"""The core catalogue: command-line words and error messages in English, Russian and Tajik."""

from __future__ import annotations

from . import register

M: dict[str, dict[str, str]] = {
    # ------------------------------------------------------------------ errors
    "error.generic": {
        "en": "Something went wrong. Your saved evidence is not affected.",
        "ru": "Что-то пошло не так. Сохранённые доказательства не затронуты.",
        "tg": "Хатое рух дод. Далелҳои захирашуда осеб надиданд."},
    "error.internal": {
        "en": "Evidence Kit met an unexpected problem and stopped. Your saved evidence is not affected. Run the command again with --debug to see details for a helper.",
        "ru": "Evidence Kit столкнулся с неожиданной проблемой и остановился. Сохранённые доказательства не затронуты. Запустите команду ещё раз с --debug, чтобы показать подробности помощнику.",
        "tg": "Evidence Kit ба мушкилии ғайричашмдошт дучор шуд ва қатъ гардид. Далелҳои захирашуда осеб надиданд. Барои дидани тафсилот фармонро бо --debug бори дигар иҷро кунед."},
    "error.usage": {
        "en": "The command was not understood: {detail}. Run evidence-kit --help to see how to use it.",
        "ru": "Команда не понята: {detail}. Запустите evidence-kit --help, чтобы узнать, как ею пользоваться.",
        "tg": "Фармон фаҳмо нест: {detail}. Барои дидани тарзи истифода evidence-kit --help-ро иҷро кунед."},
    "error.bad_input": {
        "en": "That input cannot be used.",
        "ru": "Эти данные нельзя использовать.",
        "tg": "Ин маълумотро истифода бурдан мумкин нест."},
    "error.interrupted": {
        "en": "Stopped. Everything already sealed is safe; the item that was being saved was left out.",
        "ru": "Остановлено. Всё уже запечатанное в сохранности; сохранявшийся в этот момент элемент не записан.",
        "tg": "Қатъ карда шуд. Ҳамаи он чи аллакай мӯҳр шудааст, бехатар аст; унсуре, ки дар ҳоли захира буд, сабт нашуд."},
    "error.wrong_passphrase": {
        "en": "That passphrase does not open this vault. Nothing was changed. Check the keyboard language and Caps Lock, or use your recovery key.",
        "ru": "Эта парольная фраза не открывает хранилище. Ничего не изменено. Проверьте раскладку клавиатуры и Caps Lock или используйте ключ восстановления.",
        "tg": "Ин гузарвожа хазинаро намекушояд. Ҳеҷ чиз тағйир наёфт. Забони клавиатура ва Caps Lock-ро санҷед ё калиди барқарорсозиро истифода баред."},
    "error.wrong_recovery_key": {
        "en": "That recovery key does not open this vault. Nothing was changed. Check each group of letters again.",
        "ru": "Этот ключ восстановления не открывает хранилище. Ничего не изменено. Проверьте ещё раз каждую группу символов.",
        "tg": "Ин калиди барқарорсозӣ хазинаро намекушояд. Ҳеҷ чиз тағйир наёфт. Ҳар гурӯҳи аломатҳоро аз нав санҷед."},
    "error.recovery_key_format": {
        "en": "A recovery key has 32 letters and digits in 8 groups of 4, like ABCD-EFGH-…. Please check what you typed.",
        "ru": "Ключ восстановления состоит из 32 букв и цифр в 8 группах по 4, например ABCD-EFGH-…. Проверьте, что вы ввели.",
        "tg": "Калиди барқарорсозӣ аз 32 ҳарф ва рақам дар 8 гурӯҳи 4-гона иборат аст, масалан ABCD-EFGH-…. Лутфан воридкардаатонро санҷед."},
    "error.no_passphrase": {
        "en": "A passphrase is needed. Set EVIDENCE_KIT_PASSPHRASE, use --passphrase-file FILE, or run the command in a terminal to type it.",
        "ru": "Нужна парольная фраза. Задайте EVIDENCE_KIT_PASSPHRASE, укажите --passphrase-file ФАЙЛ или запустите команду в терминале, чтобы ввести её.",
        "tg": "Гузарвожа лозим аст. EVIDENCE_KIT_PASSPHRASE-ро муқаррар кунед, --passphrase-file ФАЙЛ-ро истифода баред ё фармонро дар терминал иҷро карда, онро ворид кунед."},
    "error.no_new_passphrase": {
        "en": "A new passphrase is needed. Set EVIDENCE_KIT_NEW_PASSPHRASE, use --new-passphrase-file FILE, or run the command in a terminal.",
        "ru": "Нужна новая парольная фраза. Задайте EVIDENCE_KIT_NEW_PASSPHRASE, укажите --new-passphrase-file ФАЙЛ или запустите команду в терминале.",
        "tg": "Гузарвожаи нав лозим аст. EVIDENCE_KIT_NEW_PASSPHRASE-ро муқаррар кунед, --new-passphrase-file ФАЙЛ-ро истифода баред ё фармонро дар терминал иҷро кунед."},
    "error.no_recovery_key": {
        "en": "The recovery key is needed. Set EVIDENCE_KIT_RECOVERY_KEY, use --recovery-key-file FILE, or run the command in a terminal.",
        "ru": "Нужен ключ восстановления. Задайте EVIDENCE_KIT_RECOVERY_KEY, укажите --recovery-key-file ФАЙЛ или запустите команду в терминале.",
        "tg": "Калиди барқарорсозӣ лозим аст. EVIDENCE_KIT_RECOVERY_KEY-ро муқаррар кунед, --recovery-key-file ФАЙЛ-ро истифода баред ё фармонро дар терминал иҷро кунед."},
    "error.empty_passphrase": {
        "en": "The passphrase cannot be empty.",
        "ru": "Парольная фраза не может быть пустой.",
        "tg": "Гузарвожа наметавонад холӣ бошад."},
    "error.passphrases_differ": {
        "en": "The two passphrases are not the same. Nothing was changed; please try again.",
        "ru": "Две парольные фразы не совпадают. Ничего не изменено; попробуйте ещё раз.",
        "tg": "Ду гузарвожа якхела нестанд. Ҳеҷ чиз тағйир наёфт; лутфан боз кӯшиш кунед."},
    "error.vault_not_found": {
        "en": "There is no evidence vault in {path}. Create one with: evidence-kit init",
        "ru": "В {path} нет хранилища доказательств. Создайте его командой: evidence-kit init",
        "tg": "Дар {path} хазинаи далелҳо нест. Онро бо фармони evidence-kit init созед."},
    "error.vault_exists": {
        "en": "{path} already holds a vault. Nothing was changed.",
        "ru": "В {path} уже есть хранилище. Ничего не изменено.",
        "tg": "Дар {path} аллакай хазина ҳаст. Ҳеҷ чиз тағйир наёфт."},
    "error.folder_not_empty": {
        "en": "{path} already holds other files. Choose an empty or new folder for the vault.",
        "ru": "В {path} уже есть другие файлы. Выберите для хранилища пустую или новую папку.",
        "tg": "Дар {path} аллакай файлҳои дигар ҳастанд. Барои хазина ҷузвдони холӣ ё навро интихоб кунед."},
    "error.vault_path_is_file": {
        "en": "{path} is a file, not a folder. Choose a folder for the vault.",
        "ru": "{path} — это файл, а не папка. Выберите папку для хранилища.",
        "tg": "{path} файл аст, на ҷузвдон. Барои хазина ҷузвдон интихоб кунед."},
    "error.vault_in_use": {
        "en": "The vault is in use by another Evidence Kit window or command. Close it and try again; nothing was changed.",
        "ru": "Хранилище используется другим окном или командой Evidence Kit. Закройте его и попробуйте снова; ничего не изменено.",
        "tg": "Хазина дар дасти равзана ё фармони дигари Evidence Kit аст. Онро пӯшед ва боз кӯшиш кунед; ҳеҷ чиз тағйир наёфт."},
    "error.vault_corrupt": {
        "en": "The vault cannot be read: it seems damaged. Do not delete anything; run evidence-kit verify and ask a helper.",
        "ru": "Хранилище не читается: похоже, оно повреждено. Ничего не удаляйте; запустите evidence-kit verify и обратитесь за помощью.",
        "tg": "Хазина хонда намешавад: гӯё осеб дидааст. Ҳеҷ чизро нест накунед; evidence-kit verify-ро иҷро кунед ва аз мутахассис кӯмак пурсед."},
    "error.vault_header": {
        "en": "The vault's main file (vault.json) is damaged or not a vault file. Do not delete anything; ask a helper.",
        "ru": "Главный файл хранилища (vault.json) повреждён или не является файлом хранилища. Ничего не удаляйте; обратитесь за помощью.",
        "tg": "Файли асосии хазина (vault.json) осеб дидааст ё файли хазина нест. Ҳеҷ чизро нест накунед; аз мутахассис кӯмак пурсед."},
    "error.vault_newer": {
        "en": "This vault was made by a newer Evidence Kit (format {version}). Update Evidence Kit to open it; nothing was changed.",
        "ru": "Это хранилище создано более новой версией Evidence Kit (формат {version}). Обновите Evidence Kit, чтобы открыть его; ничего не изменено.",
        "tg": "Ин хазина бо версияи навтари Evidence Kit (формати {version}) сохта шудааст. Барои кушодан Evidence Kit-ро навсозӣ кунед; ҳеҷ чиз тағйир наёфт."},
    "error.record_missing": {
        "en": "A vault file is missing ({name}). Run evidence-kit verify.",
        "ru": "Отсутствует файл хранилища ({name}). Запустите evidence-kit verify.",
        "tg": "Файли хазина ({name}) намерасад. evidence-kit verify-ро иҷро кунед."},
    "error.record_damaged": {
        "en": "A vault file was changed or damaged ({name}). Run evidence-kit verify.",
        "ru": "Файл хранилища изменён или повреждён ({name}). Запустите evidence-kit verify.",
        "tg": "Файли хазина ({name}) тағйир ёфта ё осеб дидааст. evidence-kit verify-ро иҷро кунед."},
    "error.log_damaged": {
        "en": "Entry {seq} of the custody log cannot be read. Run evidence-kit verify.",
        "ru": "Запись {seq} журнала хранения не читается. Запустите evidence-kit verify.",
        "tg": "Сабти {seq}-и дафтари нигаҳдорӣ хонда намешавад. evidence-kit verify-ро иҷро кунед."},
    "error.log_needs_attention": {
        "en": "Part of the custody log cannot be read, so nothing new is saved until it is looked at. Your evidence can still be read and exported. Run evidence-kit verify and show the result to a helper.",
        "ru": "Часть журнала хранения не читается, поэтому ничего нового не сохраняется, пока его не проверят. Доказательства по-прежнему можно читать и экспортировать. Запустите evidence-kit verify и покажите результат помощнику.",
        "tg": "Қисми дафтари нигаҳдорӣ хонда намешавад, бинобар ин то санҷидани он чизи нав захира намешавад. Далелҳоро ҳоло ҳам хондан ва содир кардан мумкин аст. evidence-kit verify-ро иҷро кунед ва натиҷаро ба мутахассис нишон диҳед."},
    "error.object_damaged": {
        "en": "A stored file was changed, cut short or removed. Run evidence-kit verify.",
        "ru": "Сохранённый файл изменён, обрезан или удалён. Запустите evidence-kit verify.",
        "tg": "Файли захирашуда тағйир ёфта, кӯтоҳ шуда ё нест карда шудааст. evidence-kit verify-ро иҷро кунед."},
    "error.object_missing": {
        "en": "A stored file is missing from the vault ({name}…). Run evidence-kit verify.",
        "ru": "В хранилище отсутствует сохранённый файл ({name}…). Запустите evidence-kit verify.",
        "tg": "Файли захирашуда аз хазина намерасад ({name}…). evidence-kit verify-ро иҷро кунед."},
    "error.object_unreadable": {
        "en": "A stored file cannot be read ({name}…). Check the disk, then run evidence-kit verify.",
        "ru": "Сохранённый файл не читается ({name}…). Проверьте диск и запустите evidence-kit verify.",
        "tg": "Файли захирашуда хонда намешавад ({name}…). Дискро санҷед ва evidence-kit verify-ро иҷро кунед."},
    "error.object_changed": {
        "en": "A stored file was changed or cut short since it was sealed ({name}…). Run evidence-kit verify.",
        "ru": "Сохранённый файл изменён или обрезан после запечатывания ({name}…). Запустите evidence-kit verify.",
        "tg": "Файли захирашуда пас аз мӯҳр шудан тағйир ёфта ё кӯтоҳ шудааст ({name}…). evidence-kit verify-ро иҷро кунед."},
    "error.object_name": {
        "en": "A file in the vault has a name that does not belong there ({name}).",
        "ru": "В хранилище есть файл с посторонним именем ({name}).",
        "tg": "Дар хазина файле бо номи бегона ҳаст ({name})."},
    "error.storage": {
        "en": "The disk refused to save ({detail}). Nothing already sealed was changed.",
        "ru": "Диск отказал в записи ({detail}). Ничего из уже запечатанного не изменено.",
        "tg": "Диск захираро рад кард ({detail}). Ҳеҷ чизи аллакай мӯҳршуда тағйир наёфт."},
    "error.disk_full": {
        "en": "The disk is full, so this could not be saved. Nothing already sealed was changed. Free some space and try again.",
        "ru": "Диск заполнен, поэтому сохранить не удалось. Ничего из уже запечатанного не изменено. Освободите место и попробуйте снова.",
        "tg": "Диск пур аст, бинобар ин захира нашуд. Ҳеҷ чизи аллакай мӯҳршуда тағйир наёфт. Ҷой холӣ кунед ва боз кӯшиш кунед."},
    "error.not_writable": {
        "en": "Evidence Kit is not allowed to write there. Choose another folder or check its permissions.",
        "ru": "Evidence Kit не может туда записывать. Выберите другую папку или проверьте права доступа.",
        "tg": "Evidence Kit ба он ҷо навишта наметавонад. Ҷузвдони дигарро интихоб кунед ё иҷозатҳоро санҷед."},
    "error.read_only": {
        "en": "The vault was opened only for reading, so nothing can be saved now.",
        "ru": "Хранилище открыто только для чтения, поэтому сейчас ничего сохранить нельзя.",
        "tg": "Хазина танҳо барои хондан кушода шудааст, бинобар ин ҳоло чизе захира кардан мумкин нест."},
    "error.no_such_file": {
        "en": "There is no file or folder at {path}.",
        "ru": "По пути {path} нет файла или папки.",
        "tg": "Дар {path} файл ё ҷузвдон нест."},
    "error.cannot_read_file": {
        "en": "{path} cannot be read. Check that it exists and that you may open it.",
        "ru": "Не удаётся прочитать {path}. Проверьте, что он существует и доступен.",
        "tg": "{path} хонда намешавад. Санҷед, ки он мавҷуд аст ва кушодани он иҷозат дорад."},
    "error.file_changed": {
        "en": "{path} changed while it was being saved, so it was left out. Try again when it is no longer being written.",
        "ru": "{path} изменился во время сохранения и не был записан. Попробуйте снова, когда запись в него закончится.",
        "tg": "{path} ҳангоми захира тағйир ёфт ва сабт нашуд. Вақте ки навиштан ба он ба охир расад, боз кӯшиш кунед."},
    "error.would_overwrite": {
        "en": "{path} already exists. Evidence Kit never overwrites files; choose an empty folder.",
        "ru": "{path} уже существует. Evidence Kit никогда не перезаписывает файлы; выберите пустую папку.",
        "tg": "{path} аллакай мавҷуд аст. Evidence Kit ҳеҷ гоҳ файлҳоро аз нав наменависад; ҷузвдони холиро интихоб кунед."},
    "error.no_such_item": {
        "en": "No item has the id {id}. Run evidence-kit list to see the ids.",
        "ru": "Нет элемента с идентификатором {id}. Запустите evidence-kit list, чтобы увидеть идентификаторы.",
        "tg": "Унсуре бо рақами {id} нест. Барои дидани рақамҳо evidence-kit list-ро иҷро кунед."},
    "error.ambiguous_id": {
        "en": "{count} items start with {id}. Type more of the id.",
        "ru": "С {id} начинаются {count} элемента(ов). Введите больше символов идентификатора.",
        "tg": "{count} унсур бо {id} оғоз мешаванд. Аломатҳои бештари рақамро ворид кунед."},
    "error.no_such_artifact": {
        "en": "Item {id} has no file named {name}.",
        "ru": "У элемента {id} нет файла {name}.",
        "tg": "Унсури {id} файли {name} надорад."},
    "error.bad_abuse_kind": {
        "en": "Unknown kind of abuse: {kind}. Use: intimate_image, home_address, phone_number, name_with_insults, threats, impersonation, other.",
        "ru": "Неизвестный вид нарушения: {kind}. Используйте: intimate_image, home_address, phone_number, name_with_insults, threats, impersonation, other.",
        "tg": "Навъи номаълуми зӯроварӣ: {kind}. Истифода баред: intimate_image, home_address, phone_number, name_with_insults, threats, impersonation, other."},
    "error.empty_case": {
        "en": "A case needs a name.",
        "ru": "У дела должно быть название.",
        "tg": "Парванда бояд ном дошта бошад."},
    "error.no_such_case": {
        "en": "There is no case named {case}.",
        "ru": "Нет дела с названием {case}.",
        "tg": "Парвандае бо номи {case} нест."},
    "error.case_exists": {
        "en": "A case named {case} already exists.",
        "ru": "Дело с названием {case} уже существует.",
        "tg": "Парвандае бо номи {case} аллакай ҳаст."},
    "error.no_browser": {
        "en": "No web browser was found to capture pages with. Install Google Chrome, Chromium or Microsoft Edge (on Debian or Ubuntu: sudo apt-get install chromium), or set EVIDENCE_KIT_BROWSER to its path.",
        "ru": "Не найден браузер для сохранения страниц. Установите Google Chrome, Chromium или Microsoft Edge (в Debian или Ubuntu: sudo apt-get install chromium) или укажите путь к нему в EVIDENCE_KIT_BROWSER.",
        "tg": "Браузер барои сабти саҳифаҳо ёфт нашуд. Google Chrome, Chromium ё Microsoft Edge-ро насб кунед (дар Debian ё Ubuntu: sudo apt-get install chromium) ё роҳи онро дар EVIDENCE_KIT_BROWSER нишон диҳед."},
    "error.capture_failed": {
        "en": "The page could not be captured.",
        "ru": "Не удалось сохранить страницу.",
        "tg": "Саҳифаро сабт кардан нашуд."},
    "error.export_failed": {
        "en": "The export could not be written. No partial file was left behind.",
        "ru": "Не удалось записать экспорт. Неполный файл не оставлен.",
        "tg": "Содирот навишта нашуд. Файли нопурра боқӣ нагузошт."},
    # ------------------------------------------------------------------ prompts
    "prompt.passphrase": {"en": "Passphrase:", "ru": "Парольная фраза:", "tg": "Гузарвожа:"},
    "prompt.new_passphrase": {"en": "New passphrase:", "ru": "Новая парольная фраза:", "tg": "Гузарвожаи нав:"},
    "prompt.repeat_passphrase": {"en": "Type it again:", "ru": "Введите её ещё раз:", "tg": "Онро боз ворид кунед:"},
    "prompt.recovery_key": {"en": "Recovery key:", "ru": "Ключ восстановления:", "tg": "Калиди барқарорсозӣ:"},
    # ------------------------------------------------------------------ init, import, list, …
    "init.created": {
        "en": "A new evidence vault was created in {path}.",
        "ru": "Новое хранилище доказательств создано в {path}.",
        "tg": "Хазинаи нави далелҳо дар {path} сохта шуд."},
    "init.recovery_intro": {
        "en": "Your recovery key opens the vault if you forget the passphrase. It is shown only now:",
        "ru": "Ключ восстановления откроет хранилище, если вы забудете парольную фразу. Он показывается только сейчас:",
        "tg": "Калиди барқарорсозӣ хазинаро мекушояд, агар гузарвожаро фаромӯш кунед. Он танҳо ҳозир нишон дода мешавад:"},
    "init.recovery_warning": {
        "en": "Write it on paper and keep it somewhere safe, away from this computer. Anyone with it can open the vault.",
        "ru": "Запишите его на бумаге и храните в надёжном месте, не рядом с этим компьютером. Любой, у кого он есть, может открыть хранилище.",
        "tg": "Онро дар коғаз нависед ва дар ҷои бехатар, дур аз ин компютер нигоҳ доред. Ҳар кас, ки онро дорад, хазинаро кушода метавонад."},
    "progress.importing": {"en": "Saving", "ru": "Сохранение", "tg": "Захира"},
    "import.done": {
        "en": "{count} file(s) sealed in the vault. The original files were not changed.",
        "ru": "Запечатано файлов в хранилище: {count}. Исходные файлы не изменены.",
        "tg": "{count} файл дар хазина мӯҳр шуд. Файлҳои аслӣ тағйир наёфтанд."},
    "import.failed_one": {
        "en": "Not saved: {path}. {reason}",
        "ru": "Не сохранено: {path}. {reason}",
        "tg": "Захира нашуд: {path}. {reason}"},
    "import.skipped": {
        "en": "Skipped (a link or special file, not a regular file): {path}",
        "ru": "Пропущено (ссылка или особый файл, а не обычный файл): {path}",
        "tg": "Гузаронида шуд (пайванд ё файли махсус, на файли оддӣ): {path}"},
    "import.stopped": {
        "en": "Stopped after {done} file(s). Those are sealed and safe.",
        "ru": "Остановлено после {done} файла(ов). Они запечатаны и в сохранности.",
        "tg": "Пас аз {done} файл қатъ шуд. Онҳо мӯҳр шудаанд ва бехатаранд."},
    "list.empty": {
        "en": "The vault holds no evidence yet.",
        "ru": "В хранилище пока нет доказательств.",
        "tg": "Дар хазина ҳоло далел нест."},
    "list.count": {"en": "{count} item(s).", "ru": "Элементов: {count}.", "tg": "{count} унсур."},
    "status.sealed": {"en": "sealed", "ru": "запечатано", "tg": "мӯҳршуда"},
    "status.failed": {"en": "not captured", "ru": "не сохранено", "tg": "сабт нашуд"},
    "word.yes": {"en": "yes", "ru": "да", "tg": "ҳа"},
    "word.no": {"en": "no", "ru": "нет", "tg": "не"},
    "field.exhibit": {"en": "Exhibit", "ru": "Приложение", "tg": "Замима"},
    "field.id": {"en": "Id", "ru": "Идентификатор", "tg": "Рақам"},
    "field.case": {"en": "Case", "ru": "Дело", "tg": "Парванда"},
    "field.title": {"en": "Title", "ru": "Заголовок", "tg": "Сарлавҳа"},
    "field.url": {"en": "Address (URL)", "ru": "Адрес (URL)", "tg": "Суроға (URL)"},
    "field.final_url": {"en": "Final address", "ru": "Конечный адрес", "tg": "Суроғаи ниҳоӣ"},
    "field.captured_at": {"en": "Captured at", "ru": "Время сохранения", "tg": "Вақти сабт"},
    "field.status": {"en": "Status", "ru": "Состояние", "tg": "Ҳолат"},
    "field.error": {"en": "Problem", "ru": "Проблема", "tg": "Мушкил"},
    "field.sensitive": {"en": "Sensitive", "ru": "Деликатное", "tg": "Ҳассос"},
    "field.notes": {"en": "Notes", "ru": "Заметки", "tg": "Қайдҳо"},
    "field.artifacts": {"en": "Files", "ru": "Файлы", "tg": "Файлҳо"},
    "field.collector": {"en": "Collector", "ru": "Собрал(а)", "tg": "Ҷамъоваранда"},
    "field.vault": {"en": "Vault", "ru": "Хранилище", "tg": "Хазина"},
    "field.fingerprint": {"en": "Vault fingerprint", "ru": "Отпечаток хранилища", "tg": "Изи хазина"},
    "field.language": {"en": "Language", "ru": "Язык", "tg": "Забон"},
    "verify.ok": {
        "en": "All is in order: {items} item(s) and {entries} custody log entries checked; nothing was changed since it was sealed.",
        "ru": "Всё в порядке: проверено элементов — {items}, записей журнала — {entries}; ничего не изменилось с момента запечатывания.",
        "tg": "Ҳама чиз дуруст аст: {items} унсур ва {entries} сабти дафтар санҷида шуд; аз лаҳзаи мӯҳр ҳеҷ чиз тағйир наёфтааст."},
    "verify.bad": {
        "en": "{count} problem(s) found. Do not delete anything; keep this list for a helper.",
        "ru": "Найдено проблем: {count}. Ничего не удаляйте; сохраните этот список для помощника.",
        "tg": "{count} мушкил ёфт шуд. Ҳеҷ чизро нест накунед; ин рӯйхатро барои мутахассис нигоҳ доред."},
    "verify.not_logged": {
        "en": "Another program is writing to the vault, so this check was not added to the custody log.",
        "ru": "Другая программа записывает в хранилище, поэтому эта проверка не добавлена в журнал.",
        "tg": "Барномаи дигар ба хазина менависад, бинобар ин ин санҷиш ба дафтар илова нашуд."},
    "verify.log_missing": {
        "en": "Custody log entry {seq} was removed.",
        "ru": "Запись журнала хранения {seq} удалена.",
        "tg": "Сабти {seq}-и дафтари нигаҳдорӣ нест карда шудааст."},
    "verify.log_changed": {
        "en": "Custody log entry {seq} was changed or replaced.",
        "ru": "Запись журнала хранения {seq} изменена или подменена.",
        "tg": "Сабти {seq}-и дафтари нигаҳдорӣ тағйир ёфта ё иваз шудааст."},
    "verify.log_moved": {
        "en": "Custody log entry {seq} is out of its place: entries were reordered.",
        "ru": "Запись журнала хранения {seq} не на своём месте: порядок записей изменён.",
        "tg": "Сабти {seq}-и дафтари нигаҳдорӣ дар ҷои худ нест: тартиби сабтҳо иваз шудааст."},
    "verify.log_broken": {
        "en": "The custody log's chain is broken at entry {seq}: an entry before it was changed, removed or reordered.",
        "ru": "Цепочка журнала хранения разорвана на записи {seq}: запись перед ней изменена, удалена или переставлена.",
        "tg": "Занҷираи дафтари нигаҳдорӣ дар сабти {seq} канда шудааст: сабти пеш аз он тағйир ёфта, нест шуда ё ҷой иваз кардааст."},
    "verify.log_truncated": {
        "en": "The newest {count} custody log entries were removed.",
        "ru": "Последние записи журнала хранения удалены: {count}.",
        "tg": "{count} сабти охирини дафтари нигаҳдорӣ нест карда шудааст."},
    "verify.log_empty": {
        "en": "The custody log is empty or missing.",
        "ru": "Журнал хранения пуст или отсутствует.",
        "tg": "Дафтари нигаҳдорӣ холӣ аст ё намерасад."},
    "verify.head_damaged": {
        "en": "The record of the custody log's newest entry was changed.",
        "ru": "Запись о последней записи журнала хранения изменена.",
        "tg": "Сабти охирин сабти дафтари нигаҳдорӣ тағйир ёфтааст."},
    "verify.head_behind": {
        "en": "The last save was interrupted before it finished its bookkeeping; it will be completed on the next save.",
        "ru": "Последнее сохранение было прервано до завершения служебной записи; она будет завершена при следующем сохранении.",
        "tg": "Захираи охирин пеш аз анҷоми сабти хизматӣ қатъ шуд; он ҳангоми захираи навбатӣ анҷом мешавад."},
    "verify.index_stale": {
        "en": "The vault's quick list is out of date; it is rebuilt from the custody log on the next save.",
        "ru": "Быстрый список хранилища устарел; он будет восстановлен из журнала при следующем сохранении.",
        "tg": "Рӯйхати зуди хазина кӯҳна шудааст; ҳангоми захираи навбатӣ аз дафтар барқарор мешавад."},
    "verify.record_changed": {
        "en": "The vault file {name} was changed or damaged. The evidence can still be read; the file is rebuilt on the next save.",
        "ru": "Файл хранилища {name} изменён или повреждён. Доказательства читаются; файл будет восстановлен при следующем сохранении.",
        "tg": "Файли хазина {name} тағйир ёфта ё осеб дидааст. Далелҳо хонда мешаванд; файл ҳангоми захираи навбатӣ барқарор мешавад."},
    "verify.manifest_damaged": {
        "en": "The description of {item} was changed, cut short or removed.",
        "ru": "Описание {item} изменено, обрезано или удалено.",
        "tg": "Тавсифи {item} тағйир ёфта, кӯтоҳ шуда ё нест карда шудааст."},
    "verify.manifest_mismatch": {
        "en": "The description of {item} does not match what was sealed.",
        "ru": "Описание {item} не совпадает с запечатанным.",
        "tg": "Тавсифи {item} ба он чи мӯҳр шуда буд, мувофиқат намекунад."},
    "verify.artifact_missing": {
        "en": "The file {name} of {item} was removed from the vault.",
        "ru": "Файл {name} из {item} удалён из хранилища.",
        "tg": "Файли {name}-и {item} аз хазина нест карда шудааст."},
    "verify.artifact_changed": {
        "en": "The file {name} of {item} was changed or cut short since it was sealed.",
        "ru": "Файл {name} из {item} изменён или обрезан после запечатывания.",
        "tg": "Файли {name}-и {item} пас аз мӯҳр шудан тағйир ёфта ё кӯтоҳ шудааст."},
    "verify.unreferenced": {
        "en": "{count} leftover stored file(s) belong to no item (a save was interrupted). They are harmless; evidence-kit gc removes them.",
        "ru": "Остались сохранённые файлы, не относящиеся ни к одному элементу ({count}; сохранение было прервано). Они безвредны; evidence-kit gc удалит их.",
        "tg": "{count} файли боқимонда ба ягон унсур тааллуқ надорад (захира қатъ шуда буд). Онҳо безараранд; evidence-kit gc онҳоро нест мекунад."},
    "verify.temp_leftovers": {
        "en": "Temporary files from an interrupted save remain; they are removed the next time the vault is opened for saving.",
        "ru": "Остались временные файлы прерванного сохранения; они будут удалены при следующем открытии хранилища для записи.",
        "tg": "Файлҳои муваққатии захираи қатъшуда боқӣ мондаанд; бори дигар ҳангоми кушодани хазина барои навиштан нест мешаванд."},
    "log.hash": {"en": "hash", "ru": "хеш", "tg": "хеш"},
    "passwd.done": {
        "en": "The passphrase was changed. The evidence itself was not touched.",
        "ru": "Парольная фраза изменена. Сами доказательства не затронуты.",
        "tg": "Гузарвожа иваз шуд. Худи далелҳо дахл нашуданд."},
    "edit.done": {"en": "{exhibit} updated.", "ru": "{exhibit} обновлено.", "tg": "{exhibit} нав карда шуд."},
    "gc.done": {
        "en": "{count} leftover file(s) removed. No evidence was touched.",
        "ru": "Удалено оставшихся файлов: {count}. Доказательства не затронуты.",
        "tg": "{count} файли боқимонда нест карда шуд. Ба далелҳо дахл нашуд."},
    "gui.not_built": {
        "en": "The desktop app is not installed in this copy. Use the evidence-kit command for now.",
        "ru": "Настольное приложение не установлено в этой копии. Пока используйте команду evidence-kit.",
        "tg": "Барномаи мизи корӣ дар ин нусха насб нашудааст. Ҳоло фармони evidence-kit-ро истифода баред."},
    "gui.no_display": {
        "en": "The app needs a desktop screen, and this session has none. Start it from your desktop, or use the evidence-kit command here.",
        "ru": "Приложению нужен рабочий стол, а в этом сеансе его нет. Запустите его с рабочего стола или используйте здесь команду evidence-kit.",
        "tg": "Барнома мизи кории экранӣ лозим дорад, вале дар ин ҷаласа он нест. Онро аз мизи корӣ оғоз кунед ё дар ин ҷо фармони evidence-kit-ро истифода баред."},
    "gui.libraries_missing": {
        "en": "Some parts the app needs are not installed. Run: bash scripts/setup.sh app",
        "ru": "Не установлены некоторые компоненты, нужные приложению. Выполните: bash scripts/setup.sh app",
        "tg": "Баъзе қисмҳое, ки барнома лозим дорад, насб нашудаанд. Иҷро кунед: bash scripts/setup.sh app"},
    # ------------------------------------------------------------------ custody events
    "event.vault_created": {"en": "vault created", "ru": "хранилище создано", "tg": "хазина сохта шуд"},
    "event.item_imported": {"en": "file imported", "ru": "файл добавлен", "tg": "файл ворид шуд"},
    "event.item_captured": {"en": "page captured", "ru": "страница сохранена", "tg": "саҳифа сабт шуд"},
    "event.item_updated": {"en": "item details changed", "ru": "сведения изменены", "tg": "маълумот иваз шуд"},
    "event.note_added": {"en": "note added", "ru": "заметка добавлена", "tg": "қайд илова шуд"},
    "event.case_created": {"en": "case created", "ru": "дело создано", "tg": "парванда сохта шуд"},
    "event.case_renamed": {"en": "case renamed", "ru": "дело переименовано", "tg": "номи парванда иваз шуд"},
    "event.artifact_viewed": {"en": "file viewed", "ru": "файл просмотрен", "tg": "файл дида шуд"},
    "event.artifact_revealed": {"en": "hidden image shown", "ru": "скрытое изображение показано", "tg": "тасвири пинҳон нишон дода шуд"},
    "event.artifact_extracted": {"en": "original files written out", "ru": "исходные файлы выгружены", "tg": "файлҳои аслӣ берун навишта шуданд"},
    "event.exported": {"en": "exported", "ru": "экспортировано", "tg": "содир шуд"},
    "event.verified": {"en": "vault checked", "ru": "хранилище проверено", "tg": "хазина санҷида шуд"},
    "event.passphrase_changed": {"en": "passphrase changed", "ru": "парольная фраза изменена", "tg": "гузарвожа иваз шуд"},
    "event.recovery_key_used": {"en": "recovery key used", "ru": "использован ключ восстановления", "tg": "калиди барқарорсозӣ истифода шуд"},
    "event.settings_changed": {"en": "settings changed", "ru": "настройки изменены", "tg": "танзимот иваз шуд"},
    "event.leftovers_removed": {"en": "leftover files removed", "ru": "остаточные файлы удалены", "tg": "файлҳои боқимонда нест шуданд"},
    # ------------------------------------------------------------------ help
    "help.description": {
        "en": "Evidence Kit keeps abusive online posts as sealed, verifiable evidence in an encrypted vault.",
        "ru": "Evidence Kit сохраняет оскорбительные публикации в интернете как запечатанные, проверяемые доказательства в зашифрованном хранилище.",
        "tg": "Evidence Kit нашрияҳои таҳқиромези интернетиро ҳамчун далелҳои мӯҳршуда ва санҷидашаванда дар хазинаи рамзгузорӣшуда нигоҳ медорад."},
    "help.exit_codes": {
        "en": "Exit codes: 0 success; 1 some items failed or verify found problems; 2 usage or bad input; 3 wrong passphrase; 4 no vault there, vault in use, or vault damaged; 5 no browser found; 6 the capture engine (Playwright's driver) cannot run.",
        "ru": "Коды выхода: 0 успех; 1 часть элементов не удалась или проверка нашла проблемы; 2 неверный вызов или данные; 3 неверная парольная фраза; 4 нет хранилища, оно занято или повреждено; 5 не найден браузер; 6 не запускается механизм сохранения страниц (драйвер Playwright).",
        "tg": "Рамзҳои хуруҷ: 0 муваффақият; 1 баъзе унсурҳо нашуданд ё санҷиш мушкил ёфт; 2 фармон ё маълумоти нодуруст; 3 гузарвожаи нодуруст; 4 хазина нест, банд аст ё осеб дидааст; 5 браузер ёфт нашуд; 6 механизми сабти саҳифаҳо (драйвери Playwright) кор намекунад."},
    "help.opt_vault": {"en": "the vault folder (default: EVIDENCE_KIT_VAULT or your data folder)",
                       "ru": "папка хранилища (по умолчанию: EVIDENCE_KIT_VAULT или папка данных)",
                       "tg": "ҷузвдони хазина (пешфарз: EVIDENCE_KIT_VAULT ё ҷузвдони маълумот)"},
    "help.opt_json": {"en": "print JSON", "ru": "вывести JSON", "tg": "JSON чоп кардан"},
    "help.opt_debug": {"en": "show technical details of errors", "ru": "показывать технические подробности ошибок", "tg": "тафсилоти техникии хатоҳоро нишон додан"},
    "help.opt_lang": {"en": "language: en, ru or tg", "ru": "язык: en, ru или tg", "tg": "забон: en, ru ё tg"},
    "help.opt_passphrase_file": {"en": "read the passphrase from this file", "ru": "прочитать парольную фразу из этого файла", "tg": "гузарвожаро аз ин файл хондан"},
    "help.opt_full": {"en": "with --json: include each item's metadata (slower)", "ru": "с --json: включить метаданные каждого элемента (медленнее)", "tg": "бо --json: метамаълумоти ҳар унсурро дохил кардан (сусттар)"},
    "help.opt_collector": {"en": "the name of the person collecting the evidence", "ru": "имя человека, собирающего доказательства", "tg": "номи шахсе, ки далелҳоро ҷамъ мекунад"},
    "help.opt_case": {"en": "the case the items belong to", "ru": "дело, к которому относятся элементы", "tg": "парвандае, ки унсурҳо ба он тааллуқ доранд"},
    "help.opt_use_recovery_key": {"en": "unlock with the recovery key instead of the passphrase", "ru": "открыть ключом восстановления вместо парольной фразы", "tg": "бо калиди барқарорсозӣ ба ҷои гузарвожа кушодан"},
    "help.opt_recovery_key_file": {"en": "read the recovery key from this file", "ru": "прочитать ключ восстановления из этого файла", "tg": "калиди барқарорсозиро аз ин файл хондан"},
    "help.opt_new_passphrase_file": {"en": "read the new passphrase from this file", "ru": "прочитать новую парольную фразу из этого файла", "tg": "гузарвожаи навро аз ин файл хондан"},
    "help.opt_abuse": {"en": "kinds of abuse shown, separated by commas", "ru": "виды нарушений через запятую", "tg": "навъҳои зӯроварӣ, бо вергул ҷудо"},
    "help.init": {"en": "create a vault and print its recovery key", "ru": "создать хранилище и показать ключ восстановления", "tg": "хазина сохтан ва калиди барқарорсозиро нишон додан"},
    "help.import": {"en": "seal files or folders (one item per file); the originals are never changed", "ru": "запечатать файлы или папки (по элементу на файл); оригиналы не меняются", "tg": "файлҳо ё ҷузвдонҳоро мӯҳр кардан (як унсур барои ҳар файл); аслҳо тағйир намеёбанд"},
    "help.list": {"en": "list the items in the vault", "ru": "список элементов хранилища", "tg": "рӯйхати унсурҳои хазина"},
    "help.show": {"en": "show one item", "ru": "показать один элемент", "tg": "як унсурро нишон додан"},
    "help.extract": {"en": "write an item's original files, byte-identical", "ru": "выгрузить исходные файлы элемента байт в байт", "tg": "файлҳои аслии унсурро байт ба байт навиштан"},
    "help.verify": {"en": "re-read and check everything in the vault", "ru": "перечитать и проверить всё хранилище", "tg": "ҳама чизи хазинаро аз нав хондан ва санҷидан"},
    "help.log": {"en": "print the custody log", "ru": "показать журнал хранения", "tg": "дафтари нигаҳдориро нишон додан"},
    "help.passwd": {"en": "change the passphrase (also with the recovery key)", "ru": "сменить парольную фразу (в том числе ключом восстановления)", "tg": "гузарвожаро иваз кардан (инчунин бо калиди барқарорсозӣ)"},
    "help.edit": {"en": "change an item's notes, sensitive mark, case, title or kinds of abuse", "ru": "изменить заметки, отметку деликатности, дело, заголовок или виды нарушений", "tg": "қайдҳо, аломати ҳассосият, парванда, сарлавҳа ё навъҳои зӯровариро иваз кардан"},
    "help.settings": {"en": "show or change settings kept in the vault", "ru": "показать или изменить настройки хранилища", "tg": "танзимоти хазинаро нишон додан ё иваз кардан"},
    "help.gc": {"en": "remove leftover files of interrupted saves", "ru": "удалить остатки прерванных сохранений", "tg": "боқимондаҳои захираҳои қатъшударо нест кардан"},
    "help.gui": {"en": "start the desktop app", "ru": "запустить настольное приложение", "tg": "барномаи мизи кориро оғоз кардан"},
    "help.capture": {"en": "capture web pages as sealed evidence", "ru": "сохранить веб-страницы как запечатанные доказательства", "tg": "саҳифаҳои интернетиро ҳамчун далели мӯҳршуда сабт кардан"},
    "help.export": {"en": "export a court dossier, a platform report or a verification bundle", "ru": "экспортировать досье для суда, жалобу для платформы или пакет для проверки", "tg": "содир кардани парванда барои суд, шикоят барои платформа ё бастаи санҷишӣ"},
}

register(M)
