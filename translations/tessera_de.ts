<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>BulkEdit</name>
    <message>
        <location filename="../lib/bulk/bulkedit.cpp" line="+32"/>
        <source>tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>performer</source>
        <translation>Darsteller(in)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>gallery</source>
        <translation>Galerie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+205"/>
        <source>%L1 images gain it</source>
        <translation>%L1 Bilder erhalten es</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%L1 already have it</source>
        <translation>%L1 haben es bereits</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%L1 images lose it</source>
        <translation>%L1 Bilder verlieren es</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no image has it</source>
        <translation>kein Bild hat es</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%L1 of %L2 images change</source>
        <translation>%L1 von %L2 Bildern ändern sich</translation>
    </message>
</context>
<context>
    <name>FullImageLoader</name>
    <message>
        <location filename="../lib/media/fullimageloader.cpp" line="+24"/>
        <source>The image could not be decoded: %1</source>
        <translation>Das Bild konnte nicht dekodiert werden: %1</translation>
    </message>
</context>
<context>
    <name>PhotoDecoder</name>
    <message>
        <location filename="../lib/media/photodecoder.cpp" line="+47"/>
        <source>it is %1 × %2 pixels (%3 megapixels), more than the %4 megapixels Tessera shows</source>
        <translation>es hat %1 × %2 Pixel (%3 Megapixel), mehr als die %4 Megapixel, die Tessera anzeigt</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../lib/editing/imagefieldscommand.cpp" line="+37"/>
        <location filename="../lib/editing/ocountercommand.cpp" line="+153"/>
        <location filename="../lib/bulk/bulkeditcommand.cpp" line="+57"/>
        <source>Undo %1</source>
        <translation>%1 rückgängig machen</translation>
    </message>
    <message>
        <location filename="../lib/editing/ocountercommand.cpp" line="-73"/>
        <source>O-counter +1 on %L1 images</source>
        <translation>O-Zähler +1 für %L1 Bilder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>O-counter +1 on %1</source>
        <translation>O-Zähler +1 für %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O-counter +%1 on %2</source>
        <translation>O-Zähler +%1 für %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>O-counter −1 on %L1 images</source>
        <translation>O-Zähler −1 für %L1 Bilder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>O-counter −1 on %1</source>
        <translation>O-Zähler −1 für %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O-counter −%1 on %2</source>
        <translation>O-Zähler −%1 für %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reset O-counter of %L1 images</source>
        <translation>O-Zähler von %L1 Bildern zurücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset O-counter of %1</source>
        <translation>O-Zähler von %1 zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/servers/certificatedialog.cpp" line="+28"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
</context>
<context>
    <name>Stash</name>
    <message>
        <location filename="../lib/stash/bulkimageupdate.cpp" line="+50"/>
        <source>&quot;%1&quot; must be {&quot;%2&quot;: [...], &quot;mode&quot;: &quot;ADD|REMOVE|SET&quot;}</source>
        <translation>„%1“ muss {&quot;%2&quot;: [...], &quot;mode&quot;: &quot;ADD|REMOVE|SET&quot;} sein</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&quot;%1&quot; needs &quot;mode&quot;: ADD, REMOVE or SET</source>
        <translation>„%1“ braucht „mode“: ADD, REMOVE oder SET</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>No images were given to change.</source>
        <translation>Es wurden keine Bilder zum Ändern angegeben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../lib/stash/imageupdate.cpp" line="+178"/>
        <location filename="../lib/stash/inputvalidation.cpp" line="+18"/>
        <location filename="../lib/stash/stashclient.cpp" line="+249"/>
        <location line="+78"/>
        <source>image id</source>
        <translation>Bild-ID</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../lib/stash/imageupdate.cpp" line="-96"/>
        <source>&quot;organized&quot; can be true or false, not null.</source>
        <translation>„organized“ kann true oder false sein, nicht null.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../lib/stash/imageupdate.cpp" line="+3"/>
        <source>studio id</source>
        <translation>Studio-ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../lib/stash/imageupdate.cpp" line="+4"/>
        <source>tag id</source>
        <translation>Tag-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../lib/stash/imageupdate.cpp" line="-1"/>
        <source>performer id</source>
        <translation>Darsteller-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../lib/stash/imageupdate.cpp" line="+2"/>
        <source>gallery id</source>
        <translation>Galerie-ID</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A bulk update</source>
        <translation>Eine Sammeländerung</translation>
    </message>
    <message>
        <location filename="../lib/stash/certificatetrust.cpp" line="+54"/>
        <source>The server&apos;s TLS certificate is not trusted: %1</source>
        <translation>Dem TLS-Zertifikat des Servers wird nicht vertraut: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown certificate error</source>
        <translation>unbekannter Zertifikatsfehler</translation>
    </message>
    <message>
        <location filename="../lib/stash/findfilter.cpp" line="+35"/>
        <source>unknown filter field &quot;%1&quot;</source>
        <translation>unbekanntes Filterfeld „%1“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>filter field &quot;q&quot; must be a string</source>
        <translation>Filterfeld „q“ muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>filter field &quot;%1&quot; must be an integer</source>
        <translation>Filterfeld „%1“ muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>invalid sort &quot;%1&quot;; use one of %2 or random_&lt;seed&gt;</source>
        <translation>ungültige Sortierung „%1“; eine von %2 oder random_&lt;seed&gt; verwenden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>direction must be ASC or DESC</source>
        <translation>direction muss ASC oder DESC sein</translation>
    </message>
    <message>
        <location filename="../lib/stash/futurewatch.h" line="+82"/>
        <source>Canceled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../lib/stash/imagefilter.cpp" line="+104"/>
        <location line="+259"/>
        <location line="+89"/>
        <source>image filter &quot;%1&quot; must be an object</source>
        <translation>Bildfilter „%1“ muss ein Objekt sein</translation>
    </message>
    <message>
        <location line="-336"/>
        <source>image filter &quot;%1&quot; has unknown field &quot;%2&quot;</source>
        <translation>Bildfilter „%1“ hat ein unbekanntes Feld „%2“</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>image filter &quot;%1&quot; needs a valid &quot;modifier&quot; (EQUALS, INCLUDES, ...)</source>
        <translation>Bildfilter „%1“ braucht einen gültigen „modifier“ (EQUALS, INCLUDES, …)</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+16"/>
        <source>image filter &quot;%1&quot; needs &quot;%2&quot;</source>
        <translation>Bildfilter „%1“ braucht „%2“</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>image filter &quot;%1&quot; field &quot;%2&quot; must be a string</source>
        <translation>Bildfilter „%1“: Feld „%2“ muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>image filter &quot;%1&quot; field &quot;%2&quot; must be an integer</source>
        <translation>Bildfilter „%1“: Feld „%2“ muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+13"/>
        <source>image filter &quot;%1&quot; field &quot;%2&quot; must be a list of ids</source>
        <translation>Bildfilter „%1“: Feld „%2“ muss eine Liste von IDs sein</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>image filter &quot;%1&quot; must be true or false</source>
        <translation>Bildfilter „%1“ muss true oder false sein</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>image filter &quot;is_missing&quot; must be a string</source>
        <translation>Bildfilter „is_missing“ muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+6"/>
        <source>image filter &quot;orientation&quot; takes {&quot;value&quot;: [LANDSCAPE|PORTRAIT|SQUARE]}</source>
        <translation>Bildfilter „orientation“ erwartet {&quot;value&quot;: [LANDSCAPE|PORTRAIT|SQUARE]}</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>an image filter may hold only one of AND, OR and NOT per level</source>
        <translation>ein Bildfilter darf pro Ebene nur eines von AND, OR und NOT enthalten</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>unknown image filter field &quot;%1&quot;</source>
        <translation>unbekanntes Bildfilterfeld „%1“</translation>
    </message>
    <message>
        <location filename="../lib/stash/imageupdate.cpp" line="+34"/>
        <source>An image update</source>
        <translation>Eine Bildänderung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An image update needs the image&apos;s &quot;id&quot;.</source>
        <translation>Eine Bildänderung braucht die „id“ des Bildes.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A new image needs a title.</source>
        <translation>Ein neues Bild braucht einen Titel.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A new image</source>
        <translation>Ein neues Bild</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No image to delete was given.</source>
        <translation>Es wurde kein zu löschendes Bild angegeben.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A delete request</source>
        <translation>Eine Löschanfrage</translation>
    </message>
    <message>
        <location filename="../lib/stash/inputvalidation.cpp" line="+4"/>
        <source>The %1 is empty.</source>
        <extracomment>%1 names an id: &quot;image id&quot;, &quot;studio id&quot;, &quot;tag id&quot;, ...</extracomment>
        <translation>Die %1 ist leer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The %1 &quot;%2&quot; is not a number; Stash ids are numbers.</source>
        <extracomment>%1 names an id: &quot;image id&quot;, &quot;studio id&quot;, &quot;tag id&quot;, ...; %2 is the value given</extracomment>
        <translation>Die %1 „%2“ ist keine Zahl; Stash-IDs sind Zahlen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A rating must be between 1 and 100 (got %1); clear it with null.</source>
        <translation>Eine Bewertung muss zwischen 1 und 100 liegen (erhalten: %1); mit null wird sie gelöscht.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&quot;%1&quot; is not a date; use YYYY-MM-DD, YYYY-MM or YYYY.</source>
        <translation>„%1“ ist kein Datum; JJJJ-MM-TT, JJJJ-MM oder JJJJ verwenden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This server (before v0.30) only accepts full dates (YYYY-MM-DD), not &quot;%1&quot;.</source>
        <translation>Dieser Server (vor v0.30) akzeptiert nur vollständige Daten (JJJJ-MM-TT), nicht „%1“.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 has no field &quot;%2&quot; (known: %3)</source>
        <extracomment>%1 is what was read (&quot;An image update&quot;, &quot;A new image&quot;, ...); %2 the unknown key</extracomment>
        <translation>%1 hat kein Feld „%2“ (bekannt: %3)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>field &quot;%1&quot; must be a string or null</source>
        <translation>Feld „%1“ muss eine Zeichenkette oder null sein</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>field &quot;%1&quot; must be an integer or null</source>
        <translation>Feld „%1“ muss eine ganze Zahl oder null sein</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>field &quot;%1&quot; must be true, false or null</source>
        <translation>Feld „%1“ muss true, false oder null sein</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>field &quot;%1&quot; must be a list or null</source>
        <translation>Feld „%1“ muss eine Liste oder null sein</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>field &quot;%1&quot; must be a list of ids or null</source>
        <translation>Feld „%1“ muss eine Liste von IDs oder null sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>field &quot;%1&quot; must be a list of strings or null</source>
        <translation>Feld „%1“ muss eine Liste von Zeichenketten oder null sein</translation>
    </message>
    <message>
        <location filename="../lib/stash/jsondecoder.cpp" line="+17"/>
        <source>The server&apos;s answer had an unexpected shape; is this a Stash server?</source>
        <translation>Die Antwort des Servers hatte eine unerwartete Form; ist das ein Stash-Server?</translation>
    </message>
    <message>
        <location line="+256"/>
        <source>The server sent no image where one was expected.</source>
        <translation>Der Server hat kein Bild gesendet, wo eines erwartet wurde.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The server sent no image list where one was expected.</source>
        <translation>Der Server hat keine Bildliste gesendet, wo eine erwartet wurde.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server&apos;s image list holds a non-object.</source>
        <translation>Die Bildliste des Servers enthält etwas, das kein Objekt ist.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The server sent no tag where one was expected.</source>
        <translation>Der Server hat kein Tag gesendet, wo eines erwartet wurde.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server sent no performer where one was expected.</source>
        <translation>Der Server hat keine Darsteller(in) gesendet, wo eine(r) erwartet wurde.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server sent no studio where one was expected.</source>
        <translation>Der Server hat kein Studio gesendet, wo eines erwartet wurde.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server sent no gallery where one was expected.</source>
        <translation>Der Server hat keine Galerie gesendet, wo eine erwartet wurde.</translation>
    </message>
    <message>
        <location filename="../lib/stash/replyinterpreter.cpp" line="+37"/>
        <source>The server&apos;s answer is larger than %L1 MB, far more than a real one: it was cut off.</source>
        <translation>Die Antwort des Servers ist größer als %L1 MB, weit mehr als eine echte: sie wurde abgeschnitten.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The server did not answer within %n s.</source>
        <translation>
            <numerusform>Der Server hat nicht innerhalb von %n s geantwortet.</numerusform>
            <numerusform>Der Server hat nicht innerhalb von %n s geantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The request was canceled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server refused access: set the right API key (Stash: Settings → Security → API key).</source>
        <translation>Der Server hat den Zugriff verweigert: den richtigen API-Schlüssel eintragen (Stash: Settings → Security → API key).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server sent us to its login page: set the right API key (Stash: Settings → Security → API key).</source>
        <translation>Der Server hat auf seine Anmeldeseite umgeleitet: den richtigen API-Schlüssel eintragen (Stash: Settings → Security → API key).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server redirected to %1; check the server address.</source>
        <translation>Der Server hat auf %1 umgeleitet; bitte die Serveradresse prüfen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not reach the server: %1</source>
        <translation>Der Server war nicht erreichbar: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server answered with a web page, probably its login page: set the right API key.</source>
        <translation>Der Server hat mit einer Webseite geantwortet, vermutlich seiner Anmeldeseite: den richtigen API-Schlüssel eintragen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The server rejected our request as invalid (is this Stash version supported?): %1</source>
        <translation>Der Server hat unsere Anfrage als ungültig abgelehnt (wird diese Stash-Version unterstützt?): %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server refused: %1</source>
        <translation>Der Server hat abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+24"/>
        <location line="+21"/>
        <source>The server answered with HTTP %1.</source>
        <translation>Der Server hat mit HTTP %1 geantwortet.</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>The server&apos;s answer is not valid JSON: %1</source>
        <translation>Die Antwort des Servers ist kein gültiges JSON: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The server failed with HTTP %1: %2</source>
        <translation>Beim Server ist ein Fehler aufgetreten (HTTP %1): %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The server&apos;s answer has no data.</source>
        <translation>Die Antwort des Servers enthält keine Daten.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The server has no such image (404).</source>
        <translation>Der Server hat kein solches Bild (404).</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/stash/sessionlogin.cpp" line="+47"/>
        <source>The server did not answer the login within %n second(s).</source>
        <translation>
            <numerusform>Der Server hat die Anmeldung nicht innerhalb von %n Sekunde beantwortet.</numerusform>
            <numerusform>Der Server hat die Anmeldung nicht innerhalb von %n Sekunden beantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The login was canceled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not reach the server to log in: %1</source>
        <translation>Der Server war für die Anmeldung nicht erreichbar: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wrong username or password.</source>
        <translation>Falscher Benutzername oder falsches Passwort.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This server has no login page (HTTP 404): is it a Stash server?</source>
        <translation>Dieser Server hat keine Anmeldeseite (HTTP 404): Ist es ein Stash-Server?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server could not log you in (HTTP %1).</source>
        <translation>Der Server konnte Sie nicht anmelden (HTTP %1).</translation>
    </message>
    <message>
        <location line="+22"/>
        <location filename="../lib/stash/stashclient.cpp" line="-194"/>
        <source>No server address is set (use an http:// or https:// URL).</source>
        <translation>Keine Serveradresse angegeben (eine http://- oder https://-URL verwenden).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The username is empty.</source>
        <translation>Der Benutzername ist leer.</translation>
    </message>
    <message>
        <location filename="../lib/stash/stashclient.cpp" line="+24"/>
        <source>Tessera has no operation named “%1”.</source>
        <translation>Tessera kennt keine Operation namens „%1“.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The server did not describe itself as Stash does.</source>
        <translation>Der Server hat sich nicht so beschrieben, wie Stash es tut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This server has no findImages query; it is not a Stash server Tessera can use.</source>
        <translation>Dieser Server hat keine findImages-Abfrage; er ist kein Stash-Server, den Tessera nutzen kann.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The checksum is empty.</source>
        <translation>Die Prüfsumme ist leer.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not a sort Stash knows.</source>
        <translation>„%1“ ist keine Sortierung, die Stash kennt.</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>&quot;%1&quot; is not a field Tessera can read in bulk.</source>
        <translation>„%1“ ist kein Feld, das Tessera gesammelt lesen kann.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Connect to the server first: creating an image depends on what it offers.</source>
        <translation>Zuerst mit dem Server verbinden: Ob ein Bild angelegt werden kann, hängt davon ab, was er anbietet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This Stash server cannot create images: images enter Stash by scanning a library folder. Put the file in a library folder and run a scan (Settings → Tasks → Scan).</source>
        <translation>Dieser Stash-Server kann keine Bilder anlegen: Bilder gelangen durch das Durchsuchen eines Bibliotheksordners in Stash. Die Datei in einen Bibliotheksordner legen und einen Scan starten (Settings → Tasks → Scan).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No image updates were given.</source>
        <translation>Es wurden keine Bildänderungen angegeben.</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>destroyImage takes exactly one id.</source>
        <translation>destroyImage nimmt genau eine ID.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+14"/>
        <source>The server did not confirm the delete.</source>
        <translation>Der Server hat das Löschen nicht bestätigt.</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>The server sent no new O-count.</source>
        <translation>Der Server hat keinen neuen O-Zähler gesendet.</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>A tag needs a name.</source>
        <translation>Ein Tag braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The image has no URL.</source>
        <translation>Das Bild hat keine URL.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server gave an image address Tessera does not open (only http and https): %1</source>
        <translation>Der Server nannte eine Bildadresse, die Tessera nicht öffnet (nur http und https): %1</translation>
    </message>
</context>
<context>
    <name>Tessera::BulkEditPanel</name>
    <message>
        <location filename="../ui/bulk/bulksharelists.cpp" line="+26"/>
        <source>tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>performer</source>
        <translation>Darsteller(in)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>gallery</source>
        <translation>Galerie</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>performers</source>
        <translation>Darsteller(innen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>galleries</source>
        <translation>Galerien</translation>
    </message>
    <message>
        <location filename="../ui/bulk/bulkeditpanel.cpp" line="+78"/>
        <location line="+29"/>
        <source>Bulk edit</source>
        <translation>Mehrfachbearbeitung</translation>
    </message>
    <message>
        <location filename="../ui/bulk/bulkchangequeue.cpp" line="+61"/>
        <source>Could not read the selected images: %1</source>
        <translation>Die ausgewählten Bilder konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/bulk/bulkeditpanel.cpp" line="+62"/>
        <source>Reading progress</source>
        <translation>Lesefortschritt</translation>
    </message>
    <message>
        <location filename="../ui/bulk/tagshortcutrows.cpp" line="+47"/>
        <location line="+121"/>
        <source>Favourite tags (Alt+1…Alt+9 toggle)</source>
        <translation>Lieblings-Tags (Alt+1…Alt+9 schalten um)</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>Recently used tags</source>
        <translation>Zuletzt verwendete Tags</translation>
    </message>
    <message>
        <location filename="../ui/bulk/bulksharelists.cpp" line="+14"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Performers</source>
        <translation>Darsteller(innen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Galleries</source>
        <translation>Galerien</translation>
    </message>
    <message>
        <location filename="../ui/bulk/tagshortcutrows.cpp" line="+66"/>
        <source>Remove from favourites</source>
        <translation>Aus den Favoriten entfernen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add to favourites</source>
        <translation>Zu den Favoriten hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/bulk/bulkfieldsform.cpp" line="+43"/>
        <source>Fields</source>
        <translation>Felder</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Rating of all selected images</source>
        <translation>Bewertung aller ausgewählten Bilder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rate every selected image (keys 1–5 here; 0 clears)</source>
        <translation>Alle ausgewählten Bilder bewerten (hier Tasten 1–5; 0 löscht)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+27"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Clear the rating of all selected images</source>
        <translation>Bewertung aller ausgewählten Bilder löschen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+11"/>
        <source>Organized</source>
        <translation>Organisiert</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Mark all selected images organized</source>
        <translation>Alle ausgewählten Bilder als organisiert markieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not organized</source>
        <translation>Nicht organisiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark all selected images not organized</source>
        <translation>Alle ausgewählten Bilder als nicht organisiert markieren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Studio…</source>
        <translation>Studio…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+54"/>
        <source>Set</source>
        <translation>Setzen</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Set the studio of all selected images</source>
        <translation>Studio aller ausgewählten Bilder setzen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear the studio of all selected images</source>
        <translation>Studio aller ausgewählten Bilder entfernen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a studio first.</source>
        <translation>Bitte zuerst ein Studio wählen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Studio</source>
        <translation>Studio</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 for all selected images</source>
        <translation>%1 für alle ausgewählten Bilder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>JJJJ-MM-TT, JJJJ-MM oder JJJJ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty clears</source>
        <translation>Leer = löschen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apply the %1 to all selected images</source>
        <translation>%1 für alle ausgewählten Bilder übernehmen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>URLs for all selected images</source>
        <translation>URLs für alle ausgewählten Bilder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>URLs, separated by spaces</source>
        <translation>URLs, durch Leerzeichen getrennt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add these URLs to all selected images</source>
        <translation>Diese URLs allen ausgewählten Bildern hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove these URLs from all selected images</source>
        <translation>Diese URLs von allen ausgewählten Bildern entfernen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give all selected images exactly these URLs</source>
        <translation>Allen ausgewählten Bildern genau diese URLs geben</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>URLs</source>
        <translation>URLs</translation>
    </message>
    <message>
        <location filename="../ui/bulk/bulkeditpanel.cpp" line="-34"/>
        <source>Could not read the selection (%1); trying again…</source>
        <translation>Die Auswahl konnte nicht gelesen werden (%1); neuer Versuch…</translation>
    </message>
    <message>
        <location line="+177"/>
        <location line="+19"/>
        <source>Collecting the selection…</source>
        <translation>Auswahl wird zusammengestellt…</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>1 image selected</source>
        <translation>1 Bild ausgewählt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%L1 images selected</source>
        <translation>%L1 Bilder ausgewählt</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Select images first.</source>
        <translation>Bitte zuerst Bilder auswählen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reading %1 of %2…</source>
        <translation>Lese %1 von %2…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading…</source>
        <translation>Lese…</translation>
    </message>
    <message>
        <location line="-228"/>
        <source>Could not read the selection: %1</source>
        <translation>Die Auswahl konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../lib/bulk/selectionshares.cpp" line="+133"/>
        <source>Gallery %1</source>
        <translation>Galerie %1</translation>
    </message>
    <message>
        <location filename="../ui/bulk/bulkeditpanel.cpp" line="+253"/>
        <source>No images selected</source>
        <translation>Keine Bilder ausgewählt</translation>
    </message>
    <message>
        <location line="+126"/>
        <location filename="../lib/bulk/bulkedits.cpp" line="+58"/>
        <source>Add tag %1 to %L2 images</source>
        <translation>Tag %1 zu %L2 Bildern hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../lib/bulk/bulkedits.cpp" line="+2"/>
        <source>Added tag %1 to %L2 of %L3 images</source>
        <translation>Tag %1 zu %L2 von %L3 Bildern hinzugefügt</translation>
    </message>
    <message>
        <location filename="../lib/bulk/bulkedits.cpp" line="+6"/>
        <source>Add performer %1 to %L2 images</source>
        <translation>Darsteller(in) %1 zu %L2 Bildern hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added performer %1 to %L2 of %L3 images</source>
        <translation>Darsteller(in) %1 zu %L2 von %L3 Bildern hinzugefügt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add %L1 images to gallery %2</source>
        <translation>%L1 Bilder zur Galerie %2 hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added %L1 of %L2 images to gallery %3</source>
        <translation>%L1 von %L2 Bildern zur Galerie %3 hinzugefügt</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Remove tag %1 from %L2 images</source>
        <translation>Tag %1 von %L2 Bildern entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed tag %1 from %L2 of %L3 images</source>
        <translation>Tag %1 von %L2 von %L3 Bildern entfernt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove performer %1 from %L2 images</source>
        <translation>Darsteller(in) %1 von %L2 Bildern entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed performer %1 from %L2 of %L3 images</source>
        <translation>Darsteller(in) %1 von %L2 von %L3 Bildern entfernt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove %L1 images from gallery %2</source>
        <translation>%L1 Bilder aus der Galerie %2 entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed %L1 of %L2 images from gallery %3</source>
        <translation>%L1 von %L2 Bildern aus der Galerie %3 entfernt</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Remove all tags from %L1 images</source>
        <translation>Alle Tags von %L1 Bildern entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set tags of %L1 images</source>
        <translation>Tags von %L1 Bildern setzen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove all performers from %L1 images</source>
        <translation>Alle Darsteller(innen) von %L1 Bildern entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set performers of %L1 images</source>
        <translation>Darsteller(innen) von %L1 Bildern setzen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove %L1 images from all galleries</source>
        <translation>%L1 Bilder aus allen Galerien entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set galleries of %L1 images</source>
        <translation>Galerien von %L1 Bildern setzen</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Rate %L1 images %2</source>
        <translation>%L1 Bilder mit %2 bewerten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear the rating of %L1 images</source>
        <translation>Bewertung von %L1 Bildern löschen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Mark %L1 images organized</source>
        <translation>%L1 Bilder als organisiert markieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark %L1 images not organized</source>
        <translation>%L1 Bilder als nicht organisiert markieren</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Set studio %1 on %L2 images</source>
        <translation>Studio %1 für %L2 Bilder setzen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Clear the studio of %L1 images</source>
        <translation>Studio von %L1 Bildern entfernen</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>“%1” is not a date: use YYYY-MM-DD, YYYY-MM or YYYY.</source>
        <translation>„%1“ ist kein Datum: JJJJ-MM-TT, JJJJ-MM oder JJJJ verwenden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1”: this server stores only full dates: use YYYY-MM-DD.</source>
        <translation>„%1“: Dieser Server speichert nur vollständige Daten: JJJJ-MM-TT verwenden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is not a date: use YYYY-MM-DD.</source>
        <translation>„%1“ ist kein Datum: JJJJ-MM-TT verwenden.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Clear the %1 of %L2 images</source>
        <translation>%1 von %L2 Bildern leeren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set the %1 of %L2 images to “%3”</source>
        <translation>%1 von %L2 Bildern auf „%3“ setzen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Enter one or more URLs first.</source>
        <translation>Bitte zuerst eine oder mehrere URLs eingeben.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n URL(s)</source>
        <translation>
            <numerusform>%n URL</numerusform>
            <numerusform>%n URLs</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add %1 to %L2 images</source>
        <translation>%1 zu %L2 Bildern hinzufügen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove %1 from %L2 images</source>
        <translation>%1 von %L2 Bildern entfernen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove all URLs from %L1 images</source>
        <translation>Alle URLs von %L1 Bildern entfernen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set URLs of %L1 images</source>
        <translation>URLs von %L1 Bildern setzen</translation>
    </message>
    <message>
        <location filename="../ui/bulk/bulkchangequeue.cpp" line="+68"/>
        <source>Nothing to change: %1</source>
        <translation>Nichts zu ändern: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%L1 of %L2 images change.</source>
        <translation>%L1 von %L2 Bildern ändern sich.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1: %L2 of %L3 images changed</source>
        <translation>%1: %L2 von %L3 Bildern geändert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1; the rest failed: %2</source>
        <translation>%1; der Rest ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Canceled; no image was changed.</source>
        <translation>Abgebrochen; kein Bild wurde geändert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canceled after %L1 of %L2 images (undo reverts those).</source>
        <translation>Nach %L1 von %L2 Bildern abgebrochen („Rückgängig“ macht diese Änderungen rückgängig).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Done: %1</source>
        <translation>Fertig: %1</translation>
    </message>
    <message>
        <location filename="../ui/bulk/bulkeditpanel.cpp" line="-17"/>
        <source>Create tag “%1”?</source>
        <translation>Tag „%1“ anlegen?</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>No tag has this name. Create it and add it to the %n selected image(s).</source>
        <translation>
            <numerusform>Kein Tag trägt diesen Namen. Soll er angelegt und dem ausgewählten Bild hinzugefügt werden?</numerusform>
            <numerusform>Kein Tag trägt diesen Namen. Soll er angelegt und den %n ausgewählten Bildern hinzugefügt werden?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Create</source>
        <translation>&amp;Anlegen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No favourite tag %1: add favourites from a tag&apos;s context menu.</source>
        <translation>Kein Lieblings-Tag %1: Favoriten über das Kontextmenü eines Tags hinzufügen.</translation>
    </message>
    <message>
        <location filename="../ui/bulk/tagshortcutrows.cpp" line="+15"/>
        <source>%1 is on %L2 of %L3 selected images: click to add it to all</source>
        <translation>%1 ist an %L2 von %L3 ausgewählten Bildern: Klicken fügt es allen hinzu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every selected image has %1: click to remove it from all</source>
        <translation>Alle ausgewählten Bilder haben %1: Klicken entfernt es von allen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Click to add %1 to the selected images, or to remove it if all have it</source>
        <translation>Klicken fügt %1 den ausgewählten Bildern hinzu oder entfernt es, wenn alle es haben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Shortcut: Alt+%1</source>
        <translation>Tastenkürzel: Alt+%1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Favourite tags: none yet (right-click a tag to add it)</source>
        <translation>Lieblings-Tags: keine (Rechtsklick auf einen Tag)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add to all selected images</source>
        <translation>Allen ausgewählten Bildern hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove from all selected images</source>
        <translation>Von allen ausgewählten Bildern entfernen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Forget</source>
        <translation>Vergessen</translation>
    </message>
</context>
<context>
    <name>Tessera::BulkEditRunner</name>
    <message>
        <location filename="../lib/bulk/bulkeditrunner.cpp" line="+66"/>
        <source>Reading the current values…</source>
        <translation>Aktuelle Werte werden gelesen…</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>%1 (%L2 of %L3 images)</source>
        <translation>%1 (%L2 von %L3 Bildern)</translation>
    </message>
</context>
<context>
    <name>Tessera::BulkPreviewBar</name>
    <message>
        <location filename="../ui/bulk/bulkpreviewbar.cpp" line="+22"/>
        <location line="+46"/>
        <source>&amp;Apply</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bulk change</source>
        <translation>Mehrfachänderung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bulk change progress</source>
        <translation>Fortschritt der Mehrfachänderung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Apply the bulk change</source>
        <translation>Mehrfachänderung übernehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the bulk change</source>
        <translation>Mehrfachänderung abbrechen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Change nothing (Esc)</source>
        <translation>Nichts ändern (Esc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop after the current chunk; what was changed stays changed (and can be undone)</source>
        <translation>Nach dem aktuellen Block anhalten; bereits Geändertes bleibt geändert (und lässt sich rückgängig machen)</translation>
    </message>
</context>
<context>
    <name>Tessera::CertificateDialog</name>
    <message>
        <location filename="../ui/servers/certificatedialog.cpp" line="+18"/>
        <source>Untrusted certificate</source>
        <translation>Nicht vertrauenswürdiges Zertifikat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server %1 presented a TLS certificate that could not be verified. Someone may be impersonating the server. Trust this certificate only if you know it is your server&apos;s own (for example, one you made yourself).</source>
        <translation>Der Server %1 hat ein TLS-Zertifikat vorgelegt, das nicht überprüft werden konnte. Möglicherweise gibt sich jemand als dieser Server aus. Vertrauen Sie diesem Zertifikat nur, wenn Sie wissen, dass es das Ihres Servers ist (zum Beispiel eines, das Sie selbst erstellt haben).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Subject:</source>
        <translation>Inhaber:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issuer:</source>
        <translation>Aussteller:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid from:</source>
        <translation>Gültig ab:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid until:</source>
        <translation>Gültig bis:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256-Fingerabdruck:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Problems:</source>
        <translation>&amp;Probleme:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Trust this certificate</source>
        <translation>Diesem Zertifikat &amp;vertrauen</translation>
    </message>
</context>
<context>
    <name>Tessera::ChangeSender</name>
    <message>
        <location filename="../lib/editing/changesender.cpp" line="+77"/>
        <source>O-counter of image %1</source>
        <translation>O-Zähler von Bild %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Delete %n image(s)</source>
        <translation>
            <numerusform>%n Bild löschen</numerusform>
            <numerusform>%n Bilder löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Change of %n image(s)</source>
        <translation>
            <numerusform>Änderung an %n Bild</numerusform>
            <numerusform>Änderung an %n Bildern</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tessera::ChipPicker</name>
    <message>
        <location filename="../ui/widgets/chippicker.cpp" line="+119"/>
        <location line="+1"/>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
</context>
<context>
    <name>Tessera::ConnectionDialog</name>
    <message>
        <location filename="../ui/servers/connectiondialog.cpp" line="+27"/>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connect to Stash</source>
        <translation>Mit Stash verbinden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>http://127.0.0.1:9999</source>
        <translation>http://127.0.0.1:9999</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only needed when Stash has a password</source>
        <translation>nur nötig, wenn Stash ein Passwort hat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;API key:</source>
        <translation>&amp;API-Schlüssel:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The API key is in Stash under Settings → Security → API Key.</source>
        <translation>Den API-Schlüssel finden Sie in Stash unter Settings → Security → API Key.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <location filename="../ui/servers/describeconnection.cpp" line="+18"/>
        <source>Could not connect: %1</source>
        <translation>Verbindung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connected: Stash %1 (database schema %2).</source>
        <translation>Verbunden: Stash %1 (Datenbankschema %2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(development build)</source>
        <translation>(Entwicklungsversion)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server reports status %1: finish its setup first.</source>
        <translation>Der Server meldet den Status %1: Schließen Sie zuerst seine Einrichtung ab.</translation>
    </message>
</context>
<context>
    <name>Tessera::DeleteImagesDialog</name>
    <message>
        <location filename="../ui/edit/deleteimagesdialog.cpp" line="+24"/>
        <source>Delete the file from disk</source>
        <translation>Datei von der Festplatte löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete generated files (thumbnails, previews)</source>
        <translation>Erzeugte Dateien löschen (Vorschaubilder, Vorschauen)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Delete images</source>
        <translation>Bilder löschen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete this image from Stash?</source>
        <translation>Dieses Bild aus Stash löschen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %1 images from Stash?</source>
        <translation>%1 Bilder aus Stash löschen?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Images to delete</source>
        <translation>Zu löschende Bilder</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Images not listed</source>
        <translation>Nicht aufgeführte Bilder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+%1 more</source>
        <translation>+%1 weitere</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What happens</source>
        <translation>Was passiert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete 1 image</source>
        <translation>1 Bild löschen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete %1 images</source>
        <translation>%1 Bilder löschen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The files are removed from disk (or moved to Stash&apos;s trash folder, if one is set up).</source>
        <translation>Die Dateien werden von der Festplatte gelöscht (oder in den Papierkorb-Ordner von Stash verschoben, falls einer eingerichtet ist).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The files stay on disk, so Stash will add these images again at its next library scan, with empty metadata (no title, tags, rating or other details).</source>
        <translation>Die Dateien bleiben auf der Festplatte, daher fügt Stash diese Bilder beim nächsten Bibliotheks-Scan erneut hinzu – mit leeren Metadaten (ohne Titel, Tags, Bewertung oder andere Angaben).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This cannot be undone.</source>
        <translation>Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
</context>
<context>
    <name>Tessera::EditImageDialog</name>
    <message>
        <location filename="../ui/edit/editimagedialog.cpp" line="+75"/>
        <source>Edit image</source>
        <translation>Bild bearbeiten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Image details</source>
        <translation>Bilddetails</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>◀ Previous</source>
        <translation>◀ Vorheriges</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous image</source>
        <translation>Vorheriges Bild</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous image (Ctrl+Page Up, Alt+Left)</source>
        <translation>Vorheriges Bild (Strg+Bild auf, Alt+Links)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next ▶</source>
        <translation>Nächstes ▶</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next image</source>
        <translation>Nächstes Bild</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next image (Ctrl+Page Down, Alt+Right)</source>
        <translation>Nächstes Bild (Strg+Bild ab, Alt+Rechts)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save (Ctrl+S); Ctrl+Enter saves and moves to the next image</source>
        <translation>Speichern (Strg+S); Strg+Eingabe speichert und geht zum nächsten Bild</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+116"/>
        <location line="+3"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>“%1” has changes that are not saved.</source>
        <translation>„%1“ hat ungespeicherte Änderungen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save them before going on?</source>
        <translation>Vor dem Fortfahren speichern?</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+157"/>
        <source>The date is not valid; correct it or clear it, then save.</source>
        <translation>Das Datum ist ungültig; korrigieren oder leeren Sie es und speichern Sie dann.</translation>
    </message>
    <message>
        <location line="-123"/>
        <location line="+32"/>
        <location line="+58"/>
        <source>Loading…</source>
        <translation>Lädt…</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Could not load the image: %1</source>
        <translation>Das Bild konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This image is no longer in Stash.</source>
        <translation>Dieses Bild ist nicht mehr in Stash.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Edit image — %1 (%2 of %3)</source>
        <translation>Bild bearbeiten – %1 (%2 von %3)</translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+50"/>
        <location line="+15"/>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saving…</source>
        <translation>Speichere…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Saved on this computer; it goes to the server when it answers again.</source>
        <translation>Auf diesem Computer gespeichert; es geht an den Server, sobald er wieder antwortet.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Could not save: %1</source>
        <translation>Speichern fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>This image was deleted.</source>
        <translation>Dieses Bild wurde gelöscht.</translation>
    </message>
</context>
<context>
    <name>Tessera::EditImageForm</name>
    <message>
        <location filename="../ui/edit/editimageform.cpp" line="+125"/>
        <location line="+21"/>
        <source>Organized</source>
        <translation>Organisiert</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+21"/>
        <source>Studio</source>
        <translation>Studio</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+21"/>
        <source>Performers</source>
        <translation>Darsteller(innen)</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+21"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+21"/>
        <source>Galleries</source>
        <translation>Galerien</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Studio code</source>
        <translation>Studio-Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>URLs</source>
        <translation>URLs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date problem</source>
        <translation>Problem mit dem Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photographer</source>
        <translation>Fotograf(in)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>O-counter</source>
        <translation>O-Zähler</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Type to find a studio</source>
        <translation>Tippen, um ein Studio zu finden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type to find performers</source>
        <translation>Tippen, um Darsteller(innen) zu finden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type to find tags; Enter creates a new one</source>
        <translation>Tippen, um Tags zu finden; Eingabe legt einen neuen an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type to find galleries</source>
        <translation>Tippen, um Galerien zu finden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YYYY-MM-DD, or YYYY-MM or YYYY for a partial date</source>
        <translation>JJJJ-MM-TT, oder JJJJ-MM bzw. JJJJ für ein unvollständiges Datum</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ode</source>
        <translation>C&amp;ode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;URLs</source>
        <translation>&amp;URLs</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>D&amp;etails</source>
        <translation>D&amp;etails</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;hotographer</source>
        <translation>Fotogra&amp;f(in)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rating</source>
        <translation>&amp;Bewertung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;O-counter</source>
        <translation>&amp;O-Zähler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Studio</source>
        <translation>&amp;Studio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Performers</source>
        <translation>Darste&amp;ller(innen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ags</source>
        <translation>T&amp;ags</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Galleries</source>
        <translation>&amp;Galerien</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+1"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+6"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+6"/>
        <source>Dimensions</source>
        <translation>Abmessungen</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>File size</source>
        <translation>Dateigröße</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Created tag “%1”</source>
        <translation>Tag „%1“ angelegt</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>This server only stores full dates: enter YYYY-MM-DD.</source>
        <translation>Dieser Server speichert nur vollständige Daten: JJJJ-MM-TT eingeben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not a date: enter YYYY-MM-DD, YYYY-MM or YYYY.</source>
        <translation>Kein Datum: JJJJ-MM-TT, JJJJ-MM oder JJJJ eingeben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a date: enter YYYY-MM-DD.</source>
        <translation>Kein Datum: JJJJ-MM-TT eingeben.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+2"/>
        <source>Create tag</source>
        <translation>Tag anlegen</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Create tag “%1”?</source>
        <translation>Tag „%1“ anlegen?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no tag of that name in Stash yet.</source>
        <translation>In Stash gibt es noch keinen Tag mit diesem Namen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Creating tag “%1”…</source>
        <translation>Lege Tag „%1“ an…</translation>
    </message>
</context>
<context>
    <name>Tessera::FilterBar</name>
    <message>
        <location filename="../ui/grid/filterbar.cpp" line="+38"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without tags</source>
        <translation>Ohne Tags</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Performers</source>
        <translation>Darsteller(innen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Studio</source>
        <translation>Studio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gallery</source>
        <translation>Galerie</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Saved filters</source>
        <translation>Gespeicherte Filter</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Search titles, paths, checksums  (Ctrl+F)</source>
        <translation>Titel, Pfade, Prüfsummen suchen  (Strg+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sort by</source>
        <translation>Sortieren nach</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sort direction</source>
        <translation>Sortierrichtung</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+106"/>
        <source>↓ Desc</source>
        <translation>↓ Abst.</translation>
    </message>
    <message>
        <location line="-106"/>
        <location line="+106"/>
        <source>↑ Asc</source>
        <translation>↑ Aufst.</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>Descending</source>
        <translation>Absteigend</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ascending</source>
        <translation>Aufsteigend</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>⟳ Shuffle</source>
        <translation>⟳ Mischen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new random order</source>
        <translation>Eine neue zufällige Reihenfolge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reshuffle</source>
        <translation>Neu mischen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rating: any</source>
        <translation>Bewertung: alle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>up to: any</source>
        <translation>bis: alle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unrated</source>
        <translation>Unbewertet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Minimum rating</source>
        <translation>Mindestbewertung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum rating</source>
        <translation>Höchstbewertung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organized: any</source>
        <translation>Organisiert: alle</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Organized</source>
        <translation>Organisiert</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Not organized</source>
        <translation>Nicht organisiert</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear all criteria</source>
        <translation>Alle Kriterien entfernen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sort:</source>
        <translation>Sortierung:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File count</source>
        <translation>Anzahl Dateien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File modified</source>
        <translation>Datei geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File size</source>
        <translation>Dateigröße</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O-counter</source>
        <translation>O-Zähler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Performer count</source>
        <translation>Anzahl Darsteller(innen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Random</source>
        <translation>Zufällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag count</source>
        <translation>Anzahl Tags</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>The server has no saved image filters</source>
        <translation>Der Server hat keine gespeicherten Bildfilter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filters saved in Stash</source>
        <translation>In Stash gespeicherte Filter</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saved filter “%1”: click to remove its criteria</source>
        <translation>Gespeicherter Filter „%1“: Klicken entfernt seine Kriterien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove saved filter %1</source>
        <translation>Gespeicherten Filter %1 entfernen</translation>
    </message>
</context>
<context>
    <name>Tessera::ImageEditor</name>
    <message>
        <location filename="../lib/editing/imageeditor.cpp" line="+311"/>
        <source>O-counter</source>
        <translation>O-Zähler</translation>
    </message>
    <message numerus="yes">
        <location line="+99"/>
        <source>Delete %n image(s)</source>
        <translation>
            <numerusform>%n Bild löschen</numerusform>
            <numerusform>%n Bilder löschen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tessera::ImageFieldTable</name>
    <message>
        <location filename="../lib/editing/imagefields.cpp" line="+31"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Organized</source>
        <translation>Organisiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>organized flag</source>
        <translation>Organisiert-Markierung</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>URLs</source>
        <translation>URLs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Photographer</source>
        <translation>Fotograf(in)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>photographer</source>
        <translation>Fotograf(in)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Studio</source>
        <translation>Studio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>studio</source>
        <translation>Studio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Performers</source>
        <translation>Darsteller(innen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>performers</source>
        <translation>Darsteller(innen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Galleries</source>
        <translation>Galerien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>galleries</source>
        <translation>Galerien</translation>
    </message>
</context>
<context>
    <name>Tessera::ImageGridView</name>
    <message>
        <location filename="../ui/grid/imagegridview.cpp" line="+37"/>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
</context>
<context>
    <name>Tessera::ImageListModel</name>
    <message>
        <location filename="../lib/library/imagelistmodel.cpp" line="+189"/>
        <source>The server says this search has %L1 images, more than Tessera can list (%L2). Narrow the search, or check the server.</source>
        <translation>Der Server meldet %L1 Bilder für diese Suche, mehr als Tessera auflisten kann (%L2). Grenzen Sie die Suche ein oder prüfen Sie den Server.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The server counts %L1 images but sends only %L2: showing what it sends.</source>
        <translation>Der Server zählt %L1 Bilder, sendet aber nur %L2: angezeigt wird, was er sendet.</translation>
    </message>
</context>
<context>
    <name>Tessera::ImageViewer</name>
    <message>
        <location filename="../ui/viewer/imageviewer.cpp" line="+41"/>
        <source>Tessera viewer</source>
        <translation>Tessera-Betrachter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image viewer</source>
        <translation>Bildbetrachter</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+216"/>
        <location line="+94"/>
        <source>▶ Slideshow</source>
        <translation>▶ Diashow</translation>
    </message>
    <message>
        <location line="-309"/>
        <source>Slideshow (S)</source>
        <translation>Diashow (S)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Previous (Left)</source>
        <translation>Vorheriges (Links)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next (Right)</source>
        <translation>Nächstes (Rechts)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fit to window (Ctrl+0)</source>
        <translation>An Fenster anpassen (Strg+0)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1:1</source>
        <translation>1:1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Actual size (Ctrl+1)</source>
        <translation>Originalgröße (Strg+1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Full screen (F11)</source>
        <translation>Vollbild (F11)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Full screen</source>
        <translation>Vollbild</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This image could not be shown: %1</source>
        <translation>Dieses Bild kann nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Shown at a reduced size: %1</source>
        <translation>In verkleinerter Größe angezeigt: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Rate %1 %2</source>
        <translation>%1 mit %2 bewerten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear rating of %1</source>
        <translation>Bewertung von %1 löschen</translation>
    </message>
    <message>
        <location line="+57"/>
        <location line="+14"/>
        <source>Loading…</source>
        <translation>Lädt…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Loading the full resolution (%1 × %2)…</source>
        <translation>Volle Auflösung wird geladen (%1 × %2)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%L1 of %L2</source>
        <translation>%L1 von %L2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unrated</source>
        <translation>unbewertet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — Tessera</source>
        <translation>%1 – Tessera</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>⏸ Slideshow</source>
        <translation>⏸ Diashow</translation>
    </message>
</context>
<context>
    <name>Tessera::KeychainSecretStore</name>
    <message>
        <location filename="../lib/settings/keychainsecretstore.cpp" line="+20"/>
        <source>the system keychain</source>
        <translation>dem Schlüsselbund des Systems</translation>
    </message>
</context>
<context>
    <name>Tessera::LanguageMenu</name>
    <message>
        <location filename="../ui/languagemenu.cpp" line="+16"/>
        <source>&amp;Language</source>
        <translation>S&amp;prache</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;System language</source>
        <translation>&amp;Systemsprache</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new language applies the next time Tessera starts.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von Tessera.</translation>
    </message>
</context>
<context>
    <name>Tessera::MainWindow</name>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="+106"/>
        <location line="+3"/>
        <source>Undo history</source>
        <translation>Rückgängig-Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+77"/>
        <source>Tessera</source>
        <translation>Tessera</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Thumbnail size (Ctrl+= / Ctrl+-, Ctrl+wheel)</source>
        <translation>Vorschaugröße (Strg+= / Strg+-, Strg+Mausrad)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thumbnail size</source>
        <translation>Vorschaugröße</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Could not load images: %1</source>
        <translation>Bilder konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Selecting %p%</source>
        <translation>Auswahl %p%</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not collect the selection: %1</source>
        <translation>Die Auswahl konnte nicht zusammengestellt werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="+122"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Tessera</source>
        <translation>&amp;Über Tessera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About Tessera</source>
        <translation>Über Tessera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Tessera %1&lt;/h3&gt;&lt;p&gt;A fast desktop client for the images in a Stash server.&lt;/p&gt;&lt;p&gt;Press F1 for the keyboard shortcuts.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tessera %1&lt;/h3&gt;&lt;p&gt;Ein schneller Desktop-Client für die Bilder eines Stash-Servers.&lt;/p&gt;&lt;p&gt;F1 zeigt die Tastenkürzel.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="-192"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Connect to server…</source>
        <translation>Mit Server &amp;verbinden…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Select</source>
        <translation>Au&amp;swahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select &amp;all results</source>
        <translation>&amp;Alle Ergebnisse auswählen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select &amp;none</source>
        <translation>Auswahl auf&amp;heben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Invert selection</source>
        <translation>Auswahl &amp;umkehren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;in</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+=</source>
        <translation>Ctrl+=</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+94"/>
        <source>&amp;Open in viewer</source>
        <translation>Im Betrachter ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Re&amp;shuffle</source>
        <translation>&amp;Neu mischen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to the &amp;grid</source>
        <translation>&amp;Zurück zum Raster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;opened&gt;</source>
        <translation>&lt;geöffnet&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Undo &amp;history</source>
        <translation>Rückgängig-&amp;Verlauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Pending changes…</source>
        <translation>&amp;Ausstehende Änderungen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit image…</source>
        <translation>Bild &amp;bearbeiten…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Rate</source>
        <translation>Bewer&amp;ten</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n star(s)</source>
        <translation>
            <numerusform>%n Stern</numerusform>
            <numerusform>%n Sterne</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;No rating</source>
        <translation>&amp;Keine Bewertung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>O-counter +1</source>
        <translation>O-Zähler +1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>O-counter −1</source>
        <translation>O-Zähler −1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reset O-counter…</source>
        <translation>O-Zähler zurücksetzen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Toggle &amp;organized</source>
        <translation>&amp;Organisiert umschalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Viewer: &amp;advance after rating</source>
        <translation>Betrachter: nach Bewertung &amp;automatisch weiter</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+160"/>
        <source>Could not save “%1”: %2</source>
        <translation>„%1“ konnte nicht gespeichert werden: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Could not delete %n image(s): %1</source>
        <translation>
            <numerusform>%n Bild konnte nicht gelöscht werden: %1</numerusform>
            <numerusform>%n Bilder konnten nicht gelöscht werden: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deleted %L1 images.</source>
        <translation>%L1 Bilder gelöscht.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowprofiles.cpp" line="+131"/>
        <location line="+9"/>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+78"/>
        <source>Could not connect</source>
        <translation>Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not connect to %1.

%2</source>
        <translation>Die Verbindung zu %1 ist fehlgeschlagen.

%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection settings…</source>
        <translation>Verbindungseinstellungen…</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Stash %1 at %2</source>
        <translation>Stash %1 auf %2</translation>
    </message>
    <message>
        <location line="-189"/>
        <source>Image %1 is not in the list shown; search for it to edit it.</source>
        <translation>Bild %1 ist nicht in der angezeigten Liste; suchen Sie es, um es zu bearbeiten.</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%n change(s) made before Tessera closed have now been saved.</source>
        <translation>
            <numerusform>%n Änderung, die vor dem Schließen von Tessera gemacht wurde, ist jetzt gespeichert.</numerusform>
            <numerusform>%n Änderungen, die vor dem Schließen von Tessera gemacht wurden, sind jetzt gespeichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The server refused %n of them: see Edit → Pending changes…</source>
        <translation>
            <numerusform>Der Server hat %n davon abgelehnt: siehe Bearbeiten → Ausstehende Änderungen…</numerusform>
            <numerusform>Der Server hat %n davon abgelehnt: siehe Bearbeiten → Ausstehende Änderungen…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server asks for the API key or a login again (%1). Your changes wait until you connect again.</source>
        <translation>Der Server verlangt erneut den API-Schlüssel oder eine Anmeldung (%1). Ihre Änderungen warten, bis Sie sich wieder verbinden.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Changes not sent yet</source>
        <translation>Änderungen noch nicht gesendet</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n change(s) have not reached the server yet.</source>
        <translation>
            <numerusform>%n Änderung hat den Server noch nicht erreicht.</numerusform>
            <numerusform>%n Änderungen haben den Server noch nicht erreicht.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>They are kept safe on this computer: if you quit now, Tessera sends them the next time it connects to this server.</source>
        <translation>Sie sind auf diesem Computer sicher aufbewahrt: Wenn Sie jetzt beenden, sendet Tessera sie, sobald es sich das nächste Mal mit diesem Server verbindet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Wait for them</source>
        <translation>Darauf &amp;warten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit, send them next time</source>
        <translation>&amp;Beenden, nächstes Mal senden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tessera quits once the waiting changes are saved.</source>
        <translation>Tessera wird beendet, sobald die wartenden Änderungen gespeichert sind.</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Changes cannot be kept safe, so none will be accepted: %1</source>
        <translation>Änderungen können nicht sicher aufbewahrt werden, daher wird keine angenommen: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file of changes waiting for this server could not be read; it was moved to %1 and a new one started. Changes in it were not sent.</source>
        <translation>Die Datei der Änderungen, die auf diesen Server warten, war nicht lesbar; sie wurde nach %1 verschoben und eine neue angelegt. Änderungen darin wurden nicht gesendet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tessera — %1</source>
        <translation>Tessera – %1</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Loading…</source>
        <translation>Lädt…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%L1 images</source>
        <translation>%L1 Bilder</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%L1 images · %2 MP · %3</source>
        <translation>%L1 Bilder · %2 MP · %3</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 of %2 selected</source>
        <translation>%1 von %2 ausgewählt</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Bulk edit</source>
        <translation>Mehrfachbearbeitung</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="+30"/>
        <source>&amp;Bulk edit panel</source>
        <translation>&amp;Mehrfachbearbeitung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Tag selection…</source>
        <translation>Auswahl ta&amp;ggen…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Favourite tags</source>
        <translation>Lieblings-Tag&amp;s</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Toggle %1</source>
        <translation>%1 umschalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Favourite %1 (none)</source>
        <translation>Favorit %1 (keiner)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindowprofiles.cpp" line="-63"/>
        <source>%n change(s) for the previous server wait on this computer; they are sent when you connect to it again.</source>
        <translation>
            <numerusform>%n Änderung für den vorigen Server wartet auf diesem Computer; sie wird gesendet, wenn Sie sich wieder mit ihm verbinden.</numerusform>
            <numerusform>%n Änderungen für den vorigen Server warten auf diesem Computer; sie werden gesendet, wenn Sie sich wieder mit ihm verbinden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Logging in to %1…</source>
        <translation>Anmeldung bei %1…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Keep the password?</source>
        <translation>Passwort speichern?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tessera could not use %1 (%2).

Keep API keys and passwords in Tessera&apos;s settings file instead? They are stored there as plain text: anyone with access to your account&apos;s files can read them.

If you choose No, Tessera keeps them only until it quits and asks for them next time.</source>
        <translation>Tessera konnte %1 nicht verwenden (%2).

API-Schlüssel und Passwörter stattdessen in der Einstellungsdatei von Tessera speichern? Sie liegen dort im Klartext: Jeder mit Zugriff auf die Dateien Ihres Benutzerkontos kann sie lesen.

Wenn Sie „Nein“ wählen, behält Tessera sie nur bis zum Beenden und fragt beim nächsten Mal erneut danach.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Keep the password in the settings file?</source>
        <translation>Passwort in der Einstellungsdatei speichern?</translation>
    </message>
</context>
<context>
    <name>Tessera::MemorySecretStore</name>
    <message>
        <location filename="../lib/settings/memorysecretstore.h" line="+40"/>
        <source>memory</source>
        <translation>dem Arbeitsspeicher</translation>
    </message>
</context>
<context>
    <name>Tessera::NotificationBar</name>
    <message>
        <location filename="../ui/notificationbar.cpp" line="+17"/>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notification</source>
        <translation>Benachrichtigung</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>Tessera::OCounterButton</name>
    <message>
        <location filename="../ui/widgets/ocounterbutton.cpp" line="+16"/>
        <source>O-counter: click to count one up (O); Shift+click or the menu to count down (Shift+O) or reset</source>
        <translation>O-Zähler: Klicken zählt eins hoch (O); Umschalt+Klick oder das Menü zählt herunter (Umschalt+O) oder setzt zurück</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>O-counter</source>
        <translation>O-Zähler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Count one down</source>
        <translation>Eins herunterzählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset to 0…</source>
        <translation>Auf 0 zurücksetzen…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>O %1</source>
        <translation>O %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n-mal</numerusform>
            <numerusform>%n-mal</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reset O-counter</source>
        <translation>O-Zähler zurücksetzen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reset the O-counter from %1 to 0?</source>
        <translation>O-Zähler von %1 auf 0 zurücksetzen?</translation>
    </message>
</context>
<context>
    <name>Tessera::Outbox</name>
    <message>
        <location filename="../lib/outbox/outbox.cpp" line="+69"/>
        <source>Not connected to a server: the change was not made.</source>
        <translation>Nicht mit einem Server verbunden: Die Änderung wurde nicht vorgenommen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The change was not made, because it cannot be kept safe: %1</source>
        <translation>Die Änderung wurde nicht gemacht, weil sie nicht sicher aufbewahrt werden kann: %1</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Image %1 is no longer in Stash.</source>
        <translation>Bild %1 ist nicht mehr in Stash.</translation>
    </message>
</context>
<context>
    <name>Tessera::OutboxDatabase</name>
    <message>
        <location filename="../lib/outbox/outboxdatabase.cpp" line="+101"/>
        <source>Qt&apos;s SQLite driver is missing, so changes cannot be kept safe on disk (on Debian: install libqt6sql6-sqlite).</source>
        <translation>Der SQLite-Treiber von Qt fehlt, daher können Änderungen nicht sicher auf der Festplatte aufbewahrt werden (unter Debian: libqt6sql6-sqlite installieren).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The folder %1 cannot be created, so changes cannot be kept safe on disk.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden, daher können Änderungen nicht sicher auf der Festplatte aufbewahrt werden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The outbox %1 cannot be opened: %2</source>
        <translation>Der Postausgang %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The outbox %1 was written by a newer Tessera; this one leaves it alone.</source>
        <translation>Der Postausgang %1 stammt von einem neueren Tessera; diese Version lässt ihn unverändert.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The outbox %1 cannot be read and cannot be moved aside.</source>
        <translation>Der Postausgang %1 ist nicht lesbar und kann nicht beiseitegelegt werden.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The outbox %1 cannot be written: %2</source>
        <translation>In den Postausgang %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The outbox is not open.</source>
        <translation>Der Postausgang ist nicht geöffnet.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The change could not be written to the outbox (%1): %2</source>
        <translation>Die Änderung konnte nicht in den Postausgang geschrieben werden (%1): %2</translation>
    </message>
</context>
<context>
    <name>Tessera::PendingChangesIndicator</name>
    <message>
        <location filename="../ui/changes/pendingchangesindicator.cpp" line="+34"/>
        <source>Retry now</source>
        <translation>Jetzt erneut versuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the waiting changes now instead of at the end of their wait</source>
        <translation>Die wartenden Änderungen jetzt senden statt am Ende ihrer Wartezeit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the changes the server refused</source>
        <translation>Die vom Server abgelehnten Änderungen zeigen</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n Änderung wartet</numerusform>
            <numerusform>%n Änderungen warten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>server unreachable since %1</source>
        <translation>Server nicht erreichbar seit %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last failure: %1</source>
        <translation>Letzter Fehler: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n not saved</source>
        <translation>
            <numerusform>%n nicht gespeichert</numerusform>
            <numerusform>%n nicht gespeichert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tessera::PendingChangesWindow</name>
    <message>
        <location filename="../ui/changes/pendingchangeswindow.cpp" line="+70"/>
        <location line="+4"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+4"/>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+4"/>
        <source>Made</source>
        <translation>Gemacht</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry &amp;now</source>
        <translation>&amp;Jetzt erneut versuchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server&apos;s reason</source>
        <translation>Begründung des Servers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Send again</source>
        <translation>Erneut &amp;senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit image…</source>
        <translation>Bild &amp;bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pending changes</source>
        <translation>Ausstehende Änderungen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Send the waiting changes now instead of at the end of their wait</source>
        <translation>Die wartenden Änderungen jetzt senden statt am Ende ihrer Wartezeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the selected changes again (after fixing the cause)</source>
        <translation>Die ausgewählten Änderungen erneut senden (nachdem die Ursache behoben ist)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never send the selected changes (Delete)</source>
        <translation>Die ausgewählten Änderungen nie senden (Entf)</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Nothing is waiting to be sent.</source>
        <translation>Nichts wartet darauf, gesendet zu werden.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n change(s) waiting to be sent; the server has not been reachable since %1.</source>
        <translation>
            <numerusform>%n Änderung wartet auf das Senden; der Server ist seit %1 nicht erreichbar.</numerusform>
            <numerusform>%n Änderungen warten auf das Senden; der Server ist seit %1 nicht erreichbar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n change(s) on their way to the server:</source>
        <translation>
            <numerusform>%n Änderung auf dem Weg zum Server:</numerusform>
            <numerusform>%n Änderungen auf dem Weg zum Server:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Waiting for its turn</source>
        <translation>Wartet, bis sie an der Reihe ist</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Tried %n time(s); may have arrived, so it is checked first</source>
        <translation>
            <numerusform>%n-mal versucht; vielleicht angekommen, daher wird zuerst geprüft</numerusform>
            <numerusform>%n-mal versucht; vielleicht angekommen, daher wird zuerst geprüft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Tried %n time(s); trying again</source>
        <translation>
            <numerusform>%n-mal versucht; wird erneut versucht</numerusform>
            <numerusform>%n-mal versucht; wird erneut versucht</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server refused none of your changes.</source>
        <translation>Der Server hat keine Ihrer Änderungen abgelehnt.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Not saved: the server refused %n change(s). They are shown as the server holds them.</source>
        <translation>
            <numerusform>Nicht gespeichert: Der Server hat %n Änderung abgelehnt. Sie wird so gezeigt, wie der Server sie hat.</numerusform>
            <numerusform>Nicht gespeichert: Der Server hat %n Änderungen abgelehnt. Sie werden so gezeigt, wie der Server sie hat.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tessera::ProfilesDialog</name>
    <message>
        <location filename="../ui/servers/profilesdialog.cpp" line="+34"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Username:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a server</source>
        <translation>Einen Server hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected server</source>
        <translation>Den ausgewählten Server entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for example: Home</source>
        <translation>zum Beispiel: Zuhause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>http://127.0.0.1:9999</source>
        <translation>http://127.0.0.1:9999</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How to sign in</source>
        <translation>Art der Anmeldung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No password</source>
        <translation>Kein Passwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Username and password</source>
        <translation>Benutzername und Passwort</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection test result</source>
        <translation>Ergebnis des Verbindungstests</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign &amp;in with:</source>
        <translation>&amp;Anmelden mit:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The API key is in Stash under Settings → Security → API Key. Keys and passwords are kept in the system keychain, not in Tessera&apos;s settings file.</source>
        <translation>Den API-Schlüssel finden Sie in Stash unter Settings → Security → API Key. Schlüssel und Passwörter werden im Schlüsselbund des Systems gespeichert, nicht in der Einstellungsdatei von Tessera.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>New server</source>
        <translation>Neuer Server</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>(kept; type to replace)</source>
        <translation>(gespeichert; zum Ersetzen tippen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings → Security → API Key</source>
        <translation>Settings → Security → API Key</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>“%1” needs a server address such as http://127.0.0.1:9999.</source>
        <translation>„%1“ braucht eine Serveradresse wie http://127.0.0.1:9999.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” needs a username.</source>
        <translation>„%1“ braucht einen Benutzernamen.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Could not log in: %1</source>
        <translation>Anmeldung fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>Tessera::RatingWidget</name>
    <message>
        <location filename="../ui/widgets/ratingwidget.cpp" line="+49"/>
        <location line="+5"/>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+27"/>
        <source>unrated</source>
        <translation>unbewertet</translation>
    </message>
</context>
<context>
    <name>Tessera::SecretVault</name>
    <message>
        <location filename="../lib/settings/secretvault.cpp" line="+44"/>
        <source>Could not read the secret of %1 from %2: %3</source>
        <translation>Die Zugangsdaten für %1 konnten nicht aus %2 gelesen werden: %3</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The secret could not be kept in %1 (%2); Tessera keeps it until it quits.</source>
        <translation>Die Zugangsdaten konnten nicht in %1 gespeichert werden (%2); Tessera behält sie bis zum Beenden.</translation>
    </message>
</context>
<context>
    <name>Tessera::SelectionEditing</name>
    <message>
        <location filename="../ui/selectionediting.cpp" line="+25"/>
        <source>Rate %1 %2</source>
        <translation>%1 mit %2 bewerten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the rating of %1</source>
        <translation>Bewertung von %1 löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rate %L1 images %2</source>
        <translation>%L1 Bilder mit %2 bewerten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the rating of %L1 images</source>
        <translation>Bewertung von %L1 Bildern löschen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Collecting the selection…</source>
        <translation>Auswahl wird zusammengestellt…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select images first.</source>
        <translation>Bitte zuerst Bilder auswählen.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Mark %L1 images organized</source>
        <translation>%L1 Bilder als organisiert markieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark %L1 images not organized</source>
        <translation>%L1 Bilder als nicht organisiert markieren</translation>
    </message>
</context>
<context>
    <name>Tessera::ServerMenu</name>
    <message>
        <location filename="../ui/servers/servermenu.cpp" line="+17"/>
        <source>Se&amp;rver</source>
        <translation>Se&amp;rver</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No servers yet</source>
        <translation>Noch keine Server</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Manage servers…</source>
        <translation>Server &amp;verwalten…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Changes are still being saved to this server; switch when they are done.</source>
        <translation>Änderungen werden noch auf diesem Server gespeichert; wechseln Sie, wenn sie fertig sind.</translation>
    </message>
</context>
<context>
    <name>Tessera::ServerSwitcher</name>
    <message>
        <location filename="../ui/serverswitcher.cpp" line="+88"/>
        <source>No password is kept for %1: enter it in Server ▸ Manage servers….</source>
        <translation>Für %1 ist kein Passwort gespeichert: Geben Sie es unter Server ▸ Server verwalten… ein.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not log in to %1: %2</source>
        <translation>Anmeldung bei %1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>Tessera::SettingsSecretStore</name>
    <message>
        <location filename="../lib/settings/settingssecretstore.cpp" line="+38"/>
        <source>the settings file could not be written</source>
        <translation>die Einstellungsdatei konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the settings file</source>
        <translation>der Einstellungsdatei</translation>
    </message>
</context>
<context>
    <name>Tessera::ShortcutsWindow</name>
    <message>
        <location filename="../ui/shortcutswindow.cpp" line="+51"/>
        <location line="+15"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type an action or a key</source>
        <translation>Aktion oder Taste eingeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the shortcuts</source>
        <translation>Tastenkürzel durchsuchen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Grid</source>
        <translation>Raster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move</source>
        <translation>Bewegen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Arrows, Page Up, Page Down, Home, End</source>
        <translation>Pfeiltasten, Bild auf, Bild ab, Pos1, Ende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the viewer</source>
        <translation>Betrachter öffnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enter, double-click</source>
        <translation>Eingabe, Doppelklick</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a range</source>
        <translation>Bereich auswählen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shift+click, Shift+arrows</source>
        <translation>Umschalt+Klick, Umschalt+Pfeiltasten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add or remove one image</source>
        <translation>Ein Bild hinzufügen oder entfernen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+click, Ctrl+Space</source>
        <translation>Strg+Klick, Strg+Leertaste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the image under the pointer</source>
        <translation>Bild unter dem Mauszeiger bearbeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shift+double-click</source>
        <translation>Umschalt+Doppelklick</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom the thumbnails</source>
        <translation>Vorschaubilder zoomen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+wheel</source>
        <translation>Strg+Mausrad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the search field for the grid</source>
        <translation>Vom Suchfeld zum Raster wechseln</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+14"/>
        <location line="+9"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Viewer</source>
        <translation>Betrachter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next image</source>
        <translation>Nächstes Bild</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Right, Space, Page Down</source>
        <translation>Rechts, Leertaste, Bild ab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous image</source>
        <translation>Vorheriges Bild</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Left, Backspace, Page Up</source>
        <translation>Links, Rücktaste, Bild auf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First / last image</source>
        <translation>Erstes / letztes Bild</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Home, End</source>
        <translation>Pos1, Ende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate 1–5 stars / clear the rating</source>
        <translation>Mit 1–5 Sternen bewerten / Bewertung löschen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1–5, 0</source>
        <translation>1–5, 0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O-counter +1 / −1</source>
        <translation>O-Zähler +1 / −1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>O, Shift+O</source>
        <translation>O, Umschalt+O</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the image</source>
        <translation>Bild bearbeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the image</source>
        <translation>Bild löschen</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+13"/>
        <source>Delete</source>
        <translation>Entf</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Zoom in / out</source>
        <translation>Vergrößern / verkleinern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>+, -, wheel</source>
        <translation>+, -, Mausrad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit to window / actual size</source>
        <translation>An Fenster anpassen / Originalgröße</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+0, Ctrl+1</source>
        <translation>Strg+0, Strg+1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slideshow</source>
        <translation>Diashow</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full screen</source>
        <translation>Vollbild</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>F, F11</source>
        <translation>F, F11</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave full screen, then close</source>
        <translation>Vollbild verlassen, dann schließen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bulk edit panel</source>
        <translation>Mehrfachbearbeitung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a tag for the selection</source>
        <translation>Tag für die Auswahl eingeben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the highlighted tag to the selection</source>
        <translation>Markierten Tag der Auswahl hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enter</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the highlighted tag from the selection</source>
        <translation>Markierten Tag von der Auswahl entfernen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shift+Enter</source>
        <translation>Umschalt+Eingabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toggle favourite tag 1–9</source>
        <translation>Lieblings-Tag 1–9 umschalten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alt+1…Alt+9</source>
        <translation>Alt+1…Alt+9</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toggle the current tag chip</source>
        <translation>Aktuellen Tag-Chip umschalten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enter, Space</source>
        <translation>Eingabe, Leertaste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the current favourite chip</source>
        <translation>Aktuellen Favoriten-Chip entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the grid (or cancel the question)</source>
        <translation>Zurück zum Raster (oder Frage abbrechen)</translation>
    </message>
</context>
<context>
    <name>Tessera::TagCreator</name>
    <message>
        <location filename="../ui/widgets/tagcreator.cpp" line="+45"/>
        <source>Could not look up tags: %1</source>
        <translation>Tags konnten nicht gesucht werden: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Could not create the tag “%1”: %2</source>
        <translation>Der Tag „%1“ konnte nicht angelegt werden: %2</translation>
    </message>
</context>
<context>
    <name>Tessera::TagEntry</name>
    <message>
        <location filename="../ui/bulk/tagentry.cpp" line="+47"/>
        <source>Tag selection: type, Enter adds, Shift+Enter removes</source>
        <translation>Taggen: Eingabe fügt hinzu, Umschalt+Eingabe entfernt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag the selection</source>
        <translation>Auswahl taggen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a tag name. Enter adds the highlighted tag to every selected image, Shift+Enter removes it, Up and Down choose another suggestion.</source>
        <translation>Tag-Namen eingeben. Eingabe fügt den markierten Tag allen ausgewählten Bildern hinzu, Umschalt+Eingabe entfernt ihn, Auf und Ab wählen einen anderen Vorschlag.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tag suggestions</source>
        <translation>Tag-Vorschläge</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Create tag “%1”…</source>
        <translation>Tag „%1“ anlegen…</translation>
    </message>
</context>
<context>
    <name>Tessera::UrlListEditor</name>
    <message>
        <location filename="../ui/edit/urllisteditor.cpp" line="+17"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>URLs</source>
        <translation>URLs</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add URL</source>
        <translation>URL hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a URL</source>
        <translation>Eine URL hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove selected URLs</source>
        <translation>Ausgewählte URLs entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected URLs</source>
        <translation>Die ausgewählten URLs entfernen</translation>
    </message>
</context>
<context>
    <name>Tessera::ValueSharesList</name>
    <message>
        <location filename="../ui/bulk/valueshareslist.cpp" line="+62"/>
        <source>Set</source>
        <translation>Setzen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Every %1 on the selected images with how many have it. Plus adds the current one to all selected images, Minus removes it from all.</source>
        <translation>Alle Werte (%1) der ausgewählten Bilder und wie viele Bilder sie haben. Plus fügt den aktuellen allen ausgewählten Bildern hinzu, Minus entfernt ihn von allen.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Set exactly…</source>
        <translation>Ersetzen…</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Exactly these %1…</source>
        <translation>Genau diese %1…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Replace the %1 of every selected image with a list you choose</source>
        <translation>Die %1 aller ausgewählten Bilder durch eine gewählte Liste ersetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the %1 of all selected images exactly</source>
        <translation>Die %1 aller ausgewählten Bilder genau festlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set these %1 on all selected images</source>
        <translation>Diese %1 für alle ausgewählten Bilder setzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every selected image gets exactly these %1; you see what is lost before anything is changed</source>
        <translation>Jedes ausgewählte Bild erhält genau diese %1; vor jeder Änderung sehen Sie, was wegfällt</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: on %L2 of %L3 selected images</source>
        <translation>%1: an %L2 von %L3 ausgewählten Bildern</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Add %1 to the %L2 selected images that lack it</source>
        <translation>%1 den %L2 ausgewählten Bildern hinzufügen, denen es fehlt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add %1 %2 to all selected images</source>
        <translation>%1 %2 allen ausgewählten Bildern hinzufügen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove %1 from the %L2 selected images that have it</source>
        <translation>%1 von den %L2 ausgewählten Bildern entfernen, die es haben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove %1 %2 from all selected images</source>
        <translation>%1 %2 von allen ausgewählten Bildern entfernen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>… and %L1 more</source>
        <translation>… und %L1 weitere</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No %1 on the selected images</source>
        <translation>Keine %1 an den ausgewählten Bildern</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+47"/>
        <source>A fast desktop client for the images in a Stash server.</source>
        <translation>Ein schneller Desktop-Client für die Bilder eines Stash-Servers.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connect to this Stash server (default: $STASH_URL; the API key comes from $STASH_API_KEY).</source>
        <translation>Mit diesem Stash-Server verbinden (Standard: $STASH_URL; der API-Schlüssel kommt aus $STASH_API_KEY).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <location filename="../app/gui/screenshotmode.cpp" line="+74"/>
        <source>Save a picture of the main window to FILE after --screenshot-delay ms, then quit (for documentation and checks).</source>
        <translation>Nach --screenshot-delay ms ein Bild des Hauptfensters in DATEI speichern und beenden (für Dokumentation und Prüfungen).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>file</source>
        <translation>datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Milliseconds before the screenshot.</source>
        <translation>Millisekunden bis zum Bildschirmfoto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For --screenshot: once connected, select some images and show this state (grid, viewer, edit or bulk).</source>
        <translation>Für --screenshot: nach dem Verbinden einige Bilder auswählen und diesen Zustand zeigen (grid, viewer, edit oder bulk).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>state</source>
        <translation>zustand</translation>
    </message>
</context>
</TS>
