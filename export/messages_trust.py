"""Words of the export's trust anchors: trusted time, the PDF signature, WACZ and redacted copies
(VERIFY.txt, verify-bundle, the court dossier)."""

from __future__ import annotations

from evidence_kit.i18n import register

M: dict[str, dict[str, str]] = {
    # ------------------------------------------------------------------ VERIFY.txt
    "ex.verify.ts_title": {"en": "Trusted time (RFC 3161 time stamps)", "ru": "Доверенное время (метки времени RFC 3161)",
                           "tg": "Вақти боэътимод (тамғаҳои вақти RFC 3161)"},
    "ex.verify.ts_intro": {
        "en": "Each exhibit folder holds record.json (the exact bytes that were time-stamped: the item's files with their SHA-256 and its recorded details) and one .tsr file per time stamp. A time-stamping authority (TSA) outside this computer signed that the SHA-256 of record.json existed at the time it states. Check each with:",
        "ru": "В папке каждого приложения есть record.json (точные байты, на которые получена метка времени: файлы элемента с их SHA-256 и записанные сведения) и по одному файлу .tsr на каждую метку. Служба меток времени (TSA) вне этого компьютера подписала, что SHA-256 файла record.json существовал в указанное ею время. Проверьте каждую метку так:",
        "tg": "Дар ҷузвдони ҳар замима record.json (маҳз ҳамон байтҳое, ки ба онҳо тамғаи вақт гирифта шудааст: файлҳои унсур бо SHA-256 ва маълумоти сабтшуда) ва барои ҳар тамға як файли .tsr ҳаст. Хадамоти тамғаи вақт (TSA) берун аз ин компютер имзо кардааст, ки SHA-256-и record.json дар вақти нишондодааш вуҷуд дошт. Ҳар тамғаро чунин санҷед:"},
    "ex.verify.ts_root": {
        "en": "ROOT.pem is the root certificate of the authority that issued the time stamp. These commands show the certificates inside a token, the last issuer being the root to obtain from the authority:",
        "ru": "ROOT.pem — корневой сертификат службы, выдавшей метку времени. Эти команды показывают сертификаты внутри метки; последний издатель — корневой сертификат, который нужно получить у службы:",
        "tg": "ROOT.pem сертификати решагии хадамотест, ки тамғаи вақтро додааст. Ин фармонҳо сертификатҳои дохили тамғаро нишон медиҳанд; охирин диҳанда сертификати решагиест, ки бояд аз хадамот гирифт:"},
    "ex.verify.ts_root_unknown": {
        "en": "get the root certificate named in the token from this authority's operator",
        "ru": "получите корневой сертификат, указанный в метке, у оператора этой службы",
        "tg": "сертификати решагии дар тамға зикршударо аз оператори ин хадамот гиред"},
    "ex.verify.ts_none": {
        "en": "No exhibit in this bundle has a time stamp yet.",
        "ru": "Ни у одного приложения в этом пакете пока нет метки времени.",
        "tg": "Ҳеҷ замимаи ин баста ҳанӯз тамғаи вақт надорад."},
    "ex.verify.ts_pending": {
        "en": "Not time-stamped yet (no authority could be reached when they were sealed or since): {exhibits}. For them only the computer's own clock gives the time.",
        "ru": "Пока без метки времени (ни одна служба не была доступна при запечатывании или позже): {exhibits}. Для них время известно только по часам компьютера.",
        "tg": "Ҳанӯз бе тамғаи вақт (ҳангоми мӯҳр задан ва баъд аз он ягон хадамот дастрас набуд): {exhibits}. Барои онҳо вақт танҳо аз соати компютер маълум аст."},
    "ex.verify.ts_head": {
        "en": "custody-head.tsr time-stamps custody log entry {seq} (its hash is the imprint), at {when}. Every earlier entry is chained to it, so the log up to that entry existed then:",
        "ru": "custody-head.tsr — метка времени на запись {seq} журнала хранения (её хеш — отпечаток), выданная {when}. Все более ранние записи сцеплены с ней, значит журнал до этой записи существовал в то время:",
        "tg": "custody-head.tsr тамғаи вақт ба сабти {seq}-и дафтари нигаҳдорӣ аст (хеши он изи тамға аст), дар {when}. Ҳамаи сабтҳои пештара бо он занҷир шудаанд, пас дафтар то ин сабт дар он вақт вуҷуд дошт:"},
    "ex.verify.ts_no_head": {
        "en": "The custody log could not be time-stamped when this bundle was made (no authority answered).",
        "ru": "При создании пакета журнал хранения не удалось снабдить меткой времени (ни одна служба не ответила).",
        "tg": "Ҳангоми сохтани ин баста ба дафтари нигаҳдорӣ тамғаи вақт гирифта нашуд (ягон хадамот ҷавоб надод)."},
    "ex.verify.pdf_title": {"en": "The signed PDF", "ru": "Подписанный PDF", "tg": "PDF-и имзошуда"},
    "ex.verify.pdf_sig": {
        "en": "The court PDF carries a PAdES signature over the whole document, made with this vault's own key; its certificate is {cert} (listed in SHA256SUMS, which the vault's Ed25519 key signs). Poppler's pdfsig must say \"Signature is Valid\" and \"Total document signed\":",
        "ru": "PDF для суда содержит подпись PAdES на весь документ, сделанную собственным ключом этого хранилища; её сертификат — {cert} (указан в SHA256SUMS, который подписан ключом Ed25519 хранилища). pdfsig из Poppler должен показать \"Signature is Valid\" и \"Total document signed\":",
        "tg": "PDF барои суд имзои PAdES-ро ба тамоми ҳуҷҷат дорад, ки бо калиди худи ин хазина сохта шудааст; сертификати он {cert} аст (дар SHA256SUMS номбар шудааст, ки онро калиди Ed25519-и хазина имзо мекунад). pdfsig-и Poppler бояд \"Signature is Valid\" ва \"Total document signed\" нишон диҳад:"},
    "ex.verify.pdf_means": {
        "en": "The signature shows that the PDF has not changed since it was signed. Its certificate is self-signed by the collector's Evidence Kit: it is not a qualified electronic signature and says nothing about who she is. When the signature carries a time stamp, an authority outside this computer vouches for the time of signing.",
        "ru": "Подпись показывает, что PDF не менялся после подписания. Её сертификат самоподписан программой Evidence Kit собирателя: это не квалифицированная электронная подпись, и она ничего не говорит о личности. Если подпись содержит метку времени, время подписания подтверждает служба вне этого компьютера.",
        "tg": "Имзо нишон медиҳад, ки PDF пас аз имзо тағйир наёфтааст. Сертификати он аз ҷониби Evidence Kit-и ҷамъоваранда худимзо шудааст: ин имзои электронии тахассусӣ нест ва дар бораи шахсият чизе намегӯяд. Агар имзо тамғаи вақт дошта бошад, вақти имзоро хадамоти берун аз ин компютер тасдиқ мекунад."},
    "ex.verify.wacz": {
        "en": "{count} captured page(s) are also given as capture.wacz (WACZ 1.1.1), which opens in ReplayWeb.page and other Webrecorder tools. To check one:",
        "ru": "Сохранённые страницы ({count}) также даны как capture.wacz (WACZ 1.1.1); файл открывается в ReplayWeb.page и других инструментах Webrecorder. Проверка:",
        "tg": "{count} саҳифаи сабтшуда инчунин ҳамчун capture.wacz (WACZ 1.1.1) дода шудаанд, ки дар ReplayWeb.page ва дигар абзорҳои Webrecorder кушода мешаванд. Санҷиш:"},
    "ex.verify.redacted_intro": {
        "en": "These files are redacted copies, not the sealed originals: they were captured with a login session, and the values of the headers named below were replaced so that no login secret leaves the vault. The sealed original stays unchanged in the vault; both hashes are given (the manifest lists them too):",
        "ru": "Эти файлы — копии с изъятиями, а не запечатанные оригиналы: они сохранены с входом в учётную запись, и значения указанных ниже заголовков заменены, чтобы секреты входа не покинули хранилище. Запечатанный оригинал в хранилище не изменён; даны оба хеша (они есть и в манифесте):",
        "tg": "Ин файлҳо нусхаҳои тозакардашудаанд, на аслҳои мӯҳршуда: онҳо бо вуруд ба ҳисоб сабт шудаанд ва қиматҳои сарлавҳаҳои дар поён зикршуда иваз карда шуданд, то ягон сирри вуруд аз хазина берун наравад. Асли мӯҳршуда дар хазина бетағйир мемонад; ҳар ду хеш дода шудаанд (дар манифест низ ҳастанд):"},
    "ex.verify.redacted_file": {
        "en": "{path}: {headers} replaced; sealed original SHA-256 {original}; this copy's SHA-256 {copy}",
        "ru": "{path}: заменены {headers}; SHA-256 запечатанного оригинала {original}; SHA-256 этой копии {copy}",
        "tg": "{path}: {headers} иваз шуданд; SHA-256-и асли мӯҳршуда {original}; SHA-256-и ин нусха {copy}"},
    # ------------------------------------------------------------------ verify-bundle
    "ex.vb.ts_token_bad": {
        "en": "The time stamp {path} does not check: {reason}",
        "ru": "Метка времени {path} не проходит проверку: {reason}",
        "tg": "Тамғаи вақти {path} санҷишро намегузарад: {reason}"},
    "ex.vb.ts_record_differs": {
        "en": "{path} does not describe the files the manifest lists for this exhibit.",
        "ru": "{path} не соответствует файлам, которые манифест указывает для этого приложения.",
        "tg": "{path} ба файлҳое, ки манифест барои ин замима номбар мекунад, мувофиқ нест."},
    "ex.vb.ts_time_differs": {
        "en": "The time stamp {path} says {when}, not the time the manifest gives.",
        "ru": "В метке времени {path} указано {when}, а не время из манифеста.",
        "tg": "Дар тамғаи вақти {path} {when} омадааст, на вақти манифест."},
    "ex.vb.ts_head_not_in_log": {
        "en": "{path} stamps a custody entry {seq} that is not the one in custody-log.jsonl.",
        "ru": "{path} относится к записи журнала {seq}, которая не совпадает с записью в custody-log.jsonl.",
        "tg": "{path} ба сабти {seq}-и дафтар тааллуқ дорад, ки бо сабти custody-log.jsonl мувофиқ нест."},
    # ------------------------------------------------------------------ the court dossier
    "court.trust.md_label": {"en": "Trusted time", "ru": "Доверенное время", "tg": "Вақти боэътимод"},
    "court.trust.stamped": {
        "en": "{when} — time stamp by {tsa} ({name}), over the SHA-256 of this exhibit's record {record}",
        "ru": "{when} — метка времени службы {tsa} ({name}) на SHA-256 записи этого приложения {record}",
        "tg": "{when} — тамғаи вақти хадамоти {tsa} ({name}) ба SHA-256-и сабти ин замима {record}"},
    "court.trust.pending": {
        "en": "Not stamped: no time-stamping authority could be reached so far. The time of this exhibit rests on this computer's clock alone.",
        "ru": "Метки времени нет: пока не удалось связаться ни с одной службой меток времени. Время этого приложения основано только на часах этого компьютера.",
        "tg": "Тамғаи вақт нест: то ҳол бо ягон хадамоти тамғаи вақт пайваст шудан муяссар нашуд. Вақти ин замима танҳо ба соати ин компютер асос ёфтааст."},
    "court.trust.cover_h": {"en": "What the signature and the trusted time prove",
                            "ru": "Что доказывают подпись и доверенное время",
                            "tg": "Имзо ва вақти боэътимод чиро исбот мекунанд"},
    "court.trust.cover_sig": {
        "en": "This PDF is signed with this vault's own key (fingerprint above). A PDF reader that checks the signature shows whether any byte has changed since it was signed. The key belongs to the collector's copy of Evidence Kit, not to a certification authority: it is not a qualified electronic signature and does not prove who she is.",
        "ru": "Этот PDF подписан собственным ключом этого хранилища (отпечаток выше). Программа просмотра PDF, проверяющая подпись, покажет, изменился ли хоть один байт после подписания. Ключ принадлежит копии Evidence Kit собирателя, а не удостоверяющему центру: это не квалифицированная электронная подпись, и она не доказывает личность.",
        "tg": "Ин PDF бо калиди худи ин хазина имзо шудааст (изи он дар боло). Барномаи PDF, ки имзоро месанҷад, нишон медиҳад, ки оё пас аз имзо ягон байт тағйир ёфтааст. Калид ба нусхаи Evidence Kit-и ҷамъоваранда тааллуқ дорад, на ба маркази тасдиқкунанда: ин имзои электронии тахассусӣ нест ва шахсияти ӯро исбот намекунад."},
    "court.trust.cover_time": {
        "en": "Trusted time: for {stamped} of {total} exhibits, an independent time-stamping authority (RFC 3161) signed the SHA-256 of the exhibit's record, so those files existed, unchanged, no later than the time it states (given with each exhibit). It does not prove what the page showed, who posted it, or that the computer's own clock was right at capture; it proves the files were not made or changed after that time.",
        "ru": "Доверенное время: для {stamped} из {total} приложений независимая служба меток времени (RFC 3161) подписала SHA-256 записи приложения, значит эти файлы существовали в неизменном виде не позже указанного ею времени (оно приведено у каждого приложения). Это не доказывает, что показывала страница, кто её опубликовал и что часы компьютера были верны при сохранении; это доказывает, что файлы не созданы и не изменены после этого времени.",
        "tg": "Вақти боэътимод: барои {stamped} аз {total} замима хадамоти мустақили тамғаи вақт (RFC 3161) SHA-256-и сабти замимаро имзо кардааст, пас ин файлҳо бетағйир на дертар аз вақти нишондодаи он вуҷуд доштанд (вақт дар назди ҳар замима оварда шудааст). Ин исбот намекунад, ки саҳифа чӣ нишон медод, кӣ онро нашр кард ё соати компютер ҳангоми сабт дуруст буд; ин исбот мекунад, ки файлҳо пас аз он вақт сохта ё тағйир дода нашудаанд."},
}

register(M)

register({
    "ex.sign.reason_court": {
        "en": "Court dossier exported by Evidence Kit: this signature shows the document has not changed since.",
        "ru": "Досье для суда, экспортированное Evidence Kit: подпись показывает, что документ с тех пор не менялся.",
        "tg": "Парвандаи суд, ки Evidence Kit содир кардааст: имзо нишон медиҳад, ки ҳуҷҷат аз он вақт тағйир наёфтааст."},
    "ex.sign.reason_platform": {
        "en": "Platform report exported by Evidence Kit: this signature shows the document has not changed since.",
        "ru": "Отчёт для платформы, экспортированный Evidence Kit: подпись показывает, что документ с тех пор не менялся.",
        "tg": "Гузориш барои платформа, ки Evidence Kit содир кардааст: имзо нишон медиҳад, ки ҳуҷҷат аз он вақт тағйир наёфтааст."},
})
