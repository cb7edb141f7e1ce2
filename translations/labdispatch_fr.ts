<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>JournalReader</name>
    <message>
        <source>Cannot open journal %1: %2</source>
        <translation>Impossible d’ouvrir le journal %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a LabDispatch journal</source>
        <translation>%1 n’est pas un journal LabDispatch</translation>
    </message>
    <message>
        <source>The run header of journal %1 is missing or damaged</source>
        <translation>L’en-tête d’exécution du journal %1 est absent ou endommagé</translation>
    </message>
</context>
<context>
    <name>ScpiError</name>
    <message>
        <source>&apos;%1&apos; is not an error queue entry (expected &lt;code&gt;,&quot;&lt;message&gt;&quot;)</source>
        <translation>« %1 » n’est pas une entrée de la file d’erreurs (attendu : &lt;code&gt;,&quot;&lt;message&gt;&quot;)</translation>
    </message>
</context>
<context>
    <name>StatusLight</name>
    <message>
        <source>Disabled: switched off by you; nothing is sent to it.</source>
        <translation>Désactivé : mis hors service par vous ; rien ne lui est envoyé.</translation>
    </message>
    <message>
        <source>Offline: not connected.</source>
        <translation>Hors ligne : non connecté.</translation>
    </message>
    <message>
        <source>Connecting: opening the port and asking for its identity.</source>
        <translation>Connexion : ouverture du port et demande de son identité.</translation>
    </message>
    <message>
        <source>Idle: connected and identified, ready for jobs.</source>
        <translation>Prêt : connecté et identifié, accepte des tâches.</translation>
    </message>
    <message>
        <source>Busy: a job is running on it.</source>
        <translation>Occupé : une tâche s’exécute dessus.</translation>
    </message>
    <message>
        <source>Error: the last job failed, or another instrument answers on its port.</source>
        <translation>Erreur : la dernière tâche a échoué, ou un autre appareil répond sur son port.</translation>
    </message>
    <message>
        <source>Reconnecting: the link was lost; retrying with backoff.</source>
        <translation>Reconnexion : la liaison est perdue ; nouvelles tentatives à intervalle croissant.</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Dernière erreur : %1</translation>
    </message>
</context>
<context>
    <name>labdispatch</name>
    <message>
        <source>run an operation on instruments, journal it, export CSV</source>
        <translation>exécuter une opération sur des appareils, la journaliser, exporter en CSV</translation>
    </message>
    <message>
        <source>connect to the bench and list its instruments</source>
        <translation>se connecter au banc et lister ses appareils</translation>
    </message>
    <message>
        <source>list the driver profiles and their operations</source>
        <translation>lister les profils de pilote et leurs opérations</translation>
    </message>
    <message>
        <source>list journaled runs, interrupted ones marked</source>
        <translation>lister les exécutions journalisées, en signalant les interrompues</translation>
    </message>
    <message>
        <source>export a journaled run to CSV</source>
        <translation>exporter une exécution journalisée en CSV</translation>
    </message>
    <message>
        <source>synthetic jobs through the dispatcher, no instruments</source>
        <translation>tâches synthétiques via le répartiteur, sans appareils</translation>
    </message>
    <message>
        <source>share this bench with the lab over an MQTT broker</source>
        <translation>partager ce banc avec le laboratoire via un broker MQTT</translation>
    </message>
    <message>
        <source>Usage: labdispatch [--bench FILE]        start the window
       labdispatch COMMAND [options]     run headless
</source>
        <translation>Utilisation : labdispatch [--bench FICHIER]    ouvre la fenêtre
              labdispatch COMMANDE [options]   s’exécute sans fenêtre
</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <source>&apos;labdispatch COMMAND --help&apos; describes a command&apos;s options.</source>
        <translation>« labdispatch COMMANDE --help » décrit les options d’une commande.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>commande inconnue « %1 »</translation>
    </message>
    <message>
        <source>built without the window; use a command</source>
        <translation>compilé sans la fenêtre ; indiquez une commande</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is for the window, and this build has none; use a command</source>
        <translation>« %1 » concerne la fenêtre, et cette version n’en a pas ; indiquez une commande</translation>
    </message>
    <message>
        <source>apply the instruments&apos; safe state: outputs off</source>
        <translation>appliquer l’état sûr des appareils : sorties coupées</translation>
    </message>
    <message>
        <source>print, filter or convert a recorded transcript</source>
        <translation>afficher, filtrer ou convertir une transcription enregistrée</translation>
    </message>
</context>
<context>
    <name>labsim</name>
    <message>
        <source>Bench to start: &apos;demo&apos; or a bench file.</source>
        <translation>Banc à démarrer : « demo » ou un fichier de banc.</translation>
    </message>
    <message>
        <source>Also write the app&apos;s bench file (name, profile, resource per instrument).</source>
        <translation>Écrire aussi le fichier de banc de l’application (nom, profil, ressource par appareil).</translation>
    </message>
    <message>
        <source>Extra folder of driver profiles.</source>
        <translation>Dossier supplémentaire de profils de pilote.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argument inattendu « %1 »</translation>
    </message>
    <message>
        <source>Serves simulated SCPI instruments over pseudo-terminals, loopback TCP and VXI-11, or replays recorded ones (--replay).</source>
        <translation>Sert des appareils SCPI simulés via des pseudo-terminaux, TCP en boucle locale et VXI-11, ou rejoue des appareils enregistrés (--replay).</translation>
    </message>
    <message>
        <source>Serve the instruments of this transcript (from &apos;labdispatch run --trace&apos;) as recorded.</source>
        <translation>Servir les appareils de cette transcription (issue de « labdispatch run --trace ») tels qu’enregistrés.</translation>
    </message>
</context>
<context>
    <name>ld::AddressRange</name>
    <message>
        <source>&apos;%1&apos; is not a LAN address: %2</source>
        <translation>« %1 » n’est pas une adresse réseau : %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a LAN address: &apos;%2&apos; is not a port or a port range such as 5025-5030</source>
        <translation>« %1 » n’est pas une adresse réseau : « %2 » n’est ni un port ni une plage de ports comme 5025-5030</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a LAN address: write host:port (192.168.1.5:5025), host:first-last (192.168.1.5:5025-5030) or a subnet (192.168.1.0/24)</source>
        <translation>« %1 » n’est pas une adresse réseau : indiquez host:port (192.168.1.5:5025), host:premier-dernier (192.168.1.5:5025-5030) ou un sous-réseau (192.168.1.0/24)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a LAN address: &apos;%2&apos; is not an IPv4 subnet such as 192.168.1.0/24</source>
        <translation>« %1 » n’est pas une adresse réseau : « %2 » n’est pas un sous-réseau IPv4 comme 192.168.1.0/24</translation>
    </message>
    <message>
        <source>The LAN addresses name more than %1 addresses; probe a smaller range.</source>
        <translation>Les adresses réseau en désignent plus de %1 ; sondez une plage plus petite.</translation>
    </message>
</context>
<context>
    <name>ld::Bench</name>
    <message>
        <source>An instrument named &apos;%1&apos; is already on the bench.</source>
        <translation>Un appareil nommé « %1 » est déjà sur le banc.</translation>
    </message>
    <message>
        <source>There is no instrument named &apos;%1&apos;.</source>
        <translation>Aucun appareil ne s’appelle « %1 ».</translation>
    </message>
    <message>
        <source>not a bench file: %1 at byte %2</source>
        <translation>pas un fichier de banc : %1 à l’octet %2</translation>
    </message>
    <message>
        <source>not a bench file: the top level must be an object</source>
        <translation>pas un fichier de banc : le niveau supérieur doit être un objet</translation>
    </message>
    <message>
        <source>schema: this LabDispatch reads bench files of schema %1</source>
        <translation>schema : ce LabDispatch lit les fichiers de banc du schéma %1</translation>
    </message>
    <message>
        <source>instruments: must be a list</source>
        <translation>instruments : doit être une liste</translation>
    </message>
    <message>
        <source>instruments[%1]: must be an object</source>
        <translation>instruments[%1] : doit être un objet</translation>
    </message>
    <message>
        <source>instruments[%1]: %2</source>
        <translation>instruments[%1] : %2</translation>
    </message>
    <message>
        <source>instruments[%1]: the name &apos;%2&apos; is used twice</source>
        <translation>instruments[%1] : le nom « %2 » est utilisé deux fois</translation>
    </message>
    <message>
        <source>The probe timeout must be between 10 and 60000 ms.</source>
        <translation>Le délai de sondage doit être compris entre 10 et 60000 ms.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a serial port: %2</source>
        <translation>« %1 » n’est pas un port série : %2</translation>
    </message>
    <message>
        <source>could not journal a reading: %1</source>
        <translation>impossible de journaliser une mesure : %1</translation>
    </message>
    <message>
        <source>the instrument was removed</source>
        <translation>l’appareil a été retiré</translation>
    </message>
    <message>
        <source>slower than the %1 ms interval; skipping ticks while it is busy</source>
        <translation>plus lent que l’intervalle de %1 ms ; des cycles sont sautés tant qu’il est occupé</translation>
    </message>
    <message>
        <source>Select at least one instrument.</source>
        <translation>Sélectionnez au moins un appareil.</translation>
    </message>
    <message>
        <source>Repeat must be at least 1, not %1.</source>
        <translation>Le nombre de répétitions doit être au moins 1, pas %1.</translation>
    </message>
    <message>
        <source>Interval and duration cannot be negative.</source>
        <translation>L’intervalle et la durée ne peuvent pas être négatifs.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is switched off.</source>
        <translation>« %1 » est hors service.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not identified yet and has no profile; connect it first.</source>
        <translation>« %1 » n’est pas encore identifié et n’a pas de profil ; connectez-le d’abord.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: profile: no driver profile has the id &apos;%2&apos;.</source>
        <translation>%1 : profile : aucun profil de pilote n’a l’identifiant « %2 ».</translation>
    </message>
    <message>
        <source>%1 is already on the bench as &apos;%2&apos;.</source>
        <translation>%1 est déjà sur le banc sous le nom « %2 ».</translation>
    </message>
    <message>
        <source>instruments[%1]: the resource &apos;%2&apos; is used twice</source>
        <translation>instruments[%1] : la ressource « %2 » est utilisée deux fois</translation>
    </message>
    <message>
        <source>the controller of GPIB%1</source>
        <translation>le contrôleur de GPIB%1</translation>
    </message>
    <message>
        <source>%1: GPIB board %2 has no controller on this bench; bind it in the bench file&apos;s &quot;gpib&quot; list.</source>
        <translation>%1 : la carte GPIB %2 n’a pas de contrôleur sur ce banc ; associez-la dans la liste &quot;gpib&quot; du fichier de banc.</translation>
    </message>
    <message>
        <source>gpib: must be a list of boards and their controllers</source>
        <translation>gpib : doit être une liste de cartes et de leurs contrôleurs</translation>
    </message>
    <message>
        <source>gpib[%1]: must be an object</source>
        <translation>gpib[%1] : doit être un objet</translation>
    </message>
    <message>
        <source>gpib[%1]: %2</source>
        <translation>gpib[%1] : %2</translation>
    </message>
    <message>
        <source>gpib[%1]: board %2 is bound twice</source>
        <translation>gpib[%1] : la carte %2 est associée deux fois</translation>
    </message>
    <message>
        <source>gpib[%1]: the controller &apos;%2&apos; serves two boards</source>
        <translation>gpib[%1] : le contrôleur « %2 » sert deux cartes</translation>
    </message>
    <message>
        <source>GPIB board %1 has no controller on this bench.</source>
        <translation>La carte GPIB %1 n’a pas de contrôleur sur ce banc.</translation>
    </message>
    <message>
        <source>the GPIB board was removed</source>
        <translation>la carte GPIB a été retirée</translation>
    </message>
    <message>
        <source>LAN services</source>
        <translation>Services LAN</translation>
    </message>
    <message>
        <source>held back before it started</source>
        <translation>retenue avant son démarrage</translation>
    </message>
</context>
<context>
    <name>ld::BenchDocument</name>
    <message>
        <source>Untitled bench</source>
        <translation>Banc sans titre</translation>
    </message>
    <message>
        <source>%1 (simulated) [*] - LabDispatch</source>
        <translation>%1 (simulé) [*] – LabDispatch</translation>
    </message>
    <message>
        <source>%1 [*] - LabDispatch</source>
        <translation>%1 [*] – LabDispatch</translation>
    </message>
    <message>
        <source>This window has no simulator.</source>
        <translation>Cette fenêtre n’a pas de simulateur.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Open Bench</source>
        <translation>Ouvrir un banc</translation>
    </message>
    <message>
        <source>Bench files (*.json);;All files (*)</source>
        <translation>Fichiers de banc (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The bench was not changed.
%1</source>
        <translation>Le banc n’a pas été modifié.
%1</translation>
    </message>
    <message>
        <source>Save Bench</source>
        <translation>Enregistrer le banc</translation>
    </message>
    <message>
        <source>Bench files (*.json)</source>
        <translation>Fichiers de banc (*.json)</translation>
    </message>
    <message>
        <source>The bench has changes. Save them?</source>
        <translation>Le banc a été modifié. Enregistrer les modifications ?</translation>
    </message>
</context>
<context>
    <name>ld::BenchSession</name>
    <message>
        <source>Bench file to use (instruments and addresses).</source>
        <translation>Fichier de banc à utiliser (appareils et adresses).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Use a simulated bench: &apos;demo&apos; or a simulator bench file (default when no --bench is given).</source>
        <translation>Utiliser un banc simulé : « demo » ou un fichier de banc du simulateur (par défaut sans --bench).</translation>
    </message>
    <message>
        <source>bench</source>
        <translation>banc</translation>
    </message>
    <message>
        <source>Extra folder of driver profiles (may be repeated).</source>
        <translation>Dossier supplémentaire de profils de pilote (répétable).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>--profiles: &apos;%1&apos; is not a folder</source>
        <translation>--profiles : « %1 » n’est pas un dossier</translation>
    </message>
    <message>
        <source>--bench and --sim cannot be used together</source>
        <translation>--bench et --sim ne peuvent pas être utilisés ensemble</translation>
    </message>
    <message>
        <source>cannot read the bench file &apos;%1&apos;: %2</source>
        <translation>impossible de lire le fichier de banc « %1 » : %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>--sim %1: %2</source>
        <translation>--sim %1 : %2</translation>
    </message>
    <message>
        <source>cannot start the simulated bench: %1</source>
        <translation>impossible de démarrer le banc simulé : %1</translation>
    </message>
    <message>
        <source>simulated %1</source>
        <translation>%1 simulé</translation>
    </message>
    <message>
        <source>%1: switched off in the bench file</source>
        <translation>%1 : désactivé dans le fichier de banc</translation>
    </message>
    <message>
        <source>%1: not connected (%2)</source>
        <translation>%1 : non connecté (%2)</translation>
    </message>
    <message>
        <source>no instrument named &apos;%1&apos; on the bench (see &apos;labdispatch list&apos;)</source>
        <translation>aucun appareil nommé « %1 » sur le banc (voir « labdispatch list »)</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argument inattendu « %1 »</translation>
    </message>
    <message>
        <source>--instruments names no instrument: &apos;%1&apos;</source>
        <translation>--instruments ne nomme aucun appareil : « %1 »</translation>
    </message>
</context>
<context>
    <name>ld::BenchStartup</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>The simulated bench did not start: %1</source>
        <translation>Le banc simulé n’a pas démarré : %1</translation>
    </message>
    <message>
        <source>Demo bench</source>
        <translation>Banc de démonstration</translation>
    </message>
    <message>
        <source>The last bench file did not open, so the simulated bench is shown (File &gt; Open Bench to try again): %1</source>
        <translation>Le dernier fichier de banc ne s’est pas ouvert, le banc simulé est donc affiché (Fichier &gt; Ouvrir un banc pour réessayer) : %1</translation>
    </message>
</context>
<context>
    <name>ld::BoundedFile</name>
    <message>
        <source>larger than %1</source>
        <translation>plus grand que %1</translation>
    </message>
    <message>
        <source>a folder, not a file</source>
        <translation>un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
</context>
<context>
    <name>ld::BrokerOptions</name>
    <message>
        <source>--%1 must be from %2 to %3 ms, not &apos;%4&apos;</source>
        <translation>--%1 doit être compris entre %2 et %3 ms, et non « %4 »</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; does not exist</source>
        <translation>--%1 : « %2 » n’existe pas</translation>
    </message>
    <message>
        <source>--%1: cannot read &apos;%2&apos;</source>
        <translation>--%1 : impossible de lire « %2 »</translation>
    </message>
    <message>
        <source>The broker, HOST:PORT (default port 1883).</source>
        <translation>Le broker, HÔTE:PORT (port 1883 par défaut).</translation>
    </message>
    <message>
        <source>Work on the lab shared through this MQTT broker, HOST:PORT (default port 1883), instead of a local bench.</source>
        <translation>Travailler avec le laboratoire partagé via ce broker MQTT, HÔTE:PORT (port 1883 par défaut), au lieu d’un banc local.</translation>
    </message>
    <message>
        <source>host:port</source>
        <translation>hôte:port</translation>
    </message>
    <message>
        <source>User name for the broker.</source>
        <translation>Nom d’utilisateur pour le broker.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>File whose first line is the broker password.</source>
        <translation>Fichier dont la première ligne est le mot de passe du broker.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Use TLS, trusting the CAs in this file (or folder).</source>
        <translation>Utiliser TLS en faisant confiance aux CA de ce fichier (ou dossier).</translation>
    </message>
    <message>
        <source>Client certificate for TLS (with --tls-key).</source>
        <translation>Certificat client pour TLS (avec --tls-key).</translation>
    </message>
    <message>
        <source>Client key for TLS (with --tls-cert).</source>
        <translation>Clé client pour TLS (avec --tls-cert).</translation>
    </message>
    <message>
        <source>With TLS, do not check the broker&apos;s host name (test brokers only).</source>
        <translation>Avec TLS, ne pas vérifier le nom d’hôte du broker (brokers de test uniquement).</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Longest wait for the nodes&apos; retained state after connecting (default 1500).</source>
        <translation>Attente maximale de l’état conservé (retained) des nœuds après la connexion (1500 par défaut).</translation>
    </message>
    <message>
        <source>--broker HOST:PORT is required</source>
        <translation>--broker HÔTE:PORT est requis</translation>
    </message>
    <message>
        <source>--password-file: the first line of &apos;%1&apos; is empty</source>
        <translation>--password-file : la première ligne de « %1 » est vide</translation>
    </message>
    <message>
        <source>--password-file needs --user</source>
        <translation>--password-file exige --user</translation>
    </message>
    <message>
        <source>--tls-cert, --tls-key and --tls-insecure need --tls-ca</source>
        <translation>--tls-cert, --tls-key et --tls-insecure exigent --tls-ca</translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key go together</source>
        <translation>--tls-cert et --tls-key vont ensemble</translation>
    </message>
    <message>
        <source>--%1 is for a local bench and cannot be used with --broker</source>
        <translation>--%1 concerne un banc local et ne peut pas être utilisé avec --broker</translation>
    </message>
    <message>
        <source>--%1 needs --broker</source>
        <translation>--%1 exige --broker</translation>
    </message>
    <message>
        <source>Give up when the broker is not reached within this time, at the start or after losing it mid-run (default 5000).</source>
        <translation>Abandonner si le broker n’est pas joint dans ce délai, au démarrage ou après l’avoir perdu en cours d’exécution (5000 par défaut).</translation>
    </message>
    <message>
        <source>--password-file: &apos;%1&apos;: %2</source>
        <translation>--password-file : « %1 » : %2</translation>
    </message>
</context>
<context>
    <name>ld::CapControl</name>
    <message>
        <source>&amp;Cap:</source>
        <translation>&amp;Plafond :</translation>
    </message>
    <message>
        <source>Concurrency cap</source>
        <translation>Plafond de simultanéité</translation>
    </message>
    <message>
        <source>At most this many jobs run at once, across all instruments. Changes apply at once, also while jobs run.</source>
        <translation>Au plus ce nombre de tâches s’exécutent à la fois, tous appareils confondus. Les changements s’appliquent immédiatement, même pendant l’exécution.</translation>
    </message>
</context>
<context>
    <name>ld::CsvExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>The journal had %1 damaged bytes in %2 places; every intact reading was exported</source>
        <translation>Le journal comportait %1 octets endommagés à %2 endroits ; toutes les mesures intactes ont été exportées</translation>
    </message>
    <message>
        <source>The run was interrupted: it has no closing record</source>
        <translation>L’exécution a été interrompue : il lui manque l’enregistrement de clôture</translation>
    </message>
    <message>
        <source>The run is still going: the export holds the readings journaled until now</source>
        <translation>L’exécution est toujours en cours : l’export contient les mesures journalisées jusqu’à présent</translation>
    </message>
    <message>
        <source>No CSV file was named</source>
        <translation>Aucun fichier CSV n’a été indiqué</translation>
    </message>
    <message>
        <source>%1 is a folder; name a CSV file in it</source>
        <translation>%1 est un dossier ; indiquez un fichier CSV dans ce dossier</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a device, a pipe or a socket); write to a file, or to &apos;-&apos; for standard output</source>
        <translation>%1 n’est pas un fichier ordinaire (périphérique, tube ou socket) ; écrivez dans un fichier, ou vers « - » pour la sortie standard</translation>
    </message>
    <message>
        <source>%1 is a journal; a CSV export never replaces one</source>
        <translation>%1 est un journal ; un export CSV n’en remplace jamais un</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 is missing or not writable</source>
        <translation>Impossible d’écrire %1 : le dossier %2 est absent ou n’est pas accessible en écriture</translation>
    </message>
</context>
<context>
    <name>ld::DemoCommand</name>
    <message>
        <source>Runs synthetic jobs through the capped dispatcher and prints live counters.</source>
        <translation>Envoie des tâches synthétiques au répartiteur plafonné et affiche les compteurs en direct.</translation>
    </message>
    <message>
        <source>Number of jobs.</source>
        <translation>Nombre de tâches.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Jobs running at once.</source>
        <translation>Tâches exécutées simultanément.</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>Mean job length in ms.</source>
        <translation>Durée moyenne d’une tâche en ms.</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>Simulated instruments (jobs of one never overlap).</source>
        <translation>Appareils simulés (les tâches d’un même appareil ne se chevauchent jamais).</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>Percentage of jobs that throw.</source>
        <translation>Pourcentage de tâches qui lèvent une exception.</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>Random seed.</source>
        <translation>Graine aléatoire.</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3, not &apos;%4&apos;</source>
        <translation>--%1 doit être un nombre entier de %2 à %3, pas « %4 »</translation>
    </message>
</context>
<context>
    <name>ld::DiscoveryDialog</name>
    <message>
        <source>Probe the &amp;system&apos;s serial ports</source>
        <translation>Sonder les ports série du &amp;système</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>A&amp;rrêter</translation>
    </message>
    <message>
        <source>&amp;Add Found to Bench</source>
        <translation>&amp;Ajouter les appareils trouvés au banc</translation>
    </message>
    <message>
        <source>Discover Instruments</source>
        <translation>Découvrir des appareils</translation>
    </message>
    <message>
        <source>/dev/ttyUSB0
ASRL/dev/ttyACM0::INSTR</source>
        <translation>/dev/ttyUSB0
ASRL/dev/ttyACM0::INSTR</translation>
    </message>
    <message>
        <source>More serial ports, one per line: a device path or an ASRL resource</source>
        <translation>Ports série supplémentaires, un par ligne : chemin de périphérique ou ressource ASRL</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>How long each address may take to answer *IDN?</source>
        <translation>Temps laissé à chaque adresse pour répondre à *IDN?</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Discovered instruments</source>
        <translation>Appareils découverts</translation>
    </message>
    <message>
        <source>More serial &amp;ports:</source>
        <translation>Autres &amp;ports série :</translation>
    </message>
    <message>
        <source>&amp;LAN addresses:</source>
        <translation>Adresses &amp;réseau :</translation>
    </message>
    <message>
        <source>&amp;Timeout per probe:</source>
        <translation>&amp;Délai par sondage :</translation>
    </message>
    <message>
        <source>Nothing was probed: %1</source>
        <translation>Rien n’a été sondé : %1</translation>
    </message>
    <message>
        <source>Probing...</source>
        <translation>Sondage…</translation>
    </message>
    <message>
        <source>Stopping...</source>
        <translation>Arrêt…</translation>
    </message>
    <message>
        <source>(no matching profile)</source>
        <translation>(aucun profil correspondant)</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Trouvé</translation>
    </message>
    <message>
        <source>Nothing to probe: every address is already on the bench or none was given.</source>
        <translation>Rien à sonder : chaque adresse est déjà sur le banc ou aucune n’a été donnée.</translation>
    </message>
    <message numerus="yes">
        <source>Probed %n address(es), </source>
        <translation>
            <numerusform>%n adresse sondée, </numerusform>
            <numerusform>%n adresses sondées, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>found %n instrument(s).</source>
        <translation>
            <numerusform>%n appareil trouvé.</numerusform>
            <numerusform>%n appareils trouvés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Added as %1</source>
        <translation>Ajouté sous le nom %1</translation>
    </message>
    <message numerus="yes">
        <source>Added %n instrument(s) to the bench.</source>
        <translation>
            <numerusform>%n appareil ajouté au banc.</numerusform>
            <numerusform>%n appareils ajoutés au banc.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>Non ajouté : %1</translation>
    </message>
    <message>
        <source>192.168.1.5:5025
192.168.1.5:5025-5030
192.168.1.0/24
TCPIP0::scope.lab::5025::SOCKET</source>
        <translation>192.168.1.5:5025
192.168.1.5:5025-5030
192.168.1.0/24
TCPIP0::scope.lab::5025::SOCKET</translation>
    </message>
    <message>
        <source>LAN instruments, one per line: host:port, a port range (host:5025-5030), a subnet (192.168.1.0/24, port 5025 unless given) or a TCPIP resource; at most %1 addresses</source>
        <translation>Appareils réseau, un par ligne : host:port, une plage de ports (host:5025-5030), un sous-réseau (192.168.1.0/24, port 5025 sauf indication contraire) ou une ressource TCPIP ; au plus %1 adresses</translation>
    </message>
    <message>
        <source>already on the bench as %1</source>
        <translation>déjà sur le banc sous le nom %1</translation>
    </message>
    <message>
        <source>Probe the bench&apos;s &amp;GPIB boards (addresses 1-30)</source>
        <translation>Sonder les cartes &amp;GPIB du banc (adresses 1-30)</translation>
    </message>
    <message>
        <source>Probe the &amp;LAN services announced (DNS-SD, VXI-11 broadcast)</source>
        <translation>Sonder les services annoncés sur le &amp;LAN (DNS-SD, diffusion VXI-11)</translation>
    </message>
    <message>
        <source>Instruments that announce themselves through DNS-SD (_lxi._tcp, _vxi-11._tcp, _scpi-raw._tcp, through the Avahi daemon) or answer the VXI-11 portmapper broadcast. Many instruments do neither: list those below.</source>
        <translation>Appareils qui s’annoncent via DNS-SD (_lxi._tcp, _vxi-11._tcp, _scpi-raw._tcp, via le démon Avahi) ou répondent à la diffusion du portmapper VXI-11. Beaucoup d’appareils ne font ni l’un ni l’autre : listez-les ci-dessous.</translation>
    </message>
    <message>
        <source>Found by %1</source>
        <translation>Trouvé par %1</translation>
    </message>
</context>
<context>
    <name>ld::Dispatcher</name>
    <message>
        <source>The cap must be between %1 and %2 jobs at once; %3 is out of range.</source>
        <translation>Le plafond doit être compris entre %1 et %2 tâches simultanées ; %3 est hors limites.</translation>
    </message>
    <message>
        <source>The dispatcher is shut down.</source>
        <translation>Le répartiteur est arrêté.</translation>
    </message>
    <message>
        <source>the executor &apos;%1&apos; stopped before the job could run</source>
        <translation>l’exécuteur « %1 » s’est arrêté avant que la tâche puisse s’exécuter</translation>
    </message>
    <message>
        <source>the asynchronous job dropped its context without finishing</source>
        <translation>la tâche asynchrone a abandonné son contexte sans se terminer</translation>
    </message>
    <message>
        <source>the job has no function to run</source>
        <translation>la tâche n’a aucune fonction à exécuter</translation>
    </message>
    <message>
        <source>the job has both a plain and an asynchronous function; set exactly one</source>
        <translation>la tâche a à la fois une fonction simple et une fonction asynchrone ; n’en définir qu’une</translation>
    </message>
    <message>
        <source>the dispatcher is shut down and accepts no more jobs</source>
        <translation>le répartiteur est arrêté et n’accepte plus de tâches</translation>
    </message>
    <message>
        <source>still queued at its deadline; never started</source>
        <translation>toujours en attente à son échéance ; jamais démarrée</translation>
    </message>
    <message>
        <source>the job threw an exception</source>
        <translation>la tâche a levé une exception</translation>
    </message>
    <message>
        <source>the job threw an exception that is not a std::exception</source>
        <translation>la tâche a levé une exception qui n’est pas une std::exception</translation>
    </message>
    <message>
        <source>cancelled while running</source>
        <translation>annulée pendant l’exécution</translation>
    </message>
    <message>
        <source>cancelled before it started</source>
        <translation>annulée avant son démarrage</translation>
    </message>
</context>
<context>
    <name>ld::DnsSdBrowser</name>
    <message>
        <source>DNS-SD browsing of %1 failed: %2</source>
        <translation>La recherche DNS-SD de %1 a échoué : %2</translation>
    </message>
    <message>
        <source>DNS-SD browsing skipped: the Avahi daemon is not running (%1)</source>
        <translation>Recherche DNS-SD ignorée : le démon Avahi ne tourne pas (%1)</translation>
    </message>
    <message>
        <source>DNS-SD browsing skipped: Avahi failed: %1</source>
        <translation>Recherche DNS-SD ignorée : échec d’Avahi : %1</translation>
    </message>
    <message>
        <source>DNS-SD browsing skipped: this build has no Avahi support</source>
        <translation>Recherche DNS-SD ignorée : cette version n’a pas la prise en charge d’Avahi</translation>
    </message>
</context>
<context>
    <name>ld::DriverProfile</name>
    <message>
        <source>not a number: &apos;%1&apos;</source>
        <translation>pas un nombre : « %1 »</translation>
    </message>
    <message>
        <source>malformed block header</source>
        <translation>en-tête de bloc mal formé</translation>
    </message>
    <message>
        <source>block shorter than its header says</source>
        <translation>bloc plus court que ne l’indique son en-tête</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a number</source>
        <translation>%1 : « %2 » n’est pas un nombre</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a whole number</source>
        <translation>%1 : « %2 » n’est pas un nombre entier</translation>
    </message>
    <message>
        <source>%1 %2%3 below the limit %4%3</source>
        <translation>%1 %2%3 sous la limite %4%3</translation>
    </message>
    <message>
        <source>%1 %2%3 above the limit %4%3</source>
        <translation>%1 %2%3 au-dessus de la limite %4%3</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not one of %3</source>
        <translation>%1 : « %2 » ne fait pas partie de %3</translation>
    </message>
    <message>
        <source>%1: a line break would end the command early</source>
        <translation>%1 : un saut de ligne terminerait la commande trop tôt</translation>
    </message>
    <message>
        <source>%1: empty</source>
        <translation>%1 : vide</translation>
    </message>
    <message>
        <source>%1: missing</source>
        <translation>%1 : absent</translation>
    </message>
    <message>
        <source>not an identity: &apos;%1&apos;</source>
        <translation>pas une identité : « %1 »</translation>
    </message>
    <message>
        <source>block length %1 is not a multiple of 4</source>
        <translation>la longueur de bloc %1 n’est pas un multiple de 4</translation>
    </message>
    <message>
        <source>block length %1 is not a multiple of 8</source>
        <translation>la longueur de bloc %1 n’est pas un multiple de 8</translation>
    </message>
    <message>
        <source>unknown reply type</source>
        <translation>type de réponse inconnu</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is too large for a whole number</source>
        <translation>%1 : « %2 » est trop grand pour un nombre entier</translation>
    </message>
    <message>
        <source>%1: the control character U+%2 is not allowed</source>
        <translation>%1 : le caractère de contrôle U+%2 est interdit</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not allowed here; unquoted text may hold only letters, digits and _ . + -</source>
        <translation>%1 : « %2 » n’est pas autorisé ici ; un texte sans guillemets ne peut contenir que des lettres, des chiffres et _ . + -</translation>
    </message>
    <message>
        <source>%1 takes none</source>
        <translation>%1 n’en accepte aucun</translation>
    </message>
    <message>
        <source>%1 takes %2</source>
        <translation>%1 accepte %2</translation>
    </message>
    <message>
        <source>unknown parameter %1 (%2)</source>
        <translation>paramètre inconnu %1 (%2)</translation>
    </message>
    <message>
        <source>no operation &apos;%1&apos;</source>
        <translation>aucune opération « %1 »</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a %2 operation, not a set one</source>
        <translation>« %1 » est une opération %2, pas une opération set</translation>
    </message>
</context>
<context>
    <name>ld::DriverProfileLoader</name>
    <message>
        <source>%1: offset %2: %3</source>
        <translation>%1 : position %2 : %3</translation>
    </message>
    <message>
        <source>%1: not a JSON object</source>
        <translation>%1 : pas un objet JSON</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1 : lecture impossible : %2</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>doit être une chaîne</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>doit valoir true ou false</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>doit être un nombre</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of %2</source>
        <translation>« %1 » ne fait pas partie de %2</translation>
    </message>
    <message>
        <source>invalid regular expression: %1</source>
        <translation>expression régulière invalide : %1</translation>
    </message>
    <message>
        <source>must be &quot;\n&quot;, &quot;\r\n&quot; or &quot;\r&quot;</source>
        <translation>doit valoir &quot;\n&quot;, &quot;\r\n&quot; ou &quot;\r&quot;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an identifier</source>
        <translation>« %1 » n’est pas un identifiant</translation>
    </message>
    <message>
        <source>greater than max</source>
        <translation>supérieur au max</translation>
    </message>
    <message>
        <source>must be a non-empty array of strings</source>
        <translation>doit être un tableau non vide de chaînes</translation>
    </message>
    <message>
        <source>a measure operation needs a reply</source>
        <translation>une opération de mesure attend une réponse</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>doit être un tableau</translation>
    </message>
    <message>
        <source>&apos;%1&apos; appears twice</source>
        <translation>« %1 » apparaît deux fois</translation>
    </message>
    <message>
        <source>placeholder {%1} has no parameter</source>
        <translation>l’espace réservé {%1} n’a pas de paramètre</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not used in the command</source>
        <translation>« %1 » n’est pas utilisé dans la commande</translation>
    </message>
    <message>
        <source>version %1 not supported (this build reads %2)</source>
        <translation>version %1 non prise en charge (cette version lit %2)</translation>
    </message>
    <message>
        <source>must be a non-empty array</source>
        <translation>doit être un tableau non vide</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2, not %3</source>
        <translation>doit être un nombre entier de %1 à %2, pas %3</translation>
    </message>
    <message>
        <source>only for a string that is not quoted</source>
        <translation>uniquement pour une chaîne sans guillemets</translation>
    </message>
    <message>
        <source>only for a parameter that is the whole command</source>
        <translation>uniquement pour un paramètre qui constitue toute la commande</translation>
    </message>
    <message>
        <source>only for a set operation</source>
        <translation>uniquement pour une opération set</translation>
    </message>
    <message>
        <source>no operation &apos;%1&apos; in this profile</source>
        <translation>aucune opération « %1 » dans ce profil</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a query or measure operation whose reply is a number</source>
        <translation>« %1 » doit être une opération query ou measure dont la réponse est un nombre</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes the parameter &apos;%2&apos;, which %3 does not have</source>
        <translation>« %1 » prend le paramètre « %2 », que %3 n’a pas</translation>
    </message>
    <message>
        <source>must be a non-empty array (leave it out when the instrument has nothing to switch off)</source>
        <translation>doit être un tableau non vide (omettez-le quand l’appareil n’a rien à éteindre)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a %2 operation; a safe state only sets</source>
        <translation>« %1 » est une opération %2 ; un état sûr ne fait que des set</translation>
    </message>
    <message>
        <source>%1 takes no parameters</source>
        <translation>%1 ne prend aucun paramètre</translation>
    </message>
    <message>
        <source>not a parameter of %1 (it takes %2)</source>
        <translation>pas un paramètre de %1 (il prend %2)</translation>
    </message>
</context>
<context>
    <name>ld::FrontPanel</name>
    <message>
        <source>%1 - Front Panel</source>
        <translation>%1 - Face avant</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Canal :</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <source>Setpoints</source>
        <translation>Consignes</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Sorties</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lire</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Régler</translation>
    </message>
    <message>
        <source>Read all every</source>
        <translation>Tout lire toutes les</translation>
    </message>
    <message>
        <source>%1: on</source>
        <translation>%1 : activée</translation>
    </message>
    <message>
        <source>%1: off</source>
        <translation>%1 : coupée</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1 : %2 (%3)</translation>
    </message>
    <message>
        <source>%1 done</source>
        <translation>%1 terminé</translation>
    </message>
</context>
<context>
    <name>ld::FrontPanels</name>
    <message>
        <source>%1 has no profile yet (not identified): it has no front panel</source>
        <translation>%1 n’a pas encore de profil (non identifié) : il n’a pas de face avant</translation>
    </message>
</context>
<context>
    <name>ld::GaugePanel</name>
    <message>
        <source>cap %1</source>
        <translation>plafond %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Queued jobs</source>
        <translation>Tâches en attente</translation>
    </message>
    <message>
        <source>Running jobs</source>
        <translation>Tâches en cours</translation>
    </message>
    <message>
        <source>Jobs done per second</source>
        <translation>Tâches terminées/s</translation>
    </message>
    <message>
        <source>Failed run jobs</source>
        <translation>Tâches échouées</translation>
    </message>
    <message>
        <source>Jobs running now; the red line is the cap, on the same scale</source>
        <translation>Tâches en cours ; la ligne rouge est le plafond, sur la même échelle</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
</context>
<context>
    <name>ld::GpibBoardConfig</name>
    <message>
        <source>board: must be a whole number from 0 to 999, not %1</source>
        <translation>board : doit être un nombre entier de 0 à 999, pas %1</translation>
    </message>
    <message>
        <source>GPIB%1: controller: %2</source>
        <translation>GPIB%1 : controller : %2</translation>
    </message>
    <message>
        <source>GPIB%1: controller: &apos;%2&apos; must be a serial port (ASRL...::INSTR) or a TCP socket (TCPIP::&lt;host&gt;::1234::SOCKET)</source>
        <translation>GPIB%1 : controller : « %2 » doit être un port série (ASRL...::INSTR) ou un socket TCP (TCPIP::&lt;host&gt;::1234::SOCKET)</translation>
    </message>
    <message>
        <source>GPIB%1: readTimeoutMs: must be from 1 to %2 ms, not %3</source>
        <translation>GPIB%1 : readTimeoutMs : doit être de 1 à %2 ms, pas %3</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos; (board, controller, readTimeoutMs)</source>
        <translation>champ inconnu « %1 » (board, controller, readTimeoutMs)</translation>
    </message>
    <message>
        <source>board: a whole number from 0 to 999 is required</source>
        <translation>board : un nombre entier de 0 à 999 est requis</translation>
    </message>
    <message>
        <source>GPIB%1: controller: the controller&apos;s VISA resource is required</source>
        <translation>GPIB%1 : controller : la ressource VISA du contrôleur est requise</translation>
    </message>
    <message>
        <source>GPIB%1: readTimeoutMs: must be a whole number of milliseconds</source>
        <translation>GPIB%1 : readTimeoutMs : doit être un nombre entier de millisecondes</translation>
    </message>
</context>
<context>
    <name>ld::GpibController</name>
    <message>
        <source>GPIB%1 through %2</source>
        <translation>GPIB%1 via %2</translation>
    </message>
    <message>
        <source>%1: no answer to ++ver within %2 ms; is it a Prologix-style GPIB controller?</source>
        <translation>%1 : aucune réponse à ++ver en %2 ms ; est-ce un contrôleur GPIB de type Prologix ?</translation>
    </message>
    <message>
        <source>%1 is not a Prologix-style GPIB controller: it answered ++ver with &apos;%2&apos;</source>
        <translation>%1 n’est pas un contrôleur GPIB de type Prologix : il a répondu à ++ver par « %2 »</translation>
    </message>
    <message>
        <source>%1: cannot configure the controller</source>
        <translation>%1 : impossible de configurer le contrôleur</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>ld::GpibTransport</name>
    <message>
        <source>a removed controller</source>
        <translation>un contrôleur retiré</translation>
    </message>
    <message>
        <source>GPIB address %1 (%2)</source>
        <translation>adresse GPIB %1 (%2)</translation>
    </message>
    <message>
        <source>the GPIB controller was removed</source>
        <translation>le contrôleur GPIB a été retiré</translation>
    </message>
</context>
<context>
    <name>ld::GuiMain</name>
    <message>
        <source>LabDispatch</source>
        <translation>LabDispatch</translation>
    </message>
    <message>
        <source>Operate many lab instruments at once.</source>
        <translation>Piloter de nombreux appareils de laboratoire à la fois.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Jobs running at once.</source>
        <translation>Tâches exécutées simultanément.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Also show the instruments of the LabDispatch nodes that share this MQTT broker (user and TLS as last set in Connect to Lab).</source>
        <translation>Afficher aussi les appareils des nœuds LabDispatch qui partagent ce broker MQTT (utilisateur et TLS tels que réglés en dernier dans « Se connecter au laboratoire »).</translation>
    </message>
    <message>
        <source>host:port</source>
        <translation>hôte:port</translation>
    </message>
    <message>
        <source>--cap must be a whole number from %1 to %2, not &apos;%3&apos;</source>
        <translation>--cap doit être un nombre entier de %1 à %2, pas « %3 »</translation>
    </message>
    <message>
        <source>The lab broker: %1</source>
        <translation>Broker du laboratoire : %1</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argument inattendu « %1 »</translation>
    </message>
    <message>
        <source>--broker: %1</source>
        <translation>--broker : %1</translation>
    </message>
    <message>
        <source>Open this bench file instead of the last one or the simulated bench.</source>
        <translation>Ouvrir ce fichier de banc au lieu du dernier ou du banc simulé.</translation>
    </message>
</context>
<context>
    <name>ld::IdnInfo</name>
    <message>
        <source>*IDN? reply contains control characters: &apos;%1&apos;</source>
        <translation>la réponse à *IDN? contient des caractères de contrôle : « %1 »</translation>
    </message>
    <message>
        <source>*IDN? reply needs 4 comma-separated fields (vendor,model,serial,firmware): &apos;%1&apos;</source>
        <translation>la réponse à *IDN? doit avoir 4 champs séparés par des virgules (fabricant,modèle,numéro de série,micrologiciel) : « %1 »</translation>
    </message>
    <message>
        <source>*IDN? reply has an empty vendor or model: &apos;%1&apos;</source>
        <translation>la réponse à *IDN? a un fabricant ou un modèle vide : « %1 »</translation>
    </message>
</context>
<context>
    <name>ld::InstrumentConfig</name>
    <message>
        <source>The instrument needs a name.</source>
        <translation>L’appareil doit avoir un nom.</translation>
    </message>
    <message>
        <source>The name &apos;%1&apos; may use letters, digits, spaces, &apos;.&apos;, &apos;-&apos; and &apos;_&apos; (at most 64, not starting with a space).</source>
        <translation>Le nom « %1 » peut contenir des lettres, des chiffres, des espaces, « . », « - » et « _ » (64 au plus, sans espace au début).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: the timeout must be between %2 and %3 ms, not %4 ms.</source>
        <translation>%1 : le délai doit être compris entre %2 et %3 ms, pas %4 ms.</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos;</source>
        <translation>champ inconnu « %1 »</translation>
    </message>
    <message>
        <source>name: a text is required</source>
        <translation>name : un texte est requis</translation>
    </message>
    <message>
        <source>%1: resource: a VISA resource string is required</source>
        <translation>%1 : resource : une ressource VISA est requise</translation>
    </message>
    <message>
        <source>%1: profile: must be a profile id</source>
        <translation>%1 : profile : doit être un identifiant de profil</translation>
    </message>
    <message>
        <source>%1: enabled: must be true or false</source>
        <translation>%1 : enabled : doit valoir true ou false</translation>
    </message>
    <message>
        <source>%1: simulated: must be true or false</source>
        <translation>%1 : simulated : doit valoir true ou false</translation>
    </message>
    <message>
        <source>%1: timeoutMs: must be a whole number of milliseconds</source>
        <translation>%1 : timeoutMs : doit être un nombre entier de millisecondes</translation>
    </message>
    <message>
        <source>%1: line: %2</source>
        <translation>%1 : line : %2</translation>
    </message>
    <message>
        <source>vendor %1</source>
        <translation>fabricant %1</translation>
    </message>
    <message>
        <source>model %1</source>
        <translation>modèle %1</translation>
    </message>
    <message>
        <source>serial %1</source>
        <translation>numéro de série %1</translation>
    </message>
    <message>
        <source>%1: expect: &apos;%2&apos; cannot be an *IDN? field (no commas, control characters or surrounding spaces)</source>
        <translation>%1 : expect : « %2 » ne peut pas être un champ de *IDN? (ni virgules, ni caractères de contrôle, ni espaces autour)</translation>
    </message>
    <message>
        <source>%1: expect: must be an object with vendor, model and/or serial</source>
        <translation>%1 : expect : doit être un objet avec vendor, model et/ou serial</translation>
    </message>
    <message>
        <source>%1: expect: unknown field &apos;%2&apos; (vendor, model, serial)</source>
        <translation>%1 : expect : champ inconnu « %2 » (vendor, model, serial)</translation>
    </message>
    <message>
        <source>%1: expect.%2: must be a text</source>
        <translation>%1 : expect.%2 : doit être un texte</translation>
    </message>
    <message>
        <source>%1: line: must be an object of serial settings such as {&quot;baud&quot;: 9600}, not &apos;%2&apos;</source>
        <translation>%1 : line : doit être un objet de réglages série comme {&quot;baud&quot;: 9600}, pas « %2 »</translation>
    </message>
</context>
<context>
    <name>ld::InstrumentDialog</name>
    <message>
        <source>Serial line</source>
        <translation>Liaison série</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>&amp;Activé</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>e.g. DMM 1</source>
        <translation>p. ex. DMM 1</translation>
    </message>
    <message>
        <source>ASRL/dev/ttyUSB0::INSTR or TCPIP0::192.168.1.5::5025::SOCKET</source>
        <translation>ASRL/dev/ttyUSB0::INSTR ou TCPIP0::192.168.1.5::5025::SOCKET</translation>
    </message>
    <message>
        <source>A VISA resource string: ASRL&lt;port&gt;::INSTR for a serial port, TCPIP0::&lt;host&gt;::&lt;port&gt;::SOCKET for a raw LAN socket</source>
        <translation>Une ressource VISA : ASRL&lt;port&gt;::INSTR pour un port série, TCPIP0::&lt;hôte&gt;::&lt;port&gt;::SOCKET pour un socket brut sur le réseau</translation>
    </message>
    <message>
        <source>Match by *IDN? (automatic)</source>
        <translation>Reconnaître par *IDN? (automatique)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Even</source>
        <translation>Paire</translation>
    </message>
    <message>
        <source>Odd</source>
        <translation>Impaire</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Marque</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <source>Hardware (RTS/CTS)</source>
        <translation>Matériel (RTS/CTS)</translation>
    </message>
    <message>
        <source>Software (XON/XOFF)</source>
        <translation>Logiciel (XON/XOFF)</translation>
    </message>
    <message>
        <source>C escapes: \n, \r\n, \r, \xHH</source>
        <translation>Échappements C : \n, \r\n, \r, \xHH</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>&amp;Baud rate:</source>
        <translation>&amp;Débit (bauds) :</translation>
    </message>
    <message>
        <source>&amp;Data bits:</source>
        <translation>Bits de d&amp;onnées :</translation>
    </message>
    <message>
        <source>&amp;Parity:</source>
        <translation>&amp;Parité :</translation>
    </message>
    <message>
        <source>&amp;Stop bits:</source>
        <translation>Bits d’a&amp;rrêt :</translation>
    </message>
    <message>
        <source>&amp;Flow control:</source>
        <translation>&amp;Contrôle de flux :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Resource:</source>
        <translation>&amp;Ressource :</translation>
    </message>
    <message>
        <source>Pro&amp;file:</source>
        <translation>Pro&amp;fil :</translation>
    </message>
    <message>
        <source>Read &amp;terminator:</source>
        <translation>&amp;Terminaison en lecture :</translation>
    </message>
    <message>
        <source>&amp;Write terminator:</source>
        <translation>Terminaison en é&amp;criture :</translation>
    </message>
    <message>
        <source>&amp;Query timeout:</source>
        <translation>Délai de re&amp;quête :</translation>
    </message>
    <message>
        <source>Line settings apply to serial (ASRL) resources only</source>
        <translation>Les réglages de liaison ne concernent que les ressources série (ASRL)</translation>
    </message>
    <message>
        <source>Baud rate: &apos;%1&apos; is not a number</source>
        <translation>Débit : « %1 » n’est pas un nombre</translation>
    </message>
    <message>
        <source>Read terminator: &apos;%1&apos; has a bad escape</source>
        <translation>Terminaison en lecture : « %1 » contient un échappement invalide</translation>
    </message>
    <message>
        <source>Write terminator: &apos;%1&apos; has a bad escape</source>
        <translation>Terminaison en écriture : « %1 » contient un échappement invalide</translation>
    </message>
    <message>
        <source>Name: &apos;%1&apos; is already on the bench</source>
        <translation>Nom : « %1 » est déjà sur le banc</translation>
    </message>
    <message>
        <source>The configuration is not valid</source>
        <translation>La configuration n’est pas valide</translation>
    </message>
    <message>
        <source>&amp;Pin Current Identity</source>
        <translation>Fixer l’&amp;identité actuelle</translation>
    </message>
    <message>
        <source>Expected identity</source>
        <translation>Identité attendue</translation>
    </message>
    <message>
        <source>What *IDN? must report for this to be the instrument; an empty field is not checked. Another instrument on the port is then an error instead of its readings.</source>
        <translation>Ce que *IDN? doit indiquer pour qu’il s’agisse de cet appareil ; un champ vide n’est pas vérifié. Un autre appareil sur le port produit alors une erreur au lieu de ses mesures.</translation>
    </message>
    <message>
        <source>any</source>
        <translation>indifférent</translation>
    </message>
    <message>
        <source>&amp;Vendor:</source>
        <translation>Fa&amp;bricant :</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modèle :</translation>
    </message>
    <message>
        <source>Seria&amp;l:</source>
        <translation>Numéro de &amp;série :</translation>
    </message>
    <message>
        <source>Pin %1 %2, serial %3</source>
        <translation>Fixer %1 %2, numéro de série %3</translation>
    </message>
    <message>
        <source>Connect the instrument first: pins the vendor, model and serial it reports</source>
        <translation>Connectez d’abord l’appareil : fixe le fabricant, le modèle et le numéro de série qu’il indique</translation>
    </message>
</context>
<context>
    <name>ld::InstrumentEditing</name>
    <message>
        <source>Add Instrument</source>
        <translation>Ajouter un appareil</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Edit Instrument</source>
        <translation>Modifier l’appareil</translation>
    </message>
    <message>
        <source>Remove Instruments</source>
        <translation>Retirer les appareils</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n instrument(s) from the bench? Their running jobs are cancelled.</source>
        <translation>
            <numerusform>Retirer %n appareil du banc ? Ses tâches en cours sont annulées.</numerusform>
            <numerusform>Retirer %n appareils du banc ? Leurs tâches en cours sont annulées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ld::InstrumentState</name>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Occupé</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation>Reconnexion</translation>
    </message>
</context>
<context>
    <name>ld::InstrumentTableModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>(no values)</source>
        <translation>(aucune valeur)</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s), last %1</source>
        <translation>
            <numerusform>%n valeur, dernière %1</numerusform>
            <numerusform>%n valeurs, dernière %1</numerusform>
        </translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>%1: served by the built-in simulator</source>
        <translation>%1 : fourni par le simulateur intégré</translation>
    </message>
    <message>
        <source>%1
Line: %2
Timeout: %3 ms</source>
        <translation>%1
Liaison : %2
Délai : %3 ms</translation>
    </message>
    <message>
        <source>%1
Firmware: %2
Profile: %3</source>
        <translation>%1
Micrologiciel : %2
Profil : %3</translation>
    </message>
    <message>
        <source>Status light</source>
        <translation>Voyant d’état</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Last reading</source>
        <translation>Dernière mesure</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminées</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échouées</translation>
    </message>
    <message>
        <source>%1 at %2
%3</source>
        <translation>%1 à %2
%3</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Exécution %1</translation>
    </message>
    <message>
        <source>Part of run %1, which is going on</source>
        <translation>Fait partie de l’exécution %1, en cours</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2) : %3</translation>
    </message>
</context>
<context>
    <name>ld::InstrumentView</name>
    <message>
        <source>Instruments</source>
        <translation>Appareils</translation>
    </message>
</context>
<context>
    <name>ld::InterruptedRunsBanner</name>
    <message>
        <source>&amp;Export CSV...</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>&amp;Close Them</source>
        <translation>&amp;Les clôturer</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Plus tard</translation>
    </message>
    <message>
        <source>The run Export CSV writes</source>
        <translation>L’exécution qu’écrit « Exporter en CSV »</translation>
    </message>
    <message>
        <source>Write the chosen run&apos;s readings to a CSV file</source>
        <translation>Écrire les mesures de l’exécution choisie dans un fichier CSV</translation>
    </message>
    <message>
        <source>Mark every interrupted run as closed; their readings stay on disk and this offer does not come back</source>
        <translation>Marquer chaque exécution interrompue comme close ; ses mesures restent sur le disque et cette proposition ne reviendra pas</translation>
    </message>
    <message>
        <source>Hide this offer until the next start</source>
        <translation>Masquer cette proposition jusqu’au prochain démarrage</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) were interrupted (crash or kill). Their readings are safe.</source>
        <translation>
            <numerusform>%n exécution a été interrompue (plantage ou arrêt forcé). Ses mesures sont en sécurité.</numerusform>
            <numerusform>%n exécutions ont été interrompues (plantage ou arrêt forcé). Leurs mesures sont en sécurité.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Apply &amp;Safe State</source>
        <translation>Appliquer l’état &amp;sûr</translation>
    </message>
    <message>
        <source>Switch the chosen run&apos;s instruments to the safe state their profiles describe (outputs off, setpoints to zero)</source>
        <translation>Mettre les appareils de l’exécution choisie dans l’état sûr décrit par leurs profils (sorties coupées, consignes à zéro)</translation>
    </message>
    <message>
        <source>Could not close the interrupted run %1: %2</source>
        <translation>Impossible de clôturer l’exécution interrompue %1 : %2</translation>
    </message>
</context>
<context>
    <name>ld::IoMonitor</name>
    <message>
        <source>Select instruments to watch their traffic.</source>
        <translation>Choisir les appareils à observer.</translation>
    </message>
    <message>
        <source>Watching: %1</source>
        <translation>Observés : %1</translation>
    </message>
    <message>
        <source>Save Transcript</source>
        <translation>Enregistrer la transcription</translation>
    </message>
    <message>
        <source>Transcripts (*.trace);;All files (*)</source>
        <translation>Transcriptions (*.trace);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>I/O Monitor</source>
        <translation>Moniteur E/S</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Capturer</translation>
    </message>
    <message>
        <source>Record the traffic of the instruments watched here</source>
        <translation>Enregistrer le trafic des appareils observés ici</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message numerus="yes">
        <source>Watching: %1 and %n more</source>
        <translation>
            <numerusform>Observés : %1 et %n autre</numerusform>
            <numerusform>Observés : %1 et %n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ld::JobMemory</name>
    <message>
        <source>the job memory is already open</source>
        <translation>la mémoire des tâches est déjà ouverte</translation>
    </message>
    <message>
        <source>cannot create the state folder &apos;%1&apos;</source>
        <translation>impossible de créer le dossier d’état « %1 »</translation>
    </message>
    <message>
        <source>another node (process %1) uses the state folder &apos;%2&apos;</source>
        <translation>un autre nœud (processus %1) utilise le dossier d’état « %2 »</translation>
    </message>
    <message>
        <source>cannot lock the state folder &apos;%1&apos;: it is not writable</source>
        <translation>impossible de verrouiller le dossier d’état « %1 » : il n’est pas accessible en écriture</translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation>impossible de lire « %1 » : %2</translation>
    </message>
    <message>
        <source>line %1 is not a JSON object</source>
        <translation>la ligne %1 n’est pas un objet JSON</translation>
    </message>
    <message>
        <source>line 1 is not a &apos;%1&apos; version %2 header</source>
        <translation>la ligne 1 n’est pas un en-tête « %1 » version %2</translation>
    </message>
    <message>
        <source>line %1 is neither an accepted nor a finished job</source>
        <translation>la ligne %1 n’est ni une tâche acceptée ni une tâche terminée</translation>
    </message>
    <message>
        <source>the job memory &apos;%1&apos; is corrupt (%2) and cannot be replaced</source>
        <translation>la mémoire des tâches « %1 » est corrompue (%2) et ne peut pas être remplacée</translation>
    </message>
    <message>
        <source>the job memory &apos;%1&apos; is corrupt (%2); %3 and starting with an empty memory: jobs delivered again may run again</source>
        <translation>la mémoire des tâches « %1 » est corrompue (%2) ; elle a été %3 et on repart d’une mémoire vide : des tâches livrées à nouveau pourraient s’exécuter une seconde fois</translation>
    </message>
    <message>
        <source>moved it to &apos;%1&apos;</source>
        <translation>déplacée vers « %1 »</translation>
    </message>
    <message>
        <source>removed it</source>
        <translation>supprimée</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>impossible d’écrire « %1 » : %2</translation>
    </message>
    <message>
        <source>cannot open &apos;%1&apos;: %2</source>
        <translation>impossible d’ouvrir « %1 » : %2</translation>
    </message>
</context>
<context>
    <name>ld::Journal</name>
    <message>
        <source>The journal is already open</source>
        <translation>Le journal est déjà ouvert</translation>
    </message>
    <message>
        <source>Invalid run id &quot;%1&quot;</source>
        <translation>Identifiant d’exécution invalide « %1 »</translation>
    </message>
    <message>
        <source>Cannot create the run folder %1</source>
        <translation>Impossible de créer le dossier d’exécution %1</translation>
    </message>
    <message>
        <source>Cannot create the journal %1: %2</source>
        <translation>Impossible de créer le journal %1 : %2</translation>
    </message>
    <message>
        <source>Cannot write the journal %1: %2</source>
        <translation>Impossible d’écrire le journal %1 : %2</translation>
    </message>
    <message>
        <source>The journal is not open</source>
        <translation>Le journal n’est pas ouvert</translation>
    </message>
    <message>
        <source>Cannot extend the journal %1 (is the disk full?)</source>
        <translation>Impossible d’agrandir le journal %1 (disque plein ?)</translation>
    </message>
    <message>
        <source>Cannot sync the journal %1 to disk</source>
        <translation>Impossible de synchroniser le journal %1 sur le disque</translation>
    </message>
    <message>
        <source>Cannot close the journal %1: %2</source>
        <translation>Impossible de fermer le journal %1 : %2</translation>
    </message>
    <message>
        <source>The run of %1 is still being written by a running LabDispatch</source>
        <translation>L’exécution de %1 est encore en cours d’écriture par un LabDispatch actif</translation>
    </message>
    <message>
        <source>Cannot open the journal %1: %2</source>
        <translation>Impossible d’ouvrir le journal %1 : %2</translation>
    </message>
    <message>
        <source>A cap cannot be negative (%1)</source>
        <translation>Un plafond ne peut pas être négatif (%1)</translation>
    </message>
</context>
<context>
    <name>ld::LabConnection</name>
    <message>
        <source>&apos;%1&apos; is not a port from 1 to 65535</source>
        <translation>« %1 » n’est pas un port de 1 à 65535</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a broker address; write HOST:PORT</source>
        <translation>« %1 » n’est pas une adresse de broker ; écrivez HÔTE:PORT</translation>
    </message>
</context>
<context>
    <name>ld::LabDialog</name>
    <message>
        <source>Choose a File</source>
        <translation>Choisir un fichier</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
        <translation>Fichiers PEM (*.pem *.crt *.key);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Connect to Lab</source>
        <translation>Se connecter au laboratoire</translation>
    </message>
    <message>
        <source>LabDispatch nodes on other PCs share their instruments through an MQTT broker. Their instruments appear in the table as node/instrument and run through this window&apos;s cap.</source>
        <translation>Les nœuds LabDispatch d’autres PC partagent leurs appareils via un broker MQTT. Leurs appareils apparaissent dans le tableau sous la forme nœud/appareil et passent par le plafond de cette fenêtre.</translation>
    </message>
    <message>
        <source>e.g. lab-broker.local:1883</source>
        <translation>p. ex. lab-broker.local:1883</translation>
    </message>
    <message>
        <source>empty: anonymous</source>
        <translation>vide : anonyme</translation>
    </message>
    <message>
        <source>not remembered</source>
        <translation>non mémorisé</translation>
    </message>
    <message>
        <source>&amp;Broker:</source>
        <translation>&amp;Broker :</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>Fichier C&amp;A :</translation>
    </message>
    <message>
        <source>Client &amp;certificate:</source>
        <translation>&amp;Certificat client :</translation>
    </message>
    <message>
        <source>Client &amp;key:</source>
        <translation>Clé c&amp;lient :</translation>
    </message>
    <message>
        <source>Use &amp;TLS</source>
        <translation>Utiliser &amp;TLS</translation>
    </message>
    <message>
        <source>the CA that signed the broker&apos;s certificate</source>
        <translation>la CA qui a signé le certificat du broker</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>Connect to this lab when LabDispatch starts</source>
        <translation>Se connecter à ce laboratoire au démarrage de LabDispatch</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>C&amp;onnecter</translation>
    </message>
    <message>
        <source>Enter the broker as HOST:PORT.</source>
        <translation>Indiquez le broker sous la forme HÔTE:PORT.</translation>
    </message>
    <message>
        <source>A password needs a user name.</source>
        <translation>Un mot de passe exige un nom d’utilisateur.</translation>
    </message>
    <message>
        <source>TLS needs the CA file that signed the broker&apos;s certificate.</source>
        <translation>TLS exige le fichier de la CA qui a signé le certificat du broker.</translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos;.</source>
        <translation>Impossible de lire « %1 ».</translation>
    </message>
    <message>
        <source>A client certificate and its key go together.</source>
        <translation>Un certificat client va avec sa clé.</translation>
    </message>
</context>
<context>
    <name>ld::LabLink</name>
    <message>
        <source>Lab broker %1: %2</source>
        <translation>Broker du laboratoire %1 : %2</translation>
    </message>
    <message>
        <source>This window has no lab connection.</source>
        <translation>Cette fenêtre n’a pas de connexion à un laboratoire.</translation>
    </message>
    <message>
        <source>Connect to Lab</source>
        <translation>Se connecter au laboratoire</translation>
    </message>
    <message>
        <source>Node %1 is lost; its unfinished jobs failed</source>
        <translation>Le nœud %1 est perdu ; ses tâches inachevées ont échoué</translation>
    </message>
    <message>
        <source>Lab broker %1 is gone (%2); remote jobs wait for it to come back</source>
        <translation>Le broker du laboratoire %1 a disparu (%2) ; les tâches distantes attendent son retour</translation>
    </message>
    <message>
        <source>Lab broker %1 is back; the waiting remote jobs are sent</source>
        <translation>Le broker du laboratoire %1 est de retour ; les tâches distantes en attente sont envoyées</translation>
    </message>
    <message>
        <source>Lab broker %1 did not come back; the unfinished remote jobs failed as &apos;broker lost&apos;</source>
        <translation>Le broker du laboratoire %1 n’est pas revenu ; les tâches distantes inachevées ont échoué avec « broker perdu »</translation>
    </message>
    <message numerus="yes">
        <source>Lab %1: %2 of %n node(s) online</source>
        <translation>
            <numerusform>Laboratoire %1 : %2 sur %n nœud en ligne</numerusform>
            <numerusform>Laboratoire %1 : %2 sur %n nœuds en ligne</numerusform>
        </translation>
    </message>
    <message>
        <source>Lab %1: connecting</source>
        <translation>Laboratoire %1 : connexion</translation>
    </message>
    <message>
        <source>Lab %1: not connected, retrying</source>
        <translation>Laboratoire %1 : non connecté, nouvelle tentative</translation>
    </message>
    <message>
        <source>Lab %1: %2, retrying</source>
        <translation>Laboratoire %1 : %2, nouvelle tentative</translation>
    </message>
</context>
<context>
    <name>ld::LanBrowser</name>
    <message>
        <source>VXI-11 portmapper</source>
        <translation>Portmapper VXI-11</translation>
    </message>
</context>
<context>
    <name>ld::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;System Default</source>
        <translation>Langue du &amp;système</translation>
    </message>
    <message>
        <source>Follow the language of the desktop</source>
        <translation>Suivre la langue du bureau</translation>
    </message>
</context>
<context>
    <name>ld::ListCommand</name>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>Afficher du JSON au lieu d’un tableau.</translation>
    </message>
    <message>
        <source>How long to wait for instruments to connect (default 10000).</source>
        <translation>Délai d’attente de la connexion des appareils (10000 par défaut).</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>--connect-timeout must be from 100 to 600000 ms</source>
        <translation>--connect-timeout doit être compris entre 100 et 600000 ms</translation>
    </message>
    <message>
        <source>warning: the broker did not confirm within %1 ms that all retained state had arrived; the list may be incomplete</source>
        <translation>avertissement : le broker n’a pas confirmé en %1 ms que tout l’état conservé était arrivé ; la liste peut être incomplète</translation>
    </message>
    <message>
        <source>Connects to the bench&apos;s instruments and prints each one&apos;s identity and state. With --broker, prints every instrument of the nodes sharing a lab through that broker.</source>
        <translation>Se connecte aux appareils du banc et affiche l’identité et l’état de chacun. Avec --broker, affiche tous les appareils des nœuds qui partagent un laboratoire via ce broker.</translation>
    </message>
    <message>
        <source>--broadcast &apos;%1&apos; is not an IPv4 address</source>
        <translation>--broadcast « %1 » n’est pas une adresse IPv4</translation>
    </message>
    <message>
        <source>--broadcast needs --lan-services</source>
        <translation>--broadcast nécessite --lan-services</translation>
    </message>
    <message>
        <source>--probe-timeout must be a number of ms</source>
        <translation>--probe-timeout doit être un nombre de ms</translation>
    </message>
    <message>
        <source>on the bench as %1</source>
        <translation>sur le banc en tant que %1</translation>
    </message>
    <message>
        <source>Probe for instruments with *IDN? instead of listing the bench&apos;s: its GPIB boards, and what the options below name.</source>
        <translation>Sonder les appareils avec *IDN? au lieu de lister ceux du banc : ses cartes GPIB, et ce que nomment les options ci-dessous.</translation>
    </message>
    <message>
        <source>With --discover: a serial port to probe (may be repeated).</source>
        <translation>Avec --discover : un port série à sonder (peut être répété).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <source>With --discover: probe every serial port listed.</source>
        <translation>Avec --discover : sonder chaque port série listé.</translation>
    </message>
    <message>
        <source>With --discover: a LAN resource or range to probe (may be repeated).</source>
        <translation>Avec --discover : une ressource ou plage LAN à sonder (peut être répété).</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>With --discover: probe what the LAN announces (DNS-SD through Avahi, the VXI-11 portmapper broadcast).</source>
        <translation>Avec --discover : sonder ce que le LAN annonce (DNS-SD via Avahi, diffusion du portmapper VXI-11).</translation>
    </message>
    <message>
        <source>With --lan-services: where the portmapper broadcast goes (default: every interface&apos;s broadcast address; may be repeated).</source>
        <translation>Avec --lan-services : où va la diffusion du portmapper (par défaut : l’adresse de diffusion de chaque interface ; peut être répété).</translation>
    </message>
    <message>
        <source>With --discover: how long each probe waits (default 1000).</source>
        <translation>Avec --discover : durée d’attente de chaque sondage (1000 par défaut).</translation>
    </message>
    <message>
        <source>--discover probes from this PC; it cannot be used with --broker</source>
        <translation>--discover sonde depuis ce PC ; il ne peut pas être utilisé avec --broker</translation>
    </message>
    <message>
        <source>--%1 needs --discover</source>
        <translation>--%1 nécessite --discover</translation>
    </message>
</context>
<context>
    <name>ld::LogModel</name>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>(bench)</source>
        <translation>(banc)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>ld::LogPanel</name>
    <message>
        <source>Log</source>
        <translation>Journal des événements</translation>
    </message>
    <message>
        <source>Filter the log (instrument, message...)</source>
        <translation>Filtrer le journal (appareil, message…)</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Tous les événements</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Avertissements et erreurs</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Erreurs seulement</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the selected events as tab-separated text</source>
        <translation>Copier les événements sélectionnés en texte séparé par des tabulations</translation>
    </message>
    <message>
        <source>C&amp;lear Log</source>
        <translation>&amp;Vider le journal</translation>
    </message>
</context>
<context>
    <name>ld::MainWindow</name>
    <message>
        <source>Simulated bench: these instruments are served by the built-in simulator over pseudo-terminals and loopback TCP. No hardware is touched.</source>
        <translation>Banc simulé : ces appareils sont fournis par le simulateur intégré via des pseudo-terminaux et TCP en boucle locale. Aucun matériel n’est sollicité.</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Journal des événements</translation>
    </message>
    <message>
        <source>&amp;Open Bench...</source>
        <translation>&amp;Ouvrir un banc…</translation>
    </message>
    <message>
        <source>Open a bench file</source>
        <translation>Ouvrir un fichier de banc</translation>
    </message>
    <message>
        <source>&amp;Save Bench</source>
        <translation>&amp;Enregistrer le banc</translation>
    </message>
    <message>
        <source>Save the bench</source>
        <translation>Enregistrer le banc</translation>
    </message>
    <message>
        <source>Save Bench &amp;As...</source>
        <translation>Enregistrer le banc &amp;sous…</translation>
    </message>
    <message>
        <source>Save the bench to a new file</source>
        <translation>Enregistrer le banc dans un nouveau fichier</translation>
    </message>
    <message>
        <source>&amp;Export Readings as CSV...</source>
        <translation>E&amp;xporter les mesures en CSV…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Quit LabDispatch</source>
        <translation>Quitter LabDispatch</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Exécuter</translation>
    </message>
    <message>
        <source>Run the chosen operation on the selected instruments</source>
        <translation>Exécuter l’opération choisie sur les appareils sélectionnés</translation>
    </message>
    <message>
        <source>Stop &amp;Selected</source>
        <translation>Arrêter la &amp;sélection</translation>
    </message>
    <message>
        <source>Stop the selected instruments&apos; runs and cancel their jobs</source>
        <translation>Arrêter les exécutions des appareils sélectionnés et annuler leurs tâches</translation>
    </message>
    <message>
        <source>Stop &amp;All</source>
        <translation>&amp;Tout arrêter</translation>
    </message>
    <message>
        <source>Stop every run and cancel every job</source>
        <translation>Arrêter toutes les exécutions et annuler toutes les tâches</translation>
    </message>
    <message>
        <source>&amp;Connect All</source>
        <translation>&amp;Tout connecter</translation>
    </message>
    <message>
        <source>Open and identify every enabled instrument not connected</source>
        <translation>Ouvrir et identifier chaque appareil activé non connecté</translation>
    </message>
    <message>
        <source>&amp;Add Instrument...</source>
        <translation>&amp;Ajouter un appareil…</translation>
    </message>
    <message>
        <source>Add an instrument by its resource string</source>
        <translation>Ajouter un appareil par sa ressource</translation>
    </message>
    <message>
        <source>&amp;Edit Instrument...</source>
        <translation>&amp;Modifier l’appareil…</translation>
    </message>
    <message>
        <source>Edit the selected instrument</source>
        <translation>Modifier l’appareil sélectionné</translation>
    </message>
    <message>
        <source>&amp;Remove Instruments</source>
        <translation>&amp;Retirer les appareils</translation>
    </message>
    <message>
        <source>Remove the selected instruments from the bench</source>
        <translation>Retirer les appareils sélectionnés du banc</translation>
    </message>
    <message>
        <source>E&amp;nable/Disable</source>
        <translation>Acti&amp;ver/Désactiver</translation>
    </message>
    <message>
        <source>Switch the selected instruments on or off</source>
        <translation>Mettre en service ou hors service les appareils sélectionnés</translation>
    </message>
    <message>
        <source>&amp;Discover...</source>
        <translation>&amp;Découvrir…</translation>
    </message>
    <message>
        <source>&amp;About LabDispatch</source>
        <translation>À &amp;propos de LabDispatch</translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation>Version et licence</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Instruments</source>
        <translation>&amp;Appareils</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Plot &amp;Window</source>
        <translation>&amp;Fenêtre du graphique</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Readings: %1</source>
        <translation>Mesures : %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>About LabDispatch</source>
        <translation>À propos de LabDispatch</translation>
    </message>
    <message>
        <source>&lt;h3&gt;LabDispatch %1&lt;/h3&gt;&lt;p&gt;Operate many lab instruments at once through a capped job dispatcher.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and QCustomPlot.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;LabDispatch %1&lt;/h3&gt;&lt;p&gt;Pilotez de nombreux appareils de laboratoire à la fois grâce à un répartiteur de tâches plafonné.&lt;/p&gt;&lt;p&gt;Construit avec Qt %2 et QCustomPlot.&lt;/p&gt;&lt;p&gt;Distribué sous la licence publique générale GNU, version 3 ou ultérieure.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Probe serial ports and LAN addresses for instruments</source>
        <translation>Sonder les ports série et les adresses réseau à la recherche d’appareils</translation>
    </message>
    <message numerus="yes">
        <source>Added %n instrument(s)</source>
        <translation>
            <numerusform>%n appareil ajouté</numerusform>
            <numerusform>%n appareils ajoutés</numerusform>
        </translation>
    </message>
    <message>
        <source>Connect to &amp;Lab...</source>
        <translation>Se connecter au &amp;laboratoire…</translation>
    </message>
    <message>
        <source>Show the instruments of LabDispatch nodes on other PCs, shared through an MQTT broker</source>
        <translation>Afficher les appareils des nœuds LabDispatch d’autres PC, partagés via un broker MQTT</translation>
    </message>
    <message>
        <source>Disconnect from Lab</source>
        <translation>Se déconnecter du laboratoire</translation>
    </message>
    <message>
        <source>Stop showing the lab&apos;s remote instruments</source>
        <translation>Ne plus afficher les appareils distants du laboratoire</translation>
    </message>
    <message>
        <source>Open Si&amp;mulated Bench</source>
        <translation>Ouvrir le banc si&amp;mulé</translation>
    </message>
    <message>
        <source>Replace the bench by the built-in simulated instruments</source>
        <translation>Remplacer le banc par les appareils simulés intégrés</translation>
    </message>
    <message>
        <source>Open Simulated Bench</source>
        <translation>Ouvrir le banc simulé</translation>
    </message>
    <message>
        <source>SCPI Console</source>
        <translation>Console SCPI</translation>
    </message>
    <message>
        <source>Safe state for the instruments of run %1</source>
        <translation>État sûr pour les appareils de l’exécution %1</translation>
    </message>
    <message>
        <source>Export the readings of the newest run from its journal to CSV</source>
        <translation>Exporter en CSV les mesures de l’exécution la plus récente depuis son journal</translation>
    </message>
    <message>
        <source>All &amp;Outputs Off</source>
        <translation>&amp;Couper toutes les sorties</translation>
    </message>
    <message>
        <source>All outputs off (Ctrl+Shift+O): the safe state of every instrument that has one, ahead of every queued job; their runs stop</source>
        <translation>Couper toutes les sorties (Ctrl+Maj+O) : l’état sûr de chaque appareil qui en a un, avant toute tâche en attente ; leurs exécutions s’arrêtent</translation>
    </message>
    <message>
        <source>&amp;Front Panel...</source>
        <translation>&amp;Face avant…</translation>
    </message>
    <message>
        <source>Operate the selected instrument by hand: readings, setpoints, outputs</source>
        <translation>Piloter à la main l’appareil sélectionné : mesures, consignes, sorties</translation>
    </message>
    <message>
        <source>&amp;Past Runs...</source>
        <translation>E&amp;xécutions passées…</translation>
    </message>
    <message>
        <source>Open, overlay, export or run again the runs journaled here</source>
        <translation>Ouvrir, superposer, exporter ou relancer les exécutions journalisées ici</translation>
    </message>
    <message>
        <source>I/O Monitor</source>
        <translation>Moniteur E/S</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
</context>
<context>
    <name>ld::MqttClient</name>
    <message>
        <source>no broker host given</source>
        <translation>aucun hôte de broker indiqué</translation>
    </message>
    <message>
        <source>broker port %1 is not from 1 to 65535</source>
        <translation>le port du broker %1 n’est pas compris entre 1 et 65535</translation>
    </message>
    <message>
        <source>keepalive must be from 5 to 65535 s</source>
        <translation>le keepalive doit être compris entre 5 et 65535 s</translation>
    </message>
    <message>
        <source>reconnect delays must be positive, the maximum not below the minimum</source>
        <translation>les délais de reconnexion doivent être positifs, le maximum au moins égal au minimum</translation>
    </message>
    <message>
        <source>the will topic &apos;%1&apos; is not a valid topic</source>
        <translation>le topic de testament « %1 » n’est pas un topic valide</translation>
    </message>
    <message>
        <source>a password needs a user name</source>
        <translation>un mot de passe exige un nom d’utilisateur</translation>
    </message>
    <message>
        <source>cannot create the MQTT client: %1</source>
        <translation>impossible de créer le client MQTT : %1</translation>
    </message>
    <message>
        <source>user name or password refused: %1</source>
        <translation>nom d’utilisateur ou mot de passe refusé : %1</translation>
    </message>
    <message>
        <source>the will was refused: %1</source>
        <translation>le testament a été refusé : %1</translation>
    </message>
    <message>
        <source>TLS needs a CA file or a CA folder</source>
        <translation>TLS exige un fichier CA ou un dossier CA</translation>
    </message>
    <message>
        <source>TLS: cannot read &apos;%1&apos;</source>
        <translation>TLS : impossible de lire « %1 »</translation>
    </message>
    <message>
        <source>TLS settings refused: %1</source>
        <translation>réglages TLS refusés : %1</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>cannot reach the broker at %1:%2: %3</source>
        <translation>impossible de joindre le broker à %1:%2 : %3</translation>
    </message>
    <message>
        <source>the broker refused the connection: %1</source>
        <translation>le broker a refusé la connexion : %1</translation>
    </message>
    <message>
        <source>the broker closed the connection</source>
        <translation>le broker a fermé la connexion</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a topic one can publish to</source>
        <translation>« %1 » n’est pas un topic sur lequel on peut publier</translation>
    </message>
    <message>
        <source>QoS must be 0, 1 or 2</source>
        <translation>la QoS doit valoir 0, 1 ou 2</translation>
    </message>
    <message>
        <source>not connected to the broker</source>
        <translation>non connecté au broker</translation>
    </message>
    <message>
        <source>not connected, and %1 messages already wait</source>
        <translation>non connecté, et %1 messages attendent déjà</translation>
    </message>
    <message>
        <source>the TLS handshake failed: the broker&apos;s certificate is not signed by the trusted CA (%1), is not made out to %2, or the broker does not speak TLS on port %3</source>
        <translation>la négociation TLS a échoué : le certificat du broker n’est pas signé par la CA de confiance (%1), n’est pas établi au nom de %2, ou le broker ne parle pas TLS sur le port %3</translation>
    </message>
    <message>
        <source>the broker did not answer the connection within %1 s</source>
        <translation>le broker n’a pas répondu à la connexion en %1 s</translation>
    </message>
    <message>
        <source>the broker stopped answering (keepalive of %1 s)</source>
        <translation>le broker ne répond plus (keepalive de %1 s)</translation>
    </message>
    <message>
        <source>the broker closed the connection before accepting it</source>
        <translation>le broker a fermé la connexion avant de l’accepter</translation>
    </message>
    <message>
        <source>the broker closed the connection before accepting it; does it expect TLS on port %1?</source>
        <translation>le broker a fermé la connexion avant de l’accepter ; attend-il TLS sur le port %1 ?</translation>
    </message>
</context>
<context>
    <name>ld::Node</name>
    <message>
        <source>the node name &apos;%1&apos; must be 1 to 64 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;</source>
        <translation>le nom de nœud « %1 » doit comporter de 1 à 64 lettres, chiffres, « - », « _ » ou « . »</translation>
    </message>
    <message>
        <source>bad job request: %1</source>
        <translation>requête de tâche invalide : %1</translation>
    </message>
    <message>
        <source>the job ended without a reading</source>
        <translation>la tâche s’est terminée sans mesure</translation>
    </message>
    <message>
        <source>job memory: %1</source>
        <translation>mémoire des tâches : %1</translation>
    </message>
    <message>
        <source>node restarted: %1 was accepted before the node restarted and is not run again</source>
        <translation>nœud redémarré : la tâche %1 avait été acceptée avant le redémarrage du nœud et n’est pas relancée</translation>
    </message>
    <message>
        <source>bad cancel: %1</source>
        <translation>annulation invalide : %1</translation>
    </message>
    <message>
        <source>cancelled before it arrived</source>
        <translation>annulée avant son arrivée</translation>
    </message>
    <message>
        <source>cancelled before it ran</source>
        <translation>annulée avant son exécution</translation>
    </message>
    <message>
        <source>cancelled while running: %1</source>
        <translation>annulée pendant l’exécution : %1</translation>
    </message>
    <message>
        <source>the profile of &apos;%1&apos; lets no command be typed (rawScpi is false); only *OPC? is sent as a command</source>
        <translation>le profil de « %1 » ne permet de saisir aucune commande (rawScpi vaut false) ; seul *OPC? est envoyé comme commande</translation>
    </message>
</context>
<context>
    <name>ld::NodeCommand</name>
    <message>
        <source>Shares this PC&apos;s bench with the lab through an MQTT 5 broker: publishes its instruments and readings, and runs jobs other LabDispatch instances send. Runs until interrupted; readings are journaled here even while the broker is down.</source>
        <translation>Partage le banc de ce PC avec le laboratoire via un broker MQTT 5 : publie ses appareils et ses mesures, et exécute les tâches envoyées par d’autres instances de LabDispatch. Tourne jusqu’à interruption ; les mesures sont journalisées ici même quand le broker est injoignable.</translation>
    </message>
    <message>
        <source>This node&apos;s name in the lab: letters, digits, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;.</source>
        <translation>Nom de ce nœud dans le laboratoire : lettres, chiffres, « - », « _ », « . ».</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Jobs running at once (default 16).</source>
        <translation>Tâches exécutées simultanément (16 par défaut).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Where the journal goes (default: the application&apos;s data folder).</source>
        <translation>Emplacement du journal (par défaut : le dossier de données de l’application).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>--name is required: 1 to 64 letters, digits, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;</source>
        <translation>--name est requis : 1 à 64 lettres, chiffres, « - », « _ », « . »</translation>
    </message>
    <message>
        <source>--cap must be from %1 to %2</source>
        <translation>--cap doit être compris entre %1 et %2</translation>
    </message>
    <message>
        <source>cannot start the journal: %1</source>
        <translation>impossible de démarrer le journal : %1</translation>
    </message>
    <message>
        <source>Where the node remembers the jobs it answered, so a job delivered again after a restart never runs twice (default: nodes/NAME in the application&apos;s data folder).</source>
        <translation>Où le nœud mémorise les tâches auxquelles il a répondu, pour qu’une tâche livrée à nouveau après un redémarrage ne s’exécute jamais deux fois (par défaut : nodes/NOM dans le dossier de données de l’application).</translation>
    </message>
    <message>
        <source>--state-dir needs a folder</source>
        <translation>--state-dir exige un dossier</translation>
    </message>
</context>
<context>
    <name>ld::NodeProtocol</name>
    <message>
        <source>&quot;id&quot; must be a non-empty string of at most 200 characters</source>
        <translation>&quot;id&quot; doit être une chaîne non vide de 200 caractères au plus</translation>
    </message>
    <message>
        <source>&quot;instrument&quot; and &quot;operation&quot; are required</source>
        <translation>&quot;instrument&quot; et &quot;operation&quot; sont requis</translation>
    </message>
    <message>
        <source>&quot;parameters&quot; must be an object</source>
        <translation>&quot;parameters&quot; doit être un objet</translation>
    </message>
    <message>
        <source>a reading needs an instrument and a known status</source>
        <translation>une mesure exige un appareil et un statut connu</translation>
    </message>
    <message>
        <source>a response needs an &quot;id&quot; and a known &quot;status&quot;</source>
        <translation>une réponse exige un &quot;id&quot; et un &quot;status&quot; connu</translation>
    </message>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>pas du JSON : %1 à l’octet %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>pas un objet JSON</translation>
    </message>
    <message>
        <source>&quot;command&quot; must be an object</source>
        <translation>« command » doit être un objet</translation>
    </message>
    <message>
        <source>&quot;command.text&quot; must be one line of 1 to %1 characters without control characters</source>
        <translation>« command.text » doit être une ligne de 1 à %1 caractères sans caractères de contrôle</translation>
    </message>
    <message>
        <source>&quot;command.reply&quot; or &quot;command.blockFormat&quot; is not one a profile may name</source>
        <translation>« command.reply » ou « command.blockFormat » n’est pas une valeur qu’un profil peut nommer</translation>
    </message>
    <message>
        <source>job format %1 is not one this node reads (1 to %2): update the node</source>
        <translation>le format de tâche %1 n’est pas lu par ce nœud (1 à %2) : mettez le nœud à jour</translation>
    </message>
    <message>
        <source>a job with a &quot;command&quot; takes no &quot;parameters&quot;: the command is formatted already</source>
        <translation>une tâche avec « command » ne prend pas de « parameters » : la commande est déjà formatée</translation>
    </message>
</context>
<context>
    <name>ld::OperationsPanel</name>
    <message>
        <source>measurement</source>
        <translation>mesure</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>réglage</translation>
    </message>
    <message>
        <source>query</source>
        <translation>requête</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>&amp;Repeat</source>
        <translation>&amp;Répéter</translation>
    </message>
    <message>
        <source>E&amp;very</source>
        <translation>&amp;Toutes les</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécuter</translation>
    </message>
    <message>
        <source>Stop Selected</source>
        <translation>Arrêter la sélection</translation>
    </message>
    <message>
        <source>Stop All</source>
        <translation>Tout arrêter</translation>
    </message>
    <message>
        <source>&amp;Operation:</source>
        <translation>&amp;Opération :</translation>
    </message>
    <message>
        <source>Operations that every selected instrument offers</source>
        <translation>Opérations proposées par chacun des appareils sélectionnés</translation>
    </message>
    <message>
        <source>Repetition</source>
        <translation>Répétition</translation>
    </message>
    <message>
        <source> times</source>
        <translation> fois</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>until stopped</source>
        <translation>jusqu’à l’arrêt</translation>
    </message>
    <message>
        <source>&amp;for</source>
        <translation>&amp;pendant</translation>
    </message>
    <message>
        <source>Run the operation on the selected instruments (Ctrl+Return)</source>
        <translation>Exécuter l’opération sur les appareils sélectionnés (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Stop the runs of the selected instruments and cancel their queued and running jobs</source>
        <translation>Arrêter les exécutions des appareils sélectionnés et annuler leurs tâches en attente et en cours</translation>
    </message>
    <message>
        <source>Stop every run and cancel every job of the bench</source>
        <translation>Arrêter toutes les exécutions et annuler toutes les tâches du banc</translation>
    </message>
    <message>
        <source>Not safe to repeat: runs once per instrument.</source>
        <translation>Ne peut pas être répétée : s’exécute une fois par appareil.</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Requis</translation>
    </message>
    <message>
        <source>Select one or more instruments.</source>
        <translation>Sélectionnez un ou plusieurs appareils.</translation>
    </message>
    <message>
        <source>The selected instruments share no operation.</source>
        <translation>Les appareils sélectionnés n’ont aucune opération en commun.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Exécutions</translation>
    </message>
    <message>
        <source>Progress of the newest timed run</source>
        <translation>Progression de la dernière exécution minutée</translation>
    </message>
    <message>
        <source>Allowed range</source>
        <translation>Plage autorisée</translation>
    </message>
    <message>
        <source>%1 … %2%3</source>
        <translation>%1 … %2%3</translation>
    </message>
    <message>
        <source>≥ %1%2</source>
        <translation>≥ %1%2</translation>
    </message>
    <message>
        <source>≤ %1%2</source>
        <translation>≤ %1%2</translation>
    </message>
    <message numerus="yes">
        <source>Run %1: %2 on %n instrument(s)</source>
        <translation>
            <numerusform>Exécution %1 : %2 sur %n appareil</numerusform>
            <numerusform>Exécution %1 : %2 sur %n appareils</numerusform>
        </translation>
    </message>
    <message>
        <source>every %1 ms, %2 of %3, %4 left</source>
        <translation>toutes les %1 ms, %2 sur %3, reste %4</translation>
    </message>
    <message>
        <source>every %1 ms, running for %2, until stopped</source>
        <translation>toutes les %1 ms, en cours depuis %2, jusqu’à l’arrêt</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s), running for %1</source>
        <translation>
            <numerusform>%n fois, en cours depuis %1</numerusform>
            <numerusform>%n fois, en cours depuis %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No run is going.</source>
        <translation>Aucune exécution en cours.</translation>
    </message>
</context>
<context>
    <name>ld::PlanCursor</name>
    <message>
        <source>%1: cannot ramp %2 on &apos;%3&apos;: nothing reads it back</source>
        <translation>%1 : impossible de faire une rampe sur %2 de « %3 » : rien ne le relit</translation>
    </message>
    <message>
        <source>%1: could not read back %2 on &apos;%3&apos; before ramping: %4</source>
        <translation>%1 : impossible de relire %2 sur « %3 » avant la rampe : %4</translation>
    </message>
    <message>
        <source>no number</source>
        <translation>pas un nombre</translation>
    </message>
    <message>
        <source>%1: the ramp on &apos;%2&apos; stopped at %3: %4</source>
        <translation>%1 : la rampe sur « %2 » s’est arrêtée à %3 : %4</translation>
    </message>
    <message>
        <source>no reading from &apos;%1&apos;</source>
        <translation>aucune mesure de « %1 »</translation>
    </message>
    <message>
        <source>the readings of &apos;%1&apos; spanned %2 (tolerance %3)</source>
        <translation>les mesures de « %1 » ont varié de %2 (tolérance %3)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; read for less than %2 ms</source>
        <translation>« %1 » a été lu pendant moins de %2 ms</translation>
    </message>
    <message>
        <source>%1: %2 was not stable within %3 ms: %4</source>
        <translation>%1 : %2 n’était pas stable en %3 ms : %4</translation>
    </message>
    <message>
        <source>%1: *OPC? did not answer 1 within %2 ms on %3</source>
        <translation>%1 : *OPC? n’a pas répondu 1 en %2 ms sur %3</translation>
    </message>
    <message>
        <source>%1: *OPC? on &apos;%2&apos; failed: %3</source>
        <translation>%1 : *OPC? sur « %2 » a échoué : %3</translation>
    </message>
    <message>
        <source>it did not answer 1</source>
        <translation>il n’a pas répondu 1</translation>
    </message>
</context>
<context>
    <name>ld::PlanEditor</name>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>New from template</source>
        <translation>Nouveau depuis un modèle</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description :</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Priorité :</translation>
    </message>
    <message>
        <source>Safe state when stopped</source>
        <translation>État sûr à l’arrêt</translation>
    </message>
    <message>
        <source>Apply the instruments&apos; safe state when the user stops the run (it always is when a run aborts)</source>
        <translation>Appliquer l’état sûr des appareils quand l’utilisateur arrête l’exécution (il l’est toujours quand une exécution est abandonnée)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>The type of the step Add makes</source>
        <translation>Le type d’étape que crée Ajouter</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add a step after the selected one, or inside it when it has a body</source>
        <translation>Ajouter une étape après celle sélectionnée, ou dedans si elle a un corps</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Into</source>
        <translation>Dedans</translation>
    </message>
    <message>
        <source>Move the step into the body of the step above it</source>
        <translation>Déplacer l’étape dans le corps de l’étape au-dessus</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Dehors</translation>
    </message>
    <message>
        <source>Move the step out of the body it is in</source>
        <translation>Sortir l’étape du corps où elle se trouve</translation>
    </message>
    <message>
        <source>Limits for the whole run</source>
        <translation>Limites pour toute l’exécution</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>None: the plan may run.</source>
        <translation>Aucun : le plan peut s’exécuter.</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Problèmes (%1)</translation>
    </message>
    <message>
        <source>Fix the problems first: %1</source>
        <translation>Corrigez d’abord les problèmes : %1</translation>
    </message>
    <message>
        <source>Discard the plan?</source>
        <translation>Abandonner le plan ?</translation>
    </message>
    <message>
        <source>The plan has changes that are not saved. Discard them?</source>
        <translation>Le plan a des modifications non enregistrées. Les abandonner ?</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Open Plan</source>
        <translation>Ouvrir un plan</translation>
    </message>
    <message>
        <source>Plans (*.json);;All files (*)</source>
        <translation>Plans (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot open the plan: %1</source>
        <translation>Impossible d’ouvrir le plan : %1</translation>
    </message>
    <message>
        <source>Save Plan</source>
        <translation>Enregistrer le plan</translation>
    </message>
    <message>
        <source>Cannot save the plan: %1</source>
        <translation>Impossible d’enregistrer le plan : %1</translation>
    </message>
</context>
<context>
    <name>ld::PlanFile</name>
    <message>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <source>unknown field (this object takes %1)</source>
        <translation>champ inconnu (cet objet accepte %1)</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>doit être une chaîne</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>doit être true ou false</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>doit être un nombre</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2, not %3</source>
        <translation>doit être un nombre entier de %1 à %2, pas %3</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>doit être un tableau</translation>
    </message>
    <message>
        <source>an empty list selects no instrument</source>
        <translation>une liste vide ne sélectionne aucun appareil</translation>
    </message>
    <message>
        <source>must be an instrument&apos;s name</source>
        <translation>doit être le nom d’un appareil</translation>
    </message>
    <message>
        <source>&apos;%1&apos; appears twice</source>
        <translation>« %1 » apparaît deux fois</translation>
    </message>
    <message>
        <source>must be a name, a list of names or {&quot;kind&quot;: &quot;...&quot;}</source>
        <translation>doit être un nom, une liste de noms ou {&quot;kind&quot;: &quot;...&quot;}</translation>
    </message>
    <message>
        <source>must be a number, a string or true/false</source>
        <translation>doit être un nombre, une chaîne ou true/false</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of %2</source>
        <translation>« %1 » n’est pas l’un de %2</translation>
    </message>
    <message>
        <source>needs maxStep, maxRate or both</source>
        <translation>nécessite maxStep, maxRate ou les deux</translation>
    </message>
    <message>
        <source>needs exactly one of ms, stable and opc</source>
        <translation>nécessite exactement un de ms, stable et opc</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of linear, log</source>
        <translation>« %1 » n’est pas l’un de linear, log</translation>
    </message>
    <message>
        <source>a sweep has listed values or from, to and points, not both</source>
        <translation>un balayage a soit des valeurs listées, soit from, to et points, pas les deux</translation>
    </message>
    <message>
        <source>more than %1 values</source>
        <translation>plus de %1 valeurs</translation>
    </message>
    <message>
        <source>more than %1 points</source>
        <translation>plus de %1 points</translation>
    </message>
    <message>
        <source>needs either count or everyMs</source>
        <translation>nécessite count ou everyMs</translation>
    </message>
    <message>
        <source>only with everyMs; a counted repeat ends by its count</source>
        <translation>seulement avec everyMs ; une répétition comptée se termine à son compte</translation>
    </message>
    <message>
        <source>must be more than 0, not %1</source>
        <translation>doit être supérieur à 0, pas %1</translation>
    </message>
    <message>
        <source>must be more than 0, not %1 (leave it out to repeat until stopped)</source>
        <translation>doit être supérieur à 0, pas %1 (omettez-le pour répéter jusqu’à l’arrêt)</translation>
    </message>
    <message>
        <source>steps nested deeper than %1</source>
        <translation>étapes imbriquées sur plus de %1 niveaux</translation>
    </message>
    <message>
        <source>a step is an object with one key, its type (%1); this one has %2</source>
        <translation>une étape est un objet à une seule clé, son type (%1) ; celle-ci en a %2</translation>
    </message>
    <message>
        <source>unknown step type (%1)</source>
        <translation>type d’étape inconnu (%1)</translation>
    </message>
    <message>
        <source>only a set step ramps</source>
        <translation>seule une étape set fait une rampe</translation>
    </message>
    <message>
        <source>version %1: written by a newer LabDispatch (this one reads plan files of version %2)</source>
        <translation>version %1 : écrit par un LabDispatch plus récent (celui-ci lit les fichiers de plan de version %2)</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>doit être %1</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>%1: not JSON: %2</source>
        <translation>%1 : pas du JSON : %2</translation>
    </message>
    <message>
        <source>not a plan: the file must hold one JSON object</source>
        <translation>pas un plan : le fichier doit contenir un seul objet JSON</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1 : illisible : %2</translation>
    </message>
</context>
<context>
    <name>ld::PlanLimitsTable</name>
    <message>
        <source>Quantity</source>
        <translation>Grandeur</translation>
    </message>
    <message>
        <source>Instruments</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Max</translation>
    </message>
    <message>
        <source>In a row</source>
        <translation>D’affilée</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Add limit</source>
        <translation>Ajouter une limite</translation>
    </message>
    <message>
        <source>Remove limit</source>
        <translation>Supprimer la limite</translation>
    </message>
    <message>
        <source>Instruments: names separated by commas, &quot;kind: psu&quot;, or empty for any. Min and Max: empty for no bound.</source>
        <translation>Appareils : noms séparés par des virgules, « kind: psu », ou vide pour tous. Min et Max : vide pour aucune borne.</translation>
    </message>
    <message>
        <source>limit %1, %2: &apos;%3&apos; is not a number</source>
        <translation>limite %1, %2 : « %3 » n’est pas un nombre</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>max</source>
        <translation>max</translation>
    </message>
    <message>
        <source>limit %1, in a row: &apos;%2&apos; is not a whole number</source>
        <translation>limite %1, d’affilée : « %2 » n’est pas un nombre entier</translation>
    </message>
</context>
<context>
    <name>ld::PlanRunPanel</name>
    <message>
        <source>Run plan</source>
        <translation>Exécuter le plan</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Stop the run and apply the safe state of its instruments</source>
        <translation>Arrêter l’exécution et appliquer l’état sûr de ses appareils</translation>
    </message>
    <message>
        <source>Run the plan on the bench</source>
        <translation>Exécuter le plan sur le banc</translation>
    </message>
    <message>
        <source>a plan is running</source>
        <translation>un plan est en cours</translation>
    </message>
    <message>
        <source>Cannot run: %1</source>
        <translation>Exécution impossible : %1</translation>
    </message>
    <message>
        <source>Run %1 started</source>
        <translation>Exécution %1 démarrée</translation>
    </message>
    <message>
        <source>Run %1 failed after %2: %3</source>
        <translation>L’exécution %1 a échoué après %2 : %3</translation>
    </message>
    <message>
        <source>Run %1 aborted after %2; the safe state was applied</source>
        <translation>Exécution %1 abandonnée après %2 ; l’état sûr a été appliqué</translation>
    </message>
    <message>
        <source>Run %1 finished in %2</source>
        <translation>Exécution %1 terminée en %2</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 (point %2 of %3)</source>
        <translation>%1 (point %2 sur %3)</translation>
    </message>
    <message>
        <source>Step: %1</source>
        <translation>Étape : %1</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Sweep point: %1</source>
        <translation>Point de balayage : %1</translation>
    </message>
    <message>
        <source>Jobs done: %1 (the plan repeats until stopped)</source>
        <translation>Tâches faites : %1 (le plan se répète jusqu’à l’arrêt)</translation>
    </message>
    <message>
        <source>Jobs done: %1 of at least %2</source>
        <translation>Tâches faites : %1 sur au moins %2</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>environ %1</translation>
    </message>
    <message>
        <source>until stopped</source>
        <translation>jusqu’à l’arrêt</translation>
    </message>
    <message>
        <source>Elapsed: %1, left: %2</source>
        <translation>Écoulé : %1, restant : %2</translation>
    </message>
    <message>
        <source>Run %1 paused</source>
        <translation>Exécution %1 en pause</translation>
    </message>
    <message>
        <source>Run %1 running</source>
        <translation>Exécution %1 en cours</translation>
    </message>
</context>
<context>
    <name>ld::PlanStepForm</name>
    <message>
        <source>Instruments and operation</source>
        <translation>Appareils et opération</translation>
    </message>
    <message>
        <source>Instruments:</source>
        <translation>Appareils :</translation>
    </message>
    <message>
        <source>Operation:</source>
        <translation>Opération :</translation>
    </message>
    <message>
        <source>Parameters:</source>
        <translation>Paramètres :</translation>
    </message>
    <message>
        <source>Names separated by commas, or &quot;kind: psu&quot; for every instrument of a kind</source>
        <translation>Noms séparés par des virgules, ou « kind: psu » pour chaque appareil d’un type</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Autorisé</translation>
    </message>
    <message>
        <source>Empty: the profile&apos;s default. ${v}: the value of the sweep variable v.</source>
        <translation>Vide : la valeur par défaut du profil. ${v} : la valeur de la variable de balayage v.</translation>
    </message>
    <message>
        <source>Ramp</source>
        <translation>Rampe</translation>
    </message>
    <message>
        <source>Parameter:</source>
        <translation>Paramètre :</translation>
    </message>
    <message>
        <source>Largest step:</source>
        <translation>Plus grand pas :</translation>
    </message>
    <message>
        <source>Largest rate (per s):</source>
        <translation>Vitesse max. (par s) :</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Attente</translation>
    </message>
    <message>
        <source>Until:</source>
        <translation>Jusqu’à :</translation>
    </message>
    <message>
        <source>a time has passed</source>
        <translation>un délai est écoulé</translation>
    </message>
    <message>
        <source>a reading is stable</source>
        <translation>une mesure est stable</translation>
    </message>
    <message>
        <source>*OPC? answers</source>
        <translation>*OPC? répond</translation>
    </message>
    <message>
        <source>Time (ms):</source>
        <translation>Durée (ms) :</translation>
    </message>
    <message>
        <source>Tolerance:</source>
        <translation>Tolérance :</translation>
    </message>
    <message>
        <source>Stable for (ms):</source>
        <translation>Stable pendant (ms) :</translation>
    </message>
    <message>
        <source>Poll every (ms):</source>
        <translation>Interroger toutes les (ms) :</translation>
    </message>
    <message>
        <source>Give up after (ms):</source>
        <translation>Abandonner après (ms) :</translation>
    </message>
    <message>
        <source>Sweep</source>
        <translation>Balayage</translation>
    </message>
    <message>
        <source>Variable:</source>
        <translation>Variable :</translation>
    </message>
    <message>
        <source>Values:</source>
        <translation>Valeurs :</translation>
    </message>
    <message>
        <source>linear</source>
        <translation>linéaire</translation>
    </message>
    <message>
        <source>logarithmic</source>
        <translation>logarithmique</translation>
    </message>
    <message>
        <source>listed</source>
        <translation>listées</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>De :</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>À :</translation>
    </message>
    <message>
        <source>Points:</source>
        <translation>Points :</translation>
    </message>
    <message>
        <source>List:</source>
        <translation>Liste :</translation>
    </message>
    <message>
        <source>numbers separated by spaces</source>
        <translation>nombres séparés par des espaces</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Répétition</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>Répéter :</translation>
    </message>
    <message>
        <source>a number of times</source>
        <translation>un nombre de fois</translation>
    </message>
    <message>
        <source>every interval</source>
        <translation>à chaque intervalle</translation>
    </message>
    <message>
        <source>Times:</source>
        <translation>Fois :</translation>
    </message>
    <message>
        <source>Every (ms):</source>
        <translation>Toutes les (ms) :</translation>
    </message>
    <message>
        <source>For (ms):</source>
        <translation>Pendant (ms) :</translation>
    </message>
    <message>
        <source>until stopped</source>
        <translation>jusqu’à l’arrêt</translation>
    </message>
    <message>
        <source>Limits while this step runs</source>
        <translation>Limites pendant cette étape</translation>
    </message>
    <message>
        <source>Select a step to edit it, or add one.</source>
        <translation>Sélectionnez une étape pour la modifier, ou ajoutez-en une.</translation>
    </message>
    <message>
        <source>not a parameter of this operation</source>
        <translation>pas un paramètre de cette opération</translation>
    </message>
    <message>
        <source>required; %1</source>
        <translation>obligatoire ; %1</translation>
    </message>
    <message>
        <source>%1 (default %2)</source>
        <translation>%1 (par défaut %2)</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a number</source>
        <translation>%1 : « %2 » n’est pas un nombre</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a whole number</source>
        <translation>%1 : « %2 » n’est pas un nombre entier</translation>
    </message>
    <message>
        <source>%1: must be more than 0</source>
        <translation>%1 : doit être supérieur à 0</translation>
    </message>
</context>
<context>
    <name>ld::PlanSummary</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>jobs: %1 in one pass; a repeat runs until stopped</source>
        <translation>tâches : %1 en un passage ; une répétition s’exécute jusqu’à l’arrêt</translation>
    </message>
    <message>
        <source>jobs: %1</source>
        <translation>tâches : %1</translation>
    </message>
    <message>
        <source>ramped sets: at least %1 (%2 sets with a ramp, %3 more for the moves between sweep points; a move from an instrument&apos;s present value is unknown before the run)</source>
        <translation>set avec rampe : au moins %1 (%2 set avec une rampe, %3 de plus pour les déplacements entre points de balayage ; un déplacement depuis la valeur actuelle d’un appareil est inconnu avant l’exécution)</translation>
    </message>
    <message>
        <source>duration: at least %1 per pass of the repeat that runs until stopped (waits, intervals and ramp rates; instruments&apos; latency not included)</source>
        <translation>durée : au moins %1 par passage de la répétition qui s’exécute jusqu’à l’arrêt (attentes, intervalles et vitesses de rampe ; latence des appareils non comprise)</translation>
    </message>
    <message>
        <source>duration: at least %1 (waits, intervals and ramp rates; instruments&apos; latency not included)</source>
        <translation>durée : au moins %1 (attentes, intervalles et vitesses de rampe ; latence des appareils non comprise)</translation>
    </message>
</context>
<context>
    <name>ld::PlanValidator</name>
    <message>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <source>needs min, max or both</source>
        <translation>nécessite min, max ou les deux</translation>
    </message>
    <message>
        <source>%1 is above max %2</source>
        <translation>%1 dépasse max %2</translation>
    </message>
    <message>
        <source>must be at least 1, not %1</source>
        <translation>doit valoir au moins 1, pas %1</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <source>names or a kind, not both</source>
        <translation>des noms ou un type, pas les deux</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an instrument of this run (%2)</source>
        <translation>« %1 » n’est pas un appareil de cette exécution (%2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no driver profile yet (it has not been identified and the bench file pins none)</source>
        <translation>« %1 » n’a pas encore de profil de pilote (il n’a pas été identifié et le fichier de banc n’en fixe aucun)</translation>
    </message>
    <message>
        <source>no instrument of kind &apos;%1&apos; in this run (kinds: %2)</source>
        <translation>aucun appareil de type « %1 » dans cette exécution (types : %2)</translation>
    </message>
    <message>
        <source>empty: a %1 needs steps to run</source>
        <translation>vide : un %1 a besoin d’étapes à exécuter</translation>
    </message>
    <message>
        <source>only a set step ramps</source>
        <translation>seule une étape set fait une rampe</translation>
    </message>
    <message>
        <source>must not be negative (leave it out to repeat until stopped), not %1</source>
        <translation>ne doit pas être négatif (omettez-le pour répéter jusqu’à l’arrêt), pas %1</translation>
    </message>
    <message>
        <source>must be more than 0, not %1</source>
        <translation>doit être supérieur à 0, pas %1</translation>
    </message>
    <message>
        <source>must not be negative, not %1</source>
        <translation>ne doit pas être négatif, pas %1</translation>
    </message>
    <message>
        <source>%1 ms is shorter than forMs (%2 ms): it could never be stable in time</source>
        <translation>%1 ms est plus court que forMs (%2 ms) : cela ne pourrait jamais être stable à temps</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a name (letters, digits and _, not first a digit)</source>
        <translation>« %1 » n’est pas un nom (lettres, chiffres et _, sans chiffre en tête)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already bound by %2</source>
        <translation>« %1 » est déjà lié par %2</translation>
    </message>
    <message>
        <source>a sweep needs at least 2 points, not %1 (a single value is a list: &quot;values&quot;: [...])</source>
        <translation>un balayage nécessite au moins 2 points, pas %1 (une valeur unique est une liste : &quot;values&quot;: [...])</translation>
    </message>
    <message>
        <source>a log sweep runs between two values of the same sign, neither 0: not from %1 to %2</source>
        <translation>un balayage logarithmique va entre deux valeurs de même signe, aucune nulle : pas de %1 à %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an operation of %2 (%3)</source>
        <translation>« %1 » n’est pas une opération de %2 (%3)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; of %2 does not reply one number, so it cannot be watched until stable</source>
        <translation>« %1 » de %2 ne répond pas un seul nombre, on ne peut donc pas le surveiller jusqu’à stabilité</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number parameter of %2 on %3</source>
        <translation>« %1 » n’est pas un paramètre numérique de %2 sur %3</translation>
    </message>
    <message>
        <source>needs maxStep, maxRate or both</source>
        <translation>nécessite maxStep, maxRate ou les deux</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: a variable is a whole value, written &quot;${name}&quot;</source>
        <translation>« %1 » : une variable est une valeur entière, écrite &quot;${name}&quot;</translation>
    </message>
    <message>
        <source>${%1} is not bound by an enclosing sweep</source>
        <translation>${%1} n’est lié par aucun balayage englobant</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>doit être %1</translation>
    </message>
    <message>
        <source>empty: a plan needs at least one step</source>
        <translation>vide : un plan nécessite au moins une étape</translation>
    </message>
    <message>
        <source>%1 cannot read back %2 (its profile gives %3 no readback), so the ramp would not know where it starts</source>
        <translation>%1 ne peut pas relire %2 (son profil ne donne aucune relecture à %3), la rampe ne saurait donc pas d’où elle part</translation>
    </message>
    <message>
        <source>%1 (%2, at %3 = %4)</source>
        <translation>%1 (%2, à %3 = %4)</translation>
    </message>
</context>
<context>
    <name>ld::PlotCursors</name>
    <message>
        <source>Cursor %1: x %2, y %3</source>
        <translation>Curseur %1 : x %2, y %3</translation>
    </message>
    <message>
        <source>Δx %1, Δy %2</source>
        <translation>Δx %1, Δy %2</translation>
    </message>
</context>
<context>
    <name>ld::PlotPanel</name>
    <message>
        <source>&amp;Pause Plot</source>
        <translation>&amp;Figer le graphique</translation>
    </message>
    <message>
        <source>&amp;Autoscale</source>
        <translation>&amp;Échelle automatique</translation>
    </message>
    <message>
        <source>Export Plot as P&amp;NG...</source>
        <translation>Exporter le graphique en P&amp;NG…</translation>
    </message>
    <message>
        <source>Export Plot as P&amp;DF...</source>
        <translation>Exporter le graphique en P&amp;DF…</translation>
    </message>
    <message>
        <source>Freeze the plot; readings are still recorded</source>
        <translation>Figer le graphique ; les mesures continuent d’être enregistrées</translation>
    </message>
    <message>
        <source>Fit the axes to the data and follow new readings again</source>
        <translation>Ajuster les axes aux données et suivre à nouveau les nouvelles mesures</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Grandeur :</translation>
    </message>
    <message>
        <source>The quantity plotted; one unit per axis</source>
        <translation>La grandeur tracée ; une unité par axe</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher :</translation>
    </message>
    <message>
        <source>Last 10 s</source>
        <translation>10 dernières s</translation>
    </message>
    <message>
        <source>Last 60 s</source>
        <translation>60 dernières s</translation>
    </message>
    <message>
        <source>Last 10 min</source>
        <translation>10 dernières min</translation>
    </message>
    <message>
        <source>Whole run</source>
        <translation>Toute l’exécution</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Live plot</source>
        <translation>Graphique en direct</translation>
    </message>
    <message>
        <source>LabDispatch</source>
        <translation>LabDispatch</translation>
    </message>
    <message>
        <source>LabDispatch plot: %1</source>
        <translation>Graphique LabDispatch : %1</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Export Plot</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
    <message>
        <source>Paused view — Back to live</source>
        <translation>Vue figée — Revenir au direct</translation>
    </message>
    <message>
        <source>The view stays where you zoomed or panned while readings go on. Click, or press %1, to follow the newest readings again.</source>
        <translation>La vue reste là où vous avez zoomé ou déplacé pendant que les mesures continuent. Cliquez, ou appuyez sur %1, pour suivre à nouveau les mesures les plus récentes.</translation>
    </message>
    <message>
        <source>%1 (pinned)</source>
        <translation>%1 (épinglé)</translation>
    </message>
    <message>
        <source>Keep %1 Plotted</source>
        <translation>Toujours tracer %1</translation>
    </message>
    <message>
        <source>P&amp;lot:</source>
        <translation>&amp;Graphique :</translation>
    </message>
    <message>
        <source>Against time</source>
        <translation>En fonction du temps</translation>
    </message>
    <message>
        <source>XY</source>
        <translation>XY</translation>
    </message>
    <message>
        <source>Plot quantities against time, or one quantity or sweep variable against another</source>
        <translation>Tracer des grandeurs en fonction du temps, ou une grandeur ou variable de balayage en fonction d’une autre</translation>
    </message>
    <message>
        <source>&amp;Cursors</source>
        <translation>&amp;Curseurs</translation>
    </message>
    <message>
        <source>Two cursors: click places cursor 1, Shift+click cursor 2; the values and their difference are shown below the plot</source>
        <translation>Deux curseurs : un clic place le curseur 1, Maj+clic le curseur 2 ; les valeurs et leur différence sont affichées sous le graphique</translation>
    </message>
    <message>
        <source>LabDispatch XY plot</source>
        <translation>Graphique XY LabDispatch</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Click the plot to place cursor 1, Shift+click for cursor 2.</source>
        <translation>Cliquez sur le graphique pour placer le curseur 1, Maj+clic pour le curseur 2.</translation>
    </message>
</context>
<context>
    <name>ld::ProfileRegistry</name>
    <message>
        <source>%1: no such folder</source>
        <translation>%1 : dossier introuvable</translation>
    </message>
    <message>
        <source>profile id &apos;%1&apos; is in both %2 and %3; %3 is used</source>
        <translation>l’identifiant de profil « %1 » figure à la fois dans %2 et %3 ; %3 est utilisé</translation>
    </message>
</context>
<context>
    <name>ld::ProfilesCommand</name>
    <message>
        <source>Prints the known driver profiles and their operations.</source>
        <translation>Affiche les profils de pilote connus et leurs opérations.</translation>
    </message>
</context>
<context>
    <name>ld::ReadingsExport</name>
    <message>
        <source>Exporting readings to %1...</source>
        <translation>Export des mesures vers %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n reading(s).</source>
        <translation>
            <numerusform>%n mesure exportée.</numerusform>
            <numerusform>%n mesures exportées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export annulé ; aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Échec de l’export : %1</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export Readings</source>
        <translation>Exporter les mesures</translation>
    </message>
    <message>
        <source>No run has been journaled yet.</source>
        <translation>Aucune exécution n’a encore été journalisée.</translation>
    </message>
    <message>
        <source>An export is already running.</source>
        <translation>Un export est déjà en cours.</translation>
    </message>
    <message>
        <source>Export Interrupted Run</source>
        <translation>Exporter l’exécution interrompue</translation>
    </message>
</context>
<context>
    <name>ld::RemoteLab</name>
    <message>
        <source>the controller closed</source>
        <translation>le contrôleur s’est fermé</translation>
    </message>
    <message>
        <source>node lost: %1 is offline</source>
        <translation>nœud perdu : %1 est hors ligne</translation>
    </message>
    <message>
        <source>cannot send the job to %1: %2</source>
        <translation>impossible d’envoyer la tâche à %1 : %2</translation>
    </message>
    <message>
        <source>node lost: %1 did not answer within %2 ms</source>
        <translation>nœud perdu : %1 n’a pas répondu en %2 ms</translation>
    </message>
    <message>
        <source>bad answer from %1: %2</source>
        <translation>réponse invalide de %1 : %2</translation>
    </message>
    <message>
        <source>node lost: %1 went offline</source>
        <translation>nœud perdu : %1 est passé hors ligne</translation>
    </message>
    <message>
        <source>the broker connection is closed</source>
        <translation>la connexion au broker est fermée</translation>
    </message>
    <message>
        <source>broker lost: no connection to the broker for %1 ms (%2)</source>
        <translation>broker perdu : pas de connexion au broker pendant %1 ms (%2)</translation>
    </message>
</context>
<context>
    <name>ld::RemoteRunner</name>
    <message>
        <source>the node &apos;%1&apos; is offline</source>
        <translation>le nœud « %1 » est hors ligne</translation>
    </message>
    <message>
        <source>Not connected to a lab.</source>
        <translation>Non connecté à un laboratoire.</translation>
    </message>
    <message>
        <source>No node of the lab has an instrument &apos;%1&apos;.</source>
        <translation>Aucun nœud du laboratoire n’a d’appareil « %1 ».</translation>
    </message>
    <message>
        <source>The node &apos;%1&apos; is offline.</source>
        <translation>Le nœud « %1 » est hors ligne.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not identified yet on its node.</source>
        <translation>« %1 » n’est pas encore identifié sur son nœud.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; uses the profile &apos;%2&apos;, which is not installed on this PC.</source>
        <translation>« %1 » utilise le profil « %2 », qui n’est pas installé sur ce PC.</translation>
    </message>
</context>
<context>
    <name>ld::RemoteSession</name>
    <message>
        <source>%1; gave up after %2 ms</source>
        <translation>%1 ; abandon après %2 ms</translation>
    </message>
    <message>
        <source>no connection to the broker at %1 within %2 ms: %3</source>
        <translation>pas de connexion au broker %1 en %2 ms : %3</translation>
    </message>
    <message>
        <source>no connection to the broker at %1 within %2 ms</source>
        <translation>pas de connexion au broker %1 en %2 ms</translation>
    </message>
    <message>
        <source>interrupted while connecting to the broker at %1</source>
        <translation>interrompu pendant la connexion au broker %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not NODE/INSTRUMENT; the lab has: %2</source>
        <translation>« %1 » n’est pas de la forme NŒUD/APPAREIL ; le laboratoire a : %2</translation>
    </message>
    <message>
        <source>no node named &apos;%1&apos; on the broker at %2; the lab has: %3</source>
        <translation>aucun nœud nommé « %1 » sur le broker %2 ; le laboratoire a : %3</translation>
    </message>
    <message>
        <source>the node &apos;%1&apos; has no instrument &apos;%2&apos;; the lab has: %3</source>
        <translation>le nœud « %1 » n’a pas d’appareil « %2 » ; le laboratoire a : %3</translation>
    </message>
    <message>
        <source>online</source>
        <translation>en ligne</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>hors ligne</translation>
    </message>
    <message>
        <source>no instruments</source>
        <translation>aucun appareil</translation>
    </message>
    <message>
        <source>no nodes</source>
        <translation>aucun nœud</translation>
    </message>
</context>
<context>
    <name>ld::ReplayBench</name>
    <message>
        <source>With --replay: the recorded instrument to serve (default: every one); may be repeated.</source>
        <translation>Avec --replay : l’appareil enregistré à servir (par défaut : tous) ; peut être répété.</translation>
    </message>
    <message>
        <source>With --replay: &apos;pty&apos; (default) or &apos;tcp&apos; (loopback).</source>
        <translation>Avec --replay : « pty » (par défaut) ou « tcp » (boucle locale).</translation>
    </message>
    <message>
        <source>With --replay and tcp, one instrument: the port to listen on.</source>
        <translation>Avec --replay et tcp, un seul appareil : le port d’écoute.</translation>
    </message>
    <message>
        <source>With --replay: &apos;order&apos; answers in the recorded order (default), &apos;command&apos; with the replies recorded for the same command.</source>
        <translation>Avec --replay : « order » répond dans l’ordre enregistré (par défaut), « command » avec les réponses enregistrées pour la même commande.</translation>
    </message>
    <message>
        <source>With --replay: divides the recorded latencies (2: twice as fast; default 1).</source>
        <translation>Avec --replay : divise les latences enregistrées (2 : deux fois plus vite ; 1 par défaut).</translation>
    </message>
    <message>
        <source>With --replay: simulator faults on top, comma-separated (%1).</source>
        <translation>Avec --replay : défauts du simulateur en plus, séparés par des virgules (%1).</translation>
    </message>
    <message>
        <source>With --faults: the share of replies hit, 0 to 1 (default 1).</source>
        <translation>Avec --faults : la part des réponses touchées, de 0 à 1 (1 par défaut).</translation>
    </message>
    <message>
        <source>With --faults: how many replies may be hit (default: no limit).</source>
        <translation>Avec --faults : combien de réponses peuvent être touchées (par défaut : sans limite).</translation>
    </message>
    <message>
        <source>--transport takes &apos;pty&apos; or &apos;tcp&apos;, not &apos;%1&apos;</source>
        <translation>--transport accepte « pty » ou « tcp », pas « %1 »</translation>
    </message>
    <message>
        <source>--match takes &apos;order&apos; or &apos;command&apos;, not &apos;%1&apos;</source>
        <translation>--match accepte « order » ou « command », pas « %1 »</translation>
    </message>
    <message>
        <source>--speed takes a factor above 0, not &apos;%1&apos;</source>
        <translation>--speed accepte un facteur supérieur à 0, pas « %1 »</translation>
    </message>
    <message>
        <source>--faults: unknown fault &apos;%1&apos; (known: %2)</source>
        <translation>--faults : défaut inconnu « %1 » (connus : %2)</translation>
    </message>
    <message>
        <source>--fault-probability takes a number from 0 to 1</source>
        <translation>--fault-probability accepte un nombre de 0 à 1</translation>
    </message>
    <message>
        <source>--fault-times takes a whole number from 0</source>
        <translation>--fault-times accepte un nombre entier à partir de 0</translation>
    </message>
    <message>
        <source>--port takes a port from 1 to 65535, with --transport tcp and one instrument</source>
        <translation>--port accepte un port de 1 à 65535, avec --transport tcp et un seul appareil</translation>
    </message>
</context>
<context>
    <name>ld::RunActions</name>
    <message numerus="yes">
        <source>Run %1 started on %n instrument(s)</source>
        <translation>
            <numerusform>Exécution %1 lancée sur %n appareil</numerusform>
            <numerusform>Exécution %1 lancée sur %n appareils</numerusform>
        </translation>
    </message>
    <message>
        <source>Run %1 started: %2</source>
        <translation>Exécution %1 démarrée : %2</translation>
    </message>
    <message>
        <source>Cannot run: %1</source>
        <translation>Exécution impossible : %1</translation>
    </message>
    <message>
        <source>Run refused: %1</source>
        <translation>Exécution refusée : %1</translation>
    </message>
    <message numerus="yes">
        <source>Stopped %n instrument(s)</source>
        <translation>
            <numerusform>%n appareil arrêté</numerusform>
            <numerusform>%n appareils arrêtés</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped every run</source>
        <translation>Toutes les exécutions sont arrêtées</translation>
    </message>
    <message>
        <source>Run %1 stopped</source>
        <translation>Exécution %1 arrêtée</translation>
    </message>
    <message>
        <source>Run %1 finished</source>
        <translation>Exécution %1 terminée</translation>
    </message>
</context>
<context>
    <name>ld::RunCommand</name>
    <message>
        <source>Operation id to run (see &apos;labdispatch profiles&apos;).</source>
        <translation>Identifiant de l’opération à exécuter (voir « labdispatch profiles »).</translation>
    </message>
    <message>
        <source>operation</source>
        <translation>opération</translation>
    </message>
    <message>
        <source>names</source>
        <translation>noms</translation>
    </message>
    <message>
        <source>Operation parameter, may be repeated.</source>
        <translation>Paramètre de l’opération, répétable.</translation>
    </message>
    <message>
        <source>name=value</source>
        <translation>nom=valeur</translation>
    </message>
    <message>
        <source>Jobs running at once (default 8).</source>
        <translation>Tâches exécutées simultanément (8 par défaut).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Runs per instrument (default 1).</source>
        <translation>Exécutions par appareil (1 par défaut).</translation>
    </message>
    <message>
        <source>Run every MS milliseconds per instrument instead (needs --duration).</source>
        <translation>Exécuter plutôt toutes les MS millisecondes par appareil (nécessite --duration).</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>How long to repeat with --interval.</source>
        <translation>Durée de répétition avec --interval.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>CSV with a column group per instrument and quantity.</source>
        <translation>CSV avec un groupe de colonnes par appareil et par grandeur.</translation>
    </message>
    <message>
        <source>Start the CSV with a UTF-8 byte order mark (Excel).</source>
        <translation>Commencer le CSV par une marque d’ordre des octets UTF-8 (Excel).</translation>
    </message>
    <message>
        <source>Where journals go (default: the application&apos;s data folder).</source>
        <translation>Emplacement des journaux (par défaut : le dossier de données de l’application).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>How long to wait for instruments to connect (default 10000).</source>
        <translation>Délai d’attente de la connexion des appareils (10000 par défaut).</translation>
    </message>
    <message>
        <source>No progress lines.</source>
        <translation>Pas de lignes de progression.</translation>
    </message>
    <message>
        <source>--interval needs --duration (how long to keep measuring)</source>
        <translation>--interval nécessite --duration (durée de la mesure)</translation>
    </message>
    <message>
        <source>use either --repeat or --interval with --duration, not both</source>
        <translation>utilisez soit --repeat, soit --interval avec --duration, pas les deux</translation>
    </message>
    <message>
        <source>--param takes name=value, not &apos;%1&apos;</source>
        <translation>--param attend nom=valeur, pas « %1 »</translation>
    </message>
    <message>
        <source>the bench has no instruments</source>
        <translation>le banc n’a aucun appareil</translation>
    </message>
    <message>
        <source>no connected instrument offers the operation &apos;%1&apos;</source>
        <translation>aucun appareil connecté ne propose l’opération « %1 »</translation>
    </message>
    <message>
        <source>cannot start the journal in &apos;%1&apos;: %2</source>
        <translation>impossible de démarrer le journal dans « %1 » : %2</translation>
    </message>
    <message>
        <source>the journal could not be closed: %1</source>
        <translation>le journal n’a pas pu être fermé : %1</translation>
    </message>
    <message>
        <source>CSV export failed: %1</source>
        <translation>échec de l’export CSV : %1</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3, not &apos;%4&apos;</source>
        <translation>--%1 doit être un nombre entier de %2 à %3, pas « %4 »</translation>
    </message>
    <message>
        <source>%1: the node &apos;%2&apos; is offline</source>
        <translation>%1 : le nœud « %2 » est hors ligne</translation>
    </message>
    <message>
        <source>no connected instrument of the lab at %1 offers the operation &apos;%2&apos;; the lab has: %3</source>
        <translation>aucun appareil connecté du laboratoire %1 ne propose l’opération « %2 » ; le laboratoire a : %3</translation>
    </message>
    <message>
        <source>lab at %1</source>
        <translation>laboratoire %1</translation>
    </message>
    <message>
        <source>Instruments to run it on, comma-separated, NODE/NAME with --broker (default: every connected instrument that offers the operation).</source>
        <translation>Appareils sur lesquels l’exécuter, séparés par des virgules, NŒUD/NOM avec --broker (par défaut : tous les appareils connectés qui proposent l’opération).</translation>
    </message>
    <message>
        <source>the broker at %1 is gone (%2); jobs wait up to %3 ms for it to come back</source>
        <translation>le broker %1 a disparu (%2) ; les tâches attendent son retour jusqu’à %3 ms</translation>
    </message>
    <message>
        <source>the broker at %1 is back; the waiting jobs are sent</source>
        <translation>le broker %1 est de retour ; les tâches en attente sont envoyées</translation>
    </message>
    <message>
        <source>the broker at %1 did not come back within %2 ms; the unfinished jobs end as &apos;broker lost&apos; and so does the run</source>
        <translation>le broker %1 n’est pas revenu en %2 ms ; les tâches inachevées se terminent par « broker perdu », et l’exécution aussi</translation>
    </message>
    <message>
        <source>Export the run&apos;s readings to this CSV file; &apos;-&apos; writes to standard output.</source>
        <translation>Exporter les mesures de l’exécution dans ce fichier CSV ; « - » écrit sur la sortie standard.</translation>
    </message>
    <message>
        <source>plan: %1</source>
        <translation>plan : %1</translation>
    </message>
    <message>
        <source>the simple run of &apos;%1&apos;</source>
        <translation>l’exécution simple de « %1 »</translation>
    </message>
    <message>
        <source>instruments: %1</source>
        <translation>appareils : %1</translation>
    </message>
    <message>
        <source>estimate: about %1%2 (an estimate, not a measurement: the least duration above plus %3 jobs x %4 ms, a nominal job time, over %5 at once, the fewest of the cap %6 and the instruments; steps that wait for each other take longer)</source>
        <translation>estimation : environ %1%2 (une estimation, pas une mesure : la plus petite durée ci-dessus plus %3 tâches x %4 ms, une durée de tâche nominale, sur %5 à la fois, le plus petit du plafond %6 et du nombre d’appareils ; les étapes qui s’attendent prennent plus longtemps)</translation>
    </message>
    <message>
        <source> per pass</source>
        <translation> par passage</translation>
    </message>
    <message>
        <source>dry run: nothing was connected or run</source>
        <translation>exécution à blanc : rien n’a été connecté ni exécuté</translation>
    </message>
    <message>
        <source>labdispatch run: interrupted; aborting the run and applying the safe state (a second Ctrl-C quits at once)</source>
        <translation>labdispatch run : interrompu ; abandon de l’exécution et application de l’état sûr (un second Ctrl-C quitte immédiatement)</translation>
    </message>
    <message>
        <source>labdispatch run: interrupted again; quitting now (the journal is left interrupted; its readings are kept)
</source>
        <translation>labdispatch run : de nouveau interrompu ; arrêt immédiat (le journal reste interrompu ; ses mesures sont conservées)
</translation>
    </message>
    <message>
        <source>the run failed: %1</source>
        <translation>l’exécution a échoué : %1</translation>
    </message>
    <message>
        <source>cannot write the transcript &apos;%1&apos;: %2</source>
        <translation>impossible d’écrire la transcription « %1 » : %2</translation>
    </message>
    <message>
        <source>Runs an operation, or a plan (--plan), on instruments through the capped dispatcher: those of this PC&apos;s bench, or with --broker those of the nodes sharing a lab. Every reading is journaled; --csv exports them. Ctrl-C aborts the run and applies the safe state. Exit status: 0 all jobs succeeded, 1 some failed, the plan failed or the run was interrupted, 2 usage error or invalid plan.</source>
        <translation>Exécute une opération, ou un plan (--plan), sur des appareils via le répartiteur plafonné : ceux du banc de ce PC, ou avec --broker ceux des nœuds qui partagent un laboratoire. Chaque mesure est journalisée ; --csv les exporte. Ctrl-C abandonne l’exécution et applique l’état sûr. Code de sortie : 0 toutes les tâches ont réussi, 1 certaines ont échoué, le plan a échoué ou l’exécution a été interrompue, 2 erreur d’utilisation ou plan invalide.</translation>
    </message>
    <message>
        <source>Run this plan file (docs/plans.md) instead of one operation.</source>
        <translation>Exécuter ce fichier de plan (docs/plans.md) au lieu d’une seule opération.</translation>
    </message>
    <message>
        <source>Check the plan (or the operation) against the bench&apos;s profiles and print the jobs and an estimated duration; connect to nothing, run nothing.</source>
        <translation>Vérifier le plan (ou l’opération) par rapport aux profils du banc et afficher les tâches et une durée estimée ; ne se connecter à rien, ne rien exécuter.</translation>
    </message>
    <message>
        <source>Record the traffic of the run&apos;s instruments and write it to this transcript file (see &apos;labdispatch trace&apos;).</source>
        <translation>Enregistrer le trafic des appareils de l’exécution et l’écrire dans ce fichier de transcription (voir « labdispatch trace »).</translation>
    </message>
    <message>
        <source>--dry-run checks against a local bench&apos;s profiles and cannot be used with --broker</source>
        <translation>--dry-run vérifie par rapport aux profils d’un banc local et ne peut pas être utilisé avec --broker</translation>
    </message>
    <message>
        <source>--%1 is for a run of one operation; a plan names its own instruments, operations and repeats</source>
        <translation>--%1 est pour l’exécution d’une seule opération ; un plan nomme ses propres appareils, opérations et répétitions</translation>
    </message>
    <message>
        <source>--op or --plan is required (see &apos;labdispatch profiles&apos; for operation ids, docs/plans.md for plan files)</source>
        <translation>--op ou --plan est obligatoire (voir « labdispatch profiles » pour les identifiants d’opération, docs/plans.md pour les fichiers de plan)</translation>
    </message>
</context>
<context>
    <name>ld::RunController</name>
    <message>
        <source>This run is not journaled, its readings are not kept: %1</source>
        <translation>Cette exécution n’est pas journalisée, ses mesures ne sont pas conservées : %1</translation>
    </message>
    <message>
        <source>Run %1: its journal could not be closed: %2</source>
        <translation>Exécution %1 : impossible de fermer son journal : %2</translation>
    </message>
    <message>
        <source>Run %1: could not journal the cap change: %2</source>
        <translation>Exécution %1 : impossible de journaliser le changement de plafond : %2</translation>
    </message>
    <message>
        <source>%1 channel %2</source>
        <translation>%1 canal %2</translation>
    </message>
    <message>
        <source>A front panel operates one instrument</source>
        <translation>Une face avant pilote un seul appareil</translation>
    </message>
    <message>
        <source>%1: the journal of its front panel could not be closed: %2</source>
        <translation>%1 : impossible de fermer le journal de sa face avant : %2</translation>
    </message>
    <message>
        <source>no answer in time; its outputs may still be live</source>
        <translation>pas de réponse à temps ; ses sorties sont peut-être encore actives</translation>
    </message>
    <message>
        <source>%1: could not journal it: %2</source>
        <translation>%1 : impossible de journaliser : %2</translation>
    </message>
    <message>
        <source>%1: its journal could not be closed: %2</source>
        <translation>%1 : impossible de fermer son journal : %2</translation>
    </message>
    <message>
        <source>Could not mark the run %1 as made safe: %2</source>
        <translation>Impossible de marquer l’exécution %1 comme mise en sécurité : %2</translation>
    </message>
</context>
<context>
    <name>ld::RunEngine</name>
    <message>
        <source>%1: %2 %3 %4 is outside the limit (%5 %6)</source>
        <translation>%1 : %2 %3 %4 est hors de la limite (%5 %6)</translation>
    </message>
    <message>
        <source>%1; the run is paused until it is resumed or aborted</source>
        <translation>%1 ; l’exécution est en pause jusqu’à ce qu’elle soit reprise ou abandonnée</translation>
    </message>
    <message>
        <source>%1; its steps end and its safe state is applied</source>
        <translation>%1 ; ses étapes se terminent et son état sûr est appliqué</translation>
    </message>
    <message>
        <source>%1; the run is aborted and every instrument&apos;s safe state applied</source>
        <translation>%1 ; l’exécution est abandonnée et l’état sûr de chaque appareil appliqué</translation>
    </message>
    <message>
        <source>the safe state could not be applied (%1); outputs may still be live</source>
        <translation>l’état sûr n’a pas pu être appliqué (%1) ; des sorties sont peut-être encore actives</translation>
    </message>
    <message>
        <source>its profile has no safe state</source>
        <translation>son profil n’a pas d’état sûr</translation>
    </message>
    <message>
        <source>no operation &apos;%1&apos;</source>
        <translation>aucune opération « %1 »</translation>
    </message>
    <message>
        <source>safe state applied</source>
        <translation>état sûr appliqué</translation>
    </message>
</context>
<context>
    <name>ld::RunsBrowser</name>
    <message numerus="yes">
        <source>%n run(s); counting readings...</source>
        <translation>
            <numerusform>%n exécution ; comptage des mesures…</numerusform>
            <numerusform>%n exécutions ; comptage des mesures…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) in %1</source>
        <translation>
            <numerusform>%n exécution dans %1</numerusform>
            <numerusform>%n exécutions dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Impossible d’ouvrir %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1: %n reading(s)</source>
        <translation>
            <numerusform>%1 ouvert : %n mesure</numerusform>
            <numerusform>%1 ouvert : %n mesures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n reading(s).</source>
        <translation>
            <numerusform>%n mesure exportée.</numerusform>
            <numerusform>%n mesures exportées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Échec de l’export : %1</translation>
    </message>
    <message>
        <source>Past Runs</source>
        <translation>Exécutions passées</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Show the selected run&apos;s readings in the plot, in place of what it shows</source>
        <translation>Afficher les mesures de l’exécution sélectionnée dans le graphique, à la place de ce qu’il affiche</translation>
    </message>
    <message>
        <source>O&amp;verlay</source>
        <translation>&amp;Superposer</translation>
    </message>
    <message>
        <source>Add the selected runs to the plot, each starting where the first run opened starts</source>
        <translation>Ajouter les exécutions sélectionnées au graphique, chacune démarrant là où démarre la première ouverte</translation>
    </message>
    <message>
        <source>&amp;Export CSV...</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>&amp;Run Again</source>
        <translation>&amp;Relancer</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Reading the runs folder...</source>
        <translation>Lecture du dossier des exécutions…</translation>
    </message>
    <message>
        <source>Start the plan this run carried out, on this bench</source>
        <translation>Lancer sur ce banc le plan que cette exécution a suivi</translation>
    </message>
    <message>
        <source>This run&apos;s journal carries no plan to run again</source>
        <translation>Le journal de cette exécution ne contient aucun plan à relancer</translation>
    </message>
    <message>
        <source>Reading %1...</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>Exporting to %1...</source>
        <translation>Export vers %1…</translation>
    </message>
    <message>
        <source>Export Run</source>
        <translation>Exporter l’exécution</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>The run %1 carries no plan: it was a single operation.</source>
        <translation>L’exécution %1 ne contient pas de plan : c’était une opération unique.</translation>
    </message>
    <message>
        <source>The plan of run %1 does not read: %2</source>
        <translation>Le plan de l’exécution %1 est illisible : %2</translation>
    </message>
</context>
<context>
    <name>ld::RunsBrowserModel</name>
    <message>
        <source>Finished</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêtée</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échouée</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrompue</translation>
    </message>
    <message>
        <source>Interrupted, recovered</source>
        <translation>Interrompue, récupérée</translation>
    </message>
    <message>
        <source>Still running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>Illisible</translation>
    </message>
    <message>
        <source>No closing record and no writer: the run was killed, crashed or lost power. Every reading written whole is kept.</source>
        <translation>Ni enregistrement de clôture ni rédacteur : l’exécution a été tuée, a planté ou a perdu l’alimentation. Chaque mesure écrite en entier est conservée.</translation>
    </message>
    <message numerus="yes">
        <source>%n reading(s) failed</source>
        <translation>
            <numerusform>%n mesure a échoué</numerusform>
            <numerusform>%n mesures ont échoué</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan: %1</source>
        <translation>Plan : %1</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>counting...</source>
        <translation>comptage…</translation>
    </message>
    <message>
        <source>%1 (%2 failed)</source>
        <translation>%1 (%2 en échec)</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Bench</source>
        <translation>Banc</translation>
    </message>
    <message>
        <source>Plan or operation</source>
        <translation>Plan ou opération</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Interrupted, safe state applied</source>
        <translation>Interrompue, état sûr appliqué</translation>
    </message>
    <message>
        <source>Front panel: %1</source>
        <translation>Face avant : %1</translation>
    </message>
    <message>
        <source>All outputs off</source>
        <translation>Couper toutes les sorties</translation>
    </message>
    <message>
        <source>Killed, crashed or cut off, like an interrupted run; its instruments got their safe state afterwards, so it is no longer offered for it.</source>
        <translation>Tuée, plantée ou coupée, comme une exécution interrompue ; ses appareils ont reçu leur état sûr ensuite, elle n’est donc plus proposée pour cela.</translation>
    </message>
</context>
<context>
    <name>ld::RunsCommand</name>
    <message>
        <source>Lists journaled runs. Interrupted runs (a crash, a kill, a power cut) keep every reading that was journaled; export them with &apos;labdispatch export&apos;.</source>
        <translation>Liste les exécutions journalisées. Les exécutions interrompues (plantage, arrêt forcé, coupure de courant) conservent toutes les mesures journalisées ; exportez-les avec « labdispatch export ».</translation>
    </message>
    <message>
        <source>Exports a journaled run to CSV (RFC 4180, UTF-8). RUN is a run id (see &apos;labdispatch runs&apos;) or a journal file.</source>
        <translation>Exporte une exécution journalisée en CSV (RFC 4180, UTF-8). RUN est un identifiant d’exécution (voir « labdispatch runs ») ou un fichier journal.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>A column group per instrument and quantity.</source>
        <translation>Un groupe de colonnes par appareil et par grandeur.</translation>
    </message>
    <message>
        <source>Start with a UTF-8 byte order mark (Excel).</source>
        <translation>Commencer par une marque d’ordre des octets UTF-8 (Excel).</translation>
    </message>
    <message>
        <source>Run id or journal file.</source>
        <translation>Identifiant d’exécution ou fichier journal.</translation>
    </message>
    <message>
        <source>usage: labdispatch export RUN --csv FILE</source>
        <translation>usage : labdispatch export RUN --csv FICHIER</translation>
    </message>
    <message>
        <source>no journal for &apos;%1&apos; (looked at %2)</source>
        <translation>aucun journal pour « %1 » (cherché dans %2)</translation>
    </message>
    <message>
        <source>Where journals are (default: the application&apos;s data folder).</source>
        <translation>Emplacement des journaux (par défaut : le dossier de données de l’application).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>The CSV file to write; &apos;-&apos; writes to standard output.</source>
        <translation>Le fichier CSV à écrire ; « - » écrit sur la sortie standard.</translation>
    </message>
    <message>
        <source>Prints one run&apos;s header (plan, cap and its changes, instruments and their identities) and what its journal holds, one &apos;key: value&apos; a line.</source>
        <translation>Affiche l’en-tête d’une exécution (plan, plafond et ses modifications, appareils et leurs identités) et le contenu de son journal, une paire « clé : valeur » par ligne.</translation>
    </message>
    <message>
        <source>run</source>
        <translation>exécution</translation>
    </message>
</context>
<context>
    <name>ld::SafeCommand</name>
    <message>
        <source>the run %1 was interrupted (no closing record) and may have left outputs live on: %2. To apply their safe state: %3</source>
        <translation>l’exécution %1 a été interrompue (pas d’enregistrement de clôture) et a peut-être laissé des sorties activées : %2. Pour appliquer leur état sûr : %3</translation>
    </message>
    <message>
        <source>Connects to the bench and applies the safe state of its instruments (their profile&apos;s safeState: outputs off), ahead of every other job. Exit status: 0 every chosen instrument was made safe, 1 one failed, did not connect or has no safe state, or none has one, 2 usage error.</source>
        <translation>Se connecte au banc et applique l’état sûr de ses appareils (le safeState de leur profil : sorties coupées), avant toute autre tâche. Code de sortie : 0 chaque appareil choisi a été mis en sécurité, 1 l’un a échoué, ne s’est pas connecté ou n’a pas d’état sûr, ou aucun n’en a, 2 erreur d’utilisation.</translation>
    </message>
    <message>
        <source>Instruments to make safe, comma-separated (default: every instrument whose profile has a safe state).</source>
        <translation>Appareils à mettre en sécurité, séparés par des virgules (par défaut : chaque appareil dont le profil a un état sûr).</translation>
    </message>
    <message>
        <source>names</source>
        <translation>noms</translation>
    </message>
    <message>
        <source>How long to wait for instruments to connect (default 10000).</source>
        <translation>Durée d’attente de la connexion des appareils (10000 par défaut).</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Where journals are, for the notice about interrupted runs (default: the application&apos;s data folder).</source>
        <translation>Où se trouvent les journaux, pour l’avis sur les exécutions interrompues (par défaut : le dossier de données de l’application).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>--connect-timeout must be a whole number from 100 to 600000, not &apos;%1&apos;</source>
        <translation>--connect-timeout doit être un nombre entier de 100 à 600000, pas « %1 »</translation>
    </message>
    <message>
        <source>the bench has no instruments</source>
        <translation>le banc n’a aucun appareil</translation>
    </message>
    <message>
        <source>its profile (%1) has no safe state</source>
        <translation>son profil (%1) n’a pas d’état sûr</translation>
    </message>
    <message>
        <source>none: not identified</source>
        <translation>aucun : non identifié</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>pas de réponse en %1 s</translation>
    </message>
    <message>
        <source>none of the instruments has a safe state in its profile</source>
        <translation>aucun des appareils n’a d’état sûr dans son profil</translation>
    </message>
    <message>
        <source>the interrupted run %1 is marked as made safe; it is no longer offered</source>
        <translation>l’exécution interrompue %1 est marquée comme mise en sécurité ; elle n’est plus proposée</translation>
    </message>
    <message>
        <source>could not mark the run %1 as made safe: %2</source>
        <translation>impossible de marquer l’exécution %1 comme mise en sécurité : %2</translation>
    </message>
</context>
<context>
    <name>ld::SafeStateActions</name>
    <message>
        <source>All outputs off</source>
        <translation>Couper toutes les sorties</translation>
    </message>
    <message>
        <source>%1: no instrument here has a safe state in its profile</source>
        <translation>%1 : aucun appareil ici n’a d’état sûr dans son profil</translation>
    </message>
    <message>
        <source>%1: the safe state goes to %2, ahead of every queued job</source>
        <translation>%1 : l’état sûr est envoyé à %2, avant toute tâche en attente</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: no answer in time; its outputs may still be live</source>
        <translation>%1 : pas de réponse à temps ; ses sorties sont peut-être encore actives</translation>
    </message>
    <message>
        <source>%1 done: %2</source>
        <translation>%1 terminé : %2</translation>
    </message>
    <message>
        <source>A run is going; quitting stops it.</source>
        <translation>Une exécution est en cours ; quitter l’arrête.</translation>
    </message>
    <message>
        <source>These outputs were switched on and may still be on: %1.</source>
        <translation>Ces sorties ont été activées et le sont peut-être encore : %1.</translation>
    </message>
    <message>
        <source>Quit LabDispatch</source>
        <translation>Quitter LabDispatch</translation>
    </message>
    <message>
        <source>Quit LabDispatch?</source>
        <translation>Quitter LabDispatch ?</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Outputs Off and Quit</source>
        <translation>&amp;Couper les sorties et quitter</translation>
    </message>
    <message>
        <source>Switching the outputs off before quitting...</source>
        <translation>Coupure des sorties avant de quitter…</translation>
    </message>
    <message>
        <source>Outputs off and quit</source>
        <translation>Couper les sorties et quitter</translation>
    </message>
</context>
<context>
    <name>ld::ScpiConsole</name>
    <message>
        <source>&amp;Query</source>
        <translation>&amp;Requête</translation>
    </message>
    <message>
        <source>Send the command and show the instrument&apos;s reply</source>
        <translation>Envoyer la commande et afficher la réponse de l’appareil</translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation>É&amp;crire</translation>
    </message>
    <message>
        <source>Send the command; no reply is read</source>
        <translation>Envoyer la commande ; aucune réponse n’est lue</translation>
    </message>
    <message>
        <source>SCPI command</source>
        <translation>Commande SCPI</translation>
    </message>
    <message>
        <source>SCPI transcript</source>
        <translation>Transcription SCPI</translation>
    </message>
    <message>
        <source>No instrument</source>
        <translation>Aucun appareil</translation>
    </message>
    <message>
        <source>Select one instrument to send it SCPI commands</source>
        <translation>Sélectionnez un appareil pour lui envoyer des commandes SCPI</translation>
    </message>
    <message>
        <source>Its profile allows no free-form commands</source>
        <translation>Son profil n’autorise aucune commande libre</translation>
    </message>
    <message>
        <source>A SCPI command, e.g. *IDN? (Up and Down: history)</source>
        <translation>Une commande SCPI, p. ex. *IDN? (Haut et Bas : historique)</translation>
    </message>
    <message>
        <source>not sent: %1</source>
        <translation>non envoyée : %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>(sent, no reply read)</source>
        <translation>(envoyée, aucune réponse lue)</translation>
    </message>
    <message>
        <source>SCPI %1 → %2</source>
        <translation>SCPI %1 → %2</translation>
    </message>
</context>
<context>
    <name>ld::ScpiSession</name>
    <message>
        <source>%1 is not open</source>
        <translation>%1 n’est pas ouvert</translation>
    </message>
    <message>
        <source>cancelled while waiting for %1</source>
        <translation>annulé en attendant %1</translation>
    </message>
    <message>
        <source>cancelled before it was sent</source>
        <translation>annulé avant l’envoi</translation>
    </message>
    <message>
        <source>cannot send %1 to %2</source>
        <translation>impossible d’envoyer %1 à %2</translation>
    </message>
    <message>
        <source>reply to %1 exceeds %2 bytes without a terminator</source>
        <translation>la réponse à %1 dépasse %2 octets sans terminaison</translation>
    </message>
    <message>
        <source>reply to %1 is %2 bytes, over the limit of %3</source>
        <translation>la réponse à %1 fait %2 octets, au-delà de la limite de %3</translation>
    </message>
    <message>
        <source>reply to %1 is not a block: it starts with &apos;%2&apos;</source>
        <translation>la réponse à %1 n’est pas un bloc : elle commence par « %2 »</translation>
    </message>
    <message>
        <source>malformed block header in the reply to %1: &apos;#&apos; followed by &apos;%2&apos;</source>
        <translation>en-tête de bloc mal formé dans la réponse à %1 : « # » suivi de « %2 »</translation>
    </message>
    <message>
        <source>malformed block length &apos;%1&apos; in the reply to %2</source>
        <translation>longueur de bloc mal formée « %1 » dans la réponse à %2</translation>
    </message>
    <message>
        <source>block of %1 bytes in the reply to %2 exceeds the limit of %3</source>
        <translation>le bloc de %1 octets dans la réponse à %2 dépasse la limite de %3</translation>
    </message>
    <message>
        <source>unexpected bytes after the block in the reply to %1</source>
        <translation>octets inattendus après le bloc dans la réponse à %1</translation>
    </message>
    <message>
        <source>indefinite block in the reply to %1 exceeds %2 bytes</source>
        <translation>le bloc indéfini dans la réponse à %1 dépasse %2 octets</translation>
    </message>
    <message>
        <source>error queue reply to %1: %2</source>
        <translation>réponse de la file d’erreurs à %1 : %2</translation>
    </message>
    <message>
        <source>incomplete reply to %1 after %2 ms (%3 bytes received)</source>
        <translation>réponse incomplète à %1 après %2 ms (%3 octets reçus)</translation>
    </message>
    <message>
        <source>no reply to %1 within %2 ms</source>
        <translation>aucune réponse à %1 en %2 ms</translation>
    </message>
    <message>
        <source>%1 while waiting for %2</source>
        <translation>%1 en attendant %2</translation>
    </message>
</context>
<context>
    <name>ld::SerialSettings</name>
    <message>
        <source>baud rate %1 is out of range 1-%2</source>
        <translation>le débit %1 est hors de la plage 1–%2</translation>
    </message>
    <message>
        <source>data bits %1 is out of range 5-8</source>
        <translation>%1 bits de données, hors de la plage 5–8</translation>
    </message>
    <message>
        <source>1.5 stop bits need 5 data bits, got %1</source>
        <translation>1,5 bit d’arrêt exige 5 bits de données, reçu %1</translation>
    </message>
    <message>
        <source>baud must be a whole number 1-%1, got &apos;%2&apos;</source>
        <translation>baud doit être un nombre entier de 1 à %1, reçu « %2 »</translation>
    </message>
    <message>
        <source>dataBits must be 5-8, got &apos;%1&apos;</source>
        <translation>dataBits doit valoir de 5 à 8, reçu « %1 »</translation>
    </message>
    <message>
        <source>parity must be none, even, odd, mark or space, got &apos;%1&apos;</source>
        <translation>parity doit valoir none, even, odd, mark ou space, reçu « %1 »</translation>
    </message>
    <message>
        <source>stopBits must be 1, 1.5 or 2, got &apos;%1&apos;</source>
        <translation>stopBits doit valoir 1, 1.5 ou 2, reçu « %1 »</translation>
    </message>
    <message>
        <source>flowControl must be none, rtscts or xonxoff, got &apos;%1&apos;</source>
        <translation>flowControl doit valoir none, rtscts ou xonxoff, reçu « %1 »</translation>
    </message>
    <message>
        <source>%1 has a bad escape in &apos;%2&apos; (use \n, \r, \t, \\ or \xHH)</source>
        <translation>%1 contient un échappement invalide dans « %2 » (utilisez \n, \r, \t, \\ ou \xHH)</translation>
    </message>
    <message>
        <source>unknown serial setting &apos;%1&apos;</source>
        <translation>réglage série inconnu « %1 »</translation>
    </message>
    <message>
        <source>%1 must be 1 to %2 bytes, got &apos;%3&apos;</source>
        <translation>%1 doit faire de 1 à %2 octets, reçu « %3 »</translation>
    </message>
    <message>
        <source>%1 must be a number, not &quot;%2&quot;</source>
        <translation>%1 doit être un nombre, pas &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 must be a text in quotes, not %2</source>
        <translation>%1 doit être un texte entre guillemets, pas %2</translation>
    </message>
</context>
<context>
    <name>ld::SerialTransport</name>
    <message>
        <source>cannot open serial port %1: %2</source>
        <translation>impossible d’ouvrir le port série %1 : %2</translation>
    </message>
    <message>
        <source>bad serial settings for %1: %2</source>
        <translation>réglages série invalides pour %1 : %2</translation>
    </message>
    <message>
        <source>serial port %1 refused %2: %3</source>
        <translation>le port série %1 a refusé %2 : %3</translation>
    </message>
    <message>
        <source>serial port %1: %2</source>
        <translation>port série %1 : %2</translation>
    </message>
    <message>
        <source>serial port %1 hung up</source>
        <translation>port série %1 : liaison coupée</translation>
    </message>
</context>
<context>
    <name>ld::SimBench</name>
    <message>
        <source>offset %1: %2</source>
        <translation>position %1 : %2</translation>
    </message>
    <message>
        <source>missing or empty</source>
        <translation>absent ou vide</translation>
    </message>
    <message>
        <source>&apos;%1&apos; appears twice</source>
        <translation>« %1 » apparaît deux fois</translation>
    </message>
    <message>
        <source>no instrument &apos;%1&apos; on this bench</source>
        <translation>aucun appareil « %1 » sur ce banc</translation>
    </message>
    <message>
        <source>%1: no such bench file or built-in bench</source>
        <translation>%1 : ni un fichier de banc ni un banc intégré</translation>
    </message>
    <message>
        <source>%1: unknown profile &apos;%2&apos;</source>
        <translation>%1 : profil inconnu « %2 »</translation>
    </message>
    <message>
        <source>%1: wire: %2 has no operation &apos;%3&apos;</source>
        <translation>%1 : wire : %2 n’a pas d’opération « %3 »</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>doit être un nombre entier de %1 à %2</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of %2</source>
        <translation>« %1 » ne fait pas partie de %2</translation>
    </message>
    <message>
        <source>must be from 0 to 1</source>
        <translation>doit être compris entre 0 et 1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of pty, tcp, vxi11</source>
        <translation>« %1 » n’est pas l’un de pty, tcp, vxi11</translation>
    </message>
    <message>
        <source>must be an object with instrument, operation and channel</source>
        <translation>doit être un objet avec instrument, operation et channel</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>doit être une chaîne non vide</translation>
    </message>
    <message>
        <source>missing or used twice</source>
        <translation>manquant ou utilisé deux fois</translation>
    </message>
    <message>
        <source>%1 is used twice on this controller</source>
        <translation>%1 est utilisé deux fois sur ce contrôleur</translation>
    </message>
    <message>
        <source>the VXI-11 instruments share one portmapper, already on port %1</source>
        <translation>les appareils VXI-11 partagent un seul portmapper, déjà sur le port %1</translation>
    </message>
    <message>
        <source>%1: timeConstantMs: no reading of profile &apos;%2&apos; follows a setpoint</source>
        <translation>%1 : timeConstantMs : aucune mesure du profil « %2 » ne suit une consigne</translation>
    </message>
    <message>
        <source>%1: wire: %2 has no channel %3</source>
        <translation>%1 : wire : %2 n’a pas de canal %3</translation>
    </message>
</context>
<context>
    <name>ld::SimReplay</name>
    <message>
        <source>the transcript holds no command sent to &apos;%1&apos;</source>
        <translation>la transcription ne contient aucune commande envoyée à « %1 »</translation>
    </message>
    <message>
        <source>the transcript has no instrument &apos;%1&apos; (it has: %2)</source>
        <translation>la transcription n’a pas d’appareil « %1 » (elle a : %2)</translation>
    </message>
</context>
<context>
    <name>ld::SimVxi11Server</name>
    <message>
        <source>VXI-11 portmapper on 127.0.0.1: no port free for both TCP and UDP in %1 tries; the last: %2</source>
        <translation>Portmapper VXI-11 sur 127.0.0.1 : aucun port libre à la fois en TCP et en UDP en %1 essais ; le dernier : %2</translation>
    </message>
    <message>
        <source>VXI-11 portmapper on 127.0.0.1: %1</source>
        <translation>Portmapper VXI-11 sur 127.0.0.1 : %1</translation>
    </message>
    <message>
        <source>%1 port %2 on %3 cannot be bound: %4 (another simulator or portmapper?)</source>
        <translation>port %1 %2 sur %3 impossible à lier : %4 (un autre simulateur ou portmapper ?)</translation>
    </message>
</context>
<context>
    <name>ld::TcpTransport</name>
    <message>
        <source>no connection to %1 after %2 ms</source>
        <translation>pas de connexion à %1 après %2 ms</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>impossible de se connecter à %1 : %2</translation>
    </message>
    <message>
        <source>connection to %1: %2</source>
        <translation>connexion à %1 : %2</translation>
    </message>
    <message>
        <source>%1 closed the connection</source>
        <translation>%1 a fermé la connexion</translation>
    </message>
</context>
<context>
    <name>ld::TraceCommand</name>
    <message>
        <source>Prints a transcript recorded with &apos;labdispatch run --trace&apos;, filtered, with the bytes escaped or in hex; the output is a transcript again. Exit status: 0 printed, 1 the file is unreadable or malformed (the error names the line), 2 usage error.</source>
        <translation>Affiche une transcription enregistrée avec « labdispatch run --trace », filtrée, avec les octets échappés ou en hexadécimal ; la sortie est à nouveau une transcription. Code de sortie : 0 affichée, 1 le fichier est illisible ou malformé (l’erreur nomme la ligne), 2 erreur d’utilisation.</translation>
    </message>
    <message>
        <source>The transcript to read.</source>
        <translation>La transcription à lire.</translation>
    </message>
    <message>
        <source>Only this instrument&apos;s events; may be repeated or comma-separated.</source>
        <translation>Seulement les événements de cet appareil ; peut être répété ou séparé par des virgules.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Only events at or after this time: UTC like 2026-12-06T12:00:00.5Z, or seconds into the transcript like +12.5.</source>
        <translation>Seulement les événements à cet instant ou après : UTC comme 2026-12-06T12:00:00.5Z, ou secondes depuis le début de la transcription comme +12.5.</translation>
    </message>
    <message>
        <source>time</source>
        <translation>instant</translation>
    </message>
    <message>
        <source>Only events at or before this time (as --from).</source>
        <translation>Seulement les événements à cet instant ou avant (comme --from).</translation>
    </message>
    <message>
        <source>Only timeouts, errors and disconnects.</source>
        <translation>Seulement les délais dépassés, erreurs et déconnexions.</translation>
    </message>
    <message>
        <source>Write the bytes as hex digits (hex:...).</source>
        <translation>Écrire les octets en chiffres hexadécimaux (hex:...).</translation>
    </message>
    <message>
        <source>name one transcript file</source>
        <translation>nommez un fichier de transcription</translation>
    </message>
    <message>
        <source>--%1 takes a UTC time like 2026-12-06T12:00:00.5Z or seconds into the transcript like +12.5, not &apos;%2&apos;</source>
        <translation>--%1 accepte une heure UTC comme 2026-12-06T12:00:00.5Z ou des secondes depuis le début de la transcription comme +12.5, pas « %2 »</translation>
    </message>
</context>
<context>
    <name>ld::Transcript</name>
    <message>
        <source>it is truncated: a line has the wall time, the monotonic time, the instrument and the event kind</source>
        <translation>elle est tronquée : une ligne a l’heure murale, le temps monotone, l’appareil et le type d’événement</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a wall time like 2026-12-06T12:00:00.123456Z</source>
        <translation>« %1 » n’est pas une heure murale comme 2026-12-06T12:00:00.123456Z</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a monotonic time like +12.345678</source>
        <translation>« %1 » n’est pas un temps monotone comme +12.345678</translation>
    </message>
    <message>
        <source>unknown event kind &apos;%1&apos; (known: &gt;, &lt;, connect, reconnect, disconnect, close, timeout, error)</source>
        <translation>type d’événement inconnu « %1 » (connus : &gt;, &lt;, connect, reconnect, disconnect, close, timeout, error)</translation>
    </message>
    <message>
        <source>it is truncated: a &apos;%1&apos; event needs its bytes</source>
        <translation>elle est tronquée : un événement « %1 » nécessite ses octets</translation>
    </message>
    <message>
        <source>it is truncated: hex bytes come in pairs of digits</source>
        <translation>elle est tronquée : les octets hexadécimaux vont par paires de chiffres</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a hex digit</source>
        <translation>« %1 » n’est pas un chiffre hexadécimal</translation>
    </message>
    <message>
        <source>expected quoted bytes (&quot;...&quot;) or hex:... after the event kind, not &apos;%1&apos;</source>
        <translation>octets entre guillemets (&quot;...&quot;) ou hex:... attendus après le type d’événement, pas « %1 »</translation>
    </message>
    <message>
        <source>unexpected text after the closing quote</source>
        <translation>texte inattendu après le guillemet fermant</translation>
    </message>
    <message>
        <source>it is truncated: the quoted bytes have no closing quote</source>
        <translation>elle est tronquée : les octets entre guillemets n’ont pas de guillemet fermant</translation>
    </message>
    <message>
        <source>it is truncated: a backslash ends the bytes</source>
        <translation>elle est tronquée : une barre oblique inverse termine les octets</translation>
    </message>
    <message>
        <source>&apos;\x&apos; must be followed by two hex digits</source>
        <translation>« \x » doit être suivi de deux chiffres hexadécimaux</translation>
    </message>
    <message>
        <source>unknown escape &apos;\%1&apos;</source>
        <translation>échappement inconnu « \%1 »</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <source>the file is empty; a transcript starts with &apos;%1&apos;</source>
        <translation>le fichier est vide ; une transcription commence par « %1 »</translation>
    </message>
    <message>
        <source>the line is longer than %1</source>
        <translation>la ligne dépasse %1</translation>
    </message>
    <message>
        <source>transcript version &apos;%1&apos; is not supported (this LabDispatch reads version 1)</source>
        <translation>la version de transcription « %1 » n’est pas prise en charge (ce LabDispatch lit la version 1)</translation>
    </message>
    <message>
        <source>not a LabDispatch transcript: the first line must be &apos;%1&apos;</source>
        <translation>pas une transcription LabDispatch : la première ligne doit être « %1 »</translation>
    </message>
    <message>
        <source>it is truncated: the last line has no line end</source>
        <translation>elle est tronquée : la dernière ligne n’a pas de fin de ligne</translation>
    </message>
    <message>
        <source>wrong order: %1 is earlier than the event before it (%2); events are written in time order</source>
        <translation>ordre incorrect : %1 est antérieur à l’événement précédent (%2) ; les événements sont écrits dans l’ordre chronologique</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>ld::UsbtmcTransport</name>
    <message>
        <source>no USBTMC device %1%2 in %3/class/usbmisc: is it plugged in and bound to the usbtmc driver?</source>
        <translation>aucun périphérique USBTMC %1%2 dans %3/class/usbmisc : est-il branché et lié au pilote usbtmc ?</translation>
    </message>
    <message>
        <source> interface %1</source>
        <translation> interface %1</translation>
    </message>
    <message>
        <source>USBTMC device %1 is %2 in sysfs, but %3 does not exist</source>
        <translation>le périphérique USBTMC %1 est %2 dans sysfs, mais %3 n’existe pas</translation>
    </message>
    <message>
        <source>cannot open %1 for %2: permission denied; the udev rule 60-labdispatch-usbtmc.rules gives users access (README)</source>
        <translation>impossible d’ouvrir %1 pour %2 : permission refusée ; la règle udev 60-labdispatch-usbtmc.rules donne l’accès aux utilisateurs (README)</translation>
    </message>
    <message>
        <source>cannot open %1 for %2: %3</source>
        <translation>impossible d’ouvrir %1 pour %2 : %3</translation>
    </message>
    <message>
        <source>%1 for %2: the usbtmc driver refused USBTMC_IOCTL_GET_TIMEOUT: %3</source>
        <translation>%1 pour %2 : le pilote usbtmc a refusé USBTMC_IOCTL_GET_TIMEOUT : %3</translation>
    </message>
    <message>
        <source>%1 is gone: %2</source>
        <translation>%1 a disparu : %2</translation>
    </message>
    <message>
        <source>cannot write to %1 (%2): %3</source>
        <translation>impossible d’écrire sur %1 (%2) : %3</translation>
    </message>
    <message>
        <source>cannot read from %1 (%2): %3</source>
        <translation>impossible de lire depuis %1 (%2) : %3</translation>
    </message>
    <message>
        <source>%1 (%2) hung up: %3</source>
        <translation>%1 (%2) a raccroché : %3</translation>
    </message>
</context>
<context>
    <name>ld::VisaResource</name>
    <message>
        <source>empty resource string</source>
        <translation>ressource vide</translation>
    </message>
    <message>
        <source>spaces and control characters are not allowed in &apos;%1&apos;</source>
        <translation>les espaces et caractères de contrôle sont interdits dans « %1 »</translation>
    </message>
    <message>
        <source>missing &apos;::INSTR&apos; at the end of &apos;%1&apos;</source>
        <translation>« ::INSTR » manque à la fin de « %1 »</translation>
    </message>
    <message>
        <source>missing serial device after &apos;ASRL&apos; in &apos;%1&apos;</source>
        <translation>périphérique série manquant après « ASRL » dans « %1 »</translation>
    </message>
    <message>
        <source>too many &apos;::&apos; parts in &apos;%1&apos;</source>
        <translation>trop de parties « :: » dans « %1 »</translation>
    </message>
    <message>
        <source>expected &apos;INSTR&apos; after the serial device, got &apos;%1&apos; in &apos;%2&apos;</source>
        <translation>« INSTR » attendu après le périphérique série, reçu « %1 » dans « %2 »</translation>
    </message>
    <message>
        <source>serial board number %1 is out of range 1-999 in &apos;%2&apos;</source>
        <translation>le numéro de carte série %1 est hors de la plage 1–999 dans « %2 »</translation>
    </message>
    <message>
        <source>serial device &apos;%1&apos; must be an absolute device path such as /dev/ttyUSB0, a board number or COMn, in &apos;%2&apos;</source>
        <translation>le périphérique série « %1 » doit être un chemin absolu comme /dev/ttyUSB0, un numéro de carte ou COMn, dans « %2 »</translation>
    </message>
    <message>
        <source>expected &apos;::&apos; after &apos;TCPIP%1&apos; in &apos;%2&apos;</source>
        <translation>« :: » attendu après « TCPIP%1 » dans « %2 »</translation>
    </message>
    <message>
        <source>TCPIP board number %1 is out of range 0-999 in &apos;%2&apos;</source>
        <translation>le numéro de carte TCPIP %1 est hors de la plage 0–999 dans « %2 »</translation>
    </message>
    <message>
        <source>unterminated &apos;[&apos; around the IPv6 address in &apos;%1&apos;</source>
        <translation>« [ » non refermé autour de l’adresse IPv6 dans « %1 »</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid IPv6 address in &apos;%2&apos;</source>
        <translation>« %1 » n’est pas une adresse IPv6 valide dans « %2 »</translation>
    </message>
    <message>
        <source>expected &apos;::&apos; after &apos;]&apos; in &apos;%1&apos;</source>
        <translation>« :: » attendu après « ] » dans « %1 »</translation>
    </message>
    <message>
        <source>IPv6 addresses must be written in brackets, as in TCPIP0::[fe80::1]::5025::SOCKET, in &apos;%1&apos;</source>
        <translation>les adresses IPv6 s’écrivent entre crochets, comme dans TCPIP0::[fe80::1]::5025::SOCKET, dans « %1 »</translation>
    </message>
    <message>
        <source>missing host in &apos;%1&apos;</source>
        <translation>hôte manquant dans « %1 »</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid IPv4 address in &apos;%2&apos;</source>
        <translation>« %1 » n’est pas une adresse IPv4 valide dans « %2 »</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid host name in &apos;%2&apos;</source>
        <translation>« %1 » n’est pas un nom d’hôte valide dans « %2 »</translation>
    </message>
    <message>
        <source>expected &apos;SOCKET&apos; at the end, got &apos;%1&apos; in &apos;%2&apos;</source>
        <translation>« SOCKET » attendu à la fin, reçu « %1 » dans « %2 »</translation>
    </message>
    <message>
        <source>missing port in &apos;%1&apos;</source>
        <translation>port manquant dans « %1 »</translation>
    </message>
    <message>
        <source>port &apos;%1&apos; is not a number in &apos;%2&apos;</source>
        <translation>le port « %1 » n’est pas un nombre dans « %2 »</translation>
    </message>
    <message>
        <source>port %1 is out of range 1-65535 in &apos;%2&apos;</source>
        <translation>le port %1 est hors de la plage 1–65535 dans « %2 »</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not start with an interface keyword such as ASRL or TCPIP</source>
        <translation>« %1 » ne commence pas par un mot-clé d’interface comme ASRL ou TCPIP</translation>
    </message>
    <message>
        <source>expected &apos;::&apos; after &apos;%1%2&apos; in &apos;%3&apos;</source>
        <translation>« :: » attendu après « %1%2 » dans « %3 »</translation>
    </message>
    <message>
        <source>%1 board number %2 is out of range 0-999 in &apos;%3&apos;</source>
        <translation>numéro de carte %1 %2 hors de la plage 0-999 dans « %3 »</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a GPIB interface, not an instrument; use GPIB&lt;board&gt;::&lt;address&gt;::INSTR</source>
        <translation>« %1 » est une interface GPIB, pas un appareil ; utilisez GPIB&lt;board&gt;::&lt;address&gt;::INSTR</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>primaire</translation>
    </message>
    <message>
        <source>secondary</source>
        <translation>secondaire</translation>
    </message>
    <message>
        <source>missing %1 GPIB address in &apos;%2&apos;</source>
        <translation>adresse GPIB %1 manquante dans « %2 »</translation>
    </message>
    <message>
        <source>%1 GPIB address &apos;%2&apos; is not a number in &apos;%3&apos;</source>
        <translation>l’adresse GPIB %1 « %2 » n’est pas un nombre dans « %3 »</translation>
    </message>
    <message>
        <source>secondary GPIB address %1 is the bus encoding; VISA writes it as 0-30 (here %2) in &apos;%3&apos;</source>
        <translation>l’adresse GPIB secondaire %1 est l’encodage du bus ; VISA l’écrit de 0 à 30 (ici %2) dans « %3 »</translation>
    </message>
    <message>
        <source>%1 GPIB address %2 is out of range 0-30 in &apos;%3&apos;</source>
        <translation>l’adresse GPIB %1 %2 est hors de la plage 0-30 dans « %3 »</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a HiSLIP address; only VXI-11 (TCPIP::&lt;host&gt;[::inst0]::INSTR) and raw sockets (TCPIP::&lt;host&gt;::&lt;port&gt;::SOCKET) are supported</source>
        <translation>« %1 » est une adresse HiSLIP ; seuls VXI-11 (TCPIP::&lt;host&gt;[::inst0]::INSTR) et les sockets bruts (TCPIP::&lt;host&gt;::&lt;port&gt;::SOCKET) sont pris en charge</translation>
    </message>
    <message>
        <source>IPv6 addresses must be written in brackets, as in TCPIP0::[fe80::1]::inst0::INSTR, in &apos;%1&apos;</source>
        <translation>les adresses IPv6 doivent être écrites entre crochets, comme dans TCPIP0::[fe80::1]::inst0::INSTR, dans « %1 »</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a VXI-11 device name such as inst0 or gpib0,5 in &apos;%2&apos;</source>
        <translation>« %1 » n’est pas un nom de périphérique VXI-11 tel que inst0 ou gpib0,5 dans « %2 »</translation>
    </message>
    <message>
        <source>missing &apos;::&lt;port&gt;::SOCKET&apos; or &apos;::INSTR&apos; in &apos;%1&apos;</source>
        <translation>« ::&lt;port&gt;::SOCKET » ou « ::INSTR » manquant dans « %1 »</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a raw USB device; only USBTMC instruments (USB::&lt;vendor&gt;::&lt;product&gt;::&lt;serial&gt;::INSTR) are supported</source>
        <translation>« %1 » est un périphérique USB brut ; seuls les appareils USBTMC (USB::&lt;vendor&gt;::&lt;product&gt;::&lt;serial&gt;::INSTR) sont pris en charge</translation>
    </message>
    <message>
        <source>expected USB::&lt;vendor&gt;::&lt;product&gt;::&lt;serial&gt;[::&lt;interface&gt;]::INSTR in &apos;%1&apos;</source>
        <translation>USB::&lt;vendor&gt;::&lt;product&gt;::&lt;serial&gt;[::&lt;interface&gt;]::INSTR attendu dans « %1 »</translation>
    </message>
    <message>
        <source>vendor</source>
        <translation>fabricant</translation>
    </message>
    <message>
        <source>product</source>
        <translation>produit</translation>
    </message>
    <message>
        <source>USB %1 ID &apos;%2&apos; is not 0x0000-0xFFFF or 0-65535 in &apos;%3&apos;</source>
        <translation>l’ID %1 USB « %2 » n’est pas 0x0000-0xFFFF ou 0-65535 dans « %3 »</translation>
    </message>
    <message>
        <source>missing USB serial number in &apos;%1&apos;</source>
        <translation>numéro de série USB manquant dans « %1 »</translation>
    </message>
    <message>
        <source>USB serial number &apos;%1&apos; contains &apos;:&apos; in &apos;%2&apos;</source>
        <translation>le numéro de série USB « %1 » contient « : » dans « %2 »</translation>
    </message>
    <message>
        <source>USB interface number &apos;%1&apos; is not 0-254 in &apos;%2&apos;</source>
        <translation>le numéro d’interface USB « %1 » n’est pas 0-254 dans « %2 »</translation>
    </message>
    <message>
        <source>interface &apos;%1&apos; is not supported in &apos;%2&apos;; use ASRL&lt;device&gt;::INSTR, TCPIP::&lt;host&gt;::&lt;port&gt;::SOCKET, TCPIP::&lt;host&gt;::INSTR, GPIB::&lt;address&gt;::INSTR or USB::&lt;vendor&gt;::&lt;product&gt;::&lt;serial&gt;::INSTR</source>
        <translation>l’interface « %1 » n’est pas prise en charge dans « %2 » ; utilisez ASRL&lt;device&gt;::INSTR, TCPIP::&lt;host&gt;::&lt;port&gt;::SOCKET, TCPIP::&lt;host&gt;::INSTR, GPIB::&lt;address&gt;::INSTR ou USB::&lt;vendor&gt;::&lt;product&gt;::&lt;serial&gt;::INSTR</translation>
    </message>
</context>
<context>
    <name>ld::Vxi11PortmapperProbe</name>
    <message>
        <source>cannot open a UDP socket for the VXI-11 portmapper probe: %1</source>
        <translation>impossible d’ouvrir un socket UDP pour le sondage du portmapper VXI-11 : %1</translation>
    </message>
    <message>
        <source>the VXI-11 portmapper probe could not be sent to %1</source>
        <translation>le sondage du portmapper VXI-11 n’a pas pu être envoyé à %1</translation>
    </message>
    <message>
        <source>no network interface to broadcast the VXI-11 portmapper probe on</source>
        <translation>aucune interface réseau sur laquelle diffuser le sondage du portmapper VXI-11</translation>
    </message>
</context>
<context>
    <name>ld::Vxi11Transport</name>
    <message>
        <source>no VXI-11 link to %1 after %2 ms</source>
        <translation>aucun lien VXI-11 vers %1 après %2 ms</translation>
    </message>
    <message>
        <source>%1 did not answer %2 within %3 ms</source>
        <translation>%1 n’a pas répondu à %2 en %3 ms</translation>
    </message>
    <message>
        <source>syntax error</source>
        <translation>erreur de syntaxe</translation>
    </message>
    <message>
        <source>device not accessible</source>
        <translation>périphérique inaccessible</translation>
    </message>
    <message>
        <source>invalid link identifier</source>
        <translation>identifiant de lien invalide</translation>
    </message>
    <message>
        <source>parameter error</source>
        <translation>erreur de paramètre</translation>
    </message>
    <message>
        <source>channel not established</source>
        <translation>canal non établi</translation>
    </message>
    <message>
        <source>operation not supported</source>
        <translation>opération non prise en charge</translation>
    </message>
    <message>
        <source>out of resources</source>
        <translation>ressources épuisées</translation>
    </message>
    <message>
        <source>device locked by another link</source>
        <translation>périphérique verrouillé par un autre lien</translation>
    </message>
    <message>
        <source>no lock held by this link</source>
        <translation>ce lien ne détient aucun verrou</translation>
    </message>
    <message>
        <source>I/O timeout</source>
        <translation>délai d’E/S dépassé</translation>
    </message>
    <message>
        <source>I/O error</source>
        <translation>erreur d’E/S</translation>
    </message>
    <message>
        <source>invalid address (no such device name)</source>
        <translation>adresse invalide (aucun périphérique de ce nom)</translation>
    </message>
    <message>
        <source>aborted</source>
        <translation>abandonné</translation>
    </message>
    <message>
        <source>channel already established</source>
        <translation>canal déjà établi</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>erreur %1</translation>
    </message>
    <message>
        <source>%1 sent an RPC record over %2 bytes</source>
        <translation>%1 a envoyé un enregistrement RPC de plus de %2 octets</translation>
    </message>
    <message>
        <source>%1 denied the RPC call %2</source>
        <translation>%1 a refusé l’appel RPC %2</translation>
    </message>
    <message>
        <source>malformed RPC reply to %1 from %2</source>
        <translation>réponse RPC mal formée à %1 de la part de %2</translation>
    </message>
    <message>
        <source>the program is not served there</source>
        <translation>le programme n’y est pas servi</translation>
    </message>
    <message>
        <source>the procedure is not served</source>
        <translation>la procédure n’est pas servie</translation>
    </message>
    <message>
        <source>the call was not accepted (status %1)</source>
        <translation>l’appel n’a pas été accepté (statut %1)</translation>
    </message>
    <message>
        <source>RPC call %1 to %2 failed: %3</source>
        <translation>l’appel RPC %1 vers %2 a échoué : %3</translation>
    </message>
    <message>
        <source>malformed GETPORT reply from the portmapper of %1</source>
        <translation>réponse GETPORT mal formée du portmapper de %1</translation>
    </message>
    <message>
        <source>%1 has no VXI-11 server: its portmapper (port %2) knows no core channel</source>
        <translation>%1 n’a pas de serveur VXI-11 : son portmapper (port %2) ne connaît aucun canal core</translation>
    </message>
    <message>
        <source>malformed create_link reply from %1</source>
        <translation>réponse create_link mal formée de %1</translation>
    </message>
    <message>
        <source>%1 refused the link: %2</source>
        <translation>%1 a refusé le lien : %2</translation>
    </message>
    <message>
        <source>malformed device_read reply from %1</source>
        <translation>réponse device_read mal formée de %1</translation>
    </message>
    <message>
        <source>device_read from %1 failed: %2</source>
        <translation>device_read depuis %1 a échoué : %2</translation>
    </message>
    <message>
        <source>malformed %1 reply from %2</source>
        <translation>réponse %1 mal formée de %2</translation>
    </message>
    <message>
        <source>%1 on %2 failed: %3</source>
        <translation>%1 sur %2 a échoué : %3</translation>
    </message>
    <message>
        <source>cannot reach the portmapper of %1 on port %2: %3</source>
        <translation>impossible de joindre le portmapper de %1 sur le port %2 : %3</translation>
    </message>
    <message>
        <source>cannot connect to the VXI-11 core channel of %1: %2</source>
        <translation>impossible de se connecter au canal core VXI-11 de %1 : %2</translation>
    </message>
    <message>
        <source>connection to %1: %2</source>
        <translation>connexion à %1 : %2</translation>
    </message>
    <message>
        <source>%1 closed the connection while the link was being set up</source>
        <translation>%1 a fermé la connexion pendant l’établissement du lien</translation>
    </message>
    <message>
        <source>%1 closed the connection</source>
        <translation>%1 a fermé la connexion</translation>
    </message>
</context>
<context>
    <name>ld::XyPlot</name>
    <message>
        <source>&amp;X:</source>
        <translation>&amp;X :</translation>
    </message>
    <message>
        <source>&amp;Y:</source>
        <translation>&amp;Y :</translation>
    </message>
    <message>
        <source>&amp;Right Y:</source>
        <translation>Y à d&amp;roite :</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Logarithmic axis: shows only values above zero</source>
        <translation>Axe logarithmique : n’affiche que les valeurs supérieures à zéro</translation>
    </message>
    <message>
        <source>What the horizontal axis shows: a quantity or a sweep variable</source>
        <translation>Ce que montre l’axe horizontal : une grandeur ou une variable de balayage</translation>
    </message>
    <message>
        <source>What the left axis shows against X</source>
        <translation>Ce que montre l’axe gauche en fonction de X</translation>
    </message>
    <message>
        <source>An optional second quantity on the right axis</source>
        <translation>Une seconde grandeur facultative sur l’axe droit</translation>
    </message>
    <message>
        <source>XY plot</source>
        <translation>Graphique XY</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>%1 (sweep variable)</source>
        <translation>%1 (variable de balayage)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>Y</source>
        <translation>Y</translation>
    </message>
    <message>
        <source>right Y</source>
        <translation>Y droit</translation>
    </message>
    <message>
        <source>The %1 axis cannot be logarithmic: none of its values is above zero.</source>
        <translation>L’axe %1 ne peut pas être logarithmique : aucune de ses valeurs n’est supérieure à zéro.</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) at or below zero not shown: a logarithmic axis has no place for them.</source>
        <translation>
            <numerusform>%n point inférieur ou égal à zéro non affiché : un axe logarithmique n’a pas de place pour lui.</numerusform>
            <numerusform>%n points inférieurs ou égaux à zéro non affichés : un axe logarithmique n’a pas de place pour eux.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>ld::detail::InstrumentLink</name>
    <message>
        <source>the instrument was removed</source>
        <translation>l’appareil a été retiré</translation>
    </message>
    <message>
        <source>the instrument was switched off</source>
        <translation>l’appareil a été mis hors service</translation>
    </message>
    <message>
        <source>the instrument is switched off</source>
        <translation>l’appareil est hors service</translation>
    </message>
    <message>
        <source>cannot use &apos;%1&apos;: %2</source>
        <translation>impossible d’utiliser « %1 » : %2</translation>
    </message>
    <message>
        <source>no valid answer to *IDN?: %1</source>
        <translation>aucune réponse valide à *IDN? : %1</translation>
    </message>
    <message>
        <source>the answer to *IDN? is not an identity: %1</source>
        <translation>la réponse à *IDN? n’est pas une identité : %1</translation>
    </message>
    <message>
        <source>another instrument answers on %1: expected %2, found %3</source>
        <translation>un autre appareil répond sur %1 : attendu %2, trouvé %3</translation>
    </message>
    <message>
        <source>reconnected to %1</source>
        <translation>reconnecté à %1</translation>
    </message>
    <message>
        <source>link lost: %1; reconnecting</source>
        <translation>liaison perdue : %1 ; reconnexion</translation>
    </message>
    <message>
        <source>unexpected reply to %1: %2</source>
        <translation>réponse inattendue à %1 : %2</translation>
    </message>
    <message>
        <source>the instrument reported: %1</source>
        <translation>l’appareil a signalé : %1</translation>
    </message>
    <message>
        <source>the link did not come back within %1 ms: %2</source>
        <translation>la liaison n’est pas revenue en %1 ms : %2</translation>
    </message>
    <message>
        <source>cancelled while waiting for the link</source>
        <translation>annulée en attendant la liaison</translation>
    </message>
    <message>
        <source>not the instrument the bench expects on %1: expected %2, found %3</source>
        <translation>pas l’appareil attendu par le banc sur %1 : attendu %2, trouvé %3</translation>
    </message>
    <message>
        <source>link lost: %1</source>
        <translation>liaison perdue : %1</translation>
    </message>
    <message>
        <source>no controller serves GPIB board %1</source>
        <translation>aucun contrôleur ne sert la carte GPIB %1</translation>
    </message>
</context>
<context>
    <name>ld::detail::Prober</name>
    <message>
        <source>cannot use this address</source>
        <translation>impossible d’utiliser cette adresse</translation>
    </message>
    <message>
        <source>no answer to *IDN?: %1</source>
        <translation>aucune réponse à *IDN? : %1</translation>
    </message>
    <message>
        <source>the answer to *IDN? is not an identity: %1</source>
        <translation>la réponse à *IDN? n’est pas une identité : %1</translation>
    </message>
    <message>
        <source>discovery was cancelled</source>
        <translation>la découverte a été annulée</translation>
    </message>
</context>
<context>
    <name>ld::scpi</name>
    <message>
        <source>empty response where a number was expected</source>
        <translation>réponse vide là où un nombre était attendu</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>« %1 » n’est pas un nombre</translation>
    </message>
    <message>
        <source>item %1 of the list: %2</source>
        <translation>élément %1 de la liste : %2</translation>
    </message>
    <message>
        <source>block does not start with &apos;#&apos;: &apos;%1&apos;</source>
        <translation>le bloc ne commence pas par « # » : « %1 »</translation>
    </message>
    <message>
        <source>block header &apos;#&apos; is not followed by a digit</source>
        <translation>l’en-tête de bloc « # » n’est pas suivi d’un chiffre</translation>
    </message>
    <message>
        <source>block length &apos;%1&apos; is not %2 digits</source>
        <translation>la longueur de bloc « %1 » ne compte pas %2 chiffres</translation>
    </message>
    <message>
        <source>block declares %1 bytes but holds %2</source>
        <translation>le bloc annonce %1 octets mais en contient %2</translation>
    </message>
    <message>
        <source>%1 unexpected bytes after the block</source>
        <translation>%1 octets inattendus après le bloc</translation>
    </message>
</context>
</TS>
