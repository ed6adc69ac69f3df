"""VERIFY.txt (also Appendix F of the court dossier) and the findings of `verify-bundle`."""

from __future__ import annotations

M: dict[str, dict[str, str]] = {
    # ------------------------------------------------------------------ VERIFY.txt (and Appendix F)
    "ex.verify.title": {"en": "How to verify this evidence bundle ({id})", "ru": "Как проверить этот пакет доказательств ({id})", "tg": "Чӣ тавр ин бастаи далелҳоро санҷидан мумкин аст ({id})"},
    "ex.verify.intro": {
        "en": "This bundle holds the original files of the evidence, byte for byte as they were sealed, with a list of their SHA-256 values (SHA256SUMS) signed with the collector's Ed25519 key. Anyone can check it with standard tools, without Evidence Kit and without a password.",
        "ru": "В пакете — исходные файлы доказательств, байт в байт такие, какими они были запечатаны, и список их значений SHA-256 (SHA256SUMS), подписанный ключом Ed25519 собравшего лица. Любой может проверить его стандартными средствами, без Evidence Kit и без пароля.",
        "tg": "Дар ин баста файлҳои аслии далелҳо, байт ба байт ҳамон тавре ки мӯҳр шуда буданд, ва рӯйхати қиматҳои SHA-256-и онҳо (SHA256SUMS), ки бо калиди Ed25519-и ҷамъоваранда имзо шудааст, ҷой доранд. Ҳар кас метавонад онро бо воситаҳои стандартӣ, бе Evidence Kit ва бе парол санҷад."},
    "ex.verify.fp": {
        "en": "Fingerprint of the signing key (SHA-256 of the public key), also printed on the cover of the court dossier:",
        "ru": "Отпечаток ключа подписи (SHA-256 открытого ключа), он же напечатан на обложке досье:",
        "tg": "Изи калиди имзо (SHA-256-и калиди кушода), ки дар ҷилди маҷмӯа низ чоп шудааст:"},
    "ex.verify.step_unzip": {
        "en": "Unpack the ZIP file into an empty folder and open a terminal in that folder.",
        "ru": "Распакуйте ZIP-файл в пустую папку и откройте в ней терминал.",
        "tg": "Файли ZIP-ро ба ҷузвдони холӣ кушоед ва дар он терминал кушоед."},
    "ex.verify.step_sums": {
        "en": "Check every file against its SHA-256 value; every line must end with OK:",
        "ru": "Проверьте каждый файл по его значению SHA-256; каждая строка должна заканчиваться на OK:",
        "tg": "Ҳар файлро бо қимати SHA-256-и он санҷед; ҳар сатр бояд бо OK анҷом ёбад:"},
    "ex.verify.step_sig": {
        "en": "Check the signature of SHA256SUMS (OpenSSL 3.0 or later); it must print \"Signature Verified Successfully\":",
        "ru": "Проверьте подпись SHA256SUMS (OpenSSL 3.0 или новее); должно появиться «Signature Verified Successfully»:",
        "tg": "Имзои SHA256SUMS-ро санҷед (OpenSSL 3.0 ё навтар); бояд «Signature Verified Successfully» пайдо шавад:"},
    "ex.verify.windows": {
        "en": "On Windows, in PowerShell: Get-FileHash -Algorithm SHA256 FILE, and compare the value with the line for FILE in SHA256SUMS; OpenSSL for Windows runs the same openssl command. On macOS: shasum -a 256 -c SHA256SUMS.",
        "ru": "В Windows, в PowerShell: Get-FileHash -Algorithm SHA256 ФАЙЛ, и сравните значение со строкой этого файла в SHA256SUMS; OpenSSL для Windows выполняет ту же команду openssl. В macOS: shasum -a 256 -c SHA256SUMS.",
        "tg": "Дар Windows, дар PowerShell: Get-FileHash -Algorithm SHA256 ФАЙЛ, ва қиматро бо сатри ҳамон файл дар SHA256SUMS муқоиса кунед; OpenSSL барои Windows ҳамон фармони openssl-ро иҷро мекунад. Дар macOS: shasum -a 256 -c SHA256SUMS."},
    "ex.verify.contents": {
        "en": "Contents: exhibits/ (the original files, one folder per exhibit), manifest.json (every item with its metadata and its files' SHA-256 values, and the SHA-256 of the court dossier), custody-log.jsonl (the custody log with its hash chain), {pdf} (the court dossier), public-key.pem, SHA256SUMS, SHA256SUMS.sig and this file.",
        "ru": "Содержимое: exhibits/ (исходные файлы, по папке на доказательство), manifest.json (все элементы с метаданными и SHA-256 их файлов, а также SHA-256 досье), custody-log.jsonl (журнал хранения с цепочкой хешей), {pdf} (досье для суда), public-key.pem, SHA256SUMS, SHA256SUMS.sig и этот файл.",
        "tg": "Мундариҷа: exhibits/ (файлҳои аслӣ, барои ҳар далел як ҷузвдон), manifest.json (ҳамаи унсурҳо бо маълумот ва SHA-256-и файлҳояшон, инчунин SHA-256-и маҷмӯа), custody-log.jsonl (дафтари нигаҳдорӣ бо занҷираи хешҳо), {pdf} (маҷмӯа барои суд), public-key.pem, SHA256SUMS, SHA256SUMS.sig ва ҳамин файл."},
    "ex.verify.means": {
        "en": "What a successful check shows: the files are exactly those that were sealed and listed when this bundle was made, and the list was signed with the key above. It does not show that a server sent the content, who wrote it, or that the computer's clock was right; see the methodology in the court dossier.",
        "ru": "Что показывает успешная проверка: файлы в точности те, что были запечатаны и перечислены при создании пакета, а список подписан ключом, указанным выше. Она не показывает, что содержимое прислал сервер, кто его написал и верно ли шли часы компьютера; см. методику в досье.",
        "tg": "Санҷиши муваффақ чиро нишон медиҳад: файлҳо маҳз ҳамонҳоянд, ки ҳангоми сохтани баста мӯҳр ва номбар шуда буданд, ва рӯйхат бо калиди боло имзо шудааст. Он нишон намедиҳад, ки мундариҷаро сервер фиристодааст, онро кӣ навиштааст ё соати компютер дуруст буд; усули корро дар маҷмӯа бинед."},
    "ex.verify.withheld": {
        "en": "Files of items marked sensitive (intimate images) are not in this bundle unless the collector chose to include them; manifest.json lists them with their SHA-256 values, so they can be checked when they are produced to the court.",
        "ru": "Файлы элементов, отмеченных как деликатные (интимные изображения), не входят в пакет, если собравшее лицо не решило их включить; manifest.json перечисляет их со значениями SHA-256, чтобы их можно было проверить при представлении суду.",
        "tg": "Файлҳои унсурҳое, ки ҳамчун ҳассос қайд шудаанд (тасвирҳои маҳрамона), ба баста дохил намешаванд, агар ҷамъоваранда онҳоро дохил карданро интихоб накарда бошад; manifest.json онҳоро бо қиматҳои SHA-256 номбар мекунад, то ҳангоми пешниҳод ба суд санҷида шаванд."},
    # ------------------------------------------------------------------ verify-bundle findings
    "ex.vb.no_file": {"en": "There is no file at {path}.", "ru": "Файла {path} нет.", "tg": "Файли {path} вуҷуд надорад."},
    "ex.vb.not_zip": {"en": "{path} is not a ZIP file, or it is damaged beyond reading.", "ru": "{path} — не ZIP-файл или повреждён так, что не читается.", "tg": "{path} файли ZIP нест ё чунон осеб дидааст, ки хонда намешавад."},
    "ex.vb.missing": {"en": "{path} is missing from the bundle.", "ru": "В пакете нет файла {path}.", "tg": "Дар баста файли {path} нест."},
    "ex.vb.damaged": {"en": "{path} is damaged inside the ZIP file (its checksum fails): it was changed or cut short.", "ru": "{path} повреждён внутри ZIP-файла (не сходится контрольная сумма): его изменили или обрезали.", "tg": "{path} дар дохили файли ZIP осеб дидааст (ҷамъи назоратӣ мувофиқ нест): онро тағйир додаанд ё кӯтоҳ кардаанд."},
    "ex.vb.bad_key": {"en": "{path} does not hold an Ed25519 public key.", "ru": "{path} не содержит открытого ключа Ed25519.", "tg": "{path} калиди кушодаи Ed25519 надорад."},
    "ex.vb.bad_signature": {
        "en": "The signature does not match SHA256SUMS: the list of hashes was changed after it was signed, or it was signed with another key.",
        "ru": "Подпись не соответствует SHA256SUMS: список хешей изменён после подписания или подписан другим ключом.",
        "tg": "Имзо ба SHA256SUMS мувофиқ нест: рӯйхати хешҳо пас аз имзо тағйир ёфтааст ё бо калиди дигар имзо шудааст."},
    "ex.vb.bad_sums": {"en": "{path} is not in the format that sha256sum -c reads.", "ru": "{path} не в формате, который читает sha256sum -c.", "tg": "{path} дар формате нест, ки sha256sum -c мехонад."},
    "ex.vb.listed_missing": {"en": "{path} is listed but is not in the bundle.", "ru": "{path} указан в списке, но в пакете его нет.", "tg": "{path} дар рӯйхат ҳаст, вале дар баста нест."},
    "ex.vb.changed": {"en": "{path} was changed: its SHA-256 is not the one listed in SHA256SUMS.", "ru": "{path} изменён: его SHA-256 не совпадает с указанным в SHA256SUMS.", "tg": "{path} тағйир ёфтааст: SHA-256-и он бо қимати SHA256SUMS мувофиқ нест."},
    "ex.vb.not_listed": {"en": "{path} is in the bundle but not in SHA256SUMS: it was added afterwards.", "ru": "{path} есть в пакете, но не указан в SHA256SUMS: его добавили позже.", "tg": "{path} дар баста ҳаст, вале дар SHA256SUMS нест: онро баъдтар илова кардаанд."},
    "ex.vb.bad_manifest": {"en": "{path} cannot be read as an Evidence Kit manifest.", "ru": "{path} не читается как манифест Evidence Kit.", "tg": "{path} ҳамчун манифести Evidence Kit хонда намешавад."},
    "ex.vb.fingerprint_differs": {"en": "The public key in the bundle is not the one the manifest names.", "ru": "Открытый ключ в пакете — не тот, что указан в манифесте.", "tg": "Калиди кушода дар баста он калиде нест, ки дар манифест номбар шудааст."},
    "ex.vb.manifest_disagrees": {"en": "manifest.json and SHA256SUMS give different hashes for {path}.", "ru": "manifest.json и SHA256SUMS дают разные хеши для {path}.", "tg": "manifest.json ва SHA256SUMS барои {path} хешҳои гуногун медиҳанд."},
    "ex.vb.log_entry_changed": {"en": "Entry {seq} of the custody log was changed: its hash does not match its contents.", "ru": "Запись {seq} журнала хранения изменена: её хеш не соответствует содержимому.", "tg": "Сабти {seq}-и дафтари нигаҳдорӣ тағйир ёфтааст: хеши он ба мундариҷааш мувофиқ нест."},
    "ex.vb.log_unreadable": {"en": "Line {line} of the custody log cannot be read.", "ru": "Строка {line} журнала хранения не читается.", "tg": "Сатри {line}-и дафтари нигаҳдорӣ хонда намешавад."},
    "ex.vb.log_gap": {"en": "The custody log is missing entry {seq}.", "ru": "В журнале хранения нет записи {seq}.", "tg": "Дар дафтари нигаҳдорӣ сабти {seq} нест."},
    "ex.vb.log_chain_broken": {
        "en": "The custody log's chain is broken at entry {seq}: it does not hold the hash of the entry before it.",
        "ru": "Цепочка журнала хранения разорвана на записи {seq}: она не содержит хеш предыдущей записи.",
        "tg": "Занҷираи дафтари нигаҳдорӣ дар сабти {seq} канда шудааст: он хеши сабти пешинаро надорад."},
}
