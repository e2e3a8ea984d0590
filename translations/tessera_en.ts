<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Stash</name>
    <message numerus="yes">
        <location filename="../lib/stash/replyinterpreter.cpp" line="+43"/>
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
        <location filename="../ui/bulk/bulkeditpanel.cpp" line="+504"/>
        <source>No tag has this name. Create it and add it to the %n selected image(s).</source>
        <translation>
            <numerusform>No tag has this name. Create it and add it to the selected image.</numerusform>
            <numerusform>No tag has this name. Create it and add it to the %n selected images.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tessera::ChangeSender</name>
    <message numerus="yes">
        <location filename="../lib/editing/changesender.cpp" line="+79"/>
        <source>Delete %n image(s)</source>
        <translation>
            <numerusform>Delete %n image</numerusform>
            <numerusform>Delete %n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Change of %n image(s)</source>
        <translation>
            <numerusform>Change of %n image</numerusform>
            <numerusform>Change of %n images</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tessera::ImageEditor</name>
    <message numerus="yes">
        <location filename="../lib/editing/imageeditor.cpp" line="+410"/>
        <source>Delete %n image(s)</source>
        <translation>
            <numerusform>Delete %n image</numerusform>
            <numerusform>Delete %n images</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tessera::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/mainwindowactions.cpp" line="+130"/>
        <source>%n star(s)</source>
        <translation>
            <numerusform>%n star</numerusform>
            <numerusform>%n stars</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="+218"/>
        <source>%n change(s) made before Tessera closed have now been saved.</source>
        <translation>
            <numerusform>%n change made before Tessera closed has now been saved.</numerusform>
            <numerusform>%n changes made before Tessera closed have now been saved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The server refused %n of them: see Edit → Pending changes…</source>
        <translation>
            <numerusform>The server refused %n of them: see Edit → Pending changes…</numerusform>
            <numerusform>The server refused %n of them: see Edit → Pending changes…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%n change(s) have not reached the server yet.</source>
        <translation>
            <numerusform>%n change has not reached the server yet.</numerusform>
            <numerusform>%n changes have not reached the server yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+59"/>
        <source>Could not delete %n image(s): %1</source>
        <translation>
            <numerusform>Could not delete %n image: %1</numerusform>
            <numerusform>Could not delete %n images: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindowprofiles.cpp" line="+84"/>
        <source>%n change(s) for the previous server wait on this computer; they are sent when you connect to it again.</source>
        <translation>
            <numerusform>%n change for the previous server waits on this computer; it is sent when you connect to it again.</numerusform>
            <numerusform>%n changes for the previous server wait on this computer; they are sent when you connect to it again.</numerusform>
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
<context>
    <name>Tessera::PendingChangesIndicator</name>
    <message numerus="yes">
        <location filename="../ui/changes/pendingchangesindicator.cpp" line="+74"/>
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n change waiting</numerusform>
            <numerusform>%n changes waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n not saved</source>
        <translation>
            <numerusform>%n not saved</numerusform>
            <numerusform>%n not saved</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tessera::PendingChangesWindow</name>
    <message numerus="yes">
        <location filename="../ui/changes/pendingchangeswindow.cpp" line="+162"/>
        <source>%n change(s) waiting to be sent; the server has not been reachable since %1.</source>
        <translation>
            <numerusform>%n change waiting to be sent; the server has not been reachable since %1.</numerusform>
            <numerusform>%n changes waiting to be sent; the server has not been reachable since %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n change(s) on their way to the server:</source>
        <translation>
            <numerusform>%n change on its way to the server:</numerusform>
            <numerusform>%n changes on their way to the server:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Tried %n time(s); may have arrived, so it is checked first</source>
        <translation>
            <numerusform>Tried %n time; may have arrived, so it is checked first</numerusform>
            <numerusform>Tried %n times; may have arrived, so it is checked first</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Tried %n time(s); trying again</source>
        <translation>
            <numerusform>Tried %n time; trying again</numerusform>
            <numerusform>Tried %n times; trying again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Not saved: the server refused %n change(s). They are shown as the server holds them.</source>
        <translation>
            <numerusform>Not saved: the server refused %n change. It is shown as the server holds it.</numerusform>
            <numerusform>Not saved: the server refused %n changes. They are shown as the server holds them.</numerusform>
        </translation>
    </message>
</context>
</TS>
