<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Qt's own words that the Russian translation shipped in PySide6 (qtbase_ru) lacks: the labels of
     Qt's file dialog. Loaded after qtbase_ru for Russian and for Tajik (Qt has no Tajik). -->
<TS version="2.1" language="ru_RU">
    <context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <translation>&amp;Папка:</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>&amp;Тип файлов:</translation>
        </message>
        <message>
            <source>Show hidden files</source>
            <translation>Показывать скрытые файлы</translation>
        </message>
    </context>
</TS>
