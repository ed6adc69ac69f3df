<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>CaptureDialog</name>
        <message numerus="yes">
            <source>%n page(s) sealed</source>
            <translation>
                <numerusform>%n page sealed</numerusform>
                <numerusform>%n pages sealed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n not saved</source>
            <translation>
                <numerusform>%n not saved</numerusform>
                <numerusform>%n not saved</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n still to do</source>
            <translation>
                <numerusform>%n still to do</numerusform>
                <numerusform>%n still to do</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ChatView</name>
        <message numerus="yes">
            <source>%n message(s)</source>
            <translation>
                <numerusform>%n message</numerusform>
                <numerusform>%n messages</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s)</source>
            <translation>
                <numerusform>%n file</numerusform>
                <numerusform>%n files</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n gap(s)</source>
            <translation>
                <numerusform>%n gap</numerusform>
                <numerusform>%n gaps</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %n message(s) shown</source>
            <translation>
                <numerusform>{shown} of %n message shown</numerusform>
                <numerusform>{shown} of %n messages shown</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n marked</source>
            <translation>
                <numerusform>%n marked</numerusform>
                <numerusform>%n marked</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message numerus="yes">
            <source>The %n item(s) I selected</source>
            <translation>
                <numerusform>The %n item I selected</numerusform>
                <numerusform>The %n items I selected</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>All items in the case “{case}” (%n)</source>
            <translation>
                <numerusform>All items in the case “{case}” (%n)</numerusform>
                <numerusform>All items in the case “{case}” (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>All items (%n)</source>
            <translation>
                <numerusform>All items (%n)</numerusform>
                <numerusform>All items (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Done. %n file(s) were saved in {folder}: {names}</source>
            <translation>
                <numerusform>Done. %n file was saved in {folder}: {names}</numerusform>
                <numerusform>Done. %n files were saved in {folder}: {names}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FirstRunDialog</name>
        <message numerus="yes">
            <source>Too short: use at least %n character(s). More words make it much harder to guess.</source>
            <translation>
                <numerusform>Too short: use at least %n character. More words make it much harder to guess.</numerusform>
                <numerusform>Too short: use at least %n characters. More words make it much harder to guess.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <source>{shown} of %n item(s) shown</source>
            <translation>
                <numerusform>{shown} of %n item shown</numerusform>
                <numerusform>{shown} of %n items shown</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n selected</source>
            <translation>
                <numerusform>%n selected</numerusform>
                <numerusform>%n selected</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Saving pages: %n still to do</source>
            <translation>
                <numerusform>Saving pages: %n still to do</numerusform>
                <numerusform>Saving pages: %n still to do</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) added.</source>
            <translation>
                <numerusform>%n file added.</numerusform>
                <numerusform>%n files added.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) skipped (links or special files).</source>
            <translation>
                <numerusform>%n file skipped (a link or a special file).</numerusform>
                <numerusform>%n files skipped (links or special files).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Added %n file(s); each one is sealed.</source>
            <translation>
                <numerusform>Added %n file; it is sealed.</numerusform>
                <numerusform>Added %n files; each one is sealed.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MatchDialog</name>
        <message numerus="yes">
            <source>%n of 256 bits of their fingerprints differ (a match is {limit} or fewer); picture quality {quality} of 100.</source>
            <translation>
                <numerusform>%n of 256 bits of their fingerprints differs (a match is {limit} or fewer); picture quality {quality} of 100.</numerusform>
                <numerusform>%n of 256 bits of their fingerprints differ (a match is {limit} or fewer); picture quality {quality} of 100.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PassphraseForm</name>
        <message numerus="yes">
            <source>Too short: use at least %n character(s).</source>
            <translation>
                <numerusform>Too short: use at least %n character.</numerusform>
                <numerusform>Too short: use at least %n characters.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReferencesDialog</name>
        <message numerus="yes">
            <source>%n picture(s) still being fingerprinted; matches among them will show when that is done.</source>
            <translation>
                <numerusform>%n picture is still being fingerprinted; a match in it will show when that is done.</numerusform>
                <numerusform>%n pictures are still being fingerprinted; matches among them will show when that is done.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n picture(s) compared.</source>
            <translation>
                <numerusform>%n picture compared.</numerusform>
                <numerusform>%n pictures compared.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) added. They are looked for in every page you save.</source>
            <translation>
                <numerusform>%n file added. It is looked for in every page you save.</numerusform>
                <numerusform>%n files added. They are looked for in every page you save.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>VerifyDialog</name>
        <message numerus="yes">
            <source>%n item(s)</source>
            <translation>
                <numerusform>%n item</numerusform>
                <numerusform>%n items</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n record entry(s)</source>
            <translation>
                <numerusform>%n record entry</numerusform>
                <numerusform>%n record entries</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s) found. The items below may have been changed or damaged. Keep this computer and the vault as they are and ask someone you trust for help.</source>
            <translation>
                <numerusform>%n problem found. The items below may have been changed or damaged. Keep this computer and the vault as they are and ask someone you trust for help.</numerusform>
                <numerusform>%n problems found. The items below may have been changed or damaged. Keep this computer and the vault as they are and ask someone you trust for help.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WatchTray</name>
        <message numerus="yes">
            <source>The window is closed, but {app} keeps watching %n page(s): the vault stays open in this computer&apos;s memory until you quit. To see the window again, click the icon next to the clock; it asks for your passphrase. To stop, choose Quit or Quick exit in the icon&apos;s menu.</source>
            <translation>
                <numerusform>The window is closed, but {app} keeps watching %n page: the vault stays open in this computer's memory until you quit. To see the window again, click the icon next to the clock; it asks for your passphrase. To stop, choose Quit or Quick exit in the icon's menu.</numerusform>
                <numerusform>The window is closed, but {app} keeps watching %n pages: the vault stays open in this computer's memory until you quit. To see the window again, click the icon next to the clock; it asks for your passphrase. To stop, choose Quit or Quick exit in the icon's menu.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BackupRunner</name>
        <message numerus="yes">
            <source>The backup “{name}” is complete: %n item(s), read back and checked.</source>
            <translation>
                <numerusform>The backup “{name}” is complete: %n item, read back and checked.</numerusform>
                <numerusform>The backup “{name}” is complete: %n items, read back and checked.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BackupStatusLine</name>
        <message numerus="yes">
            <source>The last good backup was made %n day(s) ago, on {when}. When you can, plug in your backup drive or connect to your backup and run it (Settings → Backups).</source>
            <translation>
                <numerusform>The last good backup was made %n day ago, on {when}. When you can, plug in your backup drive or connect to your backup and run it (Settings → Backups).</numerusform>
                <numerusform>The last good backup was made %n days ago, on {when}. When you can, plug in your backup drive or connect to your backup and run it (Settings → Backups).</numerusform>
            </translation>
        </message>
    </context>
</TS>
