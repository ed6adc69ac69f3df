"""Words of the bundle checks added for issue 9 (ZIP structure, the expected key) and of the
VERIFY.txt steps about obtaining the fingerprint through a separate channel."""

from __future__ import annotations

from evidence_kit.i18n import register

M: dict[str, dict[str, str]] = {
    # ------------------------------------------------------------------ ZIP structure
    "ex.vb.duplicate": {
        "en": "{path} is in the ZIP file {count} times. Programs disagree on which copy they show, so a changed copy may sit beside the genuine one: do not rely on this bundle as it is.",
        "ru": "{path} встречается в ZIP-файле {count} раз(а). Программы по-разному выбирают, какую копию показать, поэтому рядом с подлинной может лежать изменённая: не полагайтесь на этот пакет в таком виде.",
        "tg": "{path} дар файли ZIP {count} маротиба омадааст. Барномаҳо нусхаҳои гуногунро нишон медиҳанд, бинобар ин дар паҳлӯи нусхаи аслӣ нусхаи тағйирёфта буда метавонад: ба ин баста дар ҳамин ҳол такя накунед."},
    "ex.vb.unsafe_name": {
        "en": "{path} is not a safe name inside a bundle (it climbs out of the folder, is an absolute path, or uses backslashes): unpacking it could write outside the folder or show another file.",
        "ru": "{path} — недопустимое имя внутри пакета (выходит за пределы папки, абсолютный путь или обратная косая черта): при распаковке оно может записать файл вне папки или показать другой файл.",
        "tg": "{path} номи бехатар дар дохили баста нест (аз ҷузвдон берун мебарояд, роҳи мутлақ аст ё хати каҷи баръакс дорад): ҳангоми кушодан он метавонад файлро берун аз ҷузвдон нависад ё файли дигарро нишон диҳад."},
    "ex.vb.shadowed": {
        "en": "{path} is both a file and a folder in the ZIP file: when it is unpacked one hides the other.",
        "ru": "{path} в ZIP-файле одновременно и файл, и папка: при распаковке одно скрывает другое.",
        "tg": "{path} дар файли ZIP ҳам файл аст ва ҳам ҷузвдон: ҳангоми кушодан яке дигареро пинҳон мекунад."},
    "ex.vb.case_collision": {
        "en": "These names differ only in capital letters or in how a letter is encoded: {path}. On Windows and macOS they are one file, so one copy hides the other.",
        "ru": "Эти имена различаются только заглавными буквами или кодировкой букв: {path}. В Windows и macOS это один файл, поэтому одна копия скрывает другую.",
        "tg": "Ин номҳо танҳо бо ҳарфҳои калон ё бо тарзи рамзгузории ҳарф фарқ мекунанд: {path}. Дар Windows ва macOS онҳо як файланд, бинобар ин як нусха дигареро пинҳон мекунад."},
    # ------------------------------------------------------------------ the expected key
    "ex.vb.unexpected_key": {
        "en": "The bundle is signed with a different key from the one you expected. Found: {found}. Expected: {expected}. It was not made with the collector's vault, or the fingerprint was copied wrongly: do not rely on it.",
        "ru": "Пакет подписан другим ключом, а не тем, который вы ожидали. Найден: {found}. Ожидался: {expected}. Он сделан не в хранилище собравшего лица, или отпечаток переписан с ошибкой: не полагайтесь на него.",
        "tg": "Баста бо калиди дигар имзо шудааст, на бо калиде, ки шумо интизор доштед. Ёфт шуд: {found}. Интизор буд: {expected}. Он дар хазинаи ҷамъоваранда сохта нашудааст ё изро хато навиштаанд: ба он такя накунед."},
    "ex.help.expect_fingerprint": {
        "en": "the fingerprint (64 hex characters) the collector gave you separately, on paper or by phone: any other signing key is a problem",
        "ru": "отпечаток (64 шестнадцатеричных символа), который собравшее лицо передало вам отдельно, на бумаге или по телефону: любой другой ключ подписи — проблема",
        "tg": "изе (64 аломати шонздаҳӣ), ки ҷамъоваранда ба шумо алоҳида, дар коғаз ё бо телефон додааст: ҳар калиди имзои дигар мушкил аст"},
    "ex.cli.vb_compare": {
        "en": "Signed with the key whose fingerprint is {fingerprint}. That fingerprint comes from the bundle itself, so on its own it proves nothing: compare it with the one the collector gave you separately (on paper or by phone), or check again with --expect-fingerprint.",
        "ru": "Подписано ключом с отпечатком {fingerprint}. Этот отпечаток взят из самого пакета, поэтому сам по себе ничего не доказывает: сравните его с тем, который собравшее лицо передало вам отдельно (на бумаге или по телефону), или проверьте ещё раз с --expect-fingerprint.",
        "tg": "Бо калиде имзо шудааст, ки изаш {fingerprint} аст. Ин из аз худи баста гирифта шудааст, бинобар ин худ аз худ чизеро исбот намекунад: онро бо изе, ки ҷамъоваранда ба шумо алоҳида (дар коғаз ё бо телефон) додааст, муқоиса кунед ё бо --expect-fingerprint бори дигар санҷед."},
    "ex.cli.vb_expected_ok": {
        "en": "The signing key is the one you expected ({fingerprint}).",
        "ru": "Ключ подписи — именно тот, который вы ожидали ({fingerprint}).",
        "tg": "Калиди имзо ҳамон калидест, ки шумо интизор доштед ({fingerprint})."},
    # ------------------------------------------------------------------ privacy of exports
    "ex.collector.not_given": {
        "en": "not given",
        "ru": "не указано",
        "tg": "нишон дода нашудааст"},
    "ex.help.include_paths": {
        "en": "also show where imported files were on this computer (their folders usually contain your login name); left out unless you ask",
        "ru": "показать также, где импортированные файлы лежали на этом компьютере (в пути обычно есть ваше имя пользователя); без этого параметра не показывается",
        "tg": "инчунин нишон додан, ки файлҳои воридшуда дар ин компютер дар куҷо буданд (дар роҳ одатан номи корбарии шумо ҳаст); бе ин параметр нишон дода намешавад"},
    # ------------------------------------------------------------------ VERIFY.txt
    "ex.verify.fp_separate": {
        "en": "This fingerprint is written in the bundle, so on its own it proves nothing: anyone can make a key and sign files with it. Ask the collector (or her lawyer) for her vault's fingerprint through a separate channel — on paper, in person or by phone, never in the same message as this bundle — and compare all 64 characters.",
        "ru": "Этот отпечаток записан в самом пакете, поэтому сам по себе ничего не доказывает: любой может создать ключ и подписать им файлы. Попросите собравшее лицо (или её адвоката) передать отпечаток её хранилища отдельным путём — на бумаге, лично или по телефону, но никогда в одном сообщении с этим пакетом — и сравните все 64 символа.",
        "tg": "Ин из дар худи баста навишта шудааст, бинобар ин худ аз худ чизеро исбот намекунад: ҳар кас метавонад калид сохта, бо он файлҳоро имзо кунад. Аз ҷамъоваранда (ё адвокати ӯ) хоҳиш кунед, ки изи хазинаи худро бо роҳи алоҳида — дар коғаз, шахсан ё бо телефон, ҳеҷ гоҳ дар як паём бо ин баста — диҳад ва ҳамаи 64 аломатро муқоиса кунед."},
    "ex.verify.step_fp_separate": {
        "en": "Check that the key is the collector's: the value printed must equal the fingerprint the collector gave you through a separate channel (not only the one above, which comes from this bundle):",
        "ru": "Убедитесь, что ключ принадлежит собравшему лицу: выведенное значение должно совпасть с отпечатком, который она передала вам отдельным путём (а не только с указанным выше — он взят из этого пакета):",
        "tg": "Боварӣ ҳосил кунед, ки калид аз они ҷамъоваранда аст: қимати чопшуда бояд бо изе, ки ӯ ба шумо бо роҳи алоҳида додааст, мувофиқ ояд (на танҳо бо изи боло, ки аз ҳамин баста гирифта шудааст):"},
    "ex.verify.step_tool_expect": {
        "en": "Or, with Evidence Kit, all of the above in one command (FINGERPRINT is the one you received separately):",
        "ru": "Или, с Evidence Kit, всё перечисленное одной командой (FINGERPRINT — отпечаток, полученный отдельно):",
        "tg": "Ё, бо Evidence Kit, ҳамаи амалҳои боло бо як фармон (FINGERPRINT изест, ки алоҳида гирифтаед):"},
}

register(M)
