"""The words of `evidence-kit export` and `verify-bundle`, their errors, the small words every
export shares (yes/no, times, results, kinds of abuse) and the footer of every page."""

from __future__ import annotations

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
    "ex.help.platform": {
        "en": "platform report: only this platform (telegram, instagram, facebook, youtube, tiktok, vk, ok, or a site's address); without it, one file per platform",
        "ru": "жалоба для платформы: только эта платформа (telegram, instagram, facebook, youtube, tiktok, vk, ok или адрес сайта); без неё — по файлу на платформу",
        "tg": "шикоят барои платформа: танҳо ҳамин платформа (telegram, instagram, facebook, youtube, tiktok, vk, ok ё суроғаи сайт); бе он — барои ҳар платформа як файл"},
    "ex.error.platform_kind": {
        "en": "--platform chooses the platform of a platform report; it does not apply to a {kind} export.",
        "ru": "--platform выбирает платформу для жалобы; к экспорту вида {kind} он не применяется.",
        "tg": "--platform платформаи шикоятро интихоб мекунад; ба содироти навъи {kind} татбиқ намешавад."},
    "ex.error.no_items_on_platform": {
        "en": "None of the chosen items is on {platform}. They are on: {found}.",
        "ru": "Ни один из выбранных элементов не находится на {platform}. Они на: {found}.",
        "tg": "Ҳеҷ як аз унсурҳои интихобшуда дар {platform} нест. Онҳо дар инҳоянд: {found}."},
    "ex.error.no_web_items": {
        "en": "None of the chosen items has a web address to report to a platform (imported files have none).",
        "ru": "Ни у одного из выбранных элементов нет веб-адреса для жалобы платформе (у импортированных файлов его нет).",
        "tg": "Ҳеҷ як аз унсурҳои интихобшуда суроғаи интернетӣ барои шикоят ба платформа надорад (файлҳои воридшуда онро надоранд)."},
    "ex.cli.done_platforms": {
        "en": "Platform reports written, one per platform (each shows only that platform's items):",
        "ru": "Жалобы для платформ записаны, по одной на платформу (каждая показывает только материалы своей платформы):",
        "tg": "Шикоятҳо барои платформаҳо навишта шуданд, барои ҳар платформа яктогӣ (ҳар кадом танҳо маводи платформаи худро нишон медиҳад):"},
    "ex.cli.platform_file": {
        "en": "  {platform}: {path} ({count} item(s))",
        "ru": "  {platform}: {path} (материалов: {count})",
        "tg": "  {platform}: {path} ({count} мавод)"},
}
