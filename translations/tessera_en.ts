<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BulkEditPanel</name>
    <message numerus="yes">
        <location filename="../ui/bulkeditpanel.cpp" line="+877"/>
        <source>%n URL(s)</source>
        <translation>
            <numerusform>%n URL</numerusform>
            <numerusform>%n URLs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+133"/>
        <source>No tag has this name. Create it and add it to the %n selected image(s).</source>
        <translation>
            <numerusform>No tag has this name. Create it and add it to the selected image.</numerusform>
            <numerusform>No tag has this name. Create it and add it to the %n selected images.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="+326"/>
        <source>%n star(s)</source>
        <translation>
            <numerusform>%n star</numerusform>
            <numerusform>%n stars</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+84"/>
        <source>Could not delete %n image(s): %1</source>
        <translation>
            <numerusform>Could not delete %n image: %1</numerusform>
            <numerusform>Could not delete %n images: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OCounterButton</name>
    <message numerus="yes">
        <location filename="../ui/ocounterbutton.cpp" line="+28"/>
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n time</numerusform>
            <numerusform>%n times</numerusform>
        </translation>
    </message>
</context>
</TS>
