"""Names, for the dossiers, of what issue 11 added to a capture: the artifact kind of the page as
the server sent it, and the metadata fields (route, login, certificate chain, browser program...).
A core catalogue, so that export finds them without importing capture."""

from __future__ import annotations

from . import register

M: dict[str, dict[str, str]] = {
    "court.role.served_html": {"en": "the page as the server sent it (HTML as received)",
                               "ru": "страница в том виде, как её отправил сервер (HTML как получен)",
                               "tg": "саҳифа ба шакле, ки сервер фиристод (HTML ҳамон тавре ки гирифта шуд)"},
    # names of the metadata fields the capture records since issue 11 (a dossier shows them)
    "court.key.route": {"en": "route to the sites", "ru": "путь к сайтам", "tg": "роҳ ба сомонаҳо"},
    "court.key.scheme": {"en": "kind", "ru": "вид", "tg": "навъ"},
    "court.key.host": {"en": "host", "ru": "хост", "tg": "хост"},
    "court.key.session": {"en": "login used", "ru": "использованный вход", "tg": "воридшавии истифодашуда"},
    "court.key.resolved_addresses": {"en": "addresses connected to", "ru": "адреса подключения", "tg": "суроғаҳои пайвастшуда"},
    "court.key.hosts": {"en": "hosts", "ru": "хосты", "tg": "хостҳо"},
    "court.key.addresses": {"en": "addresses", "ru": "адреса", "tg": "суроғаҳо"},
    "court.key.popup_requests": {"en": "requests made by pop-up windows", "ru": "запросы всплывающих окон", "tg": "дархостҳои равзанаҳои пайдошаванда"},
    "court.key.refetched": {"en": "files the tool fetched itself", "ru": "файлы, загруженные самой программой", "tg": "файлҳое, ки худи барнома зеркашӣ кард"},
    "court.key.small_pictures": {"en": "small pictures not kept as files", "ru": "маленькие картинки, не сохранённые файлами", "tg": "суратҳои хурде, ки ҳамчун файл нигоҳ дошта нашуданд"},
    "court.key.count": {"en": "number", "ru": "количество", "tg": "шумора"},
    "court.key.rule": {"en": "rule", "ru": "правило", "tg": "қоида"},
    "court.key.artifacts_made_at": {"en": "time each file was made", "ru": "время создания каждого файла", "tg": "вақти сохта шудани ҳар файл"},
    "court.key.san": {"en": "names in the certificate (SAN)", "ru": "имена в сертификате (SAN)", "tg": "номҳо дар шаҳодатнома (SAN)"},
    "court.key.leaf_sha256": {"en": "SHA-256 of the site's certificate", "ru": "SHA-256 сертификата сайта", "tg": "SHA-256-и шаҳодатномаи сомона"},
    "court.key.chain": {"en": "certificate chain", "ru": "цепочка сертификатов", "tg": "занҷираи шаҳодатномаҳо"},
    "court.key.sha256": {"en": "SHA-256", "ru": "SHA-256", "tg": "SHA-256"},
    "court.key.der_bytes": {"en": "size (DER)", "ru": "размер (DER)", "tg": "андоза (DER)"},
    "court.key.serial": {"en": "serial number", "ru": "серийный номер", "tg": "рақами силсилавӣ"},
    "court.key.not_before": {"en": "valid from", "ru": "действителен с", "tg": "эътибор дорад аз"},
    "court.key.not_after": {"en": "valid until", "ru": "действителен до", "tg": "эътибор дорад то"},
    "court.key.cipher": {"en": "cipher", "ru": "шифр", "tg": "шифр"},
    "court.key.key_exchange_group": {"en": "key exchange", "ru": "обмен ключами", "tg": "мубодилаи калидҳо"},
    "court.key.certificate_transparency": {"en": "certificate transparency", "ru": "прозрачность сертификатов", "tg": "шаффофияти шаҳодатномаҳо"},
    "court.key.program": {"en": "browser program", "ru": "программа браузера", "tg": "барномаи браузер"},
    "court.key.launched": {"en": "started as", "ru": "запущен как", "tg": "оғоз шуд ҳамчун"},
    "court.key.program_sha256": {"en": "SHA-256 of the program", "ru": "SHA-256 программы", "tg": "SHA-256-и барнома"},
    "court.key.command_line": {"en": "command line", "ru": "командная строка", "tg": "сатри фармон"},
    "court.key.launcher_sha256": {"en": "SHA-256 of the launcher script", "ru": "SHA-256 скрипта запуска", "tg": "SHA-256-и скрипти оғозкунанда"},
    "court.key.settings": {"en": "settings that change behaviour", "ru": "настройки, меняющие поведение", "tg": "танзимоте, ки рафторро тағйир медиҳанд"},
    "court.key.setting": {"en": "setting", "ru": "настройка", "tg": "танзим"},
    "court.key.value": {"en": "value", "ru": "значение", "tg": "қимат"},
    "court.key.effect": {"en": "what it changes", "ru": "что она меняет", "tg": "чиро тағйир медиҳад"},
    "court.key.tiles": {"en": "parts of the screenshot", "ru": "части снимка", "tg": "қисмҳои акс"},
    "court.key.top": {"en": "from (px)", "ru": "от (px)", "tg": "аз (px)"},
    "court.key.check": {"en": "check", "ru": "проверка", "tg": "санҷиш"},
    "court.key.retried": {"en": "taken again", "ru": "снят повторно", "tg": "аз нав гирифта шуд"},
    "court.key.closed_at": {"en": "closed at", "ru": "закрыто в", "tg": "пӯшида шуд дар"},
}

register(M)
