"""Every word of the dossiers, the platform report, VERIFY.txt and the export commands, in
English, Russian and Tajik. Whole sentences with named fields; legal references only as
EVIDENCE-PRACTICE.md confirms them, everything else marked "to be confirmed by counsel"."""

from __future__ import annotations

from evidence_kit.i18n import messages as _core  # noqa: F401  (the core catalogue comes first)
from evidence_kit.i18n import register

M: dict[str, dict[str, str]] = {
    # ------------------------------------------------------------------ command line
    "ex.help.kind": {
        "en": "what to make: court (PDF dossier), platform (takedown report), bundle (ZIP to verify)",
        "ru": "что сделать: court (досье PDF для суда), platform (жалоба платформе), bundle (ZIP для проверки)",
        "tg": "чӣ сохтан: court (маҷмӯаи PDF барои суд), platform (шикоят ба платформа), bundle (ZIP барои санҷиш)"},
    "ex.help.out": {"en": "the file to write", "ru": "файл, который будет записан", "tg": "файле, ки навишта мешавад"},
    "ex.help.paper": {"en": "paper size: a4 or letter", "ru": "формат бумаги: a4 или letter", "tg": "андозаи коғаз: a4 ё letter"},
    "ex.help.include_sensitive": {
        "en": "show intimate images unblurred (only for a court or an investigator)",
        "ru": "показать интимные изображения без размытия (только для суда или следователя)",
        "tg": "тасвирҳои маҳрамонаро бе хирагӣ нишон додан (танҳо барои суд ё муфаттиш)"},
    "ex.help.overwrite": {"en": "replace the file if it exists", "ru": "заменить файл, если он существует", "tg": "агар файл мавҷуд бошад, онро иваз кардан"},
    "ex.help.ids": {"en": "items: ids or exhibit numbers (EK-0001)", "ru": "элементы: идентификаторы или номера доказательств (EK-0001)", "tg": "унсурҳо: рамзҳо ё рақамҳои далел (EK-0001)"},
    "ex.help.case": {"en": "export every item of this case", "ru": "экспортировать все элементы этого дела", "tg": "ҳамаи унсурҳои ин парвандаро содир кардан"},
    "ex.help.verify_bundle": {"en": "check a verification bundle (no vault needed)", "ru": "проверить пакет для проверки (хранилище не нужно)", "tg": "бастаи санҷиширо тафтиш кардан (хазина лозим нест)"},
    "ex.help.bundle_file": {"en": "the bundle (.zip)", "ru": "пакет (.zip)", "tg": "баста (.zip)"},
    "ex.cli.progress": {"en": "Building", "ru": "Сборка", "tg": "Сохтан"},
    "ex.cli.done_court": {"en": "Court dossier written to {path}.", "ru": "Досье для суда записано в {path}.", "tg": "Маҷмӯаи далелҳо барои суд дар {path} навишта шуд."},
    "ex.cli.done_platform": {"en": "Platform report written to {path}.", "ru": "Жалоба для платформ записана в {path}.", "tg": "Шикоят барои платформаҳо дар {path} навишта шуд."},
    "ex.cli.done_bundle": {"en": "Verification bundle written to {path}.", "ru": "Пакет для проверки записан в {path}.", "tg": "Бастаи санҷишӣ дар {path} навишта шуд."},
    "ex.cli.details": {
        "en": "{count} exhibit(s) · dossier {id} · SHA-256 of the file {sha}",
        "ru": "Доказательств: {count} · досье {id} · SHA-256 файла {sha}",
        "tg": "Шумораи далелҳо: {count} · маҷмӯа {id} · SHA-256-и файл {sha}"},
    "ex.cli.logged": {
        "en": "The export is recorded in the custody log.",
        "ru": "Экспорт записан в журнал хранения.",
        "tg": "Содирот дар дафтари нигаҳдорӣ сабт шуд."},
    "ex.cli.sensitive_on": {
        "en": "Unblurred intimate images are included, as you asked. Keep this file safe and give it only to the court or the investigator.",
        "ru": "Интимные изображения включены без размытия, как вы просили. Храните файл бережно и передавайте его только суду или следователю.",
        "tg": "Тасвирҳои маҳрамона, чуноне ки хостед, бе хирагӣ дохил карда шуданд. Ин файлро эҳтиёт кунед ва танҳо ба суд ё муфаттиш диҳед."},
    "ex.cli.platform_no_sensitive": {
        "en": "A platform report never includes intimate images; --include-sensitive was ignored.",
        "ru": "Жалоба для платформы никогда не содержит интимных изображений; --include-sensitive не учтён.",
        "tg": "Шикоят барои платформа ҳеҷ гоҳ тасвирҳои маҳрамона надорад; --include-sensitive ба назар гирифта нашуд."},
    "ex.cli.vb_ok": {
        "en": "The bundle is intact: {files} files match SHA256SUMS, the signature is valid, and the custody log's chain holds ({entries} entries).",
        "ru": "Пакет цел: {files} файлов совпадают с SHA256SUMS, подпись верна, цепочка журнала хранения не нарушена (записей: {entries}).",
        "tg": "Баста солим аст: {files} файл бо SHA256SUMS мувофиқ аст, имзо дуруст аст ва занҷираи дафтари нигаҳдорӣ вайрон нашудааст ({entries} сабт)."},
    "ex.cli.vb_fp": {
        "en": "Signed with the key whose fingerprint is {fingerprint}. Compare it with the one on the dossier's cover.",
        "ru": "Подписано ключом с отпечатком {fingerprint}. Сравните его с отпечатком на обложке досье.",
        "tg": "Бо калиде имзо шудааст, ки изаш {fingerprint} аст. Онро бо изи рӯи ҷилди маҷмӯа муқоиса кунед."},
    "ex.cli.vb_bad": {
        "en": "The bundle did NOT pass the check: {count} problem(s) found.",
        "ru": "Пакет НЕ прошёл проверку: найдено проблем: {count}.",
        "tg": "Баста аз санҷиш НАГУЗАШТ: {count} мушкил ёфт шуд."},
    "ex.cli.vb_withheld": {
        "en": "{count} file(s) of sensitive items were withheld from this bundle; their SHA-256 values are in manifest.json.",
        "ru": "Файлы деликатных элементов ({count}) не включены в пакет; их SHA-256 указаны в manifest.json.",
        "tg": "{count} файли унсурҳои ҳассос ба баста дохил карда нашуданд; қиматҳои SHA-256-и онҳо дар manifest.json ҳастанд."},
    # ------------------------------------------------------------------ errors
    "ex.error.cancelled": {
        "en": "The export was stopped. No file was written.",
        "ru": "Экспорт остановлен. Файл не записан.",
        "tg": "Содирот қатъ карда шуд. Ягон файл навишта нашуд."},
    "ex.error.failed": {
        "en": "The document could not be made ({detail}). No file was written; your evidence is not affected.",
        "ru": "Документ не удалось создать ({detail}). Файл не записан; ваши доказательства не затронуты.",
        "tg": "Ҳуҷҷатро сохтан муяссар нашуд ({detail}). Ягон файл навишта нашуд; ба далелҳои шумо осеб нарасид."},
    "ex.error.exists": {
        "en": "{path} already exists. Choose another name, or add --overwrite to replace it.",
        "ru": "{path} уже существует. Выберите другое имя или добавьте --overwrite, чтобы заменить его.",
        "tg": "{path} аллакай вуҷуд дорад. Номи дигар интихоб кунед ё барои иваз кардан --overwrite илова кунед."},
    "ex.error.no_folder": {
        "en": "The folder {path} does not exist. Create it or choose another place.",
        "ru": "Папка {path} не существует. Создайте её или выберите другое место.",
        "tg": "Ҷузвдони {path} вуҷуд надорад. Онро созед ё ҷои дигар интихоб кунед."},
    "ex.error.out_is_folder": {
        "en": "{path} is a folder. Give a file name inside it.",
        "ru": "{path} — это папка. Укажите имя файла внутри неё.",
        "tg": "{path} ҷузвдон аст. Номи файлро дар дохили он нишон диҳед."},
    "ex.error.no_items": {
        "en": "There is nothing to export: the case «{case}» has no items.",
        "ru": "Нечего экспортировать: в деле «{case}» нет элементов.",
        "tg": "Чизе барои содир кардан нест: дар парвандаи «{case}» унсур нест."},
    "ex.error.no_such_case": {
        "en": "There is no case named «{case}». evidence-kit list shows the items and their cases.",
        "ru": "Дела «{case}» нет. Команда evidence-kit list показывает элементы и их дела.",
        "tg": "Парвандаи «{case}» вуҷуд надорад. Фармони evidence-kit list унсурҳо ва парвандаҳояшонро нишон медиҳад."},
    "ex.error.nothing_chosen": {
        "en": "Choose what to export: --case NAME, or the items' numbers (for example EK-0001).",
        "ru": "Укажите, что экспортировать: --case ИМЯ или номера элементов (например, EK-0001).",
        "tg": "Нишон диҳед, ки чиро содир кардан лозим: --case НОМ ё рақамҳои унсурҳо (масалан, EK-0001)."},
    "ex.error.bad_kind": {
        "en": "Unknown kind of export: {kind}. Use court, platform or bundle.",
        "ru": "Неизвестный вид экспорта: {kind}. Используйте court, platform или bundle.",
        "tg": "Навъи номаълуми содирот: {kind}. court, platform ё bundle-ро истифода баред."},
    "ex.error.bad_paper": {
        "en": "Unknown paper size: {paper}. Use a4 or letter.",
        "ru": "Неизвестный формат бумаги: {paper}. Используйте a4 или letter.",
        "tg": "Андозаи номаълуми коғаз: {paper}. a4 ё letter-ро истифода баред."},
    # ------------------------------------------------------------------ small words
    "ex.word.yes": {"en": "yes", "ru": "да", "tg": "ҳа"},
    "ex.word.no": {"en": "no", "ru": "нет", "tg": "не"},
    "ex.time.three": {
        "en": "{utc} (Dushanbe {dushanbe}; Moscow {moscow})",
        "ru": "{utc} (Душанбе {dushanbe}; Москва {moscow})",
        "tg": "{utc} (Душанбе {dushanbe}; Маскав {moscow})"},
    "ex.status.failed": {"en": "capture failed: {error}", "ru": "сохранение не удалось: {error}", "tg": "сабт нашуд: {error}"},
    "ex.status.http": {"en": "captured (HTTP {code})", "ru": "сохранено (HTTP {code})", "tg": "сабт шуд (HTTP {code})"},
    "ex.status.imported": {"en": "imported", "ru": "импортировано", "tg": "ворид шуд"},
    "ex.status.sealed": {"en": "sealed", "ru": "запечатано", "tg": "мӯҳр шуд"},
    "ex.abuse.intimate_image": {"en": "intimate image shared without consent", "ru": "интимное изображение без согласия", "tg": "тасвири маҳрамона бе розигӣ"},
    "ex.abuse.home_address": {"en": "home address", "ru": "домашний адрес", "tg": "суроғаи хона"},
    "ex.abuse.phone_number": {"en": "phone number", "ru": "номер телефона", "tg": "рақами телефон"},
    "ex.abuse.name_with_insults": {"en": "name with insults", "ru": "имя с оскорблениями", "tg": "ном бо таҳқир"},
    "ex.abuse.threats": {"en": "threats", "ru": "угрозы", "tg": "таҳдидҳо"},
    "ex.abuse.impersonation": {"en": "impersonation", "ru": "выдача себя за другого человека", "tg": "худро ба ҷои шахси дигар муаррифӣ кардан"},
    "ex.abuse.other": {"en": "other", "ru": "другое", "tg": "дигар"},
    # ------------------------------------------------------------------ every page
    "pdf.footer": {
        "en": "{case} · {section} · page {page} of {total}",
        "ru": "{case} · {section} · стр. {page} из {total}",
        "tg": "{case} · {section} · саҳ. {page} аз {total}"},
    "pdf.footer_id": {"en": "Ref. {id}", "ru": "Номер {id}", "tg": "Рақам {id}"},
    # ------------------------------------------------------------------ court dossier: cover
    "court.pdf_title": {"en": "Evidence dossier — {case} ({id})", "ru": "Досье доказательств — {case} ({id})", "tg": "Маҷмӯаи далелҳо — {case} ({id})"},
    "court.pdf_subject": {
        "en": "Court dossier with {count} exhibit(s), made with Evidence Kit",
        "ru": "Досье для суда, доказательств: {count}; подготовлено в Evidence Kit",
        "tg": "Маҷмӯаи далелҳо барои суд, шумораи далелҳо: {count}; бо Evidence Kit омода шуд"},
    "court.section_cover": {"en": "Cover", "ru": "Обложка", "tg": "Ҷилд"},
    "court.title": {"en": "Evidence dossier", "ru": "Досье доказательств", "tg": "Маҷмӯаи далелҳо"},
    "court.no_case": {"en": "(no case)", "ru": "(без дела)", "tg": "(бе парванда)"},
    "court.prepared_by": {"en": "Prepared by", "ru": "Подготовил(а)", "tg": "Омодакунанда"},
    "court.prepared_at": {"en": "Prepared on", "ru": "Дата подготовки", "tg": "Санаи омодасозӣ"},
    "court.exhibits": {"en": "Exhibits", "ru": "Доказательства", "tg": "Далелҳо"},
    "court.exhibit_count": {
        "en": "{count} ({captures} web captures, {imports} imported files)",
        "ru": "{count} (сохранённых веб-страниц: {captures}, импортированных файлов: {imports})",
        "tg": "{count} (саҳифаҳои сабтшуда: {captures}, файлҳои воридшуда: {imports})"},
    "court.period": {"en": "Captured between", "ru": "Период сохранения", "tg": "Давраи сабт"},
    "court.period_value": {"en": "{first} and {last}", "ru": "с {first} по {last}", "tg": "аз {first} то {last}"},
    "court.dossier_id": {"en": "Dossier reference", "ru": "Номер досье", "tg": "Рақами маҷмӯа"},
    "court.fingerprint": {"en": "Vault key fingerprint (SHA-256)", "ru": "Отпечаток ключа хранилища (SHA-256)", "tg": "Изи калиди хазина (SHA-256)"},
    "court.tool": {"en": "Made with", "ru": "Создано в", "tg": "Сохта шуд бо"},
    "court.language": {"en": "Language", "ru": "Язык", "tg": "Забон"},
    "court.language_name": {"en": "English", "ru": "русский", "tg": "тоҷикӣ"},
    "court.sensitive_included": {
        "en": "{count} exhibit(s) are marked sensitive ({exhibits}). At the collector's explicit choice their pictures are shown UNBLURRED in this dossier. Handle it as confidential and do not copy it further.",
        "ru": "Доказательств, отмеченных как деликатные: {count} ({exhibits}). По прямому выбору собравшего их лица изображения показаны БЕЗ РАЗМЫТИЯ. Обращайтесь с досье как с конфиденциальным и не копируйте его.",
        "tg": "{count} далел ҳамчун ҳассос қайд шудаанд ({exhibits}). Бо интихоби равшани ҷамъоваранда тасвирҳои онҳо дар ин маҷмӯа БЕ ХИРАГӢ нишон дода шудаанд. Бо он ҳамчун ҳуҷҷати махфӣ муносибат кунед ва нусха набардоред."},
    "court.sensitive_blurred": {
        "en": "{count} exhibit(s) are marked sensitive ({exhibits}). Their pictures are blurred in this dossier; the unblurred originals are sealed and can be produced to the court.",
        "ru": "Доказательств, отмеченных как деликатные: {count} ({exhibits}). Их изображения в досье размыты; неразмытые оригиналы запечатаны и могут быть представлены суду.",
        "tg": "{count} далел ҳамчун ҳассос қайд шудаанд ({exhibits}). Тасвирҳои онҳо дар ин маҷмӯа хира карда шудаанд; аслҳои бехира мӯҳр шудаанд ва метавонанд ба суд пешниҳод шаванд."},
    "court.sensitive_none": {
        "en": "No exhibit in this dossier is marked sensitive.",
        "ru": "Ни одно доказательство в досье не отмечено как деликатное.",
        "tg": "Дар ин маҷмӯа ягон далел ҳамчун ҳассос қайд нашудааст."},
    "court.not_notarial": {
        "en": "This dossier was prepared by the party with Evidence Kit. It is the party's own statement, not a notarial act. The SHA-256 values and the signed verification bundle let anyone check that the files are unchanged since they were sealed.",
        "ru": "Это досье подготовлено стороной с помощью Evidence Kit. Это собственное заявление стороны, а не нотариальное действие. Значения SHA-256 и подписанный пакет для проверки позволяют любому убедиться, что файлы не изменялись с момента запечатывания.",
        "tg": "Ин маҷмӯа аз ҷониби худи тараф бо Evidence Kit омода шудааст. Ин изҳороти худи тараф аст, на амали нотариалӣ. Қиматҳои SHA-256 ва бастаи санҷишии имзошуда ба ҳар кас имкон медиҳанд санҷад, ки файлҳо аз лаҳзаи мӯҳр шудан тағйир наёфтаанд."},
    "court.contents": {"en": "Contents", "ru": "Содержание", "tg": "Мундариҷа"},
    "court.section_index": {"en": "Index of exhibits", "ru": "Перечень доказательств", "tg": "Рӯйхати далелҳо"},
    "court.section_exhibits": {"en": "Exhibits", "ru": "Доказательства", "tg": "Далелҳо"},
    "court.section_appendices": {"en": "Appendices", "ru": "Приложения", "tg": "Замимаҳо"},
    "court.app_custody": {"en": "Appendix A. Custody log", "ru": "Приложение А. Журнал хранения", "tg": "Замимаи А. Дафтари нигаҳдорӣ"},
    "court.app_method": {"en": "Appendix B. Methodology", "ru": "Приложение Б. Методика", "tg": "Замимаи Б. Усули кор"},
    "court.app_declaration": {"en": "Appendix C. Declaration of the collector", "ru": "Приложение В. Заявление лица, собравшего доказательства", "tg": "Замимаи В. Изҳороти ҷамъоварандаи далелҳо"},
    "court.app_notary": {"en": "Appendix D. For the notary and the police", "ru": "Приложение Г. Для нотариуса и полиции", "tg": "Замимаи Г. Барои нотариус ва милитсия"},
    "court.app_legal": {"en": "Appendix E. Legal references (to be confirmed by counsel)", "ru": "Приложение Д. Правовые ссылки (подлежат проверке юристом)", "tg": "Замимаи Д. Истинодҳои ҳуқуқӣ (бояд аз ҷониби ҳуқуқшинос тасдиқ шаванд)"},
    "court.app_verify": {"en": "Appendix F. How to verify the bundle", "ru": "Приложение Е. Как проверить пакет", "tg": "Замимаи Е. Чӣ тавр бастаро санҷидан"},
    # ------------------------------------------------------------------ court dossier: index
    "court.col_exhibit": {"en": "Exhibit", "ru": "Доказательство", "tg": "Далел"},
    "court.col_what": {"en": "Title, and address or file", "ru": "Заголовок и адрес или файл", "tg": "Сарлавҳа ва суроға ё файл"},
    "court.col_when": {"en": "Captured / imported (UTC)", "ru": "Сохранено / импортировано (UTC)", "tg": "Сабт / ворид шуд (UTC)"},
    "court.col_status": {"en": "Result", "ru": "Результат", "tg": "Натиҷа"},
    "court.marked_sensitive": {"en": "marked sensitive", "ru": "отмечено как деликатное", "tg": "ҳамчун ҳассос қайд шудааст"},
    # ------------------------------------------------------------------ court dossier: exhibit
    "court.exhibit_heading": {"en": "Exhibit {exhibit}", "ru": "Доказательство {exhibit}", "tg": "Далели {exhibit}"},
    "court.exhibit_sensitive_blurred": {
        "en": "This exhibit is marked sensitive. Its pictures are blurred in this dossier; the sealed originals are unchanged.",
        "ru": "Это доказательство отмечено как деликатное. Его изображения в досье размыты; запечатанные оригиналы не изменены.",
        "tg": "Ин далел ҳамчун ҳассос қайд шудааст. Тасвирҳои он дар ин маҷмӯа хира карда шудаанд; аслҳои мӯҳршуда тағйир наёфтаанд."},
    "court.exhibit_sensitive_shown": {
        "en": "This exhibit is marked sensitive. At the collector's choice its pictures are shown unblurred. Confidential.",
        "ru": "Это доказательство отмечено как деликатное. По выбору собравшего лица изображения показаны без размытия. Конфиденциально.",
        "tg": "Ин далел ҳамчун ҳассос қайд шудааст. Бо интихоби ҷамъоваранда тасвирҳояш бе хирагӣ нишон дода шудаанд. Махфӣ."},
    "court.h_details": {"en": "Details of the capture", "ru": "Сведения о сохранении", "tg": "Маълумот дар бораи сабт"},
    "court.h_files": {"en": "Sealed files and their SHA-256 values", "ru": "Запечатанные файлы и их значения SHA-256", "tg": "Файлҳои мӯҳршуда ва қиматҳои SHA-256-и онҳо"},
    "court.files_intro": {
        "en": "Each value is the SHA-256 of the exact file sealed in the vault; the same files are in the verification bundle, in the folder of this exhibit.",
        "ru": "Каждое значение — SHA-256 именно того файла, что запечатан в хранилище; те же файлы лежат в пакете для проверки, в папке этого доказательства.",
        "tg": "Ҳар қимат SHA-256-и ҳамон файлест, ки дар хазина мӯҳр шудааст; ҳамин файлҳо дар бастаи санҷишӣ, дар ҷузвдони ҳамин далел ҷойгиранд."},
    "court.h_notes": {"en": "Collector's note", "ru": "Заметка собравшего лица", "tg": "Қайди ҷамъоваранда"},
    "court.h_text": {"en": "Text of the page as captured (excerpt)", "ru": "Текст страницы в момент сохранения (фрагмент)", "tg": "Матни саҳифа ҳангоми сабт (порча)"},
    "court.text_intro": {
        "en": "The beginning of the text file {name}; the whole text is in the bundle.",
        "ru": "Начало текстового файла {name}; полный текст — в пакете.",
        "tg": "Ибтидои файли матнии {name}; матни пурра дар баста аст."},
    "court.h_translation": {"en": "Translation", "ru": "Перевод", "tg": "Тарҷума"},
    "court.translation_block": {
        "en": "If the text above is not in the language of the court — translation into ____________ (attached, marked as a translation), made by ______________________ (translator's name), signature ___________, date ___________. Notary's certification of the translator's signature: ______________________________",
        "ru": "Если текст выше не на языке суда — перевод на ____________ язык (прилагается, с пометкой «перевод»), выполнен ______________________ (ФИО переводчика), подпись ___________, дата ___________. Нотариальное удостоверение подписи переводчика: ______________________________",
        "tg": "Агар матни боло бо забони суд набошад — тарҷума ба забони ____________ (замима карда шудааст, бо қайди «тарҷума»), аз ҷониби ______________________ (номи тарҷумон), имзо ___________, сана ___________. Тасдиқи нотариалии имзои тарҷумон: ______________________________"},
    "court.h_item_custody": {"en": "Custody events of this exhibit", "ru": "События хранения этого доказательства", "tg": "Ҳодисаҳои нигаҳдории ин далел"},
    "court.col_seq": {"en": "No.", "ru": "№", "tg": "№"},
    "court.col_time": {"en": "Time (UTC)", "ru": "Время (UTC)", "tg": "Вақт (UTC)"},
    "court.col_event": {"en": "Event", "ru": "Событие", "tg": "Ҳодиса"},
    "court.col_by": {"en": "By", "ru": "Кто", "tg": "Кӣ"},
    "court.col_details": {"en": "Details", "ru": "Подробности", "tg": "Тафсилот"},
    "court.col_items": {"en": "Exhibits", "ru": "Доказательства", "tg": "Далелҳо"},
    "court.col_hash": {"en": "Entry hash", "ru": "Хеш записи", "tg": "Хеши сабт"},
    "court.ev.sealed": {"en": "{count} file(s) sealed; manifest {manifest}…", "ru": "запечатано файлов: {count}; манифест {manifest}…", "tg": "{count} файл мӯҳр шуд; манифест {manifest}…"},
    "court.ev.note_changed": {"en": "changed", "ru": "изменена", "tg": "иваз шуд"},
    "court.ev.exported": {
        "en": "{kind}; sensitive pictures unblurred: {sensitive}; file SHA-256 {sha}…",
        "ru": "{kind}; деликатные изображения без размытия: {sensitive}; SHA-256 файла {sha}…",
        "tg": "{kind}; тасвирҳои ҳассос бе хирагӣ: {sensitive}; SHA-256-и файл {sha}…"},
    "court.ev.verified": {"en": "check passed: {ok}; items checked: {items}", "ru": "проверка пройдена: {ok}; проверено элементов: {items}", "tg": "санҷиш гузашт: {ok}; унсурҳои санҷидашуда: {items}"},
    "court.change.notes": {"en": "note", "ru": "заметка", "tg": "қайд"},
    "court.change.sensitive": {"en": "sensitive", "ru": "деликатное", "tg": "ҳассос"},
    "court.change.case": {"en": "case", "ru": "дело", "tg": "парванда"},
    "court.change.title": {"en": "title", "ru": "заголовок", "tg": "сарлавҳа"},
    "court.change.abuse": {"en": "kinds of abuse", "ru": "виды нарушений", "tg": "навъҳои зӯроварӣ"},
    "court.more_lines": {"en": "… and {count} more", "ru": "… и ещё {count}", "tg": "… ва боз {count}"},
    "court.no_files": {
        "en": "No file was sealed for this item (the capture failed); the failure itself is recorded.",
        "ru": "Для этого элемента не запечатано ни одного файла (сохранение не удалось); сама неудача зафиксирована.",
        "tg": "Барои ин унсур ягон файл мӯҳр нашуд (сабт нашуд); худи нокомӣ сабт шудааст."},
    "court.picture_unreadable": {
        "en": "The picture {name} cannot be shown here; its sealed original is listed above with its SHA-256.",
        "ru": "Изображение {name} нельзя показать здесь; его запечатанный оригинал указан выше вместе с SHA-256.",
        "tg": "Тасвири {name}-ро дар ин ҷо нишон додан ғайриимкон аст; асли мӯҳршудаи он дар боло бо SHA-256 оварда шудааст."},
    "court.slice_label": {
        "en": "{exhibit} · {what} · part {part} of {parts} · pixels {top}–{bottom} of {height} (width {width})",
        "ru": "{exhibit} · {what} · часть {part} из {parts} · пиксели {top}–{bottom} из {height} (ширина {width})",
        "tg": "{exhibit} · {what} · қисми {part} аз {parts} · пикселҳои {top}–{bottom} аз {height} (паҳнӣ {width})"},
    "court.slice_blurred": {
        "en": "{exhibit} · {what} ({name}, {w}×{h} pixels) · BLURRED: marked sensitive",
        "ru": "{exhibit} · {what} ({name}, {w}×{h} пикселей) · РАЗМЫТО: отмечено как деликатное",
        "tg": "{exhibit} · {what} ({name}, {w}×{h} пиксел) · ХИРА КАРДА ШУД: ҳамчун ҳассос қайд шудааст"},
    "court.slice_overlap": {
        "en": "Consecutive parts repeat {px} pixels so that no line is lost at a cut. The picture was recompressed for this PDF; the original is in the bundle.",
        "ru": "Соседние части повторяют {px} пикселей, чтобы ни одна строка не потерялась на разрезе. Изображение пережато для PDF; оригинал — в пакете.",
        "tg": "Қисмҳои ҳамсоя {px} пикселро такрор мекунанд, то ягон сатр дар ҷои буриш гум нашавад. Тасвир барои PDF аз нав фишурда шуд; асл дар баста аст."},
    "court.md.exhibit": {"en": "Exhibit", "ru": "Доказательство", "tg": "Далел"},
    "court.md.internal_id": {"en": "vault id", "ru": "идентификатор в хранилище", "tg": "рамз дар хазина"},
    "court.md.source": {"en": "Kind", "ru": "Вид", "tg": "Навъ"},
    "court.md.url": {"en": "Address (URL)", "ru": "Адрес (URL)", "tg": "Суроға (URL)"},
    "court.md.final_url": {"en": "Address reached", "ru": "Итоговый адрес", "tg": "Суроғаи ниҳоӣ"},
    "court.md.captured_at": {"en": "Captured at", "ru": "Время сохранения", "tg": "Вақти сабт"},
    "court.md.imported_at": {"en": "Imported at", "ru": "Время импорта", "tg": "Вақти ворид кардан"},
    "court.md.status": {"en": "Result", "ru": "Результат", "tg": "Натиҷа"},
    "court.md.title": {"en": "Page title", "ru": "Заголовок страницы", "tg": "Сарлавҳаи саҳифа"},
    "court.md.collector": {"en": "Collected by", "ru": "Кем собрано", "tg": "Ҷамъоваранда"},
    "court.md.tool_sealed": {"en": "Sealed with", "ru": "Чем запечатано", "tg": "Бо чӣ мӯҳр шуд"},
    "court.md.abuse": {"en": "Kinds of abuse", "ru": "Виды нарушений", "tg": "Навъҳои зӯроварӣ"},
    "court.md.platform_ref": {"en": "Platform, account, post", "ru": "Платформа, аккаунт, публикация", "tg": "Платформа, ҳисоб, нашр"},
    "court.md.error": {"en": "Error", "ru": "Ошибка", "tg": "Хато"},
    "court.md.redirects": {"en": "Redirects", "ru": "Перенаправления", "tg": "Равонакуниҳо"},
    "court.md.server_ip": {"en": "Server address (IP)", "ru": "Адрес сервера (IP)", "tg": "Суроғаи сервер (IP)"},
    "court.md.tls": {"en": "TLS (HTTPS) certificate", "ru": "Сертификат TLS (HTTPS)", "tg": "Сертификати TLS (HTTPS)"},
    "court.md.clock": {"en": "Clock check", "ru": "Проверка часов", "tg": "Санҷиши соат"},
    "court.md.browser": {"en": "Browser", "ru": "Браузер", "tg": "Браузер"},
    "court.md.user_agent": {"en": "User agent", "ru": "User agent (строка браузера)", "tg": "User agent (сатри браузер)"},
    "court.md.tool": {"en": "Tool", "ru": "Программа", "tg": "Барнома"},
    "court.md.os": {"en": "Operating system", "ru": "Операционная система", "tg": "Системаи амалиётӣ"},
    "court.md.device": {"en": "Device", "ru": "Устройство", "tg": "Дастгоҳ"},
    "court.md.viewport": {"en": "Window size", "ru": "Размер окна", "tg": "Андозаи равзана"},
    "court.md.network": {"en": "Network (VPN, proxy)", "ru": "Сеть (VPN, прокси)", "tg": "Шабака (VPN, прокси)"},
    "court.md.login": {"en": "Logged-in account", "ru": "Вход в аккаунт", "tg": "Воридшавӣ ба ҳисоб"},
    "court.md.post": {"en": "Post as shown", "ru": "Публикация, как показана", "tg": "Нашр, чуноне ки нишон дода шуд"},
    "court.md.post_date": {"en": "Date of the post", "ru": "Дата публикации", "tg": "Санаи нашр"},
    "court.md.changes": {"en": "Changes made to the page", "ru": "Изменения, внесённые в страницу", "tg": "Тағйиротҳое, ки ба саҳифа ворид шуданд"},
    "court.md.gaps": {"en": "Not captured / gaps", "ru": "Не сохранено / пропуски", "tg": "Сабт нашуд / камбудиҳо"},
    "court.md.original_name": {"en": "Original file name", "ru": "Исходное имя файла", "tg": "Номи аслии файл"},
    "court.md.original_path": {"en": "Original location", "ru": "Исходное расположение", "tg": "Ҷойгиршавии аслӣ"},
    "court.md.original_size": {"en": "Original size", "ru": "Исходный размер", "tg": "Андозаи аслӣ"},
    "court.md.original_modified_at": {"en": "File last modified", "ru": "Файл последний раз изменён", "tg": "Охирин тағйири файл"},
    "court.md.capture_ran": {"en": "Capture ran", "ru": "Сохранение выполнялось", "tg": "Сабт иҷро шуд"},
    "court.md.ran_value": {"en": "from {start} to {end}", "ru": "с {start} по {end}", "tg": "аз {start} то {end}"},
    "court.md.clock_value": {
        "en": "computer clock minus the server's Date header: {diff} s (server said: {server})",
        "ru": "часы компьютера минус заголовок Date сервера: {diff} с (сервер сообщил: {server})",
        "tg": "соати компютер тарҳи сарлавҳаи Date-и сервер: {diff} с (сервер гуфт: {server})"},
    "court.md.platform": {"en": "Platform details", "ru": "Сведения платформы", "tg": "Маълумоти платформа"},
    "court.md.screenshot": {"en": "Screenshot", "ru": "Снимок экрана", "tg": "Акси экран"},
    "court.md.method": {"en": "Method (as the capture recorded it)", "ru": "Метод (как записано при сохранении)", "tg": "Усул (чуноне ки ҳангоми сабт қайд шуд)"},
    "court.md.other": {"en": "Other technical details", "ru": "Прочие технические сведения", "tg": "Дигар маълумоти техникӣ"},
    "court.md.none": {"en": "none recorded", "ru": "не зафиксировано", "tg": "қайд нашудааст"},
    "court.md.window": {"en": "window {w}×{h}, scale {scale}", "ru": "окно {w}×{h}, масштаб {scale}", "tg": "равзана {w}×{h}, миқёс {scale}"},
    "court.md.headless": {"en": "without a visible window: {value}", "ru": "без видимого окна: {value}", "tg": "бе равзанаи намоён: {value}"},
    "court.md.messages": {"en": "{count} messages on the page", "ru": "сообщений на странице: {count}", "tg": "{count} паём дар саҳифа"},
    "court.md.imported_at_meta": {"en": "Import started", "ru": "Начало импорта", "tg": "Оғози ворид кардан"},
    "court.source_capture": {"en": "web page captured by Evidence Kit", "ru": "веб-страница, сохранённая Evidence Kit", "tg": "саҳифаи интернетӣ, ки Evidence Kit сабт кард"},
    "court.source_import": {"en": "file imported from the collector's device", "ru": "файл, импортированный с устройства собравшего лица", "tg": "файле, ки аз дастгоҳи ҷамъоваранда ворид шуд"},
    "court.ref.handle": {"en": "account", "ru": "аккаунт", "tg": "ҳисоб"},
    "court.ref.account_id": {"en": "id", "ru": "id", "tg": "рамз"},
    "court.ref.post_id": {"en": "post", "ru": "публикация", "tg": "нашр"},
    "court.role.screenshot_full": {"en": "full-page screenshot", "ru": "снимок всей страницы", "tg": "акси тамоми саҳифа"},
    "court.role.screenshot_viewport": {"en": "screenshot of the visible part", "ru": "снимок видимой части", "tg": "акси қисми намоён"},
    "court.role.mhtml": {"en": "MHTML archive of the page", "ru": "MHTML-архив страницы", "tg": "бойгонии MHTML-и саҳифа"},
    "court.role.dom_html": {"en": "HTML of the page", "ru": "HTML-код страницы", "tg": "коди HTML-и саҳифа"},
    "court.role.text": {"en": "text of the page", "ru": "текст страницы", "tg": "матни саҳифа"},
    "court.role.warc": {"en": "WARC web archive", "ru": "веб-архив WARC", "tg": "веб-бойгонии WARC"},
    "court.role.pdf": {"en": "page printed to PDF", "ru": "страница, напечатанная в PDF", "tg": "саҳифа, ки ба PDF чоп шуд"},
    "court.role.media": {"en": "image or media from the page", "ru": "изображение или медиафайл со страницы", "tg": "тасвир ё медиа аз саҳифа"},
    "court.role.download": {"en": "downloaded file", "ru": "скачанный файл", "tg": "файли боргиришуда"},
    "court.role.original": {"en": "original file", "ru": "исходный файл", "tg": "файли аслӣ"},
    "court.from": {"en": "from", "ru": "источник:", "tg": "манбаъ:"},
    # ------------------------------------------------------------------ court dossier: custody appendix
    "court.custody_intro": {
        "en": "Every entry about these exhibits and every vault-wide entry, in order. Each entry holds the SHA-256 of the entry before it (full values in custody-log.jsonl in the bundle). Entries about other cases are withheld here and only counted; their hashes keep the chain checkable.",
        "ru": "Все записи об этих доказательствах и все общие записи хранилища по порядку. Каждая запись содержит SHA-256 предыдущей (полные значения — в custody-log.jsonl в пакете). Записи о других делах здесь не раскрываются, а только подсчитаны; их хеши позволяют проверить цепочку.",
        "tg": "Ҳамаи сабтҳо дар бораи ин далелҳо ва ҳамаи сабтҳои умумии хазина бо тартиб. Ҳар сабт SHA-256-и сабти пешинаро дар бар мегирад (қиматҳои пурра дар custody-log.jsonl дар баста). Сабтҳо дар бораи парвандаҳои дигар дар ин ҷо ошкор намешаванд, танҳо шумурда шудаанд; хешҳои онҳо имкон медиҳанд занҷираро санҷем."},
    "court.withheld": {"en": "{count} entries about other items, withheld", "ru": "записей о других элементах (не раскрыты): {count}", "tg": "{count} сабт дар бораи унсурҳои дигар, ошкор нашуданд"},
    "court.custody_last": {"en": "Hash of the last entry ({seq}):", "ru": "Хеш последней записи ({seq}):", "tg": "Хеши сабти охирин ({seq}):"},
    # ------------------------------------------------------------------ court dossier: methodology
    "court.method.capture_h": {"en": "How a web page is captured", "ru": "Как сохраняется веб-страница", "tg": "Саҳифаи интернетӣ чӣ тавр сабт мешавад"},
    "court.method.capture": {
        "en": "Each page was opened by Evidence Kit in a Chromium-family browser on the collector's computer. After the page had loaded, the tool saved, as far as the page allowed: a screenshot of the whole page, the HTML as the browser had built it, archives of what the server sent (MHTML, WARC), the visible text, and the images and media the page showed. The exhibit's table lists what was recorded about the capture: the address asked for and the one reached, redirects, the server's address, the TLS certificate, the HTTP status, the browser and tool versions, every change made to the page (for example a closed cookie banner) and every gap.",
        "ru": "Каждая страница открывалась программой Evidence Kit в браузере семейства Chromium на компьютере собравшего лица. После загрузки страницы программа сохраняла, насколько это позволяла страница: снимок всей страницы, HTML в том виде, в каком его построил браузер, архивы полученного от сервера (MHTML, WARC), видимый текст, а также изображения и медиафайлы со страницы. В таблице доказательства указано, что записано о сохранении: запрошенный и итоговый адрес, перенаправления, адрес сервера, сертификат TLS, код HTTP, версии браузера и программы, каждое изменение страницы (например, закрытый баннер cookie) и каждый пропуск.",
        "tg": "Ҳар саҳифаро Evidence Kit дар браузери оилаи Chromium дар компютери ҷамъоваранда кушод. Баъд аз бор шудани саҳифа барнома, то ҳадде ки саҳифа иҷозат медод, инҳоро захира кард: акси тамоми саҳифа, HTML-ро ба шакле ки браузер сохта буд, бойгониҳои он чи сервер фиристод (MHTML, WARC), матни намоён ва тасвирҳо ва медиаи саҳифа. Дар ҷадвали далел он чи дар бораи сабт қайд шуд, оварда шудааст: суроғаи дархостшуда ва ниҳоӣ, равонакуниҳо, суроғаи сервер, сертификати TLS, рамзи HTTP, версияҳои браузер ва барнома, ҳар тағйироти саҳифа (масалан, баннери пӯшидашудаи cookie) ва ҳар камбудӣ."},
    "court.method.import_h": {"en": "How a file is imported", "ru": "Как импортируется файл", "tg": "Файл чӣ тавр ворид карда мешавад"},
    "court.method.import": {
        "en": "Files the collector already had (screenshots taken on a phone, saved videos, chat exports) were imported as they were: the file is read without any change, and its name, size and modification time are recorded. The time given for an imported file is the time of import, not the time the picture was taken.",
        "ru": "Файлы, которые уже были у собравшего лица (снимки экрана с телефона, сохранённые видео, выгрузки переписки), импортированы как есть: файл читается без изменений, записываются его имя, размер и время изменения. Для импортированного файла указано время импорта, а не время съёмки.",
        "tg": "Файлҳое, ки аллакай дар ихтиёри ҷамъоваранда буданд (аксҳои экрани телефон, видеоҳои захирашуда, содироти мукотиба), ҳамон тавре ки буданд, ворид карда шуданд: файл бе ягон тағйир хонда мешавад ва ном, андоза ва вақти тағйири он сабт мегардад. Барои файли воридшуда вақти ворид кардан нишон дода шудааст, на вақти гирифтани акс."},
    "court.method.seal_h": {"en": "How the files are sealed and kept", "ru": "Как файлы запечатываются и хранятся", "tg": "Файлҳо чӣ тавр мӯҳр ва нигоҳ дошта мешаванд"},
    "court.method.seal": {
        "en": "At capture or import the SHA-256 of each file was computed and the file was sealed in the collector's encrypted vault; the item's record and an entry in the custody log were written at the same moment. Every later action on the item (viewing, marking, exporting) adds an entry to the custody log. Each entry holds the hash of the entry before it, so an entry cannot be removed or changed without breaking the chain.",
        "ru": "При сохранении или импорте вычислялся SHA-256 каждого файла, и файл запечатывался в зашифрованном хранилище собравшего лица; одновременно записывались сведения об элементе и запись в журнале хранения. Каждое последующее действие с элементом (просмотр, отметка, экспорт) добавляет запись в журнал. Каждая запись содержит хеш предыдущей, поэтому запись нельзя удалить или изменить, не нарушив цепочку.",
        "tg": "Ҳангоми сабт ё ворид кардан SHA-256-и ҳар файл ҳисоб карда шуд ва файл дар хазинаи рамзгузоришудаи ҷамъоваранда мӯҳр гардид; ҳамзамон маълумоти унсур ва сабт дар дафтари нигаҳдорӣ навишта шуданд. Ҳар амали минбаъда бо унсур (дидан, қайд кардан, содир кардан) ба дафтар сабти нав илова мекунад. Ҳар сабт хеши сабти пешинаро дорад, бинобар ин сабтро бе вайрон кардани занҷира нест ё иваз кардан мумкин нест."},
    "court.method.proves_h": {"en": "What a SHA-256 value proves", "ru": "Что доказывает значение SHA-256", "tg": "Қимати SHA-256 чиро исбот мекунад"},
    "court.method.proves": {
        "en": "A matching SHA-256 value proves that a file is bit for bit the same as the file sealed at the recorded time: any change, even of a single byte, gives a different value.",
        "ru": "Совпадение значения SHA-256 доказывает, что файл побитово совпадает с файлом, запечатанным в указанное время: любое изменение, даже одного байта, даёт другое значение.",
        "tg": "Мувофиқати қимати SHA-256 исбот мекунад, ки файл бит ба бит бо файли дар вақти қайдшуда мӯҳршуда якхела аст: ҳар тағйир, ҳатто дар як байт, қимати дигар медиҳад."},
    "court.method.not_h": {"en": "What it does not prove", "ru": "Чего оно не доказывает", "tg": "Он чиро исбот намекунад"},
    "court.method.not": {
        "en": "A SHA-256 value does not prove that the server sent exactly this content, who wrote a post, or that the computer's clock was right. It proves only that the file has not changed since it was sealed.",
        "ru": "Значение SHA-256 не доказывает, что сервер прислал именно это содержимое, кто написал публикацию или что часы компьютера шли верно. Оно доказывает лишь, что файл не менялся с момента запечатывания.",
        "tg": "Қимати SHA-256 исбот намекунад, ки сервер маҳз ҳамин мундариҷаро фиристодааст, нашрро кӣ навиштааст ё соати компютер дуруст буд. Он танҳо исбот мекунад, ки файл аз лаҳзаи мӯҳр шудан тағйир наёфтааст."},
    "court.method.limits_h": {"en": "The limits of any capture", "ru": "Пределы любого сохранения", "tg": "Маҳдудиятҳои ҳар гуна сабт"},
    "court.method.limits": {
        "en": "A capture shows what this browser received at that moment, over that network, with or without a logged-in account as recorded. Other people may have seen something different (content can differ by country, account and time); content behind a login, in private chats or in stories that expire may be missing; videos may be saved only in part. Where the record lists gaps, they are stated in the exhibit.",
        "ru": "Сохранение показывает, что получил этот браузер в тот момент, через ту сеть, с входом в аккаунт или без него, как записано. Другие люди могли видеть иное (содержимое зависит от страны, аккаунта и времени); содержимое за входом, в закрытых чатах или в исчезающих историях может отсутствовать; видео может быть сохранено лишь частично. Если в записи указаны пропуски, они приведены в доказательстве.",
        "tg": "Сабт нишон медиҳад, ки ин браузер дар он лаҳза, тавассути он шабака, бо ворид шудан ба ҳисоб ё бе он, чӣ гирифт — чуноне ки қайд шудааст. Дигарон шояд чизи дигар диданд (мундариҷа аз кишвар, ҳисоб ва вақт вобаста аст); мундариҷаи пас аз воридшавӣ, дар чатҳои пӯшида ё дар ҳикояҳои муваққатӣ метавонад набошад; видео метавонад танҳо қисман захира шавад. Агар дар сабт камбудиҳо қайд шуда бошанд, онҳо дар далел оварда шудаанд."},
    "court.method.time_h": {"en": "Times", "ru": "Время", "tg": "Вақт"},
    "court.method.time": {
        "en": "Times come from the collector's computer clock. They are given in UTC, with the time in Dushanbe (UTC+5) and Moscow (UTC+3) beside them. Where the capture checked the clock against an outside source, the result is in the exhibit's table under \"Clock check\".",
        "ru": "Время берётся из часов компьютера собравшего лица. Оно указано в UTC, рядом — время в Душанбе (UTC+5) и Москве (UTC+3). Если при сохранении часы сверялись с внешним источником, результат приведён в таблице доказательства в строке «Проверка часов».",
        "tg": "Вақт аз соати компютери ҷамъоваранда гирифта мешавад. Он бо UTC нишон дода шудааст, дар паҳлӯяш вақти Душанбе (UTC+5) ва Маскав (UTC+3). Агар ҳангоми сабт соат бо манбаи берунӣ муқоиса шуда бошад, натиҷа дар ҷадвали далел дар сатри «Санҷиши соат» оварда шудааст."},
    "court.method.blur_h": {"en": "Blurred pictures", "ru": "Размытые изображения", "tg": "Тасвирҳои хира"},
    "court.method.blur": {
        "en": "Pictures of items marked sensitive (intimate images) are blurred in this dossier unless the collector chose to include them; the blurring is applied only to the copy in this PDF. The sealed originals are unchanged and can be produced to the court or the investigator. Screenshots are recompressed for this PDF so that it stays a manageable size; the originals, byte for byte, are in the verification bundle.",
        "ru": "Изображения элементов, отмеченных как деликатные (интимные изображения), в досье размыты, если собравшее лицо не решило их включить; размытие применяется только к копии в этом PDF. Запечатанные оригиналы не изменены и могут быть представлены суду или следователю. Снимки экрана пережаты для PDF, чтобы файл оставался разумного размера; оригиналы байт в байт находятся в пакете для проверки.",
        "tg": "Тасвирҳои унсурҳое, ки ҳамчун ҳассос қайд шудаанд (тасвирҳои маҳрамона), дар ин маҷмӯа хира карда шудаанд, агар ҷамъоваранда дохил кардани онҳоро интихоб накарда бошад; хирагӣ танҳо ба нусхаи ин PDF татбиқ мешавад. Аслҳои мӯҳршуда тағйир наёфтаанд ва метавонанд ба суд ё муфаттиш пешниҳод шаванд. Аксҳои экран барои ин PDF аз нав фишурда шудаанд, то андозаи файл муносиб бошад; аслҳо байт ба байт дар бастаи санҷишӣ ҳастанд."},
    "court.method.source": {
        "en": "This methodology describes how Evidence Kit works. It is a description by the tool, not an expert's opinion.",
        "ru": "Эта методика описывает работу Evidence Kit. Это описание программы, а не заключение эксперта.",
        "tg": "Ин усул тарзи кори Evidence Kit-ро тавсиф мекунад. Ин тавсифи барнома аст, на хулосаи коршинос."},
    # ------------------------------------------------------------------ court dossier: declaration
    "court.decl.label": {
        "en": "DECLARATION OF THE COLLECTOR — the party's own statement. It is not a notarial act. Sign it in ink, with the place and the date, before witnesses or a notary if your lawyer asks for it.",
        "ru": "ЗАЯВЛЕНИЕ ЛИЦА, СОБРАВШЕГО ДОКАЗАТЕЛЬСТВА — собственное заявление стороны. Это не нотариальное действие. Подпишите его от руки, указав место и дату, при свидетелях или у нотариуса, если об этом попросит ваш юрист.",
        "tg": "ИЗҲОРОТИ ҶАМЪОВАРАНДАИ ДАЛЕЛҲО — изҳороти худи тараф. Ин амали нотариалӣ нест. Онро бо дасти худ, бо нишон додани ҷой ва сана, дар ҳузури шоҳидон ё дар назди нотариус имзо кунед, агар ҳуқуқшиноси шумо хоҳиш кунад."},
    "court.decl.intro": {
        "en": "I, the undersigned, declare the following about the evidence dossier {dossier}, which contains {count} exhibit(s) ({exhibits}):",
        "ru": "Я, нижеподписавшийся(аяся), заявляю следующее в отношении досье доказательств {dossier}, содержащего доказательств: {count} ({exhibits}):",
        "tg": "Ман, имзокунанда, дар бораи маҷмӯаи далелҳои {dossier}, ки {count} далел ({exhibits}) дорад, инро изҳор мекунам:"},
    "court.decl.p1": {
        "en": "I collected the exhibits myself, or they were collected under my direction, on a computer under my control, using {tool}.",
        "ru": "Я собрал(а) эти доказательства сам(а) или они собраны под моим руководством на компьютере, находящемся под моим контролем, с помощью {tool}.",
        "tg": "Ман ин далелҳоро худам ҷамъ кардаам ё онҳо бо роҳбарии ман дар компютере, ки зери назорати ман аст, бо истифодаи {tool} ҷамъ карда шудаанд."},
    "court.decl.p2": {
        "en": "Each web page was captured by an automated process of that software, which records the page as the browser received it, with the time of capture and a SHA-256 value for every file. The process produces an accurate result when used as it was used here.",
        "ru": "Каждая веб-страница сохранена автоматическим процессом этой программы, который записывает страницу так, как её получил браузер, со временем сохранения и значением SHA-256 для каждого файла. Этот процесс даёт точный результат при использовании так, как он использован здесь.",
        "tg": "Ҳар саҳифаи интернетӣ бо раванди худкори ин барнома сабт шудааст, ки саҳифаро ҳамон тавре ки браузер гирифт, бо вақти сабт ва қимати SHA-256 барои ҳар файл қайд мекунад. Ин раванд ҳангоми истифода ба тарзи дар ин ҷо истифодашуда натиҷаи дақиқ медиҳад."},
    "court.decl.p3": {
        "en": "Each imported file is a copy of a file I held, imported without any change.",
        "ru": "Каждый импортированный файл — копия файла, который был у меня, импортированная без каких-либо изменений.",
        "tg": "Ҳар файли воридшуда нусхаи файлест, ки дар ихтиёри ман буд ва бе ягон тағйир ворид шудааст."},
    "court.decl.p4": {
        "en": "The files listed in this dossier are true and complete reproductions of what was captured or imported; I have not edited, cropped or altered any of them. The SHA-256 values in this dossier match the sealed files.",
        "ru": "Файлы, перечисленные в досье, являются верными и полными воспроизведениями сохранённого или импортированного; я не редактировал(а), не обрезал(а) и не изменял(а) ни один из них. Значения SHA-256 в досье совпадают с запечатанными файлами.",
        "tg": "Файлҳое, ки дар ин маҷмӯа номбар шудаанд, нусхаҳои дуруст ва пурраи он чи сабт ё ворид шуд мебошанд; ман ҳеҷ кадоми онҳоро таҳрир накардаам, набуридаам ва тағйир надодаам. Қиматҳои SHA-256 дар ин маҷмӯа бо файлҳои мӯҳршуда мувофиқанд."},
    "court.decl.p5": {
        "en": "The files are kept in an encrypted vault whose signing key has the fingerprint {fingerprint} (given in full on the cover); its custody log records every action taken on them.",
        "ru": "Файлы хранятся в зашифрованном хранилище, ключ подписи которого имеет отпечаток {fingerprint} (полностью — на обложке); журнал хранения фиксирует каждое действие с ними.",
        "tg": "Файлҳо дар хазинаи рамзгузоришуда нигоҳ дошта мешаванд, ки калиди имзои он изи {fingerprint} дорад (пурра дар ҷилд); дафтари нигаҳдорӣ ҳар амалро бо онҳо қайд мекунад."},
    "court.decl.p6": {
        "en": "I can hand over the original files on a storage medium (the verification bundle) and show how they can be checked.",
        "ru": "Я могу передать оригиналы файлов на носителе (пакет для проверки) и показать, как их проверить.",
        "tg": "Ман метавонам файлҳои аслиро дар ҳомил (бастаи санҷишӣ) супорам ва нишон диҳам, ки онҳоро чӣ тавр санҷидан мумкин аст."},
    "court.decl.blurred_list": {
        "en": "No original was redacted. In this PDF the pictures of the following exhibits are blurred to protect privacy; the originals are unchanged: {exhibits}.",
        "ru": "Ни один оригинал не редактировался. В этом PDF изображения следующих доказательств размыты для защиты частной жизни; оригиналы не изменены: {exhibits}.",
        "tg": "Ягон асл таҳрир нашудааст. Дар ин PDF тасвирҳои далелҳои зерин барои ҳифзи ҳаёти шахсӣ хира карда шудаанд; аслҳо тағйир наёфтаанд: {exhibits}."},
    "court.decl.no_blur": {
        "en": "No original was redacted, and no picture in this PDF is blurred.",
        "ru": "Ни один оригинал не редактировался, и ни одно изображение в этом PDF не размыто.",
        "tg": "Ягон асл таҳрир нашудааст ва ягон тасвир дар ин PDF хира нашудааст."},
    "court.decl.p8": {
        "en": "I declare that the above is true and correct to the best of my knowledge. [Wording of the oath or warning required by the court's law — to be confirmed by counsel.]",
        "ru": "Заявляю, что изложенное выше верно и точно, насколько мне известно. [Формулировка присяги или предупреждения, требуемая законом суда, — подлежит проверке юристом.]",
        "tg": "Изҳор мекунам, ки он чи дар боло гуфта шуд, то ҷое ки ба ман маълум аст, дуруст ва дақиқ аст. [Матни савганд ё огоҳие, ки қонуни суд талаб мекунад, — бояд аз ҷониби ҳуқуқшинос тасдиқ шавад.]"},
    "court.decl.name": {"en": "Full name", "ru": "Фамилия, имя, отчество", "tg": "Насаб, ном, номи падар"},
    "court.decl.id_doc": {"en": "Identity document (type, number)", "ru": "Документ, удостоверяющий личность (вид, номер)", "tg": "Ҳуҷҷати шахсият (навъ, рақам)"},
    "court.decl.place": {"en": "Place", "ru": "Место", "tg": "Ҷой"},
    "court.decl.date": {"en": "Date", "ru": "Дата", "tg": "Сана"},
    "court.decl.signature": {"en": "Signature", "ru": "Подпись", "tg": "Имзо"},
    "court.decl.witnesses": {"en": "Witnesses (if required)", "ru": "Свидетели (если требуется)", "tg": "Шоҳидон (агар лозим бошад)"},
    "court.decl.w_name": {"en": "Full name", "ru": "ФИО", "tg": "Насаб ва ном"},
    "court.decl.w_address": {"en": "Address or identity document", "ru": "Адрес или документ", "tg": "Суроға ё ҳуҷҷат"},
    "court.decl.adapt": {
        "en": "Form modelled on the certifications of records generated by an electronic process and of data copied from an electronic device (US Federal Rules of Evidence 902(13) and 902(14)); to be adapted to the court's jurisdiction by counsel.",
        "ru": "Форма составлена по образцу удостоверений записей, созданных электронным процессом, и данных, скопированных с электронного устройства (Федеральные правила доказывания США, 902(13) и 902(14)); подлежит адаптации к праву суда юристом.",
        "tg": "Шакл аз рӯи намунаи тасдиқномаҳои сабтҳое, ки бо раванди электронӣ сохта шудаанд, ва маълумоте, ки аз дастгоҳи электронӣ нусхабардорӣ шудааст (Қоидаҳои федералии далелҳои ИМА, 902(13) ва 902(14)), тартиб дода шудааст; бояд аз ҷониби ҳуқуқшинос ба қонуни суд мутобиқ карда шавад."},
    "court.decl.not_notarial": {
        "en": "A PDF made by a party is not a notarial act, and a key generated on the party's computer is not a recognised electronic signature. The hashes and the bundle's signature show integrity; they do not make this document official.",
        "ru": "PDF, созданный стороной, не является нотариальным действием, а ключ, созданный на компьютере стороны, — признанной электронной подписью. Хеши и подпись пакета показывают целостность, но не делают этот документ официальным.",
        "tg": "PDF-е, ки тараф сохтааст, амали нотариалӣ нест ва калиде, ки дар компютери тараф сохта шудааст, имзои электронии эътирофшуда нест. Хешҳо ва имзои баста бутунии файлҳоро нишон медиҳанд, вале ин ҳуҷҷатро расмӣ намегардонанд."},
    # ------------------------------------------------------------------ court dossier: notary / police
    "court.notary.h_inspect": {
        "en": "Request for an urgent inspection of web pages by a notary (осмотр доказательств)",
        "ru": "Просьба о срочном нотариальном осмотре доказательств (веб-страниц)",
        "tg": "Дархости азназаргузаронии фаврии саҳифаҳои интернетӣ аз ҷониби нотариус (осмотр доказательств)"},
    "court.notary.intro": {
        "en": "The pages below are listed in the order in which they should be opened and recorded. The captures in this dossier show what each page showed at the time given; a notary's own inspection makes a record that courts accept more readily.",
        "ru": "Страницы ниже перечислены в том порядке, в котором их следует открыть и зафиксировать. Сохранения в этом досье показывают, что было на каждой странице в указанное время; собственный осмотр нотариуса создаёт документ, который суды принимают охотнее.",
        "tg": "Саҳифаҳои зер бо ҳамон тартибе оварда шудаанд, ки бояд кушода ва қайд карда шаванд. Сабтҳои ин маҷмӯа нишон медиҳанд, ки дар ҳар саҳифа дар вақти нишондодашуда чӣ буд; азназаргузаронии худи нотариус ҳуҷҷате месозад, ки судҳо онро осонтар қабул мекунанд."},
    "court.notary.urgent": {
        "en": "URGENT: the person who published these posts can delete them at any moment. We ask that the inspection be carried out as soon as possible, today if it can be arranged.",
        "ru": "СРОЧНО: опубликовавший эти материалы может удалить их в любой момент. Просим провести осмотр как можно скорее, по возможности сегодня.",
        "tg": "ФАВРӢ: шахсе, ки ин маводро нашр кардааст, метавонад онро дар ҳар лаҳза нест кунад. Хоҳиш мекунем, ки азназаргузаронӣ ҳарчи зудтар, агар имкон бошад, имрӯз гузаронида шавад."},
    "court.notary.item": {
        "en": "{n}. {exhibit} — captured {when} — {status} — login needed: {login}",
        "ru": "{n}. {exhibit} — сохранено {when} — {status} — нужен вход в аккаунт: {login}",
        "tg": "{n}. {exhibit} — сабт шуд {when} — {status} — воридшавӣ ба ҳисоб лозим: {login}"},
    "court.notary.final": {"en": "reached after redirects:", "ru": "итоговый адрес после перенаправлений:", "tg": "суроғаи ниҳоӣ пас аз равонакуниҳо:"},
    "court.notary.login_yes": {"en": "yes", "ru": "да", "tg": "ҳа"},
    "court.notary.login_no": {"en": "not known to be needed", "ru": "не требуется (насколько известно)", "tg": "то ҷое маълум аст, лозим нест"},
    "court.notary.none": {"en": "No web addresses in this selection.", "ru": "В этой подборке нет веб-адресов.", "tg": "Дар ин интихоб суроғаи интернетӣ нест."},
    "court.notary.h_login": {"en": "Pages that need a login", "ru": "Страницы, для которых нужен вход", "tg": "Саҳифаҳое, ки воридшавиро талаб мекунанд"},
    "court.notary.login_list": {
        "en": "These exhibits can only be seen with an account (a private channel, a group, or a logged-in view): {exhibits}. The inspection has to be made on the applicant's own device or account; in Russia the Federal Notarial Chamber's recommendations of 26.06.2023 allow the applicant's device to be used and messengers to be inspected on the phone or via login.",
        "ru": "Эти доказательства видны только из аккаунта (закрытый канал, группа или просмотр после входа): {exhibits}. Осмотр нужно проводить на устройстве или в аккаунте заявителя; в России методические рекомендации ФНП от 26.06.2023 допускают использование устройства заявителя и осмотр мессенджеров на телефоне или через вход в аккаунт.",
        "tg": "Ин далелҳо танҳо аз ҳисоб дида мешаванд (канали пӯшида, гурӯҳ ё намоиш пас аз воридшавӣ): {exhibits}. Азназаргузаронӣ бояд дар дастгоҳ ё ҳисоби аризадиҳанда гузаронида шавад; дар Русия тавсияҳои методии Палатаи федералии нотариалӣ аз 26.06.2023 истифодаи дастгоҳи аризадиҳанда ва азназаргузаронии паёмрасонҳоро дар телефон ё тавассути воридшавӣ иҷозат медиҳанд."},
    "court.notary.login_none": {
        "en": "None of the listed pages is known to need a login; some platforms show more to logged-in users.",
        "ru": "Насколько известно, ни одна из страниц не требует входа; некоторые платформы показывают вошедшим пользователям больше.",
        "tg": "То ҷое маълум аст, ҳеҷ як саҳифа воридшавиро талаб намекунад; баъзе платформаҳо ба корбарони воридшуда бештар нишон медиҳанд."},
    "court.notary.how": {
        "en": "Bring this dossier, the verification bundle on a USB stick, and the phone or computer with the accounts concerned.",
        "ru": "Возьмите с собой это досье, пакет для проверки на USB-накопителе и телефон или компьютер с нужными аккаунтами.",
        "tg": "Ин маҷмӯа, бастаи санҷиширо дар флеш-хотира ва телефон ё компютерро бо ҳисобҳои дахлдор ҳамроҳ гиред."},
    "court.notary.imports": {
        "en": "Files from the applicant's own device (exhibits {exhibits}) have no web address; the notary can inspect them on the device that holds them.",
        "ru": "Файлы с устройства заявителя (доказательства {exhibits}) не имеют веб-адреса; нотариус может осмотреть их на устройстве, где они хранятся.",
        "tg": "Файлҳо аз дастгоҳи худи аризадиҳанда (далелҳои {exhibits}) суроғаи интернетӣ надоранд; нотариус метавонад онҳоро дар дастгоҳе, ки онҳо дар он нигоҳ дошта мешаванд, аз назар гузаронад."},
    "court.notary.h_police": {"en": "For a complaint to the police", "ru": "Для заявления в полицию", "tg": "Барои ариза ба милитсия"},
    "court.notary.police1": {
        "en": "Hand over this dossier ({dossier}) with the verification bundle on a storage medium; the files can be checked without Evidence Kit.",
        "ru": "Передайте это досье ({dossier}) вместе с пакетом для проверки на носителе; файлы можно проверить без Evidence Kit.",
        "tg": "Ин маҷмӯа ({dossier})-ро бо бастаи санҷишӣ дар ҳомил супоред; файлҳоро бе Evidence Kit санҷидан мумкин аст."},
    "court.notary.police2": {
        "en": "Ask that the platforms be requested to preserve the account data (identifiers, IP addresses) before it is deleted.",
        "ru": "Попросите направить платформам запрос о сохранении данных аккаунтов (идентификаторы, IP-адреса), пока они не удалены.",
        "tg": "Хоҳиш кунед, ки ба платформаҳо дархост фиристода шавад, то маълумоти ҳисобҳо (рамзҳо, суроғаҳои IP) пеш аз нест шудан нигоҳ дошта шавад."},
    "court.notary.police3": {
        "en": "Write down the registration number of the complaint and the officer's name.",
        "ru": "Запишите регистрационный номер заявления и имя сотрудника.",
        "tg": "Рақами қайди ариза ва номи кормандро нависед."},
    "court.notary.h_platforms": {"en": "Reports to the platforms", "ru": "Жалобы платформам", "tg": "Шикоят ба платформаҳо"},
    "court.notary.platforms": {
        "en": "Evidence Kit makes a separate platform report (export --kind platform) with the addresses, post numbers and the rules broken, one section per platform. A platform is often the fastest way to have posts removed, even when the person who posted them lives in another country.",
        "ru": "Evidence Kit готовит отдельную жалобу для платформ (export --kind platform) с адресами, номерами публикаций и нарушенными правилами, по разделу на платформу. Платформа часто быстрее всех удаляет публикации, даже если их автор живёт в другой стране.",
        "tg": "Evidence Kit шикояти алоҳидаро барои платформаҳо (export --kind platform) бо суроғаҳо, рақамҳои нашр ва қоидаҳои вайроншуда, барои ҳар платформа як қисм, омода мекунад. Платформа аксар вақт роҳи зудтарини нест кардани нашрҳост, ҳатто агар муаллифи онҳо дар кишвари дигар зиндагӣ кунад."},
    "court.notary.stopncii": {
        "en": "For intimate images of an adult, StopNCII.org lets the person make hashes of the images on her own device so that partner platforms (among them Facebook, Instagram, Threads, TikTok, Reddit, Snap) can block them; it does not cover Telegram or YouTube. For a person under 18, Take It Down serves the same purpose.",
        "ru": "Для интимных изображений взрослых StopNCII.org позволяет создать хеши изображений на собственном устройстве, чтобы платформы-партнёры (среди них Facebook, Instagram, Threads, TikTok, Reddit, Snap) могли их блокировать; Telegram и YouTube сервис не охватывает. Для лиц младше 18 лет служит Take It Down.",
        "tg": "Барои тасвирҳои маҳрамонаи шахсони калонсол StopNCII.org имкон медиҳад, ки хешҳои тасвирҳо дар дастгоҳи худи шахс сохта шаванд, то платформаҳои шарик (аз ҷумла Facebook, Instagram, Threads, TikTok, Reddit, Snap) онҳоро манъ кунанд; Telegram ва YouTube-ро фаро намегирад. Барои шахсони то 18-сола Take It Down хизмат мекунад."},
    "court.notary.h_help": {"en": "Help", "ru": "Помощь", "tg": "Кӯмак"},
    "court.notary.help": {
        "en": "Tajikistan: free hotline 1313 (to be re-checked before relying on it). Access Now Digital Security Helpline (answers in Russian).",
        "ru": "Таджикистан: бесплатная горячая линия 1313 (перед обращением проверьте, работает ли она). Линия помощи по цифровой безопасности Access Now (отвечает на русском).",
        "tg": "Тоҷикистон: хатти боварии ройгони 1313 (пеш аз муроҷиат санҷед, ки кор мекунад). Хатти кӯмаки амнияти рақамии Access Now (ба забони русӣ ҷавоб медиҳад)."},
    # ------------------------------------------------------------------ court dossier: legal references
    "court.legal.caveat": {
        "en": "These references are those practitioners cite for electronic evidence. This is not legal advice: whether and how each applies to this case is to be confirmed by counsel.",
        "ru": "Здесь приведены ссылки, на которые ссылаются практики в делах с электронными доказательствами. Это не юридическая консультация: применимость каждой ссылки к этому делу подлежит проверке юристом.",
        "tg": "Дар ин ҷо истинодҳое оварда шудаанд, ки амалиётчиён дар парвандаҳо бо далелҳои электронӣ истифода мебаранд. Ин маслиҳати ҳуқуқӣ нест: татбиқи ҳар яке ба ин парванда бояд аз ҷониби ҳуқуқшинос тасдиқ шавад."},
    "court.legal.h_record": {"en": "What a record of a web page should show", "ru": "Что должна содержать фиксация веб-страницы", "tg": "Сабти саҳифаи интернетӣ бояд чиро нишон диҳад"},
    "court.legal.record": {
        "en": "Russia: Civil Procedure Code (ГПК РФ) art. 77 — whoever submits a recording states when, by whom and in what conditions it was made; this dossier gives the time, the collector, the browser and the tool for every capture. Plenum of the Supreme Court of the Russian Federation, resolution No. 10 of 23.04.2019, item 55 (as cited by commentators): printouts of web pages count as evidence when they show the address of the page and the time it was captured. International practice: Berkeley Protocol on Digital Open Source Investigations, ¶155 and ¶167.",
        "ru": "Россия: ГПК РФ ст. 77 — лицо, представляющее запись, указывает, когда, кем и в каких условиях она сделана; в досье для каждого сохранения указаны время, собравшее лицо, браузер и программа. Постановление Пленума Верховного Суда РФ № 10 от 23.04.2019, п. 55 (в изложении комментаторов): распечатки веб-страниц принимаются, если на них указаны адрес страницы и время её сохранения. Международная практика: Берклийский протокол о расследованиях на основе открытых цифровых источников, пп. 155 и 167.",
        "tg": "Русия: Кодекси мурофиавии гражданӣ (ГПК РФ) м. 77 — шахсе, ки сабтро пешниҳод мекунад, нишон медиҳад, ки он кай, аз ҷониби кӣ ва дар кадом шароит сохта шудааст; дар ин маҷмӯа барои ҳар сабт вақт, ҷамъоваранда, браузер ва барнома оварда шудааст. Қарори Пленуми Суди Олии Федератсияи Русия № 10 аз 23.04.2019, б. 55 (тибқи шарҳи коршиносон): чопи саҳифаҳои интернетӣ ҳамчун далел қабул мешавад, агар дар онҳо суроғаи саҳифа ва вақти сабт нишон дода шуда бошад. Таҷрибаи байналмилалӣ: Протоколи Беркли оид ба таҳқиқот дар асоси манбаъҳои кушодаи рақамӣ, бандҳои 155 ва 167."},
    "court.legal.h_notary": {"en": "Securing evidence by a notary", "ru": "Обеспечение доказательств нотариусом", "tg": "Таъмини далелҳо аз ҷониби нотариус"},
    "court.legal.notary": {
        "en": "Russia: Fundamentals of the legislation of the Russian Federation on notaries (Основы законодательства РФ о нотариате), art. 103; Federal Notarial Chamber methodological recommendations of 26.06.2023. Tajikistan: whether notaries secure web evidence is to be confirmed by counsel.",
        "ru": "Россия: Основы законодательства РФ о нотариате, ст. 103; методические рекомендации Федеральной нотариальной палаты от 26.06.2023. Таджикистан: обеспечивают ли нотариусы доказательства из интернета — подлежит проверке юристом.",
        "tg": "Русия: Асосҳои қонунгузории Федератсияи Русия дар бораи нотариат (Основы законодательства РФ о нотариате), м. 103; тавсияҳои методии Палатаи федералии нотариалӣ аз 26.06.2023. Тоҷикистон: оё нотариусҳо далелҳои интернетиро таъмин мекунанд — бояд аз ҷониби ҳуқуқшинос тасдиқ шавад."},
    "court.legal.h_lang": {"en": "Language of the documents", "ru": "Язык документов", "tg": "Забони ҳуҷҷатҳо"},
    "court.legal.lang": {
        "en": "Tajikistan: courts work in the state language (Tajik), with an interpreter where needed. Russia: documents in a foreign language need a certified translation into Russian (ГПК РФ art. 408, АПК РФ art. 75). Content in Tajik therefore needs a Russian translation, marked as a translation, with the translator's name and a notary's certification; the originals stay alongside.",
        "ru": "Таджикистан: суды работают на государственном (таджикском) языке, при необходимости с переводчиком. Россия: документы на иностранном языке требуют заверенного перевода на русский (ГПК РФ ст. 408, АПК РФ ст. 75). Поэтому материалы на таджикском нужно перевести на русский с пометкой «перевод», именем переводчика и нотариальным удостоверением; оригиналы прилагаются.",
        "tg": "Тоҷикистон: судҳо бо забони давлатӣ (тоҷикӣ) кор мекунанд, дар ҳолати зарурӣ бо тарҷумон. Русия: ҳуҷҷатҳо бо забони хориҷӣ тарҷумаи тасдиқшуда ба забони русиро талаб мекунанд (ГПК РФ м. 408, АПК РФ м. 75). Бинобар ин маводи тоҷикӣ бояд бо қайди «тарҷума», номи тарҷумон ва тасдиқи нотариалӣ ба русӣ тарҷума шавад; аслҳо замима мешаванд."},
    "court.legal.h_crime": {"en": "Criminal law that may apply", "ru": "Уголовный закон, который может применяться", "tg": "Қонуни ҷиноятӣ, ки метавонад татбиқ шавад"},
    "court.legal.crime": {
        "en": "Russia: Criminal Code (УК РФ) art. 137 (violation of privacy) and art. 163 (extortion). Tajikistan: Criminal Code art. 144 (unlawful collection and dissemination of information about private life), as cited by a Tajik NGO lawyer. Defamation and insult were decriminalised in Tajikistan in 2012. Which articles fit this case is to be confirmed by counsel.",
        "ru": "Россия: УК РФ ст. 137 (нарушение неприкосновенности частной жизни) и ст. 163 (вымогательство). Таджикистан: Уголовный кодекс, ст. 144 (незаконный сбор и распространение сведений о частной жизни) — по указанию юриста таджикской НКО. Клевета и оскорбление в Таджикистане декриминализированы в 2012 году. Какие статьи подходят к этому делу — подлежит проверке юристом.",
        "tg": "Русия: Кодекси ҷиноятии ФР (УК РФ) м. 137 (вайрон кардани дахлнопазирии ҳаёти шахсӣ) ва м. 163 (тамаъҷӯӣ). Тоҷикистон: Кодекси ҷиноятӣ, м. 144 (ғайриқонунӣ ҷамъ кардан ва паҳн кардани маълумот дар бораи ҳаёти шахсӣ) — тибқи нишондоди ҳуқуқшиноси як ТҒД-и тоҷик. Тӯҳмат ва таҳқир дар Тоҷикистон соли 2012 аз қонуни ҷиноятӣ хориҷ карда шуданд. Кадом моддаҳо ба ин парванда мувофиқанд — бояд аз ҷониби ҳуқуқшинос тасдиқ шавад."},
    "court.legal.h_sign": {"en": "Signatures and hashes", "ru": "Подписи и хеши", "tg": "Имзоҳо ва хешҳо"},
    "court.legal.sign": {
        "en": "The SHA-256 values in this dossier and the Ed25519 signature of the bundle show that the files are unchanged since they were sealed. The key was generated by the collector's copy of Evidence Kit: it is not a recognised electronic signature under Tajikistan's 2023 law on electronic documents and electronic signatures or under Russia's Federal Law No. 63-FZ, and it does not make this document official.",
        "ru": "Значения SHA-256 в досье и подпись Ed25519 пакета показывают, что файлы не менялись с момента запечатывания. Ключ создан копией Evidence Kit собравшего лица: это не признанная электронная подпись ни по закону Таджикистана 2023 года об электронных документах и электронной подписи, ни по Федеральному закону РФ № 63-ФЗ, и она не делает документ официальным.",
        "tg": "Қиматҳои SHA-256 дар ин маҷмӯа ва имзои Ed25519-и баста нишон медиҳанд, ки файлҳо аз лаҳзаи мӯҳр шудан тағйир наёфтаанд. Калидро нусхаи Evidence Kit-и ҷамъоваранда сохтааст: он на тибқи қонуни соли 2023-и Тоҷикистон дар бораи ҳуҷҷатҳои электронӣ ва имзои электронӣ ва на тибқи Қонуни федералии Русия № 63-ФЗ имзои электронии эътирофшуда нест ва ҳуҷҷатро расмӣ намегардонад."},
    "court.legal.h_method": {"en": "The form of the declaration", "ru": "Форма заявления", "tg": "Шакли изҳорот"},
    "court.legal.method": {
        "en": "US Federal Rules of Evidence 902(13) and 902(14) allow records generated by an electronic process, and data copied from a device, to be authenticated by the written certification of a qualified person. The declaration in Appendix C follows that form so that it can be adapted elsewhere; its use in another jurisdiction is to be confirmed by counsel.",
        "ru": "Федеральные правила доказывания США 902(13) и 902(14) допускают удостоверение записей, созданных электронным процессом, и данных, скопированных с устройства, письменным удостоверением компетентного лица. Заявление в Приложении В составлено по этому образцу, чтобы его можно было адаптировать; его использование в другой юрисдикции подлежит проверке юристом.",
        "tg": "Қоидаҳои федералии далелҳои ИМА 902(13) ва 902(14) иҷозат медиҳанд, ки сабтҳои бо раванди электронӣ сохташуда ва маълумоти аз дастгоҳ нусхабардоришуда бо тасдиқномаи хаттии шахси салоҳиятдор тасдиқ карда шаванд. Изҳорот дар Замимаи В аз рӯи ҳамин намуна тартиб дода шудааст, то онро мутобиқ кардан мумкин бошад; истифодаи он дар салоҳияти дигар бояд аз ҷониби ҳуқуқшинос тасдиқ шавад."},
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
    "ex.verify.step_fp": {
        "en": "Check that the key is the collector's: the value printed must equal the fingerprint above and on the dossier's cover:",
        "ru": "Убедитесь, что ключ принадлежит собравшему лицу: выведенное значение должно совпасть с отпечатком выше и на обложке досье:",
        "tg": "Боварӣ ҳосил кунед, ки калид аз они ҷамъоваранда аст: қимати чопшуда бояд бо изи боло ва изи рӯи ҷилди маҷмӯа мувофиқ ояд:"},
    "ex.verify.step_tool": {
        "en": "Or, with Evidence Kit installed, run all these checks at once:",
        "ru": "Или, если установлен Evidence Kit, выполните все проверки сразу:",
        "tg": "Ё, агар Evidence Kit насб бошад, ҳамаи санҷишҳоро якбора иҷро кунед:"},
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
    # ------------------------------------------------------------------ platform report
    "plat.pdf_title": {"en": "Report of abusive content — {id}", "ru": "Жалоба на противоправные материалы — {id}", "tg": "Шикоят аз маводи таҳқиромез — {id}"},
    "plat.pdf_subject": {"en": "Request to remove {count} item(s)", "ru": "Просьба удалить материалы: {count}", "tg": "Дархости нест кардани {count} мавод"},
    "plat.section_summary": {"en": "Summary", "ru": "Кратко", "tg": "Хулоса"},
    "plat.title": {"en": "Request to remove abusive content", "ru": "Просьба удалить противоправные материалы", "tg": "Дархости нест кардани маводи таҳқиромез"},
    "plat.meta": {"en": "Prepared by {who} on {when} · reference {id}", "ru": "Подготовил(а) {who}, {when} · номер {id}", "tg": "Омода кард {who}, {when} · рақам {id}"},
    "plat.summary": {
        "en": "This report lists {count} item(s) that publish private information about the reporting person, or abuse her, on: {platforms}. Each section is addressed to one platform and can be sent on its own.",
        "ru": "В жалобе перечислены материалы ({count}), которые раскрывают частную информацию о заявительнице или оскорбляют её, на платформах: {platforms}. Каждый раздел адресован одной платформе и может быть отправлен отдельно.",
        "tg": "Дар ин шикоят {count} мавод номбар шудааст, ки маълумоти шахсии аризадиҳандаро ошкор мекунанд ё ӯро таҳқир мекунанд, дар: {platforms}. Ҳар қисм ба як платформа нигаронида шудааст ва метавонад алоҳида фиристода шавад."},
    "plat.skipped_imports": {
        "en": "{count} imported file(s) without a web address are not listed here.",
        "ru": "Импортированные файлы без веб-адреса ({count}) здесь не перечислены.",
        "tg": "{count} файли воридшуда бе суроғаи интернетӣ дар ин ҷо номбар нашудаанд."},
    "plat.no_images": {
        "en": "No intimate image is reproduced in this report: pictures of sensitive items are blurred beyond recognition.",
        "ru": "В жалобе не воспроизводится ни одно интимное изображение: изображения деликатных материалов размыты до неузнаваемости.",
        "tg": "Дар ин шикоят ягон тасвири маҳрамона оварда нашудааст: тасвирҳои маводи ҳассос то дараҷаи нашиносоӣ хира карда шудаанд."},
    "plat.nothing": {"en": "None of the chosen items has a web address to report.", "ru": "Ни у одного из выбранных элементов нет веб-адреса для жалобы.", "tg": "Ҳеҷ як аз унсурҳои интихобшуда суроғаи интернетӣ барои шикоят надорад."},
    "plat.section": {"en": "{platform}: content to remove", "ru": "{platform}: материалы для удаления", "tg": "{platform}: маводи бояд несшаванда"},
    "plat.where_telegram": {
        "en": "Where to send: in the Telegram app, open the message or the channel › … › Report; and by e-mail to {places} with the links below.",
        "ru": "Куда отправить: в приложении Telegram откройте сообщение или канал › … › Пожаловаться; а также по e-mail на {places} со ссылками ниже.",
        "tg": "Ба куҷо фиристодан: дар барномаи Telegram паём ё каналро кушоед › … › Шикоят; инчунин тавассути e-mail ба {places} бо пайвандҳои зер."},
    "plat.where_instagram": {
        "en": "Where to send: in the Instagram app, … on the post or profile › Report; or the forms of the Help Center ({places}) for private information and intimate images.",
        "ru": "Куда отправить: в приложении Instagram … у публикации или профиля › Пожаловаться; или формы Справочного центра ({places}) для частной информации и интимных изображений.",
        "tg": "Ба куҷо фиристодан: дар барномаи Instagram … дар назди нашр ё профил › Шикоят; ё шаклҳои Маркази ёрӣ ({places}) барои маълумоти шахсӣ ва тасвирҳои маҳрамона."},
    "plat.where_facebook": {
        "en": "Where to send: … on the post › Report post; the Help Center ({places}) has forms for privacy violations and intimate images.",
        "ru": "Куда отправить: … у публикации › Пожаловаться; в Справочном центре ({places}) есть формы для нарушений конфиденциальности и интимных изображений.",
        "tg": "Ба куҷо фиристодан: … дар назди нашр › Шикоят; дар Маркази ёрӣ ({places}) шаклҳо барои вайрон кардани махфият ва тасвирҳои маҳрамона ҳастанд."},
    "plat.where_youtube": {
        "en": "Where to send: … under the video › Report; for private information, YouTube's privacy complaint process ({places}).",
        "ru": "Куда отправить: … под видео › Пожаловаться; для частной информации — процедура жалоб на нарушение конфиденциальности YouTube ({places}).",
        "tg": "Ба куҷо фиристодан: … дар зери видео › Шикоят; барои маълумоти шахсӣ — тартиби шикоят аз вайрон кардани махфияти YouTube ({places})."},
    "plat.where_tiktok": {
        "en": "Where to send: in the app, Share › Report on the video or profile; or the online form ({places}).",
        "ru": "Куда отправить: в приложении «Поделиться» › «Пожаловаться» у видео или профиля; или онлайн-форма ({places}).",
        "tg": "Ба куҷо фиристодан: дар барнома «Мубодила» › «Шикоят» дар назди видео ё профил; ё шакли онлайн ({places})."},
    "plat.where_vk": {
        "en": "Where to send: … on the post › Report (Пожаловаться); or VK Support ({places}).",
        "ru": "Куда отправить: … у записи › Пожаловаться; или Поддержка ВКонтакте ({places}).",
        "tg": "Ба куҷо фиристодан: … дар назди сабт › Шикоят (Пожаловаться); ё Дастгирии VK ({places})."},
    "plat.where_ok": {
        "en": "Where to send: … on the post › Report (Пожаловаться); or OK Help ({places}).",
        "ru": "Куда отправить: … у публикации › Пожаловаться; или Помощь Одноклассников ({places}).",
        "tg": "Ба куҷо фиристодан: … дар назди нашр › Шикоят (Пожаловаться); ё Ёрии OK ({places})."},
    "plat.where_other": {
        "en": "Where to send: the site's own report button or abuse contact address; if there is none, the abuse address of its hosting provider.",
        "ru": "Куда отправить: кнопка жалобы на самом сайте или его адрес для жалоб; если их нет — адрес для жалоб его хостинг-провайдера.",
        "tg": "Ба куҷо фиристодан: тугмаи шикояти худи сайт ё суроғаи он барои шикоятҳо; агар набошад — суроғаи шикояти провайдери хостинги он."},
    "plat.rule": {"en": "{document}: {rule}", "ru": "{document}: {rule}", "tg": "{document}: {rule}"},
    "plat.doc.telegram": {"en": "Telegram's Terms of Service", "ru": "Условия использования Telegram", "tg": "Шартҳои истифодаи Telegram"},
    "plat.doc.instagram": {"en": "Instagram's Community Guidelines", "ru": "Правила сообщества Instagram", "tg": "Қоидаҳои ҷомеаи Instagram"},
    "plat.doc.facebook": {"en": "Meta's Community Standards", "ru": "Нормы сообщества Meta", "tg": "Меъёрҳои ҷомеаи Meta"},
    "plat.doc.youtube": {"en": "YouTube's Community Guidelines", "ru": "Правила сообщества YouTube", "tg": "Қоидаҳои ҷомеаи YouTube"},
    "plat.doc.tiktok": {"en": "TikTok's Community Guidelines", "ru": "Правила сообщества TikTok", "tg": "Қоидаҳои ҷомеаи TikTok"},
    "plat.doc.vk": {"en": "the VK platform rules", "ru": "Правила платформы ВКонтакте", "tg": "Қоидаҳои платформаи VK"},
    "plat.doc.ok": {"en": "the OK.ru rules", "ru": "Регламент Одноклассников", "tg": "Қоидаҳои OK.ru"},
    "plat.doc.other": {"en": "the site's terms of use", "ru": "условия использования сайта", "tg": "шартҳои истифодаи сайт"},
    "plat.family.ncii": {"en": "sharing intimate images without consent", "ru": "распространение интимных изображений без согласия", "tg": "паҳн кардани тасвирҳои маҳрамона бе розигӣ"},
    "plat.family.privacy": {"en": "publishing private information (home address, phone number) without consent", "ru": "публикация частной информации (домашний адрес, телефон) без согласия", "tg": "нашри маълумоти шахсӣ (суроғаи хона, рақами телефон) бе розигӣ"},
    "plat.family.harassment": {"en": "harassment and bullying", "ru": "травля и оскорбления", "tg": "озор ва таҳқир"},
    "plat.family.threats": {"en": "threats of violence", "ru": "угрозы насилием", "tg": "таҳдиди зӯроварӣ"},
    "plat.family.impersonation": {"en": "impersonation", "ru": "выдача себя за другого человека", "tg": "худро ба ҷои шахси дигар муаррифӣ кардан"},
    "plat.h_request": {"en": "Request", "ru": "Просьба", "tg": "Дархост"},
    "plat.request": {
        "en": "On behalf of {who}, I ask you to remove without delay the {count} item(s) on {platform} listed below. They break {rules}. They were published without the consent of the person concerned and put her safety at risk.",
        "ru": "От имени {who} прошу без промедления удалить перечисленные ниже материалы на {platform} ({count}). Они нарушают: {rules}. Они опубликованы без согласия затронутого лица и угрожают её безопасности.",
        "tg": "Аз номи {who} хоҳиш мекунам, ки {count} маводи дар зер номбаршударо дар {platform} бе таъхир нест кунед. Онҳо инро вайрон мекунанд: {rules}. Онҳо бе розигии шахси дахлдор нашр шудаанд ва амнияти ӯро зери хатар мегузоранд."},
    "plat.preserve": {
        "en": "Please also preserve the data of the accounts that posted them (identifiers, registration data, IP logs) for a possible request by law enforcement, and tell us the outcome of this report.",
        "ru": "Просим также сохранить данные аккаунтов, опубликовавших эти материалы (идентификаторы, регистрационные данные, журналы IP), для возможного запроса правоохранительных органов, и сообщить нам результат рассмотрения.",
        "tg": "Инчунин хоҳиш мекунем, ки маълумоти ҳисобҳое, ки ин маводро нашр кардаанд (рамзҳо, маълумоти бақайдгирӣ, сабтҳои IP), барои дархости эҳтимолии мақомоти ҳифзи ҳуқуқ нигоҳ дошта шавад ва натиҷаи баррасиро ба мо хабар диҳед."},
    "plat.ncii_stopncii": {
        "en": "Some items are intimate images shared without consent: please treat this report as urgent. Their hashes can also be submitted through StopNCII.org, of which this platform is a partner.",
        "ru": "Часть материалов — интимные изображения, распространённые без согласия: просим рассмотреть жалобу срочно. Их хеши также могут быть переданы через StopNCII.org, партнёром которого является эта платформа.",
        "tg": "Қисме аз мавод тасвирҳои маҳрамонаест, ки бе розигӣ паҳн шудаанд: хоҳиш мекунем, ки шикоят фавран баррасӣ шавад. Хешҳои онҳо инчунин метавонанд тавассути StopNCII.org, ки ин платформа шарики он аст, фиристода шаванд."},
    "plat.ncii_urgent": {
        "en": "Some items are intimate images shared without consent: please treat this report as urgent.",
        "ru": "Часть материалов — интимные изображения, распространённые без согласия: просим рассмотреть жалобу срочно.",
        "tg": "Қисме аз мавод тасвирҳои маҳрамонаест, ки бе розигӣ паҳн шудаанд: хоҳиш мекунем, ки шикоят фавран баррасӣ шавад."},
    "plat.h_items": {"en": "Content to remove", "ru": "Материалы для удаления", "tg": "Маводи бояд несшаванда"},
    "plat.final_url": {"en": "reached after redirects:", "ru": "итоговый адрес после перенаправлений:", "tg": "суроғаи ниҳоӣ пас аз равонакуниҳо:"},
    "plat.f_handle": {"en": "Account / channel: {value}", "ru": "Аккаунт / канал: {value}", "tg": "Ҳисоб / канал: {value}"},
    "plat.f_account": {"en": "Numeric id: {value}", "ru": "Числовой id: {value}", "tg": "Рамзи рақамӣ: {value}"},
    "plat.f_post": {"en": "Post / message no.: {value}", "ru": "№ публикации / сообщения: {value}", "tg": "№ нашр / паём: {value}"},
    "plat.f_private": {"en": "Private link: visible only to members", "ru": "Закрытая ссылка: видна только участникам", "tg": "Пайванди пӯшида: танҳо ба аъзоён намоён"},
    "plat.f_captured": {"en": "Captured {when} — {status}", "ru": "Сохранено {when} — {status}", "tg": "Сабт шуд {when} — {status}"},
    "plat.f_abuse": {"en": "What it shows: {kinds}", "ru": "Что содержит: {kinds}", "tg": "Чиро нишон медиҳад: {kinds}"},
    "plat.f_sha": {"en": "SHA-256 of the screenshot ({name}):", "ru": "SHA-256 снимка экрана ({name}):", "tg": "SHA-256-и акси экран ({name}):"},
    "plat.abuse_unset": {"en": "not stated", "ru": "не указано", "tg": "нишон дода нашудааст"},
    "plat.no_thumb": {"en": "no picture", "ru": "нет изображения", "tg": "тасвир нест"},
    "plat.thumb_blurred": {"en": "blurred: sensitive", "ru": "размыто: деликатное", "tg": "хира шуд: ҳассос"},
    "plat.thumb_top": {"en": "top of the capture", "ru": "верх сохранённой страницы", "tg": "қисми болоии сабт"},
    "plat.evidence_note": {
        "en": "Each item was captured and sealed with Evidence Kit (reference {id}); the screenshots, the page archives and their SHA-256 values can be given to you or to the authorities on request.",
        "ru": "Каждый материал сохранён и запечатан в Evidence Kit (номер {id}); снимки экрана, архивы страниц и их значения SHA-256 могут быть предоставлены вам или органам власти по запросу.",
        "tg": "Ҳар мавод бо Evidence Kit сабт ва мӯҳр шудааст (рақам {id}); аксҳои экран, бойгониҳои саҳифаҳо ва қиматҳои SHA-256-и онҳо метавонанд бо дархост ба шумо ё ба мақомот дода шаванд."},
    "plat.contact": {"en": "Contact of the reporting person: ______________________________", "ru": "Контакт заявителя: ______________________________", "tg": "Тамоси аризадиҳанда: ______________________________"},
}

register(M)
