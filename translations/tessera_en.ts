<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Stash</name>
    <message numerus="yes">
        <location filename="../lib/stash/replyinterpreter.cpp" line="+37"/>
        <source>The server did not answer within %n s.</source>
        <translation>
            <numerusform>The server did not answer within %n s.</numerusform>
            <numerusform>The server did not answer within %n s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/stash/sessionlogin.cpp" line="+47"/>
        <source>The server did not answer the login within %n second(s).</source>
        <translation>
            <numerusform>The server did not answer the login within %n second.</numerusform>
            <numerusform>The server did not answer the login within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tessera::BulkEditPanel</name>
    <message numerus="yes">
        <location filename="../lib/bulk/bulkedits.cpp" line="+288"/>
        <source>%n URL(s)</source>
        <translation>
            <numerusform>%n URL</numerusform>
            <numerusform>%n URLs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/bulk/bulkeditpanel.cpp" line="+470"/>
        <source>No tag has this name. Create it and add it to the %n selected image(s).</source>
        <translation>
            <numerusform>No tag has this name. Create it and add it to the selected image.</numerusform>
            <numerusform>No tag has this name. Create it and add it to the %n selected images.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tessera::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/mainwindowactions.cpp" line="+126"/>
        <source>%n star(s)</source>
        <translation>
            <numerusform>%n star</numerusform>
            <numerusform>%n stars</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="+208"/>
        <source>Could not delete %n image(s): %1</source>
        <translation>
            <numerusform>Could not delete %n image: %1</numerusform>
            <numerusform>Could not delete %n images: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tessera::OCounterButton</name>
    <message numerus="yes">
        <location filename="../ui/widgets/ocounterbutton.cpp" line="+33"/>
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n time</numerusform>
            <numerusform>%n times</numerusform>
        </translation>
    </message>
</context>
</TS>
