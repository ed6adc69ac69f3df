"""Words for trusted time (RFC 3161 time stamps): the `stamp` command, `settings --tsa`, `show`,
and why an authority's answer was not kept."""

from __future__ import annotations

from . import register

M: dict[str, dict[str, str]] = {
    "event.item_stamped": {"en": "trusted time received", "ru": "получено доверенное время",
                           "tg": "вақти боэътимод гирифта шуд"},
    "event.log_stamped": {"en": "custody log given a trusted time", "ru": "журналу хранения присвоено доверенное время",
                          "tg": "ба дафтари нигаҳдорӣ вақти боэътимод дода шуд"},
    # ------------------------------------------------------------------ why a reply was not kept
    "ts.err.other": {
        "en": "The time-stamping service's answer could not be used.",
        "ru": "Ответ службы меток времени нельзя использовать.",
        "tg": "Ҷавоби хадамоти тамғаи вақтро истифода бурдан мумкин нест."},
    "ts.err.unreachable": {
        "en": "The time-stamping service could not be reached (no internet, blocked, or no answer within 10 s).",
        "ru": "Служба меток времени недоступна (нет интернета, доступ закрыт или нет ответа за 10 с).",
        "tg": "Хадамоти тамғаи вақт дастнорас аст (интернет нест, баста аст ё дар 10 сония ҷавоб надод)."},
    "ts.err.http": {
        "en": "The time-stamping service answered with an error (HTTP {status}).",
        "ru": "Служба меток времени ответила ошибкой (HTTP {status}).",
        "tg": "Хадамоти тамғаи вақт бо хато ҷавоб дод (HTTP {status})."},
    "ts.err.not_granted": {
        "en": "The time-stamping service refused the request ({status}).",
        "ru": "Служба меток времени отказала в запросе ({status}).",
        "tg": "Хадамоти тамғаи вақт дархостро рад кард ({status})."},
    "ts.err.garbled": {
        "en": "The time-stamping service's answer is not a readable time-stamp reply.",
        "ru": "Ответ службы меток времени не является читаемой меткой времени.",
        "tg": "Ҷавоби хадамоти тамғаи вақт тамғаи вақти хонданӣ нест."},
    "ts.err.imprint": {
        "en": "The time stamp is for another hash than the one sent: it was rejected.",
        "ru": "Метка времени выдана на другой хеш, не на отправленный: она отклонена.",
        "tg": "Тамғаи вақт барои хеши дигар аст, на барои хеши фиристодашуда: он рад карда шуд."},
    "ts.err.nonce": {
        "en": "The time stamp does not answer this request (its nonce differs): it was rejected.",
        "ru": "Метка времени не относится к этому запросу (другое случайное число nonce): она отклонена.",
        "tg": "Тамғаи вақт ба ин дархост мансуб нест (nonce дигар аст): он рад карда шуд."},
    "ts.err.gen_time": {
        "en": "The time stamp says {gen_time}, earlier than the capture began ({start}): it was rejected. If this computer's clock is fast, correct it.",
        "ru": "В метке времени указано {gen_time}, раньше начала сохранения ({start}): она отклонена. Если часы этого компьютера спешат, исправьте их.",
        "tg": "Дар тамғаи вақт {gen_time} омадааст, пеш аз оғози сабт ({start}): он рад карда шуд. Агар соати ин компютер пеш бошад, онро дуруст кунед."},
    "ts.err.signature": {
        "en": "The time stamp's signature does not check: it was rejected.",
        "ru": "Подпись метки времени не проходит проверку: метка отклонена.",
        "tg": "Имзои тамғаи вақт санҷишро намегузарад: он рад карда шуд."},
    "ts.err.no_certificate": {
        "en": "The time stamp does not carry the certificate that signed it: it was rejected.",
        "ru": "В метке времени нет сертификата, которым она подписана: она отклонена.",
        "tg": "Дар тамғаи вақт сертификате, ки бо он имзо шудааст, нест: он рад карда шуд."},
    "ts.err.not_tsa_certificate": {
        "en": "The time stamp is signed with a certificate that is not a time-stamping certificate: it was rejected.",
        "ru": "Метка времени подписана сертификатом, не предназначенным для меток времени: она отклонена.",
        "tg": "Тамғаи вақт бо сертификате имзо шудааст, ки барои тамғаи вақт пешбинӣ нашудааст: он рад карда шуд."},
    "ts.err.certificate_expired": {
        "en": "The time stamp's certificate was not valid at the stated time: it was rejected.",
        "ru": "Сертификат метки времени не действовал в указанное время: метка отклонена.",
        "tg": "Сертификати тамғаи вақт дар вақти зикршуда эътибор надошт: он рад карда шуд."},
    "ts.err.certificate_chain": {
        "en": "The certificates inside the time stamp do not form a chain: it was rejected.",
        "ru": "Сертификаты внутри метки времени не образуют цепочку: метка отклонена.",
        "tg": "Сертификатҳои дохили тамғаи вақт занҷир ташкил намедиҳанд: он рад карда шуд."},
    "ts.err.store": {
        "en": "A time stamp was received but could not be stored: {detail}",
        "ru": "Метка времени получена, но не сохранена: {detail}",
        "tg": "Тамғаи вақт гирифта шуд, вале нигоҳ дошта нашуд: {detail}"},
    "ts.bad_url": {
        "en": "«{url}» is not the address of a time-stamping service (it must start with http:// or https://).",
        "ru": "«{url}» не является адресом службы меток времени (адрес должен начинаться с http:// или https://).",
        "tg": "«{url}» суроғаи хадамоти тамғаи вақт нест (бояд бо http:// ё https:// сар шавад)."},
    # ------------------------------------------------------------------ the command line
    "help.stamp": {
        "en": "ask the time-stamping services again for every item still without a trusted time",
        "ru": "снова запросить доверенное время для всех элементов, у которых его ещё нет",
        "tg": "барои ҳамаи унсурҳое, ки ҳанӯз вақти боэътимод надоранд, аз нав дархост кардан"},
    "help.opt_tsa": {
        "en": "time-stamping services, URL[,URL…] ('default' for the built-in list, 'none' to ask none)",
        "ru": "службы меток времени, URL[,URL…] ('default' — встроенный список, 'none' — не обращаться ни к одной)",
        "tg": "хадамоти тамғаи вақт, URL[,URL…] ('default' — рӯйхати дохилӣ, 'none' — ба ҳеҷ кадом муроҷиат накардан)"},
    "field.tsa": {"en": "Time-stamping services", "ru": "Службы меток времени", "tg": "Хадамоти тамғаи вақт"},
    "field.trusted_time": {"en": "Trusted time", "ru": "Доверенное время", "tg": "Вақти боэътимод"},
    "ts.none_configured": {
        "en": "none (trusted time is turned off)",
        "ru": "нет (доверенное время отключено)",
        "tg": "нест (вақти боэътимод хомӯш аст)"},
    "ts.only_hash": {
        "en": "Only a SHA-256 hash of each item's record is sent to these services, never a file, an address or a name.",
        "ru": "Этим службам отправляется только хеш SHA-256 записи каждого элемента — никогда не файл, не адрес и не имя.",
        "tg": "Ба ин хадамот танҳо хеши SHA-256-и сабти ҳар унсур фиристода мешавад — ҳеҷ гоҳ файл, суроға ё ном не."},
    "ts.show_pending": {"en": "pending", "ru": "ожидается", "tg": "дар интизор"},
    "ts.show_stamped": {
        "en": "{gen_time} by {tsa}",
        "ru": "{gen_time}, выдала {tsa}",
        "tg": "{gen_time}, аз ҷониби {tsa}"},
    "ts.stamp.nothing": {
        "en": "Every item already has a trusted time.",
        "ru": "У всех элементов уже есть доверенное время.",
        "tg": "Ҳамаи унсурҳо аллакай вақти боэътимод доранд."},
    "ts.stamp.progress": {"en": "Asking for trusted time", "ru": "Запрос доверенного времени", "tg": "Дархости вақти боэътимод"},
    "ts.stamp.done": {
        "en": "Trusted time received for {count} item(s) ({tokens} time stamp(s)).",
        "ru": "Доверенное время получено для элементов: {count} (меток времени: {tokens}).",
        "tg": "Вақти боэътимод барои {count} унсур гирифта шуд ({tokens} тамғаи вақт)."},
    "ts.stamp.line": {
        "en": "  {exhibit}  {id}  {gen_time} by {tsa}",
        "ru": "  {exhibit}  {id}  {gen_time}, выдала {tsa}",
        "tg": "  {exhibit}  {id}  {gen_time}, аз ҷониби {tsa}"},
    "ts.stamp.pending": {
        "en": "{count} item(s) still have no trusted time: {exhibits}. They are safely sealed; run «evidence-kit stamp» again when this computer is online.",
        "ru": "У элементов ({count}) всё ещё нет доверенного времени: {exhibits}. Они надёжно запечатаны; запустите «evidence-kit stamp» снова, когда компьютер будет в сети.",
        "tg": "{count} унсур ҳанӯз вақти боэътимод надоранд: {exhibits}. Онҳо бехатар мӯҳр шудаанд; вақте ки компютер ба интернет пайваст аст, «evidence-kit stamp»-ро боз иҷро кунед."},
    "ts.stamp.problem": {
        "en": "  {tsa}: {reason}",
        "ru": "  {tsa}: {reason}",
        "tg": "  {tsa}: {reason}"},
    "ts.stamp.off": {
        "en": "No time-stamping service is configured (evidence-kit settings --tsa …): {count} item(s) have no trusted time.",
        "ru": "Не настроена ни одна служба меток времени (evidence-kit settings --tsa …): у элементов ({count}) нет доверенного времени.",
        "tg": "Ягон хадамоти тамғаи вақт танзим нашудааст (evidence-kit settings --tsa …): {count} унсур вақти боэътимод надоранд."},
    "ts.after.pending": {
        "en": "Trusted time: {count} new item(s) are waiting for a time-stamping service (they are sealed; «evidence-kit stamp» asks again).",
        "ru": "Доверенное время: новые элементы ({count}) ждут службу меток времени (они запечатаны; «evidence-kit stamp» запросит снова).",
        "tg": "Вақти боэътимод: {count} унсури нав хадамоти тамғаи вақтро интизоранд (онҳо мӯҳр шудаанд; «evidence-kit stamp» аз нав дархост мекунад)."},
    "ts.after.stamped": {
        "en": "Trusted time received for {count} new item(s).",
        "ru": "Доверенное время получено для новых элементов: {count}.",
        "tg": "Вақти боэътимод барои {count} унсури нав гирифта шуд."},
}

register(M)
