<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>BulkEdit</name>
    <message>
        <location filename="../lib/bulk/bulkedit.cpp" line="+32"/>
        <source>tag</source>
        <translation>étiquette</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>performer</source>
        <translation>interprète</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>gallery</source>
        <translation>galerie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+205"/>
        <source>%L1 images gain it</source>
        <translation>%L1 images le reçoivent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%L1 already have it</source>
        <translation>%L1 l’ont déjà</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%L1 images lose it</source>
        <translation>%L1 images le perdent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no image has it</source>
        <translation>aucune image ne l’a</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%L1 of %L2 images change</source>
        <translation>%L1 images sur %L2 changent</translation>
    </message>
</context>
<context>
    <name>FullImageLoader</name>
    <message>
        <location filename="../lib/media/fullimageloader.cpp" line="+24"/>
        <source>The image could not be decoded: %1</source>
        <translation>L’image n’a pas pu être décodée : %1</translation>
    </message>
</context>
<context>
    <name>PhotoDecoder</name>
    <message>
        <location filename="../lib/media/photodecoder.cpp" line="+47"/>
        <source>it is %1 × %2 pixels (%3 megapixels), more than the %4 megapixels Tessera shows</source>
        <translation>elle fait %1 × %2 pixels (%3 mégapixels), plus que les %4 mégapixels qu’affiche Tessera</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../lib/editing/imagefieldscommand.cpp" line="+37"/>
        <location filename="../lib/editing/ocountercommand.cpp" line="+153"/>
        <location filename="../lib/bulk/bulkeditcommand.cpp" line="+57"/>
        <source>Undo %1</source>
        <translation>Annuler %1</translation>
    </message>
    <message>
        <location filename="../lib/editing/ocountercommand.cpp" line="-73"/>
        <source>O-counter +1 on %L1 images</source>
        <translation>Compteur O +1 pour %L1 images</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>O-counter +1 on %1</source>
        <translation>Compteur O +1 pour %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O-counter +%1 on %2</source>
        <translation>Compteur O +%1 pour %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>O-counter −1 on %L1 images</source>
        <translation>Compteur O −1 pour %L1 images</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>O-counter −1 on %1</source>
        <translation>Compteur O −1 pour %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O-counter −%1 on %2</source>
        <translation>Compteur O −%1 pour %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reset O-counter of %L1 images</source>
        <translation>Remise à zéro du compteur O de %L1 images</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset O-counter of %1</source>
        <translation>Remise à zéro du compteur O de %1</translation>
    </message>
    <message>
        <location filename="../ui/servers/certificatedialog.cpp" line="+28"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
</context>
<context>
    <name>Stash</name>
    <message>
        <location filename="../lib/stash/bulkimageupdate.cpp" line="+50"/>
        <source>&quot;%1&quot; must be {&quot;%2&quot;: [...], &quot;mode&quot;: &quot;ADD|REMOVE|SET&quot;}</source>
        <translation>« %1 » doit être {&quot;%2&quot;: [...], &quot;mode&quot;: &quot;ADD|REMOVE|SET&quot;}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&quot;%1&quot; needs &quot;mode&quot;: ADD, REMOVE or SET</source>
        <translation>« %1 » nécessite « mode » : ADD, REMOVE ou SET</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>No images were given to change.</source>
        <translation>Aucune image à modifier n’a été indiquée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../lib/stash/imageupdate.cpp" line="+178"/>
        <location filename="../lib/stash/inputvalidation.cpp" line="+18"/>
        <location filename="../lib/stash/stashclient.cpp" line="+249"/>
        <location line="+78"/>
        <source>image id</source>
        <translation>identifiant d’image</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../lib/stash/imageupdate.cpp" line="-96"/>
        <source>&quot;organized&quot; can be true or false, not null.</source>
        <translation>« organized » peut valoir true ou false, pas null.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../lib/stash/imageupdate.cpp" line="+3"/>
        <source>studio id</source>
        <translation>identifiant de studio</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../lib/stash/imageupdate.cpp" line="+4"/>
        <source>tag id</source>
        <translation>identifiant d’étiquette</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../lib/stash/imageupdate.cpp" line="-1"/>
        <source>performer id</source>
        <translation>identifiant d’interprète</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../lib/stash/imageupdate.cpp" line="+2"/>
        <source>gallery id</source>
        <translation>identifiant de galerie</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A bulk update</source>
        <translation>Une modification groupée</translation>
    </message>
    <message>
        <location filename="../lib/stash/certificatetrust.cpp" line="+54"/>
        <source>The server&apos;s TLS certificate is not trusted: %1</source>
        <translation>Le certificat TLS du serveur n’est pas approuvé : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown certificate error</source>
        <translation>erreur de certificat inconnue</translation>
    </message>
    <message>
        <location filename="../lib/stash/findfilter.cpp" line="+35"/>
        <source>unknown filter field &quot;%1&quot;</source>
        <translation>champ de filtre inconnu « %1 »</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>filter field &quot;q&quot; must be a string</source>
        <translation>le champ de filtre « q » doit être une chaîne</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>filter field &quot;%1&quot; must be an integer</source>
        <translation>le champ de filtre « %1 » doit être un entier</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>invalid sort &quot;%1&quot;; use one of %2 or random_&lt;seed&gt;</source>
        <translation>tri « %1 » non valide ; utilisez l’un de %2 ou random_&lt;seed&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>direction must be ASC or DESC</source>
        <translation>direction doit valoir ASC ou DESC</translation>
    </message>
    <message>
        <location filename="../lib/stash/futurewatch.h" line="+82"/>
        <source>Canceled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location filename="../lib/stash/imagefilter.cpp" line="+104"/>
        <location line="+259"/>
        <location line="+89"/>
        <source>image filter &quot;%1&quot; must be an object</source>
        <translation>le filtre d’images « %1 » doit être un objet</translation>
    </message>
    <message>
        <location line="-336"/>
        <source>image filter &quot;%1&quot; has unknown field &quot;%2&quot;</source>
        <translation>le filtre d’images « %1 » a un champ inconnu « %2 »</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>image filter &quot;%1&quot; needs a valid &quot;modifier&quot; (EQUALS, INCLUDES, ...)</source>
        <translation>le filtre d’images « %1 » nécessite un « modifier » valide (EQUALS, INCLUDES…)</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+16"/>
        <source>image filter &quot;%1&quot; needs &quot;%2&quot;</source>
        <translation>le filtre d’images « %1 » nécessite « %2 »</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>image filter &quot;%1&quot; field &quot;%2&quot; must be a string</source>
        <translation>filtre d’images « %1 » : le champ « %2 » doit être une chaîne</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>image filter &quot;%1&quot; field &quot;%2&quot; must be an integer</source>
        <translation>filtre d’images « %1 » : le champ « %2 » doit être un entier</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+13"/>
        <source>image filter &quot;%1&quot; field &quot;%2&quot; must be a list of ids</source>
        <translation>filtre d’images « %1 » : le champ « %2 » doit être une liste d’identifiants</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>image filter &quot;%1&quot; must be true or false</source>
        <translation>le filtre d’images « %1 » doit valoir true ou false</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>image filter &quot;is_missing&quot; must be a string</source>
        <translation>le filtre d’images « is_missing » doit être une chaîne</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+6"/>
        <source>image filter &quot;orientation&quot; takes {&quot;value&quot;: [LANDSCAPE|PORTRAIT|SQUARE]}</source>
        <translation>le filtre d’images « orientation » attend {&quot;value&quot;: [LANDSCAPE|PORTRAIT|SQUARE]}</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>an image filter may hold only one of AND, OR and NOT per level</source>
        <translation>un filtre d’images ne peut contenir qu’un seul de AND, OR et NOT par niveau</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>unknown image filter field &quot;%1&quot;</source>
        <translation>champ de filtre d’images inconnu « %1 »</translation>
    </message>
    <message>
        <location filename="../lib/stash/imageupdate.cpp" line="+34"/>
        <source>An image update</source>
        <translation>Une modification d’image</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An image update needs the image&apos;s &quot;id&quot;.</source>
        <translation>Une modification d’image nécessite l’« id » de l’image.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A new image needs a title.</source>
        <translation>Une nouvelle image nécessite un titre.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A new image</source>
        <translation>Une nouvelle image</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No image to delete was given.</source>
        <translation>Aucune image à supprimer n’a été indiquée.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A delete request</source>
        <translation>Une demande de suppression</translation>
    </message>
    <message>
        <location filename="../lib/stash/inputvalidation.cpp" line="+4"/>
        <source>The %1 is empty.</source>
        <extracomment>%1 names an id: &quot;image id&quot;, &quot;studio id&quot;, &quot;tag id&quot;, ...</extracomment>
        <translation>L’%1 est vide.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The %1 &quot;%2&quot; is not a number; Stash ids are numbers.</source>
        <extracomment>%1 names an id: &quot;image id&quot;, &quot;studio id&quot;, &quot;tag id&quot;, ...; %2 is the value given</extracomment>
        <translation>L’%1 « %2 » n’est pas un nombre ; les identifiants Stash sont des nombres.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A rating must be between 1 and 100 (got %1); clear it with null.</source>
        <translation>Une note doit être comprise entre 1 et 100 (reçu : %1) ; effacez-la avec null.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&quot;%1&quot; is not a date; use YYYY-MM-DD, YYYY-MM or YYYY.</source>
        <translation>« %1 » n’est pas une date ; utilisez AAAA-MM-JJ, AAAA-MM ou AAAA.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This server (before v0.30) only accepts full dates (YYYY-MM-DD), not &quot;%1&quot;.</source>
        <translation>Ce serveur (antérieur à v0.30) n’accepte que des dates complètes (AAAA-MM-JJ), pas « %1 ».</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 has no field &quot;%2&quot; (known: %3)</source>
        <extracomment>%1 is what was read (&quot;An image update&quot;, &quot;A new image&quot;, ...); %2 the unknown key</extracomment>
        <translation>%1 n’a pas de champ « %2 » (connus : %3)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>field &quot;%1&quot; must be a string or null</source>
        <translation>le champ « %1 » doit être une chaîne ou null</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>field &quot;%1&quot; must be an integer or null</source>
        <translation>le champ « %1 » doit être un entier ou null</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>field &quot;%1&quot; must be true, false or null</source>
        <translation>le champ « %1 » doit valoir true, false ou null</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>field &quot;%1&quot; must be a list or null</source>
        <translation>le champ « %1 » doit être une liste ou null</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>field &quot;%1&quot; must be a list of ids or null</source>
        <translation>le champ « %1 » doit être une liste d’identifiants ou null</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>field &quot;%1&quot; must be a list of strings or null</source>
        <translation>le champ « %1 » doit être une liste de chaînes ou null</translation>
    </message>
    <message>
        <location filename="../lib/stash/jsondecoder.cpp" line="+17"/>
        <source>The server&apos;s answer had an unexpected shape; is this a Stash server?</source>
        <translation>La réponse du serveur a une forme inattendue ; est-ce un serveur Stash ?</translation>
    </message>
    <message>
        <location line="+256"/>
        <source>The server sent no image where one was expected.</source>
        <translation>Le serveur n’a envoyé aucune image là où une image était attendue.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The server sent no image list where one was expected.</source>
        <translation>Le serveur n’a envoyé aucune liste d’images là où une liste était attendue.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server&apos;s image list holds a non-object.</source>
        <translation>La liste d’images du serveur contient un élément qui n’est pas un objet.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The server sent no tag where one was expected.</source>
        <translation>Le serveur n’a envoyé aucune étiquette là où une étiquette était attendue.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server sent no performer where one was expected.</source>
        <translation>Le serveur n’a envoyé aucun interprète là où un interprète était attendu.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server sent no studio where one was expected.</source>
        <translation>Le serveur n’a envoyé aucun studio là où un studio était attendu.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server sent no gallery where one was expected.</source>
        <translation>Le serveur n’a envoyé aucune galerie là où une galerie était attendue.</translation>
    </message>
    <message>
        <location filename="../lib/stash/replyinterpreter.cpp" line="+37"/>
        <source>The server&apos;s answer is larger than %L1 MB, far more than a real one: it was cut off.</source>
        <translation>La réponse du serveur dépasse %L1 Mo, bien plus qu&apos;une vraie : elle a été coupée.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The server did not answer within %n s.</source>
        <translation>
            <numerusform>Le serveur n’a pas répondu en %n s.</numerusform>
            <numerusform>Le serveur n’a pas répondu en %n s.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The request was canceled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server refused access: set the right API key (Stash: Settings → Security → API key).</source>
        <translation>Le serveur a refusé l’accès : indiquez la bonne clé d’API (Stash : Settings → Security → API key).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server sent us to its login page: set the right API key (Stash: Settings → Security → API key).</source>
        <translation>Le serveur nous a renvoyés vers sa page de connexion : indiquez la bonne clé d’API (Stash : Settings → Security → API key).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server redirected to %1; check the server address.</source>
        <translation>Le serveur a redirigé vers %1 ; vérifiez l’adresse du serveur.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not reach the server: %1</source>
        <translation>Impossible de joindre le serveur : %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server answered with a web page, probably its login page: set the right API key.</source>
        <translation>Le serveur a répondu par une page web, probablement sa page de connexion : indiquez la bonne clé d’API.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The server rejected our request as invalid (is this Stash version supported?): %1</source>
        <translation>Le serveur a rejeté notre requête comme non valide (cette version de Stash est-elle prise en charge ?) : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server refused: %1</source>
        <translation>Le serveur a refusé : %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+24"/>
        <location line="+21"/>
        <source>The server answered with HTTP %1.</source>
        <translation>Le serveur a répondu avec HTTP %1.</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>The server&apos;s answer is not valid JSON: %1</source>
        <translation>La réponse du serveur n’est pas du JSON valide : %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The server failed with HTTP %1: %2</source>
        <translation>Le serveur a échoué avec HTTP %1 : %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The server&apos;s answer has no data.</source>
        <translation>La réponse du serveur ne contient aucune donnée.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The server has no such image (404).</source>
        <translation>Le serveur n’a pas cette image (404).</translation>
    </message>
    <message numerus="yes">
        <location filename="../lib/stash/sessionlogin.cpp" line="+47"/>
        <source>The server did not answer the login within %n second(s).</source>
        <translation>
            <numerusform>Le serveur n’a pas répondu à la connexion en %n seconde.</numerusform>
            <numerusform>Le serveur n’a pas répondu à la connexion en %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The login was canceled.</source>
        <translation>La connexion a été annulée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not reach the server to log in: %1</source>
        <translation>Impossible de joindre le serveur pour se connecter : %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wrong username or password.</source>
        <translation>Nom d’utilisateur ou mot de passe incorrect.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This server has no login page (HTTP 404): is it a Stash server?</source>
        <translation>Ce serveur n’a pas de page de connexion (HTTP 404) : est-ce un serveur Stash ?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server could not log you in (HTTP %1).</source>
        <translation>Le serveur n’a pas pu vous connecter (HTTP %1).</translation>
    </message>
    <message>
        <location line="+22"/>
        <location filename="../lib/stash/stashclient.cpp" line="-194"/>
        <source>No server address is set (use an http:// or https:// URL).</source>
        <translation>Aucune adresse de serveur n’est définie (utilisez une URL http:// ou https://).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The username is empty.</source>
        <translation>Le nom d’utilisateur est vide.</translation>
    </message>
    <message>
        <location filename="../lib/stash/stashclient.cpp" line="+24"/>
        <source>Tessera has no operation named “%1”.</source>
        <translation>Tessera ne connaît aucune opération nommée « %1 ».</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The server did not describe itself as Stash does.</source>
        <translation>Le serveur ne s’est pas décrit comme le fait Stash.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This server has no findImages query; it is not a Stash server Tessera can use.</source>
        <translation>Ce serveur n’a pas de requête findImages ; ce n’est pas un serveur Stash utilisable par Tessera.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The checksum is empty.</source>
        <translation>La somme de contrôle est vide.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not a sort Stash knows.</source>
        <translation>« %1 » n’est pas un tri connu de Stash.</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>&quot;%1&quot; is not a field Tessera can read in bulk.</source>
        <translation>« %1 » n’est pas un champ que Tessera peut lire en lot.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Connect to the server first: creating an image depends on what it offers.</source>
        <translation>Connectez-vous d’abord au serveur : la création d’une image dépend de ce qu’il propose.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This Stash server cannot create images: images enter Stash by scanning a library folder. Put the file in a library folder and run a scan (Settings → Tasks → Scan).</source>
        <translation>Ce serveur Stash ne peut pas créer d’images : les images entrent dans Stash par l’analyse d’un dossier de bibliothèque. Placez le fichier dans un dossier de bibliothèque et lancez une analyse (Settings → Tasks → Scan).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No image updates were given.</source>
        <translation>Aucune modification d’image n’a été indiquée.</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>destroyImage takes exactly one id.</source>
        <translation>destroyImage prend exactement un identifiant.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+14"/>
        <source>The server did not confirm the delete.</source>
        <translation>Le serveur n’a pas confirmé la suppression.</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>The server sent no new O-count.</source>
        <translation>Le serveur n’a envoyé aucun nouveau compteur O.</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>A tag needs a name.</source>
        <translation>Une étiquette nécessite un nom.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The image has no URL.</source>
        <translation>L’image n’a pas d’URL.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server gave an image address Tessera does not open (only http and https): %1</source>
        <translation>Le serveur a donné une adresse d’image que Tessera n’ouvre pas (seulement http et https) : %1</translation>
    </message>
</context>
<context>
    <name>Tessera::BulkEditPanel</name>
    <message>
        <location filename="../ui/bulk/bulksharelists.cpp" line="+26"/>
        <source>tag</source>
        <translation>étiquette</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>performer</source>
        <translation>interprète</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>gallery</source>
        <translation>galerie</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>tags</source>
        <translation>étiquettes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>performers</source>
        <translation>interprètes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>galleries</source>
        <translation>galeries</translation>
    </message>
    <message>
        <location filename="../ui/bulk/bulkeditpanel.cpp" line="+78"/>
        <location line="+29"/>
        <source>Bulk edit</source>
        <translation>Modification groupée</translation>
    </message>
    <message>
        <location filename="../ui/bulk/bulkchangequeue.cpp" line="+61"/>
        <source>Could not read the selected images: %1</source>
        <translation>Impossible de lire les images sélectionnées&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/bulk/bulkeditpanel.cpp" line="+62"/>
        <source>Reading progress</source>
        <translation>Progression de la lecture</translation>
    </message>
    <message>
        <location filename="../ui/bulk/tagshortcutrows.cpp" line="+47"/>
        <location line="+121"/>
        <source>Favourite tags (Alt+1…Alt+9 toggle)</source>
        <translation>Étiquettes favorites (Alt+1…Alt+9 pour basculer)</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>Recently used tags</source>
        <translation>Étiquettes récentes</translation>
    </message>
    <message>
        <location filename="../ui/bulk/bulksharelists.cpp" line="+14"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Performers</source>
        <translation>Interprètes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Galleries</source>
        <translation>Galeries</translation>
    </message>
    <message>
        <location filename="../ui/bulk/tagshortcutrows.cpp" line="+66"/>
        <source>Remove from favourites</source>
        <translation>Retirer des favoris</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add to favourites</source>
        <translation>Ajouter aux favoris</translation>
    </message>
    <message>
        <location filename="../ui/bulk/bulkfieldsform.cpp" line="+43"/>
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Rating of all selected images</source>
        <translation>Note de toutes les images sélectionnées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rate every selected image (keys 1–5 here; 0 clears)</source>
        <translation>Noter chaque image sélectionnée (touches 1–5 ici&#xa0;; 0 efface)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+27"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Clear the rating of all selected images</source>
        <translation>Effacer la note de toutes les images sélectionnées</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rating</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+11"/>
        <source>Organized</source>
        <translation>Organisé</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Mark all selected images organized</source>
        <translation>Marquer toutes les images sélectionnées comme organisées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not organized</source>
        <translation>Non organisé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark all selected images not organized</source>
        <translation>Marquer toutes les images sélectionnées comme non organisées</translation>
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
        <translation>Définir</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Set the studio of all selected images</source>
        <translation>Définir le studio de toutes les images sélectionnées</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear the studio of all selected images</source>
        <translation>Retirer le studio de toutes les images sélectionnées</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a studio first.</source>
        <translation>Choisissez d’abord un studio.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Studio</source>
        <translation>Studio</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 for all selected images</source>
        <translation>%1 pour toutes les images sélectionnées</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>AAAA-MM-JJ, AAAA-MM ou AAAA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty clears</source>
        <translation>Vide = effacer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apply the %1 to all selected images</source>
        <translation>Appliquer le champ «&#xa0;%1&#xa0;» à toutes les images sélectionnées</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>URLs for all selected images</source>
        <translation>URL pour toutes les images sélectionnées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>URLs, separated by spaces</source>
        <translation>URL séparées par des espaces</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add these URLs to all selected images</source>
        <translation>Ajouter ces URL à toutes les images sélectionnées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove these URLs from all selected images</source>
        <translation>Retirer ces URL de toutes les images sélectionnées</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give all selected images exactly these URLs</source>
        <translation>Donner exactement ces URL à toutes les images sélectionnées</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>URLs</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../ui/bulk/bulkeditpanel.cpp" line="-34"/>
        <source>Could not read the selection (%1); trying again…</source>
        <translation>Impossible de lire la sélection (%1) ; nouvel essai…</translation>
    </message>
    <message>
        <location line="+177"/>
        <location line="+19"/>
        <source>Collecting the selection…</source>
        <translation>Collecte de la sélection…</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>1 image selected</source>
        <translation>1 image sélectionnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%L1 images selected</source>
        <translation>%L1 images sélectionnées</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Select images first.</source>
        <translation>Sélectionnez d’abord des images.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reading %1 of %2…</source>
        <translation>Lecture de %1 sur %2…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <location line="-228"/>
        <source>Could not read the selection: %1</source>
        <translation>Impossible de lire la sélection&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../lib/bulk/selectionshares.cpp" line="+133"/>
        <source>Gallery %1</source>
        <translation>Galerie %1</translation>
    </message>
    <message>
        <location filename="../ui/bulk/bulkeditpanel.cpp" line="+253"/>
        <source>No images selected</source>
        <translation>Aucune image sélectionnée</translation>
    </message>
    <message>
        <location line="+126"/>
        <location filename="../lib/bulk/bulkedits.cpp" line="+58"/>
        <source>Add tag %1 to %L2 images</source>
        <translation>Ajouter l’étiquette %1 à %L2 images</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../lib/bulk/bulkedits.cpp" line="+2"/>
        <source>Added tag %1 to %L2 of %L3 images</source>
        <translation>Étiquette %1 ajoutée à %L2 images sur %L3</translation>
    </message>
    <message>
        <location filename="../lib/bulk/bulkedits.cpp" line="+6"/>
        <source>Add performer %1 to %L2 images</source>
        <translation>Ajouter l’interprète %1 à %L2 images</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added performer %1 to %L2 of %L3 images</source>
        <translation>Interprète %1 ajouté(e) à %L2 images sur %L3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add %L1 images to gallery %2</source>
        <translation>Ajouter %L1 images à la galerie %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added %L1 of %L2 images to gallery %3</source>
        <translation>%L1 images sur %L2 ajoutées à la galerie %3</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Remove tag %1 from %L2 images</source>
        <translation>Retirer l’étiquette %1 de %L2 images</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed tag %1 from %L2 of %L3 images</source>
        <translation>Étiquette %1 retirée de %L2 images sur %L3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove performer %1 from %L2 images</source>
        <translation>Retirer l’interprète %1 de %L2 images</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed performer %1 from %L2 of %L3 images</source>
        <translation>Interprète %1 retiré(e) de %L2 images sur %L3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove %L1 images from gallery %2</source>
        <translation>Retirer %L1 images de la galerie %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed %L1 of %L2 images from gallery %3</source>
        <translation>%L1 images sur %L2 retirées de la galerie %3</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Remove all tags from %L1 images</source>
        <translation>Retirer toutes les étiquettes de %L1 images</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set tags of %L1 images</source>
        <translation>Définir les étiquettes de %L1 images</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove all performers from %L1 images</source>
        <translation>Retirer tous les interprètes de %L1 images</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set performers of %L1 images</source>
        <translation>Définir les interprètes de %L1 images</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove %L1 images from all galleries</source>
        <translation>Retirer %L1 images de toutes les galeries</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set galleries of %L1 images</source>
        <translation>Définir les galeries de %L1 images</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Rate %L1 images %2</source>
        <translation>Noter %L1 images %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear the rating of %L1 images</source>
        <translation>Effacer la note de %L1 images</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Mark %L1 images organized</source>
        <translation>Marquer %L1 images comme organisées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark %L1 images not organized</source>
        <translation>Marquer %L1 images comme non organisées</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Set studio %1 on %L2 images</source>
        <translation>Définir le studio %1 pour %L2 images</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Clear the studio of %L1 images</source>
        <translation>Retirer le studio de %L1 images</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>“%1” is not a date: use YYYY-MM-DD, YYYY-MM or YYYY.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date&#xa0;: utilisez AAAA-MM-JJ, AAAA-MM ou AAAA.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1”: this server stores only full dates: use YYYY-MM-DD.</source>
        <translation>« %1 » : ce serveur n’enregistre que des dates complètes : utilisez AAAA-MM-JJ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is not a date: use YYYY-MM-DD.</source>
        <translation>« %1 » n’est pas une date : utilisez AAAA-MM-JJ.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Clear the %1 of %L2 images</source>
        <translation>Effacer le champ «&#xa0;%1&#xa0;» de %L2 images</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set the %1 of %L2 images to “%3”</source>
        <translation>Mettre le champ «&#xa0;%1&#xa0;» de %L2 images à «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Enter one or more URLs first.</source>
        <translation>Saisissez d’abord une ou plusieurs URL.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n URL(s)</source>
        <translation>
            <numerusform>%n URL</numerusform>
            <numerusform>%n URL</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add %1 to %L2 images</source>
        <translation>Ajouter %1 à %L2 images</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove %1 from %L2 images</source>
        <translation>Retirer %1 de %L2 images</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove all URLs from %L1 images</source>
        <translation>Retirer toutes les URL de %L1 images</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set URLs of %L1 images</source>
        <translation>Définir les URL de %L1 images</translation>
    </message>
    <message>
        <location filename="../ui/bulk/bulkchangequeue.cpp" line="+68"/>
        <source>Nothing to change: %1</source>
        <translation>Rien à changer&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%L1 of %L2 images change.</source>
        <translation>%L1 images sur %L2 changent.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1: %L2 of %L3 images changed</source>
        <translation>%1&#xa0;: %L2 images sur %L3 modifiées</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1; the rest failed: %2</source>
        <translation>%1&#xa0;; le reste a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Canceled; no image was changed.</source>
        <translation>Annulé&#xa0;; aucune image n’a été modifiée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canceled after %L1 of %L2 images (undo reverts those).</source>
        <translation>Annulé après %L1 images sur %L2 («&#xa0;Annuler&#xa0;» rétablit celles-ci).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Done: %1</source>
        <translation>Terminé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/bulk/bulkeditpanel.cpp" line="-17"/>
        <source>Create tag “%1”?</source>
        <translation>Créer l’étiquette «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>No tag has this name. Create it and add it to the %n selected image(s).</source>
        <translation>
            <numerusform>Aucune étiquette ne porte ce nom. La créer et l’ajouter à l’image sélectionnée&#xa0;?</numerusform>
            <numerusform>Aucune étiquette ne porte ce nom. La créer et l’ajouter aux %n images sélectionnées&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No favourite tag %1: add favourites from a tag&apos;s context menu.</source>
        <translation>Pas d’étiquette favorite %1&#xa0;: ajoutez des favoris depuis le menu contextuel d’une étiquette.</translation>
    </message>
    <message>
        <location filename="../ui/bulk/tagshortcutrows.cpp" line="+15"/>
        <source>%1 is on %L2 of %L3 selected images: click to add it to all</source>
        <translation>%1 est sur %L2 des %L3 images sélectionnées&#xa0;: cliquez pour l’ajouter à toutes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every selected image has %1: click to remove it from all</source>
        <translation>Toutes les images sélectionnées ont %1&#xa0;: cliquez pour le retirer de toutes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Click to add %1 to the selected images, or to remove it if all have it</source>
        <translation>Cliquez pour ajouter %1 aux images sélectionnées, ou pour le retirer si toutes l’ont</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Shortcut: Alt+%1</source>
        <translation>Raccourci&#xa0;: Alt+%1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Favourite tags: none yet (right-click a tag to add it)</source>
        <translation>Favorites&#xa0;: aucune (clic droit sur une étiquette)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add to all selected images</source>
        <translation>Ajouter à toutes les images sélectionnées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove from all selected images</source>
        <translation>Retirer de toutes les images sélectionnées</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Forget</source>
        <translation>Oublier</translation>
    </message>
</context>
<context>
    <name>Tessera::BulkEditRunner</name>
    <message>
        <location filename="../lib/bulk/bulkeditrunner.cpp" line="+66"/>
        <source>Reading the current values…</source>
        <translation>Lecture des valeurs actuelles…</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>%1 (%L2 of %L3 images)</source>
        <translation>%1 (%L2 images sur %L3)</translation>
    </message>
</context>
<context>
    <name>Tessera::BulkPreviewBar</name>
    <message>
        <location filename="../ui/bulk/bulkpreviewbar.cpp" line="+22"/>
        <location line="+46"/>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bulk change</source>
        <translation>Modification groupée</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bulk change progress</source>
        <translation>Progression de la modification groupée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Apply the bulk change</source>
        <translation>Appliquer la modification groupée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the bulk change</source>
        <translation>Annuler la modification groupée</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Change nothing (Esc)</source>
        <translation>Ne rien changer (Échap)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop after the current chunk; what was changed stays changed (and can be undone)</source>
        <translation>Arrêter après le lot en cours&#xa0;; ce qui a été modifié le reste (et peut être annulé)</translation>
    </message>
</context>
<context>
    <name>Tessera::CertificateDialog</name>
    <message>
        <location filename="../ui/servers/certificatedialog.cpp" line="+18"/>
        <source>Untrusted certificate</source>
        <translation>Certificat non approuvé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server %1 presented a TLS certificate that could not be verified. Someone may be impersonating the server. Trust this certificate only if you know it is your server&apos;s own (for example, one you made yourself).</source>
        <translation>Le serveur %1 a présenté un certificat TLS qui n’a pas pu être vérifié. Quelqu’un se fait peut-être passer pour ce serveur. N’approuvez ce certificat que si vous savez qu’il appartient à votre serveur (par exemple, un certificat que vous avez créé vous-même).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Subject:</source>
        <translation>Sujet&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issuer:</source>
        <translation>Émetteur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid from:</source>
        <translation>Valide à partir du&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid until:</source>
        <translation>Valide jusqu’au&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SHA-256 fingerprint:</source>
        <translation>Empreinte SHA-256&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Problems:</source>
        <translation>&amp;Problèmes&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Trust this certificate</source>
        <translation>&amp;Approuver ce certificat</translation>
    </message>
</context>
<context>
    <name>Tessera::ChangeSender</name>
    <message>
        <location filename="../lib/editing/changesender.cpp" line="+77"/>
        <source>O-counter of image %1</source>
        <translation>Compteur O de l&apos;image %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Delete %n image(s)</source>
        <translation>
            <numerusform>Supprimer %n image</numerusform>
            <numerusform>Supprimer %n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Change of %n image(s)</source>
        <translation>
            <numerusform>Modification de %n image</numerusform>
            <numerusform>Modification de %n images</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tessera::ChipPicker</name>
    <message>
        <location filename="../ui/widgets/chippicker.cpp" line="+119"/>
        <location line="+1"/>
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
</context>
<context>
    <name>Tessera::ConnectionDialog</name>
    <message>
        <location filename="../ui/servers/connectiondialog.cpp" line="+27"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connect to Stash</source>
        <translation>Se connecter à Stash</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>http://127.0.0.1:9999</source>
        <translation>http://127.0.0.1:9999</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only needed when Stash has a password</source>
        <translation>nécessaire seulement si Stash a un mot de passe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API key</source>
        <translation>Clé d’API</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;API key:</source>
        <translation>Clé d’&amp;API&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The API key is in Stash under Settings → Security → API Key.</source>
        <translation>La clé d’API se trouve dans Stash sous Settings → Security → API Key.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location filename="../ui/servers/describeconnection.cpp" line="+18"/>
        <source>Could not connect: %1</source>
        <translation>Connexion impossible&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connected: Stash %1 (database schema %2).</source>
        <translation>Connecté&#xa0;: Stash %1 (schéma de base de données %2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(development build)</source>
        <translation>(version de développement)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server reports status %1: finish its setup first.</source>
        <translation>Le serveur signale l’état %1&#xa0;: terminez d’abord sa configuration.</translation>
    </message>
</context>
<context>
    <name>Tessera::DeleteImagesDialog</name>
    <message>
        <location filename="../ui/edit/deleteimagesdialog.cpp" line="+24"/>
        <source>Delete the file from disk</source>
        <translation>Supprimer le fichier du disque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete generated files (thumbnails, previews)</source>
        <translation>Supprimer les fichiers générés (miniatures, aperçus)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Delete images</source>
        <translation>Supprimer des images</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete this image from Stash?</source>
        <translation>Supprimer cette image de Stash&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %1 images from Stash?</source>
        <translation>Supprimer %1 images de Stash&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Images to delete</source>
        <translation>Images à supprimer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Images not listed</source>
        <translation>Images non listées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+%1 more</source>
        <translation>+%1 de plus</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What happens</source>
        <translation>Ce qui va se passer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete 1 image</source>
        <translation>Supprimer 1 image</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete %1 images</source>
        <translation>Supprimer %1 images</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The files are removed from disk (or moved to Stash&apos;s trash folder, if one is set up).</source>
        <translation>Les fichiers sont supprimés du disque (ou déplacés dans la corbeille de Stash, si elle est configurée).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The files stay on disk, so Stash will add these images again at its next library scan, with empty metadata (no title, tags, rating or other details).</source>
        <translation>Les fichiers restent sur le disque&#xa0;: Stash ajoutera donc à nouveau ces images lors de sa prochaine analyse de la bibliothèque, avec des métadonnées vides (sans titre, étiquettes, note ni autres détails).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This cannot be undone.</source>
        <translation>Cette action est irréversible.</translation>
    </message>
</context>
<context>
    <name>Tessera::EditImageDialog</name>
    <message>
        <location filename="../ui/edit/editimagedialog.cpp" line="+75"/>
        <source>Edit image</source>
        <translation>Modifier l’image</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Image details</source>
        <translation>Détails de l’image</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>◀ Previous</source>
        <translation>◀ Précédente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous image</source>
        <translation>Image précédente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous image (Ctrl+Page Up, Alt+Left)</source>
        <translation>Image précédente (Ctrl+Page préc., Alt+Gauche)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next ▶</source>
        <translation>Suivante ▶</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next image</source>
        <translation>Image suivante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next image (Ctrl+Page Down, Alt+Right)</source>
        <translation>Image suivante (Ctrl+Page suiv., Alt+Droite)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save (Ctrl+S); Ctrl+Enter saves and moves to the next image</source>
        <translation>Enregistrer (Ctrl+S)&#xa0;; Ctrl+Entrée enregistre et passe à l’image suivante</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+116"/>
        <location line="+3"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>“%1” has changes that are not saved.</source>
        <translation>«&#xa0;%1&#xa0;» contient des modifications non enregistrées.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save them before going on?</source>
        <translation>Les enregistrer avant de continuer&#xa0;?</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+157"/>
        <source>The date is not valid; correct it or clear it, then save.</source>
        <translation>La date n’est pas valide&#xa0;; corrigez-la ou effacez-la, puis enregistrez.</translation>
    </message>
    <message>
        <location line="-123"/>
        <location line="+32"/>
        <location line="+58"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Could not load the image: %1</source>
        <translation>Impossible de charger l’image&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This image is no longer in Stash.</source>
        <translation>Cette image n’est plus dans Stash.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Edit image — %1 (%2 of %3)</source>
        <translation>Modifier l’image — %1 (%2 sur %3)</translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+50"/>
        <location line="+15"/>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Saved on this computer; it goes to the server when it answers again.</source>
        <translation>Enregistré sur cet ordinateur ; envoyé au serveur dès qu’il répondra à nouveau.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Could not save: %1</source>
        <translation>Impossible d’enregistrer&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>This image was deleted.</source>
        <translation>Cette image a été supprimée.</translation>
    </message>
</context>
<context>
    <name>Tessera::EditImageForm</name>
    <message>
        <location filename="../ui/edit/editimageform.cpp" line="+125"/>
        <location line="+21"/>
        <source>Organized</source>
        <translation>Organisé</translation>
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
        <translation>Interprètes</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+21"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+21"/>
        <source>Galleries</source>
        <translation>Galeries</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Studio code</source>
        <translation>Code studio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>URLs</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date problem</source>
        <translation>Problème de date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photographer</source>
        <translation>Photographe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rating</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>O-counter</source>
        <translation>Compteur O</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Type to find a studio</source>
        <translation>Tapez pour trouver un studio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type to find performers</source>
        <translation>Tapez pour trouver des interprètes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type to find tags; Enter creates a new one</source>
        <translation>Tapez pour trouver des étiquettes&#xa0;; Entrée en crée une nouvelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type to find galleries</source>
        <translation>Tapez pour trouver des galeries</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YYYY-MM-DD, or YYYY-MM or YYYY for a partial date</source>
        <translation>AAAA-MM-JJ, ou AAAA-MM ou AAAA pour une date partielle</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ode</source>
        <translation>C&amp;ode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;URLs</source>
        <translation>&amp;URL</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>D&amp;etails</source>
        <translation>Dé&amp;tails</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;hotographer</source>
        <translation>P&amp;hotographe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rating</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;O-counter</source>
        <translation>Compteur &amp;O</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Studio</source>
        <translation>&amp;Studio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Performers</source>
        <translation>&amp;Interprètes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ags</source>
        <translation>É&amp;tiquettes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Galleries</source>
        <translation>&amp;Galeries</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+1"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Path</source>
        <translation>Chemin</translation>
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
        <translation>Dimensions</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>File size</source>
        <translation>Taille du fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Modified</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Created tag “%1”</source>
        <translation>Étiquette «&#xa0;%1&#xa0;» créée</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>This server only stores full dates: enter YYYY-MM-DD.</source>
        <translation>Ce serveur n’enregistre que des dates complètes&#xa0;: saisissez AAAA-MM-JJ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not a date: enter YYYY-MM-DD, YYYY-MM or YYYY.</source>
        <translation>Ce n’est pas une date&#xa0;: saisissez AAAA-MM-JJ, AAAA-MM ou AAAA.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a date: enter YYYY-MM-DD.</source>
        <translation>Ce n’est pas une date&#xa0;: saisissez AAAA-MM-JJ.</translation>
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
        <translation>Créer une étiquette</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Create tag “%1”?</source>
        <translation>Créer l’étiquette «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no tag of that name in Stash yet.</source>
        <translation>Il n’existe pas encore d’étiquette de ce nom dans Stash.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Creating tag “%1”…</source>
        <translation>Création de l’étiquette «&#xa0;%1&#xa0;»…</translation>
    </message>
</context>
<context>
    <name>Tessera::FilterBar</name>
    <message>
        <location filename="../ui/grid/filterbar.cpp" line="+38"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without tags</source>
        <translation>Sans étiquettes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Performers</source>
        <translation>Interprètes</translation>
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
        <translation>Filtres enregistrés</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Search titles, paths, checksums  (Ctrl+F)</source>
        <translation>Rechercher titres, chemins, sommes de contrôle  (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sort by</source>
        <translation>Trier par</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sort direction</source>
        <translation>Sens du tri</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+106"/>
        <source>↓ Desc</source>
        <translation>↓ Décr.</translation>
    </message>
    <message>
        <location line="-106"/>
        <location line="+106"/>
        <source>↑ Asc</source>
        <translation>↑ Croiss.</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>Descending</source>
        <translation>Décroissant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ascending</source>
        <translation>Croissant</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>⟳ Shuffle</source>
        <translation>⟳ Mélanger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new random order</source>
        <translation>Un nouvel ordre aléatoire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reshuffle</source>
        <translation>Remélanger</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rating: any</source>
        <translation>Note&#xa0;: toutes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>up to: any</source>
        <translation>max.&#xa0;: toutes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unrated</source>
        <translation>Sans note</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Minimum rating</source>
        <translation>Note minimale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum rating</source>
        <translation>Note maximale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organized: any</source>
        <translation>Organisé&#xa0;: tous</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Organized</source>
        <translation>Organisé</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Not organized</source>
        <translation>Non organisé</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear all criteria</source>
        <translation>Effacer tous les critères</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sort:</source>
        <translation>Tri&#xa0;:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File count</source>
        <translation>Nombre de fichiers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File modified</source>
        <translation>Modification du fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File size</source>
        <translation>Taille du fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O-counter</source>
        <translation>Compteur O</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Performer count</source>
        <translation>Nombre d’interprètes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Random</source>
        <translation>Aléatoire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rating</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag count</source>
        <translation>Nombre d’étiquettes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>The server has no saved image filters</source>
        <translation>Le serveur n’a aucun filtre d’images enregistré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filters saved in Stash</source>
        <translation>Filtres enregistrés dans Stash</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saved filter “%1”: click to remove its criteria</source>
        <translation>Filtre enregistré «&#xa0;%1&#xa0;»&#xa0;: cliquez pour retirer ses critères</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove saved filter %1</source>
        <translation>Retirer le filtre enregistré %1</translation>
    </message>
</context>
<context>
    <name>Tessera::ImageEditor</name>
    <message>
        <location filename="../lib/editing/imageeditor.cpp" line="+311"/>
        <source>O-counter</source>
        <translation>Compteur O</translation>
    </message>
    <message numerus="yes">
        <location line="+99"/>
        <source>Delete %n image(s)</source>
        <translation>
            <numerusform>Supprimer %n image</numerusform>
            <numerusform>Supprimer %n images</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tessera::ImageFieldTable</name>
    <message>
        <location filename="../lib/editing/imagefields.cpp" line="+31"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rating</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rating</source>
        <translation>note</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Organized</source>
        <translation>Organisé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>organized flag</source>
        <translation>indicateur « organisé »</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>URLs</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>details</source>
        <translation>détails</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Photographer</source>
        <translation>Photographe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>photographer</source>
        <translation>photographe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Studio</source>
        <translation>Studio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>studio</source>
        <translation>studio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Performers</source>
        <translation>Interprètes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>performers</source>
        <translation>interprètes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tags</source>
        <translation>étiquettes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Galleries</source>
        <translation>Galeries</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>galleries</source>
        <translation>galeries</translation>
    </message>
</context>
<context>
    <name>Tessera::ImageGridView</name>
    <message>
        <location filename="../ui/grid/imagegridview.cpp" line="+37"/>
        <source>Images</source>
        <translation>Images</translation>
    </message>
</context>
<context>
    <name>Tessera::ImageListModel</name>
    <message>
        <location filename="../lib/library/imagelistmodel.cpp" line="+189"/>
        <source>The server says this search has %L1 images, more than Tessera can list (%L2). Narrow the search, or check the server.</source>
        <translation>Le serveur annonce %L1 images pour cette recherche, plus que Tessera ne peut en lister (%L2). Affinez la recherche ou vérifiez le serveur.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The server counts %L1 images but sends only %L2: showing what it sends.</source>
        <translation>Le serveur compte %L1 images mais n&apos;en envoie que %L2 : affichage de ce qu&apos;il envoie.</translation>
    </message>
</context>
<context>
    <name>Tessera::ImageViewer</name>
    <message>
        <location filename="../ui/viewer/imageviewer.cpp" line="+41"/>
        <source>Tessera viewer</source>
        <translation>Visionneuse Tessera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image viewer</source>
        <translation>Visionneuse d’images</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+216"/>
        <location line="+94"/>
        <source>▶ Slideshow</source>
        <translation>▶ Diaporama</translation>
    </message>
    <message>
        <location line="-309"/>
        <source>Slideshow (S)</source>
        <translation>Diaporama (S)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Previous (Left)</source>
        <translation>Précédente (Gauche)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next (Right)</source>
        <translation>Suivante (Droite)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fit to window (Ctrl+0)</source>
        <translation>Ajuster à la fenêtre (Ctrl+0)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1:1</source>
        <translation>1:1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Actual size (Ctrl+1)</source>
        <translation>Taille réelle (Ctrl+1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Full screen (F11)</source>
        <translation>Plein écran (F11)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Full screen</source>
        <translation>Plein écran</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This image could not be shown: %1</source>
        <translation>Impossible d’afficher cette image&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Shown at a reduced size: %1</source>
        <translation>Affichée en taille réduite : %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Rate %1 %2</source>
        <translation>Noter %1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear rating of %1</source>
        <translation>Effacer la note de %1</translation>
    </message>
    <message>
        <location line="+57"/>
        <location line="+14"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Loading the full resolution (%1 × %2)…</source>
        <translation>Chargement de la pleine résolution (%1 × %2)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%L1 of %L2</source>
        <translation>%L1 sur %L2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unrated</source>
        <translation>sans note</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — Tessera</source>
        <translation>%1 — Tessera</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>⏸ Slideshow</source>
        <translation>⏸ Diaporama</translation>
    </message>
</context>
<context>
    <name>Tessera::KeychainSecretStore</name>
    <message>
        <location filename="../lib/settings/keychainsecretstore.cpp" line="+20"/>
        <source>the system keychain</source>
        <translation>le trousseau du système</translation>
    </message>
</context>
<context>
    <name>Tessera::LanguageMenu</name>
    <message>
        <location filename="../ui/languagemenu.cpp" line="+16"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;System language</source>
        <translation>Langue du &amp;système</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new language applies the next time Tessera starts.</source>
        <translation>La nouvelle langue s’appliquera au prochain démarrage de Tessera.</translation>
    </message>
</context>
<context>
    <name>Tessera::MainWindow</name>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="+106"/>
        <location line="+3"/>
        <source>Undo history</source>
        <translation>Historique des modifications</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+77"/>
        <source>Tessera</source>
        <translation>Tessera</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Thumbnail size (Ctrl+= / Ctrl+-, Ctrl+wheel)</source>
        <translation>Taille des miniatures (Ctrl+= / Ctrl+-, Ctrl+molette)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thumbnail size</source>
        <translation>Taille des miniatures</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Could not load images: %1</source>
        <translation>Impossible de charger les images&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Selecting %p%</source>
        <translation>Sélection %p%</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not collect the selection: %1</source>
        <translation>Impossible de collecter la sélection&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="+122"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Tessera</source>
        <translation>&amp;À propos de Tessera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About Tessera</source>
        <translation>À propos de Tessera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Tessera %1&lt;/h3&gt;&lt;p&gt;A fast desktop client for the images in a Stash server.&lt;/p&gt;&lt;p&gt;Press F1 for the keyboard shortcuts.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tessera %1&lt;/h3&gt;&lt;p&gt;Un client de bureau rapide pour les images d’un serveur Stash.&lt;/p&gt;&lt;p&gt;Appuyez sur F1 pour voir les raccourcis clavier.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="-192"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Connect to server…</source>
        <translation>Se &amp;connecter à un serveur…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Select</source>
        <translation>&amp;Sélection</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select &amp;all results</source>
        <translation>Sélectionner &amp;tous les résultats</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select &amp;none</source>
        <translation>Ne &amp;rien sélectionner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Invert selection</source>
        <translation>&amp;Inverser la sélection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+=</source>
        <translation>Ctrl+=</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;out</source>
        <translation>Zoom arri&amp;ère</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+94"/>
        <source>&amp;Open in viewer</source>
        <translation>&amp;Ouvrir dans la visionneuse</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Re&amp;shuffle</source>
        <translation>Re&amp;mélanger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to the &amp;grid</source>
        <translation>Retour à la &amp;grille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;opened&gt;</source>
        <translation>&lt;ouverture&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Undo &amp;history</source>
        <translation>&amp;Historique des modifications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Pending changes…</source>
        <translation>Modifications en &amp;attente…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit image…</source>
        <translation>&amp;Modifier l’image…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Rate</source>
        <translation>&amp;Noter</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n star(s)</source>
        <translation>
            <numerusform>%n étoile</numerusform>
            <numerusform>%n étoiles</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;No rating</source>
        <translation>&amp;Aucune note</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>O-counter +1</source>
        <translation>Compteur O +1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>O-counter −1</source>
        <translation>Compteur O −1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reset O-counter…</source>
        <translation>Remettre le compteur O à zéro…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Toggle &amp;organized</source>
        <translation>Basculer «&#xa0;&amp;organisé&#xa0;»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Viewer: &amp;advance after rating</source>
        <translation>Visionneuse&#xa0;: a&amp;vancer après la notation</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+160"/>
        <source>Could not save “%1”: %2</source>
        <translation>Impossible d’enregistrer «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Could not delete %n image(s): %1</source>
        <translation>
            <numerusform>Impossible de supprimer %n image&#xa0;: %1</numerusform>
            <numerusform>Impossible de supprimer %n images&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deleted %L1 images.</source>
        <translation>%L1 images supprimées.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowprofiles.cpp" line="+131"/>
        <location line="+9"/>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+78"/>
        <source>Could not connect</source>
        <translation>Connexion impossible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not connect to %1.

%2</source>
        <translation>Impossible de se connecter à %1.

%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection settings…</source>
        <translation>Paramètres de connexion…</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Stash %1 at %2</source>
        <translation>Stash %1 sur %2</translation>
    </message>
    <message>
        <location line="-189"/>
        <source>Image %1 is not in the list shown; search for it to edit it.</source>
        <translation>L&apos;image %1 n&apos;est pas dans la liste affichée ; recherchez-la pour la modifier.</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%n change(s) made before Tessera closed have now been saved.</source>
        <translation>
            <numerusform>%n modification faite avant la fermeture de Tessera est maintenant enregistrée.</numerusform>
            <numerusform>%n modifications faites avant la fermeture de Tessera sont maintenant enregistrées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The server refused %n of them: see Edit → Pending changes…</source>
        <translation>
            <numerusform>Le serveur en a refusé %n : voir Édition → Modifications en attente…</numerusform>
            <numerusform>Le serveur en a refusé %n : voir Édition → Modifications en attente…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server asks for the API key or a login again (%1). Your changes wait until you connect again.</source>
        <translation>Le serveur demande à nouveau la clé d&apos;API ou une connexion (%1). Vos modifications attendent que vous vous reconnectiez.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Changes not sent yet</source>
        <translation>Modifications pas encore envoyées</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n change(s) have not reached the server yet.</source>
        <translation>
            <numerusform>%n modification n&apos;a pas encore atteint le serveur.</numerusform>
            <numerusform>%n modifications n&apos;ont pas encore atteint le serveur.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>They are kept safe on this computer: if you quit now, Tessera sends them the next time it connects to this server.</source>
        <translation>Elles sont conservées en sécurité sur cet ordinateur : si vous quittez maintenant, Tessera les enverra la prochaine fois qu’il se connectera à ce serveur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Wait for them</source>
        <translation>&amp;Les attendre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit, send them next time</source>
        <translation>&amp;Quitter, les envoyer la prochaine fois</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tessera quits once the waiting changes are saved.</source>
        <translation>Tessera se fermera une fois les modifications en attente enregistrées.</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Changes cannot be kept safe, so none will be accepted: %1</source>
        <translation>Les modifications ne peuvent pas être conservées en sécurité, aucune ne sera donc acceptée : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file of changes waiting for this server could not be read; it was moved to %1 and a new one started. Changes in it were not sent.</source>
        <translation>Le fichier des modifications en attente pour ce serveur était illisible ; il a été déplacé vers %1 et un nouveau a été créé. Les modifications qu&apos;il contenait n&apos;ont pas été envoyées.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tessera — %1</source>
        <translation>Tessera — %1</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%L1 images</source>
        <translation>%L1 images</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%L1 images · %2 MP · %3</source>
        <translation>%L1 images · %2 Mpx · %3</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 of %2 selected</source>
        <translation>%1 sur %2 sélectionnées</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Bulk edit</source>
        <translation>Modification groupée</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="+30"/>
        <source>&amp;Bulk edit panel</source>
        <translation>&amp;Panneau de modification groupée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Tag selection…</source>
        <translation>&amp;Étiqueter la sélection…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Favourite tags</source>
        <translation>Étiquettes &amp;favorites</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Toggle %1</source>
        <translation>Basculer %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Favourite %1 (none)</source>
        <translation>Favori %1 (aucun)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindowprofiles.cpp" line="-63"/>
        <source>%n change(s) for the previous server wait on this computer; they are sent when you connect to it again.</source>
        <translation>
            <numerusform>%n modification pour le serveur précédent attend sur cet ordinateur ; elle sera envoyée quand vous vous y reconnecterez.</numerusform>
            <numerusform>%n modifications pour le serveur précédent attendent sur cet ordinateur ; elles seront envoyées quand vous vous y reconnecterez.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Logging in to %1…</source>
        <translation>Connexion à %1 en cours…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Keep the password?</source>
        <translation>Conserver le mot de passe&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tessera could not use %1 (%2).

Keep API keys and passwords in Tessera&apos;s settings file instead? They are stored there as plain text: anyone with access to your account&apos;s files can read them.

If you choose No, Tessera keeps them only until it quits and asks for them next time.</source>
        <translation>Tessera n’a pas pu utiliser %1 (%2).

Conserver plutôt les clés d’API et les mots de passe dans le fichier de paramètres de Tessera&#xa0;? Ils y sont stockés en clair&#xa0;: toute personne ayant accès aux fichiers de votre compte peut les lire.

Si vous choisissez Non, Tessera ne les garde que jusqu’à sa fermeture et les redemandera la prochaine fois.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Keep the password in the settings file?</source>
        <translation>Conserver le mot de passe dans le fichier de paramètres&#xa0;?</translation>
    </message>
</context>
<context>
    <name>Tessera::MemorySecretStore</name>
    <message>
        <location filename="../lib/settings/memorysecretstore.h" line="+40"/>
        <source>memory</source>
        <translation>la mémoire</translation>
    </message>
</context>
<context>
    <name>Tessera::NotificationBar</name>
    <message>
        <location filename="../ui/notificationbar.cpp" line="+17"/>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notification</source>
        <translation>Notification</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>Tessera::OCounterButton</name>
    <message>
        <location filename="../ui/widgets/ocounterbutton.cpp" line="+16"/>
        <source>O-counter: click to count one up (O); Shift+click or the menu to count down (Shift+O) or reset</source>
        <translation>Compteur O&#xa0;: cliquez pour ajouter un (O)&#xa0;; Maj+clic ou le menu pour retirer un (Maj+O) ou remettre à zéro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>O-counter</source>
        <translation>Compteur O</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Count one down</source>
        <translation>Retirer un</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset to 0…</source>
        <translation>Remettre à 0…</translation>
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
            <numerusform>%n fois</numerusform>
            <numerusform>%n fois</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reset O-counter</source>
        <translation>Remettre le compteur O à zéro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reset the O-counter from %1 to 0?</source>
        <translation>Remettre le compteur O de %1 à 0&#xa0;?</translation>
    </message>
</context>
<context>
    <name>Tessera::Outbox</name>
    <message>
        <location filename="../lib/outbox/outbox.cpp" line="+69"/>
        <source>Not connected to a server: the change was not made.</source>
        <translation>Pas de connexion à un serveur : la modification n’a pas été faite.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The change was not made, because it cannot be kept safe: %1</source>
        <translation>La modification n&apos;a pas été faite, car elle ne peut pas être conservée en sécurité : %1</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Image %1 is no longer in Stash.</source>
        <translation>L’image %1 n’est plus dans Stash.</translation>
    </message>
</context>
<context>
    <name>Tessera::OutboxDatabase</name>
    <message>
        <location filename="../lib/outbox/outboxdatabase.cpp" line="+101"/>
        <source>Qt&apos;s SQLite driver is missing, so changes cannot be kept safe on disk (on Debian: install libqt6sql6-sqlite).</source>
        <translation>Le pilote SQLite de Qt manque : les modifications ne peuvent pas être gardées en sûreté sur le disque (sous Debian : installer libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The folder %1 cannot be created, so changes cannot be kept safe on disk.</source>
        <translation>Le dossier %1 ne peut pas être créé : les modifications ne peuvent pas être gardées en sûreté sur le disque.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The outbox %1 cannot be opened: %2</source>
        <translation>La boîte d’envoi %1 ne peut pas être ouverte : %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The outbox %1 was written by a newer Tessera; this one leaves it alone.</source>
        <translation>La boîte d’envoi %1 a été écrite par un Tessera plus récent ; celui-ci n’y touche pas.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The outbox %1 cannot be read and cannot be moved aside.</source>
        <translation>La boîte d’envoi %1 est illisible et ne peut pas être mise de côté.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The outbox %1 cannot be written: %2</source>
        <translation>La boîte d’envoi %1 ne peut pas être écrite : %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The outbox is not open.</source>
        <translation>La boîte d’envoi n’est pas ouverte.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The change could not be written to the outbox (%1): %2</source>
        <translation>La modification n’a pas pu être écrite dans la boîte d’envoi (%1) : %2</translation>
    </message>
</context>
<context>
    <name>Tessera::PendingChangesIndicator</name>
    <message>
        <location filename="../ui/changes/pendingchangesindicator.cpp" line="+34"/>
        <source>Retry now</source>
        <translation>Réessayer maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the waiting changes now instead of at the end of their wait</source>
        <translation>Envoyer les modifications en attente maintenant plutôt qu&apos;à la fin de leur attente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the changes the server refused</source>
        <translation>Afficher les modifications refusées par le serveur</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n modification en attente</numerusform>
            <numerusform>%n modifications en attente</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>server unreachable since %1</source>
        <translation>serveur injoignable depuis %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last failure: %1</source>
        <translation>Dernier échec : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n not saved</source>
        <translation>
            <numerusform>%n non enregistrée</numerusform>
            <numerusform>%n non enregistrées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tessera::PendingChangesWindow</name>
    <message>
        <location filename="../ui/changes/pendingchangeswindow.cpp" line="+70"/>
        <location line="+4"/>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+4"/>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+4"/>
        <source>Made</source>
        <translation>Faite</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry &amp;now</source>
        <translation>Réessayer &amp;maintenant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server&apos;s reason</source>
        <translation>Raison du serveur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Send again</source>
        <translation>&amp;Renvoyer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit image…</source>
        <translation>&amp;Modifier l&apos;image…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pending changes</source>
        <translation>Modifications en attente</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Send the waiting changes now instead of at the end of their wait</source>
        <translation>Envoyer les modifications en attente maintenant plutôt qu&apos;à la fin de leur attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the selected changes again (after fixing the cause)</source>
        <translation>Renvoyer les modifications sélectionnées (après avoir corrigé la cause)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never send the selected changes (Delete)</source>
        <translation>Ne jamais envoyer les modifications sélectionnées (Suppr)</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Nothing is waiting to be sent.</source>
        <translation>Rien n&apos;attend d&apos;être envoyé.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n change(s) waiting to be sent; the server has not been reachable since %1.</source>
        <translation>
            <numerusform>%n modification attend d&apos;être envoyée ; le serveur est injoignable depuis %1.</numerusform>
            <numerusform>%n modifications attendent d&apos;être envoyées ; le serveur est injoignable depuis %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n change(s) on their way to the server:</source>
        <translation>
            <numerusform>%n modification en route vers le serveur :</numerusform>
            <numerusform>%n modifications en route vers le serveur :</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Waiting for its turn</source>
        <translation>Attend son tour</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Tried %n time(s); may have arrived, so it is checked first</source>
        <translation>
            <numerusform>Essayée %n fois ; peut-être arrivée, elle est donc d&apos;abord vérifiée</numerusform>
            <numerusform>Essayée %n fois ; peut-être arrivée, elle est donc d&apos;abord vérifiée</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Tried %n time(s); trying again</source>
        <translation>
            <numerusform>Essayée %n fois ; nouvel essai</numerusform>
            <numerusform>Essayée %n fois ; nouvel essai</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server refused none of your changes.</source>
        <translation>Le serveur n&apos;a refusé aucune de vos modifications.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Not saved: the server refused %n change(s). They are shown as the server holds them.</source>
        <translation>
            <numerusform>Non enregistrée : le serveur a refusé %n modification. Elle est affichée telle que le serveur la détient.</numerusform>
            <numerusform>Non enregistrées : le serveur a refusé %n modifications. Elles sont affichées telles que le serveur les détient.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tessera::ProfilesDialog</name>
    <message>
        <location filename="../ui/servers/profilesdialog.cpp" line="+34"/>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>API &amp;key:</source>
        <translation>Clé d’&amp;API&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Username:</source>
        <translation>&amp;Nom d’utilisateur&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Servers</source>
        <translation>Serveurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a server</source>
        <translation>Ajouter un serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected server</source>
        <translation>Retirer le serveur sélectionné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile name</source>
        <translation>Nom du profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for example: Home</source>
        <translation>par exemple&#xa0;: Maison</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>http://127.0.0.1:9999</source>
        <translation>http://127.0.0.1:9999</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How to sign in</source>
        <translation>Mode de connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No password</source>
        <translation>Sans mot de passe</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>API key</source>
        <translation>Clé d’API</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Username and password</source>
        <translation>Nom d’utilisateur et mot de passe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Username</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection test result</source>
        <translation>Résultat du test de connexion</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign &amp;in with:</source>
        <translation>Se connecter &amp;avec&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The API key is in Stash under Settings → Security → API Key. Keys and passwords are kept in the system keychain, not in Tessera&apos;s settings file.</source>
        <translation>La clé d’API se trouve dans Stash sous Settings → Security → API Key. Les clés et mots de passe sont conservés dans le trousseau du système, pas dans le fichier de paramètres de Tessera.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>New server</source>
        <translation>Nouveau serveur</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>(kept; type to replace)</source>
        <translation>(conservé&#xa0;; tapez pour remplacer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings → Security → API Key</source>
        <translation>Settings → Security → API Key</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>“%1” needs a server address such as http://127.0.0.1:9999.</source>
        <translation>«&#xa0;%1&#xa0;» nécessite une adresse de serveur comme http://127.0.0.1:9999.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” needs a username.</source>
        <translation>«&#xa0;%1&#xa0;» nécessite un nom d’utilisateur.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Could not log in: %1</source>
        <translation>Connexion impossible&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Tessera::RatingWidget</name>
    <message>
        <location filename="../ui/widgets/ratingwidget.cpp" line="+49"/>
        <location line="+5"/>
        <source>Rating</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+27"/>
        <source>unrated</source>
        <translation>sans note</translation>
    </message>
</context>
<context>
    <name>Tessera::SecretVault</name>
    <message>
        <location filename="../lib/settings/secretvault.cpp" line="+44"/>
        <source>Could not read the secret of %1 from %2: %3</source>
        <translation>Impossible de lire les identifiants de %1 depuis %2&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The secret could not be kept in %1 (%2); Tessera keeps it until it quits.</source>
        <translation>Les identifiants n’ont pas pu être conservés dans %1 (%2)&#xa0;; Tessera les garde jusqu’à sa fermeture.</translation>
    </message>
</context>
<context>
    <name>Tessera::SelectionEditing</name>
    <message>
        <location filename="../ui/selectionediting.cpp" line="+25"/>
        <source>Rate %1 %2</source>
        <translation>Noter %1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the rating of %1</source>
        <translation>Effacer la note de %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rate %L1 images %2</source>
        <translation>Noter %L1 images %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the rating of %L1 images</source>
        <translation>Effacer la note de %L1 images</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Collecting the selection…</source>
        <translation>Collecte de la sélection…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select images first.</source>
        <translation>Sélectionnez d’abord des images.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Mark %L1 images organized</source>
        <translation>Marquer %L1 images comme organisées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark %L1 images not organized</source>
        <translation>Marquer %L1 images comme non organisées</translation>
    </message>
</context>
<context>
    <name>Tessera::ServerMenu</name>
    <message>
        <location filename="../ui/servers/servermenu.cpp" line="+17"/>
        <source>Se&amp;rver</source>
        <translation>Se&amp;rveur</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No servers yet</source>
        <translation>Aucun serveur pour l’instant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Manage servers…</source>
        <translation>&amp;Gérer les serveurs…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Changes are still being saved to this server; switch when they are done.</source>
        <translation>Des modifications sont encore en cours d’enregistrement sur ce serveur&#xa0;; changez de serveur une fois terminé.</translation>
    </message>
</context>
<context>
    <name>Tessera::ServerSwitcher</name>
    <message>
        <location filename="../ui/serverswitcher.cpp" line="+88"/>
        <source>No password is kept for %1: enter it in Server ▸ Manage servers….</source>
        <translation>Aucun mot de passe n’est conservé pour %1&#xa0;: saisissez-le dans Serveur ▸ Gérer les serveurs….</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not log in to %1: %2</source>
        <translation>Impossible de se connecter à %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Tessera::SettingsSecretStore</name>
    <message>
        <location filename="../lib/settings/settingssecretstore.cpp" line="+38"/>
        <source>the settings file could not be written</source>
        <translation>le fichier de paramètres n’a pas pu être écrit</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the settings file</source>
        <translation>le fichier de paramètres</translation>
    </message>
</context>
<context>
    <name>Tessera::ShortcutsWindow</name>
    <message>
        <location filename="../ui/shortcutswindow.cpp" line="+51"/>
        <location line="+15"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type an action or a key</source>
        <translation>Tapez une action ou une touche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the shortcuts</source>
        <translation>Rechercher dans les raccourcis</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Grid</source>
        <translation>Grille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move</source>
        <translation>Se déplacer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Arrows, Page Up, Page Down, Home, End</source>
        <translation>Flèches, Page préc., Page suiv., Origine, Fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the viewer</source>
        <translation>Ouvrir la visionneuse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enter, double-click</source>
        <translation>Entrée, double-clic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a range</source>
        <translation>Sélectionner une plage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shift+click, Shift+arrows</source>
        <translation>Maj+clic, Maj+flèches</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add or remove one image</source>
        <translation>Ajouter ou retirer une image</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+click, Ctrl+Space</source>
        <translation>Ctrl+clic, Ctrl+Espace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the image under the pointer</source>
        <translation>Modifier l’image sous le pointeur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shift+double-click</source>
        <translation>Maj+double-clic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom the thumbnails</source>
        <translation>Zoomer les miniatures</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+wheel</source>
        <translation>Ctrl+molette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the search field for the grid</source>
        <translation>Quitter le champ de recherche pour la grille</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+14"/>
        <location line="+9"/>
        <source>Esc</source>
        <translation>Échap</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Viewer</source>
        <translation>Visionneuse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next image</source>
        <translation>Image suivante</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Right, Space, Page Down</source>
        <translation>Droite, Espace, Page suiv.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous image</source>
        <translation>Image précédente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Left, Backspace, Page Up</source>
        <translation>Gauche, Retour arrière, Page préc.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First / last image</source>
        <translation>Première / dernière image</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Home, End</source>
        <translation>Origine, Fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate 1–5 stars / clear the rating</source>
        <translation>Noter de 1 à 5 étoiles / effacer la note</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1–5, 0</source>
        <translation>1–5, 0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O-counter +1 / −1</source>
        <translation>Compteur O +1 / −1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>O, Shift+O</source>
        <translation>O, Maj+O</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the image</source>
        <translation>Modifier l’image</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the image</source>
        <translation>Supprimer l’image</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+13"/>
        <source>Delete</source>
        <translation>Suppr</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Zoom in / out</source>
        <translation>Zoom avant / arrière</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>+, -, wheel</source>
        <translation>+, -, molette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit to window / actual size</source>
        <translation>Ajuster à la fenêtre / taille réelle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+0, Ctrl+1</source>
        <translation>Ctrl+0, Ctrl+1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slideshow</source>
        <translation>Diaporama</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full screen</source>
        <translation>Plein écran</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>F, F11</source>
        <translation>F, F11</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave full screen, then close</source>
        <translation>Quitter le plein écran, puis fermer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bulk edit panel</source>
        <translation>Panneau de modification groupée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a tag for the selection</source>
        <translation>Saisir une étiquette pour la sélection</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the highlighted tag to the selection</source>
        <translation>Ajouter l’étiquette en surbrillance à la sélection</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the highlighted tag from the selection</source>
        <translation>Retirer l’étiquette en surbrillance de la sélection</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shift+Enter</source>
        <translation>Maj+Entrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toggle favourite tag 1–9</source>
        <translation>Basculer l’étiquette favorite 1–9</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alt+1…Alt+9</source>
        <translation>Alt+1…Alt+9</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toggle the current tag chip</source>
        <translation>Basculer la puce d’étiquette actuelle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enter, Space</source>
        <translation>Entrée, Espace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the current favourite chip</source>
        <translation>Retirer la puce favorite actuelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the grid (or cancel the question)</source>
        <translation>Retour à la grille (ou annuler la question)</translation>
    </message>
</context>
<context>
    <name>Tessera::TagCreator</name>
    <message>
        <location filename="../ui/widgets/tagcreator.cpp" line="+45"/>
        <source>Could not look up tags: %1</source>
        <translation>Impossible de rechercher les étiquettes&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Could not create the tag “%1”: %2</source>
        <translation>Impossible de créer l’étiquette «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Tessera::TagEntry</name>
    <message>
        <location filename="../ui/bulk/tagentry.cpp" line="+47"/>
        <source>Tag selection: type, Enter adds, Shift+Enter removes</source>
        <translation>Étiqueter&#xa0;: Entrée ajoute, Maj+Entrée retire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag the selection</source>
        <translation>Étiqueter la sélection</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a tag name. Enter adds the highlighted tag to every selected image, Shift+Enter removes it, Up and Down choose another suggestion.</source>
        <translation>Tapez un nom d’étiquette. Entrée ajoute l’étiquette en surbrillance à chaque image sélectionnée, Maj+Entrée la retire, Haut et Bas choisissent une autre suggestion.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tag suggestions</source>
        <translation>Suggestions d’étiquettes</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Create tag “%1”…</source>
        <translation>Créer l’étiquette «&#xa0;%1&#xa0;»…</translation>
    </message>
</context>
<context>
    <name>Tessera::UrlListEditor</name>
    <message>
        <location filename="../ui/edit/urllisteditor.cpp" line="+17"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>URLs</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add URL</source>
        <translation>Ajouter une URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a URL</source>
        <translation>Ajouter une URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove selected URLs</source>
        <translation>Retirer les URL sélectionnées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected URLs</source>
        <translation>Retirer les URL sélectionnées</translation>
    </message>
</context>
<context>
    <name>Tessera::ValueSharesList</name>
    <message>
        <location filename="../ui/bulk/valueshareslist.cpp" line="+62"/>
        <source>Set</source>
        <translation>Définir</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Every %1 on the selected images with how many have it. Plus adds the current one to all selected images, Minus removes it from all.</source>
        <translation>Chaque valeur (%1) des images sélectionnées, avec le nombre d’images qui l’ont. Plus l’ajoute à toutes les images sélectionnées, Moins la retire de toutes.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Set exactly…</source>
        <translation>Remplacer…</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Exactly these %1…</source>
        <translation>Exactement ces %1…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Replace the %1 of every selected image with a list you choose</source>
        <translation>Remplacer les %1 de chaque image sélectionnée par une liste de votre choix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the %1 of all selected images exactly</source>
        <translation>Définir exactement les %1 de toutes les images sélectionnées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set these %1 on all selected images</source>
        <translation>Définir ces %1 sur toutes les images sélectionnées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every selected image gets exactly these %1; you see what is lost before anything is changed</source>
        <translation>Chaque image sélectionnée reçoit exactement ces %1&#xa0;; vous voyez ce qui sera perdu avant toute modification</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: on %L2 of %L3 selected images</source>
        <translation>%1&#xa0;: sur %L2 des %L3 images sélectionnées</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Add %1 to the %L2 selected images that lack it</source>
        <translation>Ajouter %1 aux %L2 images sélectionnées qui ne l’ont pas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add %1 %2 to all selected images</source>
        <translation>Ajouter %1 %2 à toutes les images sélectionnées</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove %1 from the %L2 selected images that have it</source>
        <translation>Retirer %1 des %L2 images sélectionnées qui l’ont</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove %1 %2 from all selected images</source>
        <translation>Retirer %1 %2 de toutes les images sélectionnées</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>… and %L1 more</source>
        <translation>… et %L1 de plus</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No %1 on the selected images</source>
        <translation>Aucun(e) %1 sur les images sélectionnées</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+47"/>
        <source>A fast desktop client for the images in a Stash server.</source>
        <translation>Un client de bureau rapide pour les images d’un serveur Stash.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connect to this Stash server (default: $STASH_URL; the API key comes from $STASH_API_KEY).</source>
        <translation>Se connecter à ce serveur Stash (par défaut&#xa0;: $STASH_URL&#xa0;; la clé d’API vient de $STASH_API_KEY).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <location filename="../app/gui/screenshotmode.cpp" line="+74"/>
        <source>Save a picture of the main window to FILE after --screenshot-delay ms, then quit (for documentation and checks).</source>
        <translation>Enregistrer une capture de la fenêtre principale dans FICHIER après --screenshot-delay ms, puis quitter (pour la documentation et les vérifications).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Milliseconds before the screenshot.</source>
        <translation>Millisecondes avant la capture.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For --screenshot: once connected, select some images and show this state (grid, viewer, edit or bulk).</source>
        <translation>Pour --screenshot&#xa0;: une fois connecté, sélectionner quelques images et afficher cet état (grid, viewer, edit ou bulk).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>state</source>
        <translation>état</translation>
    </message>
</context>
</TS>
