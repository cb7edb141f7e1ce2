<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>JournalReader</name>
    <message>
        <source>Cannot open journal %1: %2</source>
        <translation>Journal %1 lässt sich nicht öffnen: %2</translation>
    </message>
    <message>
        <source>%1 is not a LabDispatch journal</source>
        <translation>%1 ist kein LabDispatch-Journal</translation>
    </message>
    <message>
        <source>The run header of journal %1 is missing or damaged</source>
        <translation>Der Kopf des Messlaufs in Journal %1 fehlt oder ist beschädigt</translation>
    </message>
</context>
<context>
    <name>ScpiError</name>
    <message>
        <source>&apos;%1&apos; is not an error queue entry (expected &lt;code&gt;,&quot;&lt;message&gt;&quot;)</source>
        <translation>„%1“ ist kein Eintrag der Fehlerwarteschlange (erwartet: &lt;Code&gt;,&quot;&lt;Meldung&gt;&quot;)</translation>
    </message>
</context>
<context>
    <name>StatusLight</name>
    <message>
        <source>Disabled: switched off by you; nothing is sent to it.</source>
        <translation>Deaktiviert: von Ihnen ausgeschaltet; es wird nichts gesendet.</translation>
    </message>
    <message>
        <source>Offline: not connected.</source>
        <translation>Offline: nicht verbunden.</translation>
    </message>
    <message>
        <source>Connecting: opening the port and asking for its identity.</source>
        <translation>Verbinde: Schnittstelle wird geöffnet und die Kennung abgefragt.</translation>
    </message>
    <message>
        <source>Idle: connected and identified, ready for jobs.</source>
        <translation>Bereit: verbunden und erkannt, nimmt Aufträge an.</translation>
    </message>
    <message>
        <source>Busy: a job is running on it.</source>
        <translation>Belegt: ein Auftrag läuft darauf.</translation>
    </message>
    <message>
        <source>Error: the last job failed, or another instrument answers on its port.</source>
        <translation>Fehler: der letzte Auftrag ist fehlgeschlagen, oder an der Schnittstelle antwortet ein anderes Messgerät.</translation>
    </message>
    <message>
        <source>Reconnecting: the link was lost; retrying with backoff.</source>
        <translation>Verbinde neu: Verbindung verloren; neuer Versuch mit wachsendem Abstand.</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Letzter Fehler: %1</translation>
    </message>
</context>
<context>
    <name>labdispatch</name>
    <message>
        <source>run an operation on instruments, journal it, export CSV</source>
        <translation>eine Operation auf Messgeräten ausführen, journalisieren, als CSV exportieren</translation>
    </message>
    <message>
        <source>connect to the bench and list its instruments</source>
        <translation>mit dem Messplatz verbinden und seine Messgeräte auflisten</translation>
    </message>
    <message>
        <source>list the driver profiles and their operations</source>
        <translation>die Treiberprofile und ihre Operationen auflisten</translation>
    </message>
    <message>
        <source>list journaled runs, interrupted ones marked</source>
        <translation>journalisierte Messläufe auflisten, unterbrochene markiert</translation>
    </message>
    <message>
        <source>export a journaled run to CSV</source>
        <translation>einen journalisierten Messlauf als CSV exportieren</translation>
    </message>
    <message>
        <source>synthetic jobs through the dispatcher, no instruments</source>
        <translation>synthetische Aufträge durch den Dispatcher, ohne Messgeräte</translation>
    </message>
    <message>
        <source>share this bench with the lab over an MQTT broker</source>
        <translation>diesen Messplatz über einen MQTT-Broker mit dem Labor teilen</translation>
    </message>
    <message>
        <source>Usage: labdispatch [--bench FILE]        start the window
       labdispatch COMMAND [options]     run headless
</source>
        <translation>Aufruf: labdispatch [--bench DATEI]     öffnet das Fenster
        labdispatch BEFEHL [Optionen]   läuft ohne Fenster
</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>&apos;labdispatch COMMAND --help&apos; describes a command&apos;s options.</source>
        <translation>„labdispatch BEFEHL --help“ beschreibt die Optionen eines Befehls.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>built without the window; use a command</source>
        <translation>ohne Fenster gebaut; bitte einen Befehl angeben</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is for the window, and this build has none; use a command</source>
        <translation>„%1“ gilt für das Fenster, und dieser Build hat keins; bitte einen Befehl angeben</translation>
    </message>
    <message>
        <source>apply the instruments&apos; safe state: outputs off</source>
        <translation>den sicheren Zustand der Messgeräte herstellen: Ausgänge aus</translation>
    </message>
    <message>
        <source>print, filter or convert a recorded transcript</source>
        <translation>ein aufgezeichnetes Protokoll ausgeben, filtern oder umwandeln</translation>
    </message>
</context>
<context>
    <name>labsim</name>
    <message>
        <source>Bench to start: &apos;demo&apos; or a bench file.</source>
        <translation>Zu startender Messplatz: „demo“ oder eine Messplatzdatei.</translation>
    </message>
    <message>
        <source>Also write the app&apos;s bench file (name, profile, resource per instrument).</source>
        <translation>Zusätzlich die Messplatzdatei der Anwendung schreiben (Name, Profil, Ressource je Messgerät).</translation>
    </message>
    <message>
        <source>Extra folder of driver profiles.</source>
        <translation>Zusätzlicher Ordner mit Treiberprofilen.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>Serves simulated SCPI instruments over pseudo-terminals, loopback TCP and VXI-11, or replays recorded ones (--replay).</source>
        <translation>Stellt simulierte SCPI-Messgeräte über Pseudoterminals, Loopback-TCP und VXI-11 bereit oder spielt aufgezeichnete ab (--replay).</translation>
    </message>
    <message>
        <source>Serve the instruments of this transcript (from &apos;labdispatch run --trace&apos;) as recorded.</source>
        <translation>Die Messgeräte dieses Protokolls (aus „labdispatch run --trace“) wie aufgezeichnet bereitstellen.</translation>
    </message>
</context>
<context>
    <name>ld::AddressRange</name>
    <message>
        <source>&apos;%1&apos; is not a LAN address: %2</source>
        <translation>„%1“ ist keine LAN-Adresse: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a LAN address: &apos;%2&apos; is not a port or a port range such as 5025-5030</source>
        <translation>„%1“ ist keine LAN-Adresse: „%2“ ist weder ein Port noch ein Portbereich wie 5025-5030</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a LAN address: write host:port (192.168.1.5:5025), host:first-last (192.168.1.5:5025-5030) or a subnet (192.168.1.0/24)</source>
        <translation>„%1“ ist keine LAN-Adresse: host:port (192.168.1.5:5025), host:erster-letzter (192.168.1.5:5025-5030) oder ein Subnetz (192.168.1.0/24) angeben</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a LAN address: &apos;%2&apos; is not an IPv4 subnet such as 192.168.1.0/24</source>
        <translation>„%1“ ist keine LAN-Adresse: „%2“ ist kein IPv4-Subnetz wie 192.168.1.0/24</translation>
    </message>
    <message>
        <source>The LAN addresses name more than %1 addresses; probe a smaller range.</source>
        <translation>Die LAN-Adressen umfassen mehr als %1 Adressen; einen kleineren Bereich abfragen.</translation>
    </message>
</context>
<context>
    <name>ld::Bench</name>
    <message>
        <source>An instrument named &apos;%1&apos; is already on the bench.</source>
        <translation>Ein Messgerät namens „%1“ ist bereits am Messplatz.</translation>
    </message>
    <message>
        <source>There is no instrument named &apos;%1&apos;.</source>
        <translation>Es gibt kein Messgerät namens „%1“.</translation>
    </message>
    <message>
        <source>not a bench file: %1 at byte %2</source>
        <translation>keine Messplatzdatei: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>not a bench file: the top level must be an object</source>
        <translation>keine Messplatzdatei: die oberste Ebene muss ein Objekt sein</translation>
    </message>
    <message>
        <source>schema: this LabDispatch reads bench files of schema %1</source>
        <translation>schema: dieses LabDispatch liest Messplatzdateien mit Schema %1</translation>
    </message>
    <message>
        <source>instruments: must be a list</source>
        <translation>instruments: muss eine Liste sein</translation>
    </message>
    <message>
        <source>instruments[%1]: must be an object</source>
        <translation>instruments[%1]: muss ein Objekt sein</translation>
    </message>
    <message>
        <source>instruments[%1]: %2</source>
        <translation>instruments[%1]: %2</translation>
    </message>
    <message>
        <source>instruments[%1]: the name &apos;%2&apos; is used twice</source>
        <translation>instruments[%1]: der Name „%2“ kommt doppelt vor</translation>
    </message>
    <message>
        <source>The probe timeout must be between 10 and 60000 ms.</source>
        <translation>Das Zeitlimit der Abfrage muss zwischen 10 und 60000 ms liegen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a serial port: %2</source>
        <translation>„%1“ ist keine serielle Schnittstelle: %2</translation>
    </message>
    <message>
        <source>could not journal a reading: %1</source>
        <translation>ein Messwert ließ sich nicht journalisieren: %1</translation>
    </message>
    <message>
        <source>the instrument was removed</source>
        <translation>das Messgerät wurde entfernt</translation>
    </message>
    <message>
        <source>slower than the %1 ms interval; skipping ticks while it is busy</source>
        <translation>langsamer als das Intervall von %1 ms; Takte werden übersprungen, solange es belegt ist</translation>
    </message>
    <message>
        <source>Select at least one instrument.</source>
        <translation>Mindestens ein Messgerät auswählen.</translation>
    </message>
    <message>
        <source>Repeat must be at least 1, not %1.</source>
        <translation>Wiederholen muss mindestens 1 sein, nicht %1.</translation>
    </message>
    <message>
        <source>Interval and duration cannot be negative.</source>
        <translation>Intervall und Dauer dürfen nicht negativ sein.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is switched off.</source>
        <translation>„%1“ ist ausgeschaltet.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not identified yet and has no profile; connect it first.</source>
        <translation>„%1“ ist noch nicht identifiziert und hat kein Profil; zuerst verbinden.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: profile: no driver profile has the id &apos;%2&apos;.</source>
        <translation>%1: profile: kein Treiberprofil hat die ID „%2“.</translation>
    </message>
    <message>
        <source>%1 is already on the bench as &apos;%2&apos;.</source>
        <translation>%1 ist bereits als „%2“ am Messplatz.</translation>
    </message>
    <message>
        <source>instruments[%1]: the resource &apos;%2&apos; is used twice</source>
        <translation>instruments[%1]: die Ressource „%2“ kommt doppelt vor</translation>
    </message>
    <message>
        <source>the controller of GPIB%1</source>
        <translation>der Controller von GPIB%1</translation>
    </message>
    <message>
        <source>%1: GPIB board %2 has no controller on this bench; bind it in the bench file&apos;s &quot;gpib&quot; list.</source>
        <translation>%1: GPIB-Board %2 hat auf diesem Messplatz keinen Controller; binden Sie ihn in der Liste &quot;gpib&quot; der Messplatzdatei.</translation>
    </message>
    <message>
        <source>gpib: must be a list of boards and their controllers</source>
        <translation>gpib: muss eine Liste von Boards und ihren Controllern sein</translation>
    </message>
    <message>
        <source>gpib[%1]: must be an object</source>
        <translation>gpib[%1]: muss ein Objekt sein</translation>
    </message>
    <message>
        <source>gpib[%1]: %2</source>
        <translation>gpib[%1]: %2</translation>
    </message>
    <message>
        <source>gpib[%1]: board %2 is bound twice</source>
        <translation>gpib[%1]: Board %2 ist doppelt gebunden</translation>
    </message>
    <message>
        <source>gpib[%1]: the controller &apos;%2&apos; serves two boards</source>
        <translation>gpib[%1]: der Controller „%2“ bedient zwei Boards</translation>
    </message>
    <message>
        <source>GPIB board %1 has no controller on this bench.</source>
        <translation>GPIB-Board %1 hat auf diesem Messplatz keinen Controller.</translation>
    </message>
    <message>
        <source>the GPIB board was removed</source>
        <translation>das GPIB-Board wurde entfernt</translation>
    </message>
    <message>
        <source>LAN services</source>
        <translation>LAN-Dienste</translation>
    </message>
    <message>
        <source>held back before it started</source>
        <translation>vor dem Start zurückgehalten</translation>
    </message>
</context>
<context>
    <name>ld::BenchDocument</name>
    <message>
        <source>Untitled bench</source>
        <translation>Unbenannter Messplatz</translation>
    </message>
    <message>
        <source>%1 (simulated) [*] - LabDispatch</source>
        <translation>%1 (simuliert) [*] – LabDispatch</translation>
    </message>
    <message>
        <source>%1 [*] - LabDispatch</source>
        <translation>%1 [*] – LabDispatch</translation>
    </message>
    <message>
        <source>This window has no simulator.</source>
        <translation>Dieses Fenster hat keinen Simulator.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Open Bench</source>
        <translation>Messplatz öffnen</translation>
    </message>
    <message>
        <source>Bench files (*.json);;All files (*)</source>
        <translation>Messplatzdateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The bench was not changed.
%1</source>
        <translation>Der Messplatz wurde nicht geändert.
%1</translation>
    </message>
    <message>
        <source>Save Bench</source>
        <translation>Messplatz speichern</translation>
    </message>
    <message>
        <source>Bench files (*.json)</source>
        <translation>Messplatzdateien (*.json)</translation>
    </message>
    <message>
        <source>The bench has changes. Save them?</source>
        <translation>Der Messplatz hat Änderungen. Speichern?</translation>
    </message>
</context>
<context>
    <name>ld::BenchSession</name>
    <message>
        <source>Bench file to use (instruments and addresses).</source>
        <translation>Zu verwendende Messplatzdatei (Messgeräte und Adressen).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Use a simulated bench: &apos;demo&apos; or a simulator bench file (default when no --bench is given).</source>
        <translation>Einen simulierten Messplatz verwenden: „demo“ oder eine Simulator-Messplatzdatei (Standard ohne --bench).</translation>
    </message>
    <message>
        <source>bench</source>
        <translation>Messplatz</translation>
    </message>
    <message>
        <source>Extra folder of driver profiles (may be repeated).</source>
        <translation>Zusätzlicher Ordner mit Treiberprofilen (mehrfach möglich).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>--profiles: &apos;%1&apos; is not a folder</source>
        <translation>--profiles: „%1“ ist kein Ordner</translation>
    </message>
    <message>
        <source>--bench and --sim cannot be used together</source>
        <translation>--bench und --sim schließen sich aus</translation>
    </message>
    <message>
        <source>cannot read the bench file &apos;%1&apos;: %2</source>
        <translation>Die Messplatzdatei „%1“ lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>--sim %1: %2</source>
        <translation>--sim %1: %2</translation>
    </message>
    <message>
        <source>cannot start the simulated bench: %1</source>
        <translation>Der simulierte Messplatz lässt sich nicht starten: %1</translation>
    </message>
    <message>
        <source>simulated %1</source>
        <translation>simuliert %1</translation>
    </message>
    <message>
        <source>%1: switched off in the bench file</source>
        <translation>%1: in der Messplatzdatei ausgeschaltet</translation>
    </message>
    <message>
        <source>%1: not connected (%2)</source>
        <translation>%1: nicht verbunden (%2)</translation>
    </message>
    <message>
        <source>no instrument named &apos;%1&apos; on the bench (see &apos;labdispatch list&apos;)</source>
        <translation>kein Messgerät namens „%1“ am Messplatz (siehe „labdispatch list“)</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>--instruments names no instrument: &apos;%1&apos;</source>
        <translation>--instruments nennt kein Messgerät: „%1“</translation>
    </message>
</context>
<context>
    <name>ld::BenchStartup</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The simulated bench did not start: %1</source>
        <translation>Der simulierte Messplatz ist nicht gestartet: %1</translation>
    </message>
    <message>
        <source>Demo bench</source>
        <translation>Demo-Messplatz</translation>
    </message>
    <message>
        <source>The last bench file did not open, so the simulated bench is shown (File &gt; Open Bench to try again): %1</source>
        <translation>Die letzte Messplatzdatei ließ sich nicht öffnen, daher wird der simulierte Messplatz gezeigt (Datei &gt; Messplatz öffnen für einen neuen Versuch): %1</translation>
    </message>
</context>
<context>
    <name>ld::BoundedFile</name>
    <message>
        <source>larger than %1</source>
        <translation>größer als %1</translation>
    </message>
    <message>
        <source>a folder, not a file</source>
        <translation>ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
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
        <translation>%1 Byte</translation>
    </message>
</context>
<context>
    <name>ld::BrokerOptions</name>
    <message>
        <source>--%1 must be from %2 to %3 ms, not &apos;%4&apos;</source>
        <translation>--%1 muss zwischen %2 und %3 ms liegen, nicht „%4“</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; does not exist</source>
        <translation>--%1: „%2“ existiert nicht</translation>
    </message>
    <message>
        <source>--%1: cannot read &apos;%2&apos;</source>
        <translation>--%1: „%2“ lässt sich nicht lesen</translation>
    </message>
    <message>
        <source>The broker, HOST:PORT (default port 1883).</source>
        <translation>Der Broker, HOST:PORT (Standardport 1883).</translation>
    </message>
    <message>
        <source>Work on the lab shared through this MQTT broker, HOST:PORT (default port 1883), instead of a local bench.</source>
        <translation>Mit dem über diesen MQTT-Broker geteilten Labor arbeiten, HOST:PORT (Standardport 1883), statt mit einem lokalen Messplatz.</translation>
    </message>
    <message>
        <source>host:port</source>
        <translation>Host:Port</translation>
    </message>
    <message>
        <source>User name for the broker.</source>
        <translation>Benutzername für den Broker.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>File whose first line is the broker password.</source>
        <translation>Datei, deren erste Zeile das Broker-Passwort ist.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Use TLS, trusting the CAs in this file (or folder).</source>
        <translation>TLS verwenden und den CAs in dieser Datei (oder diesem Ordner) vertrauen.</translation>
    </message>
    <message>
        <source>Client certificate for TLS (with --tls-key).</source>
        <translation>Client-Zertifikat für TLS (mit --tls-key).</translation>
    </message>
    <message>
        <source>Client key for TLS (with --tls-cert).</source>
        <translation>Client-Schlüssel für TLS (mit --tls-cert).</translation>
    </message>
    <message>
        <source>With TLS, do not check the broker&apos;s host name (test brokers only).</source>
        <translation>Bei TLS den Hostnamen des Brokers nicht prüfen (nur für Test-Broker).</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Longest wait for the nodes&apos; retained state after connecting (default 1500).</source>
        <translation>Längste Wartezeit auf den gespeicherten (retained) Zustand der Knoten nach dem Verbinden (Standard 1500).</translation>
    </message>
    <message>
        <source>--broker HOST:PORT is required</source>
        <translation>--broker HOST:PORT ist erforderlich</translation>
    </message>
    <message>
        <source>--password-file: the first line of &apos;%1&apos; is empty</source>
        <translation>--password-file: die erste Zeile von „%1“ ist leer</translation>
    </message>
    <message>
        <source>--password-file needs --user</source>
        <translation>--password-file braucht --user</translation>
    </message>
    <message>
        <source>--tls-cert, --tls-key and --tls-insecure need --tls-ca</source>
        <translation>--tls-cert, --tls-key und --tls-insecure brauchen --tls-ca</translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key go together</source>
        <translation>--tls-cert und --tls-key gehören zusammen</translation>
    </message>
    <message>
        <source>--%1 is for a local bench and cannot be used with --broker</source>
        <translation>--%1 gilt für einen lokalen Messplatz und lässt sich nicht mit --broker verwenden</translation>
    </message>
    <message>
        <source>--%1 needs --broker</source>
        <translation>--%1 braucht --broker</translation>
    </message>
    <message>
        <source>Give up when the broker is not reached within this time, at the start or after losing it mid-run (default 5000).</source>
        <translation>Aufgeben, wenn der Broker nicht innerhalb dieser Zeit erreicht wird, zu Beginn oder nach einem Verbindungsverlust während des Messlaufs (Standard 5000).</translation>
    </message>
    <message>
        <source>--password-file: &apos;%1&apos;: %2</source>
        <translation>--password-file: „%1“: %2</translation>
    </message>
</context>
<context>
    <name>ld::CapControl</name>
    <message>
        <source>&amp;Cap:</source>
        <translation>&amp;Limit:</translation>
    </message>
    <message>
        <source>Concurrency cap</source>
        <translation>Parallelitätslimit</translation>
    </message>
    <message>
        <source>At most this many jobs run at once, across all instruments. Changes apply at once, also while jobs run.</source>
        <translation>Höchstens so viele Aufträge laufen gleichzeitig, über alle Messgeräte. Änderungen gelten sofort, auch während Aufträge laufen.</translation>
    </message>
</context>
<context>
    <name>ld::CsvExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 lässt sich nicht schreiben: %2</translation>
    </message>
    <message>
        <source>The journal had %1 damaged bytes in %2 places; every intact reading was exported</source>
        <translation>Das Journal hatte %1 beschädigte Bytes an %2 Stellen; jeder intakte Messwert wurde exportiert</translation>
    </message>
    <message>
        <source>The run was interrupted: it has no closing record</source>
        <translation>Der Messlauf wurde unterbrochen: ihm fehlt der Abschlusseintrag</translation>
    </message>
    <message>
        <source>The run is still going: the export holds the readings journaled until now</source>
        <translation>Der Messlauf läuft noch: der Export enthält die bis jetzt journalisierten Messwerte</translation>
    </message>
    <message>
        <source>No CSV file was named</source>
        <translation>Es wurde keine CSV-Datei angegeben</translation>
    </message>
    <message>
        <source>%1 is a folder; name a CSV file in it</source>
        <translation>%1 ist ein Ordner; bitte eine CSV-Datei darin angeben</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a device, a pipe or a socket); write to a file, or to &apos;-&apos; for standard output</source>
        <translation>%1 ist keine reguläre Datei (ein Gerät, eine Pipe oder ein Socket); in eine Datei schreiben oder mit „-“ auf die Standardausgabe</translation>
    </message>
    <message>
        <source>%1 is a journal; a CSV export never replaces one</source>
        <translation>%1 ist ein Journal; ein CSV-Export ersetzt nie ein Journal</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 is missing or not writable</source>
        <translation>%1 lässt sich nicht schreiben: der Ordner %2 fehlt oder ist nicht beschreibbar</translation>
    </message>
</context>
<context>
    <name>ld::DemoCommand</name>
    <message>
        <source>Runs synthetic jobs through the capped dispatcher and prints live counters.</source>
        <translation>Schickt synthetische Aufträge durch den begrenzten Dispatcher und zeigt laufend die Zähler.</translation>
    </message>
    <message>
        <source>Number of jobs.</source>
        <translation>Anzahl der Aufträge.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Jobs running at once.</source>
        <translation>Gleichzeitig laufende Aufträge.</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>Mean job length in ms.</source>
        <translation>Mittlere Auftragsdauer in ms.</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>Simulated instruments (jobs of one never overlap).</source>
        <translation>Simulierte Messgeräte (Aufträge desselben Geräts überlappen nie).</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>Percentage of jobs that throw.</source>
        <translation>Anteil der Aufträge in Prozent, die eine Ausnahme werfen.</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>Random seed.</source>
        <translation>Startwert des Zufallsgenerators.</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3, not &apos;%4&apos;</source>
        <translation>--%1 muss eine ganze Zahl von %2 bis %3 sein, nicht „%4“</translation>
    </message>
</context>
<context>
    <name>ld::DiscoveryDialog</name>
    <message>
        <source>Probe the &amp;system&apos;s serial ports</source>
        <translation>&amp;Serielle Schnittstellen des Systems abfragen</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;topp</translation>
    </message>
    <message>
        <source>&amp;Add Found to Bench</source>
        <translation>&amp;Gefundene zum Messplatz hinzufügen</translation>
    </message>
    <message>
        <source>Discover Instruments</source>
        <translation>Messgeräte suchen</translation>
    </message>
    <message>
        <source>/dev/ttyUSB0
ASRL/dev/ttyACM0::INSTR</source>
        <translation>/dev/ttyUSB0
ASRL/dev/ttyACM0::INSTR</translation>
    </message>
    <message>
        <source>More serial ports, one per line: a device path or an ASRL resource</source>
        <translation>Weitere serielle Schnittstellen, eine pro Zeile: Gerätepfad oder ASRL-Ressource</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>How long each address may take to answer *IDN?</source>
        <translation>Wie lange jede Adresse für die Antwort auf *IDN? Zeit hat</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Discovered instruments</source>
        <translation>Gefundene Messgeräte</translation>
    </message>
    <message>
        <source>More serial &amp;ports:</source>
        <translation>Weitere serielle &amp;Schnittstellen:</translation>
    </message>
    <message>
        <source>&amp;LAN addresses:</source>
        <translation>&amp;LAN-Adressen:</translation>
    </message>
    <message>
        <source>&amp;Timeout per probe:</source>
        <translation>&amp;Zeitlimit je Abfrage:</translation>
    </message>
    <message>
        <source>Nothing was probed: %1</source>
        <translation>Nichts abgefragt: %1</translation>
    </message>
    <message>
        <source>Probing...</source>
        <translation>Frage ab …</translation>
    </message>
    <message>
        <source>Stopping...</source>
        <translation>Halte an …</translation>
    </message>
    <message>
        <source>(no matching profile)</source>
        <translation>(kein passendes Profil)</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Gefunden</translation>
    </message>
    <message>
        <source>Nothing to probe: every address is already on the bench or none was given.</source>
        <translation>Nichts abzufragen: jede Adresse ist schon am Messplatz, oder es wurde keine angegeben.</translation>
    </message>
    <message numerus="yes">
        <source>Probed %n address(es), </source>
        <translation>
            <numerusform>%n Adresse abgefragt, </numerusform>
            <numerusform>%n Adressen abgefragt, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>found %n instrument(s).</source>
        <translation>
            <numerusform>%n Messgerät gefunden.</numerusform>
            <numerusform>%n Messgeräte gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Messgerät</translation>
    </message>
    <message>
        <source>Added as %1</source>
        <translation>Hinzugefügt als %1</translation>
    </message>
    <message numerus="yes">
        <source>Added %n instrument(s) to the bench.</source>
        <translation>
            <numerusform>%n Messgerät zum Messplatz hinzugefügt.</numerusform>
            <numerusform>%n Messgeräte zum Messplatz hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>Nicht hinzugefügt: %1</translation>
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
        <translation>LAN-Messgeräte, eines pro Zeile: host:port, ein Portbereich (host:5025-5030), ein Subnetz (192.168.1.0/24, Port 5025, sofern nicht angegeben) oder eine TCPIP-Ressource; höchstens %1 Adressen</translation>
    </message>
    <message>
        <source>already on the bench as %1</source>
        <translation>bereits als %1 am Messplatz</translation>
    </message>
    <message>
        <source>Probe the bench&apos;s &amp;GPIB boards (addresses 1-30)</source>
        <translation>Die &amp;GPIB-Boards des Messplatzes abfragen (Adressen 1-30)</translation>
    </message>
    <message>
        <source>Probe the &amp;LAN services announced (DNS-SD, VXI-11 broadcast)</source>
        <translation>Die im &amp;LAN angekündigten Dienste abfragen (DNS-SD, VXI-11-Broadcast)</translation>
    </message>
    <message>
        <source>Instruments that announce themselves through DNS-SD (_lxi._tcp, _vxi-11._tcp, _scpi-raw._tcp, through the Avahi daemon) or answer the VXI-11 portmapper broadcast. Many instruments do neither: list those below.</source>
        <translation>Messgeräte, die sich über DNS-SD ankündigen (_lxi._tcp, _vxi-11._tcp, _scpi-raw._tcp, über den Avahi-Daemon) oder auf den VXI-11-Portmapper-Broadcast antworten. Viele Messgeräte tun beides nicht: diese unten auflisten.</translation>
    </message>
    <message>
        <source>Found by %1</source>
        <translation>Gefunden durch %1</translation>
    </message>
</context>
<context>
    <name>ld::Dispatcher</name>
    <message>
        <source>The cap must be between %1 and %2 jobs at once; %3 is out of range.</source>
        <translation>Das Limit muss zwischen %1 und %2 gleichzeitigen Aufträgen liegen; %3 liegt außerhalb.</translation>
    </message>
    <message>
        <source>The dispatcher is shut down.</source>
        <translation>Der Dispatcher ist beendet.</translation>
    </message>
    <message>
        <source>the executor &apos;%1&apos; stopped before the job could run</source>
        <translation>der Executor „%1“ wurde beendet, bevor der Auftrag laufen konnte</translation>
    </message>
    <message>
        <source>the asynchronous job dropped its context without finishing</source>
        <translation>der asynchrone Auftrag hat seinen Kontext verworfen, ohne abzuschließen</translation>
    </message>
    <message>
        <source>the job has no function to run</source>
        <translation>der Auftrag hat keine auszuführende Funktion</translation>
    </message>
    <message>
        <source>the job has both a plain and an asynchronous function; set exactly one</source>
        <translation>der Auftrag hat eine einfache und eine asynchrone Funktion; genau eine setzen</translation>
    </message>
    <message>
        <source>the dispatcher is shut down and accepts no more jobs</source>
        <translation>der Dispatcher ist beendet und nimmt keine Aufträge mehr an</translation>
    </message>
    <message>
        <source>still queued at its deadline; never started</source>
        <translation>zum Termin noch in der Warteschlange; nie gestartet</translation>
    </message>
    <message>
        <source>the job threw an exception</source>
        <translation>der Auftrag hat eine Ausnahme geworfen</translation>
    </message>
    <message>
        <source>the job threw an exception that is not a std::exception</source>
        <translation>der Auftrag hat eine Ausnahme geworfen, die keine std::exception ist</translation>
    </message>
    <message>
        <source>cancelled while running</source>
        <translation>während der Ausführung abgebrochen</translation>
    </message>
    <message>
        <source>cancelled before it started</source>
        <translation>vor dem Start abgebrochen</translation>
    </message>
</context>
<context>
    <name>ld::DnsSdBrowser</name>
    <message>
        <source>DNS-SD browsing of %1 failed: %2</source>
        <translation>DNS-SD-Suche nach %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>DNS-SD browsing skipped: the Avahi daemon is not running (%1)</source>
        <translation>DNS-SD-Suche übersprungen: der Avahi-Daemon läuft nicht (%1)</translation>
    </message>
    <message>
        <source>DNS-SD browsing skipped: Avahi failed: %1</source>
        <translation>DNS-SD-Suche übersprungen: Avahi fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>DNS-SD browsing skipped: this build has no Avahi support</source>
        <translation>DNS-SD-Suche übersprungen: dieser Build hat keine Avahi-Unterstützung</translation>
    </message>
</context>
<context>
    <name>ld::DriverProfile</name>
    <message>
        <source>not a number: &apos;%1&apos;</source>
        <translation>keine Zahl: „%1“</translation>
    </message>
    <message>
        <source>malformed block header</source>
        <translation>fehlerhafter Blockkopf</translation>
    </message>
    <message>
        <source>block shorter than its header says</source>
        <translation>Block kürzer als im Kopf angegeben</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a number</source>
        <translation>%1: „%2“ ist keine Zahl</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a whole number</source>
        <translation>%1: „%2“ ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>%1 %2%3 below the limit %4%3</source>
        <translation>%1 %2%3 unter der Grenze %4%3</translation>
    </message>
    <message>
        <source>%1 %2%3 above the limit %4%3</source>
        <translation>%1 %2%3 über der Grenze %4%3</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not one of %3</source>
        <translation>%1: „%2“ ist keiner von %3</translation>
    </message>
    <message>
        <source>%1: a line break would end the command early</source>
        <translation>%1: ein Zeilenumbruch würde den Befehl vorzeitig beenden</translation>
    </message>
    <message>
        <source>%1: empty</source>
        <translation>%1: leer</translation>
    </message>
    <message>
        <source>%1: missing</source>
        <translation>%1: fehlt</translation>
    </message>
    <message>
        <source>not an identity: &apos;%1&apos;</source>
        <translation>keine Kennung: „%1“</translation>
    </message>
    <message>
        <source>block length %1 is not a multiple of 4</source>
        <translation>Blocklänge %1 ist kein Vielfaches von 4</translation>
    </message>
    <message>
        <source>block length %1 is not a multiple of 8</source>
        <translation>Blocklänge %1 ist kein Vielfaches von 8</translation>
    </message>
    <message>
        <source>unknown reply type</source>
        <translation>unbekannter Antworttyp</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is too large for a whole number</source>
        <translation>%1: „%2“ ist zu groß für eine ganze Zahl</translation>
    </message>
    <message>
        <source>%1: the control character U+%2 is not allowed</source>
        <translation>%1: das Steuerzeichen U+%2 ist nicht erlaubt</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not allowed here; unquoted text may hold only letters, digits and _ . + -</source>
        <translation>%1: „%2“ ist hier nicht erlaubt; Text ohne Anführungszeichen darf nur Buchstaben, Ziffern und _ . + - enthalten</translation>
    </message>
    <message>
        <source>%1 takes none</source>
        <translation>%1 hat keine Parameter</translation>
    </message>
    <message>
        <source>%1 takes %2</source>
        <translation>%1 hat die Parameter %2</translation>
    </message>
    <message>
        <source>unknown parameter %1 (%2)</source>
        <translation>unbekannter Parameter %1 (%2)</translation>
    </message>
    <message>
        <source>no operation &apos;%1&apos;</source>
        <translation>keine Operation „%1“</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a %2 operation, not a set one</source>
        <translation>„%1“ ist eine %2-Operation, keine Setz-Operation</translation>
    </message>
</context>
<context>
    <name>ld::DriverProfileLoader</name>
    <message>
        <source>%1: offset %2: %3</source>
        <translation>%1: Offset %2: %3</translation>
    </message>
    <message>
        <source>%1: not a JSON object</source>
        <translation>%1: kein JSON-Objekt</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: nicht lesbar: %2</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>muss ein Text sein</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>muss eine Zahl sein</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of %2</source>
        <translation>„%1“ ist keiner von %2</translation>
    </message>
    <message>
        <source>invalid regular expression: %1</source>
        <translation>ungültiger regulärer Ausdruck: %1</translation>
    </message>
    <message>
        <source>must be &quot;\n&quot;, &quot;\r\n&quot; or &quot;\r&quot;</source>
        <translation>muss &quot;\n&quot;, &quot;\r\n&quot; oder &quot;\r&quot; sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an identifier</source>
        <translation>„%1“ ist kein Bezeichner</translation>
    </message>
    <message>
        <source>greater than max</source>
        <translation>größer als max</translation>
    </message>
    <message>
        <source>must be a non-empty array of strings</source>
        <translation>muss ein nicht leeres Array von Texten sein</translation>
    </message>
    <message>
        <source>a measure operation needs a reply</source>
        <translation>eine Messoperation braucht eine Antwort</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>muss ein Array sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; appears twice</source>
        <translation>„%1“ kommt doppelt vor</translation>
    </message>
    <message>
        <source>placeholder {%1} has no parameter</source>
        <translation>Platzhalter {%1} hat keinen Parameter</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not used in the command</source>
        <translation>„%1“ wird im Befehl nicht verwendet</translation>
    </message>
    <message>
        <source>version %1 not supported (this build reads %2)</source>
        <translation>Version %1 wird nicht unterstützt (dieser Build liest %2)</translation>
    </message>
    <message>
        <source>must be a non-empty array</source>
        <translation>muss ein nicht leeres Array sein</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2, not %3</source>
        <translation>muss eine ganze Zahl von %1 bis %2 sein, nicht %3</translation>
    </message>
    <message>
        <source>only for a string that is not quoted</source>
        <translation>nur für einen Text ohne Anführungszeichen</translation>
    </message>
    <message>
        <source>only for a parameter that is the whole command</source>
        <translation>nur für einen Parameter, der den ganzen Befehl bildet</translation>
    </message>
    <message>
        <source>only for a set operation</source>
        <translation>nur für eine Setz-Operation</translation>
    </message>
    <message>
        <source>no operation &apos;%1&apos; in this profile</source>
        <translation>keine Operation „%1“ in diesem Profil</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a query or measure operation whose reply is a number</source>
        <translation>„%1“ muss eine Abfrage- oder Mess-Operation sein, deren Antwort eine Zahl ist</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes the parameter &apos;%2&apos;, which %3 does not have</source>
        <translation>„%1“ nimmt den Parameter „%2“, den %3 nicht hat</translation>
    </message>
    <message>
        <source>must be a non-empty array (leave it out when the instrument has nothing to switch off)</source>
        <translation>muss ein nicht leeres Array sein (weglassen, wenn das Messgerät nichts abzuschalten hat)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a %2 operation; a safe state only sets</source>
        <translation>„%1“ ist eine %2-Operation; ein sicherer Zustand setzt nur</translation>
    </message>
    <message>
        <source>%1 takes no parameters</source>
        <translation>%1 nimmt keine Parameter</translation>
    </message>
    <message>
        <source>not a parameter of %1 (it takes %2)</source>
        <translation>kein Parameter von %1 (es nimmt %2)</translation>
    </message>
</context>
<context>
    <name>ld::FrontPanel</name>
    <message>
        <source>%1 - Front Panel</source>
        <translation>%1 – Bedienfeld</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>Messwerte</translation>
    </message>
    <message>
        <source>Setpoints</source>
        <translation>Sollwerte</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Ausgänge</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Setzen</translation>
    </message>
    <message>
        <source>Read all every</source>
        <translation>Alle lesen alle</translation>
    </message>
    <message>
        <source>%1: on</source>
        <translation>%1: an</translation>
    </message>
    <message>
        <source>%1: off</source>
        <translation>%1: aus</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>%1 done</source>
        <translation>%1 erledigt</translation>
    </message>
</context>
<context>
    <name>ld::FrontPanels</name>
    <message>
        <source>%1 has no profile yet (not identified): it has no front panel</source>
        <translation>%1 hat noch kein Profil (nicht erkannt): es hat kein Bedienfeld</translation>
    </message>
</context>
<context>
    <name>ld::GaugePanel</name>
    <message>
        <source>cap %1</source>
        <translation>Limit %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Queued jobs</source>
        <translation>Wartende Aufträge</translation>
    </message>
    <message>
        <source>Running jobs</source>
        <translation>Laufende Aufträge</translation>
    </message>
    <message>
        <source>Jobs done per second</source>
        <translation>Erledigte Aufträge/s</translation>
    </message>
    <message>
        <source>Failed run jobs</source>
        <translation>Fehlerhafte Aufträge</translation>
    </message>
    <message>
        <source>Jobs running now; the red line is the cap, on the same scale</source>
        <translation>Jetzt laufende Aufträge; die rote Linie ist das Limit, auf derselben Skala</translation>
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
        <translation>board: muss eine ganze Zahl von 0 bis 999 sein, nicht %1</translation>
    </message>
    <message>
        <source>GPIB%1: controller: %2</source>
        <translation>GPIB%1: controller: %2</translation>
    </message>
    <message>
        <source>GPIB%1: controller: &apos;%2&apos; must be a serial port (ASRL...::INSTR) or a TCP socket (TCPIP::&lt;host&gt;::1234::SOCKET)</source>
        <translation>GPIB%1: controller: „%2“ muss eine serielle Schnittstelle (ASRL...::INSTR) oder ein TCP-Socket (TCPIP::&lt;host&gt;::1234::SOCKET) sein</translation>
    </message>
    <message>
        <source>GPIB%1: readTimeoutMs: must be from 1 to %2 ms, not %3</source>
        <translation>GPIB%1: readTimeoutMs: muss zwischen 1 und %2 ms liegen, nicht %3</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos; (board, controller, readTimeoutMs)</source>
        <translation>unbekanntes Feld „%1“ (board, controller, readTimeoutMs)</translation>
    </message>
    <message>
        <source>board: a whole number from 0 to 999 is required</source>
        <translation>board: eine ganze Zahl von 0 bis 999 ist erforderlich</translation>
    </message>
    <message>
        <source>GPIB%1: controller: the controller&apos;s VISA resource is required</source>
        <translation>GPIB%1: controller: die VISA-Ressource des Controllers ist erforderlich</translation>
    </message>
    <message>
        <source>GPIB%1: readTimeoutMs: must be a whole number of milliseconds</source>
        <translation>GPIB%1: readTimeoutMs: muss eine ganze Zahl von Millisekunden sein</translation>
    </message>
</context>
<context>
    <name>ld::GpibController</name>
    <message>
        <source>GPIB%1 through %2</source>
        <translation>GPIB%1 über %2</translation>
    </message>
    <message>
        <source>%1: no answer to ++ver within %2 ms; is it a Prologix-style GPIB controller?</source>
        <translation>%1: keine Antwort auf ++ver innerhalb von %2 ms; ist es ein GPIB-Controller nach Prologix-Art?</translation>
    </message>
    <message>
        <source>%1 is not a Prologix-style GPIB controller: it answered ++ver with &apos;%2&apos;</source>
        <translation>%1 ist kein GPIB-Controller nach Prologix-Art: er antwortete auf ++ver mit „%2“</translation>
    </message>
    <message>
        <source>%1: cannot configure the controller</source>
        <translation>%1: der Controller lässt sich nicht konfigurieren</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ld::GpibTransport</name>
    <message>
        <source>a removed controller</source>
        <translation>ein entfernter Controller</translation>
    </message>
    <message>
        <source>GPIB address %1 (%2)</source>
        <translation>GPIB-Adresse %1 (%2)</translation>
    </message>
    <message>
        <source>the GPIB controller was removed</source>
        <translation>der GPIB-Controller wurde entfernt</translation>
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
        <translation>Viele Messgeräte gleichzeitig bedienen.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Jobs running at once.</source>
        <translation>Gleichzeitig laufende Aufträge.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Also show the instruments of the LabDispatch nodes that share this MQTT broker (user and TLS as last set in Connect to Lab).</source>
        <translation>Auch die Messgeräte der LabDispatch-Knoten zeigen, die sich diesen MQTT-Broker teilen (Benutzer und TLS wie zuletzt unter „Mit Labor verbinden“ eingestellt).</translation>
    </message>
    <message>
        <source>host:port</source>
        <translation>Host:Port</translation>
    </message>
    <message>
        <source>--cap must be a whole number from %1 to %2, not &apos;%3&apos;</source>
        <translation>--cap muss eine ganze Zahl von %1 bis %2 sein, nicht „%3“</translation>
    </message>
    <message>
        <source>The lab broker: %1</source>
        <translation>Labor-Broker: %1</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>--broker: %1</source>
        <translation>--broker: %1</translation>
    </message>
    <message>
        <source>Open this bench file instead of the last one or the simulated bench.</source>
        <translation>Diese Messplatzdatei statt der letzten oder des simulierten Messplatzes öffnen.</translation>
    </message>
</context>
<context>
    <name>ld::IdnInfo</name>
    <message>
        <source>*IDN? reply contains control characters: &apos;%1&apos;</source>
        <translation>*IDN?-Antwort enthält Steuerzeichen: „%1“</translation>
    </message>
    <message>
        <source>*IDN? reply needs 4 comma-separated fields (vendor,model,serial,firmware): &apos;%1&apos;</source>
        <translation>*IDN?-Antwort braucht 4 durch Kommas getrennte Felder (Hersteller,Modell,Seriennummer,Firmware): „%1“</translation>
    </message>
    <message>
        <source>*IDN? reply has an empty vendor or model: &apos;%1&apos;</source>
        <translation>*IDN?-Antwort hat einen leeren Hersteller oder ein leeres Modell: „%1“</translation>
    </message>
</context>
<context>
    <name>ld::InstrumentConfig</name>
    <message>
        <source>The instrument needs a name.</source>
        <translation>Das Messgerät braucht einen Namen.</translation>
    </message>
    <message>
        <source>The name &apos;%1&apos; may use letters, digits, spaces, &apos;.&apos;, &apos;-&apos; and &apos;_&apos; (at most 64, not starting with a space).</source>
        <translation>Der Name „%1“ darf Buchstaben, Ziffern, Leerzeichen, „.“, „-“ und „_“ enthalten (höchstens 64, nicht mit Leerzeichen beginnend).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the timeout must be between %2 and %3 ms, not %4 ms.</source>
        <translation>%1: das Zeitlimit muss zwischen %2 und %3 ms liegen, nicht %4 ms.</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos;</source>
        <translation>unbekanntes Feld „%1“</translation>
    </message>
    <message>
        <source>name: a text is required</source>
        <translation>name: ein Text ist erforderlich</translation>
    </message>
    <message>
        <source>%1: resource: a VISA resource string is required</source>
        <translation>%1: resource: eine VISA-Ressource ist erforderlich</translation>
    </message>
    <message>
        <source>%1: profile: must be a profile id</source>
        <translation>%1: profile: muss eine Profil-ID sein</translation>
    </message>
    <message>
        <source>%1: enabled: must be true or false</source>
        <translation>%1: enabled: muss true oder false sein</translation>
    </message>
    <message>
        <source>%1: simulated: must be true or false</source>
        <translation>%1: simulated: muss true oder false sein</translation>
    </message>
    <message>
        <source>%1: timeoutMs: must be a whole number of milliseconds</source>
        <translation>%1: timeoutMs: muss eine ganze Zahl von Millisekunden sein</translation>
    </message>
    <message>
        <source>%1: line: %2</source>
        <translation>%1: line: %2</translation>
    </message>
    <message>
        <source>vendor %1</source>
        <translation>Hersteller %1</translation>
    </message>
    <message>
        <source>model %1</source>
        <translation>Modell %1</translation>
    </message>
    <message>
        <source>serial %1</source>
        <translation>Seriennummer %1</translation>
    </message>
    <message>
        <source>%1: expect: &apos;%2&apos; cannot be an *IDN? field (no commas, control characters or surrounding spaces)</source>
        <translation>%1: expect: „%2“ kann kein *IDN?-Feld sein (keine Kommas, Steuerzeichen oder Leerzeichen am Rand)</translation>
    </message>
    <message>
        <source>%1: expect: must be an object with vendor, model and/or serial</source>
        <translation>%1: expect: muss ein Objekt mit vendor, model und/oder serial sein</translation>
    </message>
    <message>
        <source>%1: expect: unknown field &apos;%2&apos; (vendor, model, serial)</source>
        <translation>%1: expect: unbekanntes Feld „%2“ (vendor, model, serial)</translation>
    </message>
    <message>
        <source>%1: expect.%2: must be a text</source>
        <translation>%1: expect.%2: muss ein Text sein</translation>
    </message>
    <message>
        <source>%1: line: must be an object of serial settings such as {&quot;baud&quot;: 9600}, not &apos;%2&apos;</source>
        <translation>%1: line: muss ein Objekt mit seriellen Einstellungen wie {&quot;baud&quot;: 9600} sein, nicht „%2“</translation>
    </message>
</context>
<context>
    <name>ld::InstrumentDialog</name>
    <message>
        <source>Serial line</source>
        <translation>Serielle Leitung</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>&amp;Aktiviert</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Messgerät</translation>
    </message>
    <message>
        <source>e.g. DMM 1</source>
        <translation>z. B. DMM 1</translation>
    </message>
    <message>
        <source>ASRL/dev/ttyUSB0::INSTR or TCPIP0::192.168.1.5::5025::SOCKET</source>
        <translation>ASRL/dev/ttyUSB0::INSTR oder TCPIP0::192.168.1.5::5025::SOCKET</translation>
    </message>
    <message>
        <source>A VISA resource string: ASRL&lt;port&gt;::INSTR for a serial port, TCPIP0::&lt;host&gt;::&lt;port&gt;::SOCKET for a raw LAN socket</source>
        <translation>Eine VISA-Ressource: ASRL&lt;Port&gt;::INSTR für eine serielle Schnittstelle, TCPIP0::&lt;Host&gt;::&lt;Port&gt;::SOCKET für einen Raw-Socket im LAN</translation>
    </message>
    <message>
        <source>Match by *IDN? (automatic)</source>
        <translation>Über *IDN? zuordnen (automatisch)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Even</source>
        <translation>Gerade</translation>
    </message>
    <message>
        <source>Odd</source>
        <translation>Ungerade</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Mark</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>Hardware (RTS/CTS)</source>
        <translation>Hardware (RTS/CTS)</translation>
    </message>
    <message>
        <source>Software (XON/XOFF)</source>
        <translation>Software (XON/XOFF)</translation>
    </message>
    <message>
        <source>C escapes: \n, \r\n, \r, \xHH</source>
        <translation>C-Escapes: \n, \r\n, \r, \xHH</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>&amp;Baud rate:</source>
        <translation>&amp;Baudrate:</translation>
    </message>
    <message>
        <source>&amp;Data bits:</source>
        <translation>&amp;Datenbits:</translation>
    </message>
    <message>
        <source>&amp;Parity:</source>
        <translation>&amp;Parität:</translation>
    </message>
    <message>
        <source>&amp;Stop bits:</source>
        <translation>S&amp;toppbits:</translation>
    </message>
    <message>
        <source>&amp;Flow control:</source>
        <translation>&amp;Flusssteuerung:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Resource:</source>
        <translation>&amp;Ressource:</translation>
    </message>
    <message>
        <source>Pro&amp;file:</source>
        <translation>Pro&amp;fil:</translation>
    </message>
    <message>
        <source>Read &amp;terminator:</source>
        <translation>Lese-&amp;Terminator:</translation>
    </message>
    <message>
        <source>&amp;Write terminator:</source>
        <translation>Schreib-Ter&amp;minator:</translation>
    </message>
    <message>
        <source>&amp;Query timeout:</source>
        <translation>Zeitlimit der Ab&amp;frage:</translation>
    </message>
    <message>
        <source>Line settings apply to serial (ASRL) resources only</source>
        <translation>Leitungseinstellungen gelten nur für serielle (ASRL-)Ressourcen</translation>
    </message>
    <message>
        <source>Baud rate: &apos;%1&apos; is not a number</source>
        <translation>Baudrate: „%1“ ist keine Zahl</translation>
    </message>
    <message>
        <source>Read terminator: &apos;%1&apos; has a bad escape</source>
        <translation>Lese-Terminator: „%1“ hat eine ungültige Escape-Sequenz</translation>
    </message>
    <message>
        <source>Write terminator: &apos;%1&apos; has a bad escape</source>
        <translation>Schreib-Terminator: „%1“ hat eine ungültige Escape-Sequenz</translation>
    </message>
    <message>
        <source>Name: &apos;%1&apos; is already on the bench</source>
        <translation>Name: „%1“ ist bereits am Messplatz</translation>
    </message>
    <message>
        <source>The configuration is not valid</source>
        <translation>Die Konfiguration ist ungültig</translation>
    </message>
    <message>
        <source>&amp;Pin Current Identity</source>
        <translation>Aktuelle &amp;Kennung übernehmen</translation>
    </message>
    <message>
        <source>Expected identity</source>
        <translation>Erwartete Kennung</translation>
    </message>
    <message>
        <source>What *IDN? must report for this to be the instrument; an empty field is not checked. Another instrument on the port is then an error instead of its readings.</source>
        <translation>Was *IDN? melden muss, damit es dieses Messgerät ist; ein leeres Feld wird nicht geprüft. Ein anderes Messgerät an der Schnittstelle ergibt dann einen Fehler statt seiner Messwerte.</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>&amp;Vendor:</source>
        <translation>&amp;Hersteller:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>M&amp;odell:</translation>
    </message>
    <message>
        <source>Seria&amp;l:</source>
        <translation>&amp;Seriennummer:</translation>
    </message>
    <message>
        <source>Pin %1 %2, serial %3</source>
        <translation>%1 %2, Seriennummer %3 übernehmen</translation>
    </message>
    <message>
        <source>Connect the instrument first: pins the vendor, model and serial it reports</source>
        <translation>Zuerst das Messgerät verbinden: übernimmt Hersteller, Modell und Seriennummer, die es meldet</translation>
    </message>
</context>
<context>
    <name>ld::InstrumentEditing</name>
    <message>
        <source>Add Instrument</source>
        <translation>Messgerät hinzufügen</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Edit Instrument</source>
        <translation>Messgerät bearbeiten</translation>
    </message>
    <message>
        <source>Remove Instruments</source>
        <translation>Messgeräte entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n instrument(s) from the bench? Their running jobs are cancelled.</source>
        <translation>
            <numerusform>%n Messgerät vom Messplatz entfernen? Seine laufenden Aufträge werden abgebrochen.</numerusform>
            <numerusform>%n Messgeräte vom Messplatz entfernen? Ihre laufenden Aufträge werden abgebrochen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ld::InstrumentState</name>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Verbinde</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Belegt</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation>Verbinde neu</translation>
    </message>
</context>
<context>
    <name>ld::InstrumentTableModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(no values)</source>
        <translation>(keine Werte)</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s), last %1</source>
        <translation>
            <numerusform>%n Wert, zuletzt %1</numerusform>
            <numerusform>%n Werte, zuletzt %1</numerusform>
        </translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>%1: served by the built-in simulator</source>
        <translation>%1: vom eingebauten Simulator bereitgestellt</translation>
    </message>
    <message>
        <source>%1
Line: %2
Timeout: %3 ms</source>
        <translation>%1
Leitung: %2
Zeitlimit: %3 ms</translation>
    </message>
    <message>
        <source>%1
Firmware: %2
Profile: %3</source>
        <translation>%1
Firmware: %2
Profil: %3</translation>
    </message>
    <message>
        <source>Status light</source>
        <translation>Statusanzeige</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Last reading</source>
        <translation>Letzter Messwert</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 at %2
%3</source>
        <translation>%1 um %2
%3</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Messlauf %1</translation>
    </message>
    <message>
        <source>Part of run %1, which is going on</source>
        <translation>Teil des laufenden Messlaufs %1</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>ld::InstrumentView</name>
    <message>
        <source>Instruments</source>
        <translation>Messgeräte</translation>
    </message>
</context>
<context>
    <name>ld::InterruptedRunsBanner</name>
    <message>
        <source>&amp;Export CSV...</source>
        <translation>CSV &amp;exportieren …</translation>
    </message>
    <message>
        <source>&amp;Close Them</source>
        <translation>&amp;Abschließen</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <source>The run Export CSV writes</source>
        <translation>Der Messlauf, den „CSV exportieren“ schreibt</translation>
    </message>
    <message>
        <source>Write the chosen run&apos;s readings to a CSV file</source>
        <translation>Die Messwerte des gewählten Messlaufs in eine CSV-Datei schreiben</translation>
    </message>
    <message>
        <source>Mark every interrupted run as closed; their readings stay on disk and this offer does not come back</source>
        <translation>Jeden unterbrochenen Messlauf als abgeschlossen markieren; die Messwerte bleiben auf der Platte, und dieses Angebot kommt nicht wieder</translation>
    </message>
    <message>
        <source>Hide this offer until the next start</source>
        <translation>Dieses Angebot bis zum nächsten Start ausblenden</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) were interrupted (crash or kill). Their readings are safe.</source>
        <translation>
            <numerusform>%n Messlauf wurde unterbrochen (Absturz oder Abbruch). Seine Messwerte sind sicher.</numerusform>
            <numerusform>%n Messläufe wurden unterbrochen (Absturz oder Abbruch). Ihre Messwerte sind sicher.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Apply &amp;Safe State</source>
        <translation>&amp;Sicheren Zustand herstellen</translation>
    </message>
    <message>
        <source>Switch the chosen run&apos;s instruments to the safe state their profiles describe (outputs off, setpoints to zero)</source>
        <translation>Die Messgeräte des gewählten Messlaufs in den sicheren Zustand schalten, den ihre Profile beschreiben (Ausgänge aus, Sollwerte auf null)</translation>
    </message>
    <message>
        <source>Could not close the interrupted run %1: %2</source>
        <translation>Der unterbrochene Messlauf %1 ließ sich nicht abschließen: %2</translation>
    </message>
</context>
<context>
    <name>ld::IoMonitor</name>
    <message>
        <source>Select instruments to watch their traffic.</source>
        <translation>Messgeräte zum Beobachten wählen.</translation>
    </message>
    <message>
        <source>Watching: %1</source>
        <translation>Beobachtet: %1</translation>
    </message>
    <message>
        <source>Save Transcript</source>
        <translation>Protokoll speichern</translation>
    </message>
    <message>
        <source>Transcripts (*.trace);;All files (*)</source>
        <translation>Protokolle (*.trace);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 ließ sich nicht schreiben: %2</translation>
    </message>
    <message>
        <source>I/O Monitor</source>
        <translation>E/A-Monitor</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Aufnahme</translation>
    </message>
    <message>
        <source>Record the traffic of the instruments watched here</source>
        <translation>Den Datenverkehr der hier beobachteten Messgeräte aufzeichnen</translation>
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
        <translation>Filter</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern …</translation>
    </message>
    <message numerus="yes">
        <source>Watching: %1 and %n more</source>
        <translation>
            <numerusform>Beobachtet: %1 und %n weiteres</numerusform>
            <numerusform>Beobachtet: %1 und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ld::JobMemory</name>
    <message>
        <source>the job memory is already open</source>
        <translation>der Auftragsspeicher ist bereits geöffnet</translation>
    </message>
    <message>
        <source>cannot create the state folder &apos;%1&apos;</source>
        <translation>der Zustandsordner „%1“ lässt sich nicht anlegen</translation>
    </message>
    <message>
        <source>another node (process %1) uses the state folder &apos;%2&apos;</source>
        <translation>ein anderer Knoten (Prozess %1) verwendet den Zustandsordner „%2“</translation>
    </message>
    <message>
        <source>cannot lock the state folder &apos;%1&apos;: it is not writable</source>
        <translation>der Zustandsordner „%1“ lässt sich nicht sperren: er ist nicht beschreibbar</translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation>„%1“ lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <source>line %1 is not a JSON object</source>
        <translation>Zeile %1 ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>line 1 is not a &apos;%1&apos; version %2 header</source>
        <translation>Zeile 1 ist kein Kopf „%1“ der Version %2</translation>
    </message>
    <message>
        <source>line %1 is neither an accepted nor a finished job</source>
        <translation>Zeile %1 ist weder ein angenommener noch ein abgeschlossener Auftrag</translation>
    </message>
    <message>
        <source>the job memory &apos;%1&apos; is corrupt (%2) and cannot be replaced</source>
        <translation>der Auftragsspeicher „%1“ ist beschädigt (%2) und lässt sich nicht ersetzen</translation>
    </message>
    <message>
        <source>the job memory &apos;%1&apos; is corrupt (%2); %3 and starting with an empty memory: jobs delivered again may run again</source>
        <translation>der Auftragsspeicher „%1“ ist beschädigt (%2); er wurde %3, und es geht mit einem leeren Speicher weiter: erneut zugestellte Aufträge laufen womöglich noch einmal</translation>
    </message>
    <message>
        <source>moved it to &apos;%1&apos;</source>
        <translation>nach „%1“ verschoben</translation>
    </message>
    <message>
        <source>removed it</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>„%1“ lässt sich nicht schreiben: %2</translation>
    </message>
    <message>
        <source>cannot open &apos;%1&apos;: %2</source>
        <translation>„%1“ lässt sich nicht öffnen: %2</translation>
    </message>
</context>
<context>
    <name>ld::Journal</name>
    <message>
        <source>The journal is already open</source>
        <translation>Das Journal ist bereits geöffnet</translation>
    </message>
    <message>
        <source>Invalid run id &quot;%1&quot;</source>
        <translation>Ungültige Messlauf-ID „%1“</translation>
    </message>
    <message>
        <source>Cannot create the run folder %1</source>
        <translation>Der Ordner für Messläufe %1 lässt sich nicht anlegen</translation>
    </message>
    <message>
        <source>Cannot create the journal %1: %2</source>
        <translation>Das Journal %1 lässt sich nicht anlegen: %2</translation>
    </message>
    <message>
        <source>Cannot write the journal %1: %2</source>
        <translation>Das Journal %1 lässt sich nicht schreiben: %2</translation>
    </message>
    <message>
        <source>The journal is not open</source>
        <translation>Das Journal ist nicht geöffnet</translation>
    </message>
    <message>
        <source>Cannot extend the journal %1 (is the disk full?)</source>
        <translation>Das Journal %1 lässt sich nicht erweitern (ist die Platte voll?)</translation>
    </message>
    <message>
        <source>Cannot sync the journal %1 to disk</source>
        <translation>Das Journal %1 lässt sich nicht auf die Platte schreiben (sync)</translation>
    </message>
    <message>
        <source>Cannot close the journal %1: %2</source>
        <translation>Das Journal %1 lässt sich nicht schließen: %2</translation>
    </message>
    <message>
        <source>The run of %1 is still being written by a running LabDispatch</source>
        <translation>Der Messlauf von %1 wird noch von einem laufenden LabDispatch geschrieben</translation>
    </message>
    <message>
        <source>Cannot open the journal %1: %2</source>
        <translation>Das Journal %1 lässt sich nicht öffnen: %2</translation>
    </message>
    <message>
        <source>A cap cannot be negative (%1)</source>
        <translation>Ein Limit kann nicht negativ sein (%1)</translation>
    </message>
</context>
<context>
    <name>ld::LabConnection</name>
    <message>
        <source>&apos;%1&apos; is not a port from 1 to 65535</source>
        <translation>„%1“ ist kein Port von 1 bis 65535</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a broker address; write HOST:PORT</source>
        <translation>„%1“ ist keine Broker-Adresse; bitte HOST:PORT angeben</translation>
    </message>
</context>
<context>
    <name>ld::LabDialog</name>
    <message>
        <source>Choose a File</source>
        <translation>Datei wählen</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
        <translation>PEM-Dateien (*.pem *.crt *.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Connect to Lab</source>
        <translation>Mit Labor verbinden</translation>
    </message>
    <message>
        <source>LabDispatch nodes on other PCs share their instruments through an MQTT broker. Their instruments appear in the table as node/instrument and run through this window&apos;s cap.</source>
        <translation>LabDispatch-Knoten auf anderen PCs teilen ihre Messgeräte über einen MQTT-Broker. Ihre Messgeräte erscheinen in der Tabelle als Knoten/Messgerät und laufen unter dem Limit dieses Fensters.</translation>
    </message>
    <message>
        <source>e.g. lab-broker.local:1883</source>
        <translation>z. B. lab-broker.local:1883</translation>
    </message>
    <message>
        <source>empty: anonymous</source>
        <translation>leer: anonym</translation>
    </message>
    <message>
        <source>not remembered</source>
        <translation>wird nicht gespeichert</translation>
    </message>
    <message>
        <source>&amp;Broker:</source>
        <translation>&amp;Broker:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>Ben&amp;utzer:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>&amp;CA-Datei:</translation>
    </message>
    <message>
        <source>Client &amp;certificate:</source>
        <translation>Client-&amp;Zertifikat:</translation>
    </message>
    <message>
        <source>Client &amp;key:</source>
        <translation>Client-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Use &amp;TLS</source>
        <translation>&amp;TLS verwenden</translation>
    </message>
    <message>
        <source>the CA that signed the broker&apos;s certificate</source>
        <translation>die CA, die das Zertifikat des Brokers signiert hat</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Connect to this lab when LabDispatch starts</source>
        <translation>Beim Start von LabDispatch mit diesem Labor verbinden</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Enter the broker as HOST:PORT.</source>
        <translation>Bitte den Broker als HOST:PORT angeben.</translation>
    </message>
    <message>
        <source>A password needs a user name.</source>
        <translation>Ein Passwort braucht einen Benutzernamen.</translation>
    </message>
    <message>
        <source>TLS needs the CA file that signed the broker&apos;s certificate.</source>
        <translation>TLS braucht die CA-Datei, die das Zertifikat des Brokers signiert hat.</translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos;.</source>
        <translation>„%1“ lässt sich nicht lesen.</translation>
    </message>
    <message>
        <source>A client certificate and its key go together.</source>
        <translation>Client-Zertifikat und Schlüssel gehören zusammen.</translation>
    </message>
</context>
<context>
    <name>ld::LabLink</name>
    <message>
        <source>Lab broker %1: %2</source>
        <translation>Labor-Broker %1: %2</translation>
    </message>
    <message>
        <source>This window has no lab connection.</source>
        <translation>Dieses Fenster hat keine Laborverbindung.</translation>
    </message>
    <message>
        <source>Connect to Lab</source>
        <translation>Mit Labor verbinden</translation>
    </message>
    <message>
        <source>Node %1 is lost; its unfinished jobs failed</source>
        <translation>Knoten %1 ist verloren; seine unerledigten Aufträge sind fehlgeschlagen</translation>
    </message>
    <message>
        <source>Lab broker %1 is gone (%2); remote jobs wait for it to come back</source>
        <translation>Labor-Broker %1 ist weg (%2); entfernte Aufträge warten auf seine Rückkehr</translation>
    </message>
    <message>
        <source>Lab broker %1 is back; the waiting remote jobs are sent</source>
        <translation>Labor-Broker %1 ist zurück; die wartenden entfernten Aufträge werden gesendet</translation>
    </message>
    <message>
        <source>Lab broker %1 did not come back; the unfinished remote jobs failed as &apos;broker lost&apos;</source>
        <translation>Labor-Broker %1 ist nicht zurückgekommen; die unerledigten entfernten Aufträge sind mit „Broker verloren“ fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>Lab %1: %2 of %n node(s) online</source>
        <translation>
            <numerusform>Labor %1: %2 von %n Knoten online</numerusform>
            <numerusform>Labor %1: %2 von %n Knoten online</numerusform>
        </translation>
    </message>
    <message>
        <source>Lab %1: connecting</source>
        <translation>Labor %1: verbinde</translation>
    </message>
    <message>
        <source>Lab %1: not connected, retrying</source>
        <translation>Labor %1: nicht verbunden, neuer Versuch</translation>
    </message>
    <message>
        <source>Lab %1: %2, retrying</source>
        <translation>Labor %1: %2, neuer Versuch</translation>
    </message>
</context>
<context>
    <name>ld::LanBrowser</name>
    <message>
        <source>VXI-11 portmapper</source>
        <translation>VXI-11-Portmapper</translation>
    </message>
</context>
<context>
    <name>ld::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;System Default</source>
        <translation>&amp;Systemvorgabe</translation>
    </message>
    <message>
        <source>Follow the language of the desktop</source>
        <translation>Der Sprache des Desktops folgen</translation>
    </message>
</context>
<context>
    <name>ld::ListCommand</name>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>JSON statt einer Tabelle ausgeben.</translation>
    </message>
    <message>
        <source>How long to wait for instruments to connect (default 10000).</source>
        <translation>Wie lange auf die Verbindung der Messgeräte gewartet wird (Standard 10000).</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>--connect-timeout must be from 100 to 600000 ms</source>
        <translation>--connect-timeout muss zwischen 100 und 600000 ms liegen</translation>
    </message>
    <message>
        <source>warning: the broker did not confirm within %1 ms that all retained state had arrived; the list may be incomplete</source>
        <translation>Warnung: der Broker hat nicht innerhalb von %1 ms bestätigt, dass der gesamte gespeicherte Zustand angekommen ist; die Liste ist womöglich unvollständig</translation>
    </message>
    <message>
        <source>Connects to the bench&apos;s instruments and prints each one&apos;s identity and state. With --broker, prints every instrument of the nodes sharing a lab through that broker.</source>
        <translation>Verbindet sich mit den Messgeräten des Messplatzes und gibt Kennung und Zustand jedes Geräts aus. Mit --broker werden alle Messgeräte der Knoten ausgegeben, die sich über diesen Broker ein Labor teilen.</translation>
    </message>
    <message>
        <source>--broadcast &apos;%1&apos; is not an IPv4 address</source>
        <translation>--broadcast „%1“ ist keine IPv4-Adresse</translation>
    </message>
    <message>
        <source>--broadcast needs --lan-services</source>
        <translation>--broadcast braucht --lan-services</translation>
    </message>
    <message>
        <source>--probe-timeout must be a number of ms</source>
        <translation>--probe-timeout muss eine Anzahl ms sein</translation>
    </message>
    <message>
        <source>on the bench as %1</source>
        <translation>auf dem Messplatz als %1</translation>
    </message>
    <message>
        <source>Probe for instruments with *IDN? instead of listing the bench&apos;s: its GPIB boards, and what the options below name.</source>
        <translation>Mit *IDN? nach Messgeräten suchen, statt die des Messplatzes aufzulisten: seine GPIB-Karten und was die Optionen unten nennen.</translation>
    </message>
    <message>
        <source>With --discover: a serial port to probe (may be repeated).</source>
        <translation>Mit --discover: eine zu prüfende serielle Schnittstelle (mehrfach möglich).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>Schnittstelle</translation>
    </message>
    <message>
        <source>With --discover: probe every serial port listed.</source>
        <translation>Mit --discover: jede aufgelistete serielle Schnittstelle prüfen.</translation>
    </message>
    <message>
        <source>With --discover: a LAN resource or range to probe (may be repeated).</source>
        <translation>Mit --discover: eine zu prüfende LAN-Ressource oder ein Bereich (mehrfach möglich).</translation>
    </message>
    <message>
        <source>address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>With --discover: probe what the LAN announces (DNS-SD through Avahi, the VXI-11 portmapper broadcast).</source>
        <translation>Mit --discover: prüfen, was das LAN ankündigt (DNS-SD über Avahi, VXI-11-Portmapper-Broadcast).</translation>
    </message>
    <message>
        <source>With --lan-services: where the portmapper broadcast goes (default: every interface&apos;s broadcast address; may be repeated).</source>
        <translation>Mit --lan-services: wohin der Portmapper-Broadcast geht (Standard: die Broadcast-Adresse jeder Schnittstelle; mehrfach möglich).</translation>
    </message>
    <message>
        <source>With --discover: how long each probe waits (default 1000).</source>
        <translation>Mit --discover: wie lange jede Prüfung wartet (Standard 1000).</translation>
    </message>
    <message>
        <source>--discover probes from this PC; it cannot be used with --broker</source>
        <translation>--discover prüft von diesem PC aus; es kann nicht mit --broker verwendet werden</translation>
    </message>
    <message>
        <source>--%1 needs --discover</source>
        <translation>--%1 braucht --discover</translation>
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
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>(bench)</source>
        <translation>(Messplatz)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Messgerät</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>ld::LogPanel</name>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Filter the log (instrument, message...)</source>
        <translation>Protokoll filtern (Messgerät, Meldung …)</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Alle Ereignisse</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Warnungen und Fehler</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Nur Fehler</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the selected events as tab-separated text</source>
        <translation>Die gewählten Ereignisse als tabulatorgetrennten Text kopieren</translation>
    </message>
    <message>
        <source>C&amp;lear Log</source>
        <translation>Protokoll &amp;leeren</translation>
    </message>
</context>
<context>
    <name>ld::MainWindow</name>
    <message>
        <source>&amp;Open Bench...</source>
        <translation>Messplatz ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open a bench file</source>
        <translation>Eine Messplatzdatei öffnen</translation>
    </message>
    <message>
        <source>&amp;Save Bench</source>
        <translation>Messplatz &amp;speichern</translation>
    </message>
    <message>
        <source>Save the bench</source>
        <translation>Den Messplatz speichern</translation>
    </message>
    <message>
        <source>Save Bench &amp;As...</source>
        <translation>Messplatz speichern &amp;unter …</translation>
    </message>
    <message>
        <source>Save the bench to a new file</source>
        <translation>Den Messplatz in eine neue Datei speichern</translation>
    </message>
    <message>
        <source>&amp;Export Readings as CSV...</source>
        <translation>Messwerte als CSV &amp;exportieren …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Quit LabDispatch</source>
        <translation>LabDispatch beenden</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>Aus&amp;führen</translation>
    </message>
    <message>
        <source>Run the chosen operation on the selected instruments</source>
        <translation>Die gewählte Operation auf den ausgewählten Messgeräten ausführen</translation>
    </message>
    <message>
        <source>Stop &amp;Selected</source>
        <translation>Ausgewählte &amp;stoppen</translation>
    </message>
    <message>
        <source>Stop the selected instruments&apos; runs and cancel their jobs</source>
        <translation>Die Messläufe der ausgewählten Messgeräte stoppen und ihre Aufträge abbrechen</translation>
    </message>
    <message>
        <source>Stop &amp;All</source>
        <translation>&amp;Alle stoppen</translation>
    </message>
    <message>
        <source>Stop every run and cancel every job</source>
        <translation>Jeden Messlauf stoppen und jeden Auftrag abbrechen</translation>
    </message>
    <message>
        <source>&amp;Connect All</source>
        <translation>&amp;Alle verbinden</translation>
    </message>
    <message>
        <source>Open and identify every enabled instrument not connected</source>
        <translation>Jedes aktivierte, nicht verbundene Messgerät öffnen und identifizieren</translation>
    </message>
    <message>
        <source>&amp;Add Instrument...</source>
        <translation>Messgerät &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>Add an instrument by its resource string</source>
        <translation>Ein Messgerät über seine Ressource hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Edit Instrument...</source>
        <translation>Messgerät &amp;bearbeiten …</translation>
    </message>
    <message>
        <source>Edit the selected instrument</source>
        <translation>Das ausgewählte Messgerät bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Remove Instruments</source>
        <translation>Messgeräte &amp;entfernen</translation>
    </message>
    <message>
        <source>Remove the selected instruments from the bench</source>
        <translation>Die ausgewählten Messgeräte vom Messplatz entfernen</translation>
    </message>
    <message>
        <source>E&amp;nable/Disable</source>
        <translation>Akti&amp;vieren/Deaktivieren</translation>
    </message>
    <message>
        <source>Switch the selected instruments on or off</source>
        <translation>Die ausgewählten Messgeräte ein- oder ausschalten</translation>
    </message>
    <message>
        <source>&amp;Discover...</source>
        <translation>&amp;Suchen …</translation>
    </message>
    <message>
        <source>Probe serial ports and LAN addresses for instruments</source>
        <translation>Serielle Schnittstellen und LAN-Adressen nach Messgeräten absuchen</translation>
    </message>
    <message>
        <source>&amp;About LabDispatch</source>
        <translation>Ü&amp;ber LabDispatch</translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation>Version und Lizenz</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Instruments</source>
        <translation>&amp;Messgeräte</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Plot &amp;Window</source>
        <translation>Plot-&amp;Zeitfenster</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführung</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Simulated bench: these instruments are served by the built-in simulator over pseudo-terminals and loopback TCP. No hardware is touched.</source>
        <translation>Simulierter Messplatz: Diese Messgeräte stellt der eingebaute Simulator über Pseudo-Terminals und Loopback-TCP bereit. Keine Hardware wird angesprochen.</translation>
    </message>
    <message>
        <source>Readings: %1</source>
        <translation>Messwerte: %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message numerus="yes">
        <source>Added %n instrument(s)</source>
        <translation>
            <numerusform>%n Messgerät hinzugefügt</numerusform>
            <numerusform>%n Messgeräte hinzugefügt</numerusform>
        </translation>
    </message>
    <message>
        <source>About LabDispatch</source>
        <translation>Über LabDispatch</translation>
    </message>
    <message>
        <source>&lt;h3&gt;LabDispatch %1&lt;/h3&gt;&lt;p&gt;Operate many lab instruments at once through a capped job dispatcher.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and QCustomPlot.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;LabDispatch %1&lt;/h3&gt;&lt;p&gt;Viele Messgeräte gleichzeitig bedienen, über einen Dispatcher mit begrenzter Parallelität.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2 und QCustomPlot.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU General Public License, Version 3 oder später.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Connect to &amp;Lab...</source>
        <translation>Mit &amp;Labor verbinden …</translation>
    </message>
    <message>
        <source>Show the instruments of LabDispatch nodes on other PCs, shared through an MQTT broker</source>
        <translation>Die Messgeräte von LabDispatch-Knoten auf anderen PCs zeigen, geteilt über einen MQTT-Broker</translation>
    </message>
    <message>
        <source>Disconnect from Lab</source>
        <translation>Vom Labor trennen</translation>
    </message>
    <message>
        <source>Stop showing the lab&apos;s remote instruments</source>
        <translation>Die entfernten Messgeräte des Labors nicht mehr zeigen</translation>
    </message>
    <message>
        <source>Open Si&amp;mulated Bench</source>
        <translation>Si&amp;mulierten Messplatz öffnen</translation>
    </message>
    <message>
        <source>Replace the bench by the built-in simulated instruments</source>
        <translation>Den Messplatz durch die eingebauten simulierten Messgeräte ersetzen</translation>
    </message>
    <message>
        <source>Open Simulated Bench</source>
        <translation>Simulierten Messplatz öffnen</translation>
    </message>
    <message>
        <source>SCPI Console</source>
        <translation>SCPI-Konsole</translation>
    </message>
    <message>
        <source>Safe state for the instruments of run %1</source>
        <translation>Sicherer Zustand für die Messgeräte von Messlauf %1</translation>
    </message>
    <message>
        <source>Export the readings of the newest run from its journal to CSV</source>
        <translation>Die Messwerte des neuesten Messlaufs aus seinem Journal als CSV exportieren</translation>
    </message>
    <message>
        <source>All &amp;Outputs Off</source>
        <translation>Alle A&amp;usgänge aus</translation>
    </message>
    <message>
        <source>All outputs off (Ctrl+Shift+O): the safe state of every instrument that has one, ahead of every queued job; their runs stop</source>
        <translation>Alle Ausgänge aus (Strg+Umschalt+O): der sichere Zustand jedes Messgeräts, das einen hat, vor jedem wartenden Auftrag; ihre Messläufe stoppen</translation>
    </message>
    <message>
        <source>&amp;Front Panel...</source>
        <translation>Bedien&amp;feld …</translation>
    </message>
    <message>
        <source>Operate the selected instrument by hand: readings, setpoints, outputs</source>
        <translation>Das gewählte Messgerät von Hand bedienen: Messwerte, Sollwerte, Ausgänge</translation>
    </message>
    <message>
        <source>&amp;Past Runs...</source>
        <translation>Frühere &amp;Messläufe …</translation>
    </message>
    <message>
        <source>Open, overlay, export or run again the runs journaled here</source>
        <translation>Die hier journalisierten Messläufe öffnen, überlagern, exportieren oder erneut ausführen</translation>
    </message>
    <message>
        <source>I/O Monitor</source>
        <translation>E/A-Monitor</translation>
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
        <translation>kein Broker-Host angegeben</translation>
    </message>
    <message>
        <source>broker port %1 is not from 1 to 65535</source>
        <translation>Broker-Port %1 liegt nicht zwischen 1 und 65535</translation>
    </message>
    <message>
        <source>keepalive must be from 5 to 65535 s</source>
        <translation>Keepalive muss zwischen 5 und 65535 s liegen</translation>
    </message>
    <message>
        <source>reconnect delays must be positive, the maximum not below the minimum</source>
        <translation>Wiederverbindungsintervalle müssen positiv sein, das Maximum nicht unter dem Minimum</translation>
    </message>
    <message>
        <source>the will topic &apos;%1&apos; is not a valid topic</source>
        <translation>das Will-Topic „%1“ ist kein gültiges Topic</translation>
    </message>
    <message>
        <source>a password needs a user name</source>
        <translation>ein Passwort braucht einen Benutzernamen</translation>
    </message>
    <message>
        <source>cannot create the MQTT client: %1</source>
        <translation>der MQTT-Client lässt sich nicht anlegen: %1</translation>
    </message>
    <message>
        <source>user name or password refused: %1</source>
        <translation>Benutzername oder Passwort abgelehnt: %1</translation>
    </message>
    <message>
        <source>the will was refused: %1</source>
        <translation>die Will-Nachricht wurde abgelehnt: %1</translation>
    </message>
    <message>
        <source>TLS needs a CA file or a CA folder</source>
        <translation>TLS braucht eine CA-Datei oder einen CA-Ordner</translation>
    </message>
    <message>
        <source>TLS: cannot read &apos;%1&apos;</source>
        <translation>TLS: „%1“ lässt sich nicht lesen</translation>
    </message>
    <message>
        <source>TLS settings refused: %1</source>
        <translation>TLS-Einstellungen abgelehnt: %1</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>cannot reach the broker at %1:%2: %3</source>
        <translation>Broker unter %1:%2 nicht erreichbar: %3</translation>
    </message>
    <message>
        <source>the broker refused the connection: %1</source>
        <translation>der Broker hat die Verbindung abgelehnt: %1</translation>
    </message>
    <message>
        <source>the broker closed the connection</source>
        <translation>der Broker hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a topic one can publish to</source>
        <translation>„%1“ ist kein Topic, auf das veröffentlicht werden kann</translation>
    </message>
    <message>
        <source>QoS must be 0, 1 or 2</source>
        <translation>QoS muss 0, 1 oder 2 sein</translation>
    </message>
    <message>
        <source>not connected to the broker</source>
        <translation>nicht mit dem Broker verbunden</translation>
    </message>
    <message>
        <source>not connected, and %1 messages already wait</source>
        <translation>nicht verbunden, und %1 Nachrichten warten bereits</translation>
    </message>
    <message>
        <source>the TLS handshake failed: the broker&apos;s certificate is not signed by the trusted CA (%1), is not made out to %2, or the broker does not speak TLS on port %3</source>
        <translation>der TLS-Handshake ist fehlgeschlagen: das Zertifikat des Brokers ist nicht von der vertrauenswürdigen CA (%1) signiert, nicht auf %2 ausgestellt, oder der Broker spricht auf Port %3 kein TLS</translation>
    </message>
    <message>
        <source>the broker did not answer the connection within %1 s</source>
        <translation>der Broker hat nicht innerhalb von %1 s auf den Verbindungsaufbau geantwortet</translation>
    </message>
    <message>
        <source>the broker stopped answering (keepalive of %1 s)</source>
        <translation>der Broker antwortet nicht mehr (Keepalive %1 s)</translation>
    </message>
    <message>
        <source>the broker closed the connection before accepting it</source>
        <translation>der Broker hat die Verbindung geschlossen, bevor er sie angenommen hat</translation>
    </message>
    <message>
        <source>the broker closed the connection before accepting it; does it expect TLS on port %1?</source>
        <translation>der Broker hat die Verbindung geschlossen, bevor er sie angenommen hat; erwartet er auf Port %1 TLS?</translation>
    </message>
</context>
<context>
    <name>ld::Node</name>
    <message>
        <source>the node name &apos;%1&apos; must be 1 to 64 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;</source>
        <translation>der Knotenname „%1“ muss aus 1 bis 64 Buchstaben, Ziffern, „-“, „_“ oder „.“ bestehen</translation>
    </message>
    <message>
        <source>bad job request: %1</source>
        <translation>fehlerhafte Auftragsanfrage: %1</translation>
    </message>
    <message>
        <source>the job ended without a reading</source>
        <translation>der Auftrag endete ohne Messwert</translation>
    </message>
    <message>
        <source>job memory: %1</source>
        <translation>Auftragsspeicher: %1</translation>
    </message>
    <message>
        <source>node restarted: %1 was accepted before the node restarted and is not run again</source>
        <translation>Knoten neu gestartet: %1 wurde vor dem Neustart angenommen und läuft nicht noch einmal</translation>
    </message>
    <message>
        <source>bad cancel: %1</source>
        <translation>ungültiger Abbruch: %1</translation>
    </message>
    <message>
        <source>cancelled before it arrived</source>
        <translation>vor der Ankunft abgebrochen</translation>
    </message>
    <message>
        <source>cancelled before it ran</source>
        <translation>vor der Ausführung abgebrochen</translation>
    </message>
    <message>
        <source>cancelled while running: %1</source>
        <translation>während der Ausführung abgebrochen: %1</translation>
    </message>
    <message>
        <source>the profile of &apos;%1&apos; lets no command be typed (rawScpi is false); only *OPC? is sent as a command</source>
        <translation>das Profil von „%1“ erlaubt keine eingegebenen Befehle (rawScpi ist false); nur *OPC? wird als Befehl gesendet</translation>
    </message>
</context>
<context>
    <name>ld::NodeCommand</name>
    <message>
        <source>Shares this PC&apos;s bench with the lab through an MQTT 5 broker: publishes its instruments and readings, and runs jobs other LabDispatch instances send. Runs until interrupted; readings are journaled here even while the broker is down.</source>
        <translation>Teilt den Messplatz dieses PCs über einen MQTT-5-Broker mit dem Labor: veröffentlicht seine Messgeräte und Messwerte und führt Aufträge aus, die andere LabDispatch-Instanzen senden. Läuft bis zur Unterbrechung; Messwerte werden hier auch dann journalisiert, wenn der Broker nicht erreichbar ist.</translation>
    </message>
    <message>
        <source>This node&apos;s name in the lab: letters, digits, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;.</source>
        <translation>Name dieses Knotens im Labor: Buchstaben, Ziffern, „-“, „_“, „.“.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Jobs running at once (default 16).</source>
        <translation>Gleichzeitig laufende Aufträge (Standard 16).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Where the journal goes (default: the application&apos;s data folder).</source>
        <translation>Ort des Journals (Standard: Datenordner der Anwendung).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>--name is required: 1 to 64 letters, digits, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;</source>
        <translation>--name ist erforderlich: 1 bis 64 Buchstaben, Ziffern, „-“, „_“, „.“</translation>
    </message>
    <message>
        <source>--cap must be from %1 to %2</source>
        <translation>--cap muss zwischen %1 und %2 liegen</translation>
    </message>
    <message>
        <source>cannot start the journal: %1</source>
        <translation>das Journal lässt sich nicht starten: %1</translation>
    </message>
    <message>
        <source>Where the node remembers the jobs it answered, so a job delivered again after a restart never runs twice (default: nodes/NAME in the application&apos;s data folder).</source>
        <translation>Wo sich der Knoten die beantworteten Aufträge merkt, damit ein nach einem Neustart erneut zugestellter Auftrag nie zweimal läuft (Standard: nodes/NAME im Datenordner der Anwendung).</translation>
    </message>
    <message>
        <source>--state-dir needs a folder</source>
        <translation>--state-dir braucht einen Ordner</translation>
    </message>
</context>
<context>
    <name>ld::NodeProtocol</name>
    <message>
        <source>&quot;id&quot; must be a non-empty string of at most 200 characters</source>
        <translation>&quot;id&quot; muss ein nicht leerer Text mit höchstens 200 Zeichen sein</translation>
    </message>
    <message>
        <source>&quot;instrument&quot; and &quot;operation&quot; are required</source>
        <translation>&quot;instrument&quot; und &quot;operation&quot; sind erforderlich</translation>
    </message>
    <message>
        <source>&quot;parameters&quot; must be an object</source>
        <translation>&quot;parameters&quot; muss ein Objekt sein</translation>
    </message>
    <message>
        <source>a reading needs an instrument and a known status</source>
        <translation>ein Messwert braucht ein Messgerät und einen bekannten Status</translation>
    </message>
    <message>
        <source>a response needs an &quot;id&quot; and a known &quot;status&quot;</source>
        <translation>eine Antwort braucht eine &quot;id&quot; und einen bekannten &quot;status&quot;</translation>
    </message>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>kein JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>&quot;command&quot; must be an object</source>
        <translation>„command“ muss ein Objekt sein</translation>
    </message>
    <message>
        <source>&quot;command.text&quot; must be one line of 1 to %1 characters without control characters</source>
        <translation>„command.text“ muss eine Zeile mit 1 bis %1 Zeichen ohne Steuerzeichen sein</translation>
    </message>
    <message>
        <source>&quot;command.reply&quot; or &quot;command.blockFormat&quot; is not one a profile may name</source>
        <translation>„command.reply“ oder „command.blockFormat“ ist keines, das ein Profil nennen darf</translation>
    </message>
    <message>
        <source>job format %1 is not one this node reads (1 to %2): update the node</source>
        <translation>Auftragsformat %1 ist keines, das dieser Knoten liest (1 bis %2): den Knoten aktualisieren</translation>
    </message>
    <message>
        <source>a job with a &quot;command&quot; takes no &quot;parameters&quot;: the command is formatted already</source>
        <translation>ein Auftrag mit „command“ nimmt keine „parameters“: der Befehl ist bereits formatiert</translation>
    </message>
</context>
<context>
    <name>ld::OperationsPanel</name>
    <message>
        <source>measurement</source>
        <translation>Messung</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>query</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>&amp;Repeat</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>E&amp;very</source>
        <translation>&amp;Alle</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Stop Selected</source>
        <translation>Ausgewählte stoppen</translation>
    </message>
    <message>
        <source>Stop All</source>
        <translation>Alle stoppen</translation>
    </message>
    <message>
        <source>&amp;Operation:</source>
        <translation>&amp;Operation:</translation>
    </message>
    <message>
        <source>Operations that every selected instrument offers</source>
        <translation>Operationen, die jedes ausgewählte Messgerät anbietet</translation>
    </message>
    <message>
        <source>Repetition</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source> times</source>
        <translation> mal</translation>
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
        <translation>bis zum Stopp</translation>
    </message>
    <message>
        <source>&amp;for</source>
        <translation>&amp;für</translation>
    </message>
    <message>
        <source>Run the operation on the selected instruments (Ctrl+Return)</source>
        <translation>Die Operation auf den ausgewählten Messgeräten ausführen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Stop the runs of the selected instruments and cancel their queued and running jobs</source>
        <translation>Die Messläufe der ausgewählten Messgeräte stoppen und ihre wartenden und laufenden Aufträge abbrechen</translation>
    </message>
    <message>
        <source>Stop every run and cancel every job of the bench</source>
        <translation>Jeden Messlauf stoppen und jeden Auftrag des Messplatzes abbrechen</translation>
    </message>
    <message>
        <source>Not safe to repeat: runs once per instrument.</source>
        <translation>Nicht wiederholbar: läuft einmal pro Messgerät.</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>Select one or more instruments.</source>
        <translation>Ein oder mehrere Messgeräte auswählen.</translation>
    </message>
    <message>
        <source>The selected instruments share no operation.</source>
        <translation>Die ausgewählten Messgeräte haben keine gemeinsame Operation.</translation>
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
        <translation>Messläufe</translation>
    </message>
    <message>
        <source>Progress of the newest timed run</source>
        <translation>Fortschritt des neuesten zeitgesteuerten Messlaufs</translation>
    </message>
    <message>
        <source>Allowed range</source>
        <translation>Zulässiger Bereich</translation>
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
            <numerusform>Messlauf %1: %2 auf %n Messgerät</numerusform>
            <numerusform>Messlauf %1: %2 auf %n Messgeräten</numerusform>
        </translation>
    </message>
    <message>
        <source>every %1 ms, %2 of %3, %4 left</source>
        <translation>alle %1 ms, %2 von %3, noch %4</translation>
    </message>
    <message>
        <source>every %1 ms, running for %2, until stopped</source>
        <translation>alle %1 ms, läuft seit %2, bis zum Stopp</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s), running for %1</source>
        <translation>
            <numerusform>%n mal, läuft seit %1</numerusform>
            <numerusform>%n mal, läuft seit %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No run is going.</source>
        <translation>Kein Messlauf im Gange.</translation>
    </message>
</context>
<context>
    <name>ld::PlanCursor</name>
    <message>
        <source>%1: cannot ramp %2 on &apos;%3&apos;: nothing reads it back</source>
        <translation>%1: %2 lässt sich auf „%3“ nicht als Rampe fahren: nichts liest es zurück</translation>
    </message>
    <message>
        <source>%1: could not read back %2 on &apos;%3&apos; before ramping: %4</source>
        <translation>%1: %2 auf „%3“ ließ sich vor der Rampe nicht zurücklesen: %4</translation>
    </message>
    <message>
        <source>no number</source>
        <translation>keine Zahl</translation>
    </message>
    <message>
        <source>%1: the ramp on &apos;%2&apos; stopped at %3: %4</source>
        <translation>%1: die Rampe auf „%2“ hielt bei %3 an: %4</translation>
    </message>
    <message>
        <source>no reading from &apos;%1&apos;</source>
        <translation>kein Messwert von „%1“</translation>
    </message>
    <message>
        <source>the readings of &apos;%1&apos; spanned %2 (tolerance %3)</source>
        <translation>die Messwerte von „%1“ streuten um %2 (Toleranz %3)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; read for less than %2 ms</source>
        <translation>„%1“ wurde kürzer als %2 ms gelesen</translation>
    </message>
    <message>
        <source>%1: %2 was not stable within %3 ms: %4</source>
        <translation>%1: %2 war nicht innerhalb von %3 ms stabil: %4</translation>
    </message>
    <message>
        <source>%1: *OPC? did not answer 1 within %2 ms on %3</source>
        <translation>%1: *OPC? antwortete nicht innerhalb von %2 ms mit 1 auf %3</translation>
    </message>
    <message>
        <source>%1: *OPC? on &apos;%2&apos; failed: %3</source>
        <translation>%1: *OPC? auf „%2“ fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>it did not answer 1</source>
        <translation>es antwortete nicht mit 1</translation>
    </message>
</context>
<context>
    <name>ld::PlanEditor</name>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>New from template</source>
        <translation>Neu aus Vorlage</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Öffnen …</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Speichern unter …</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Priorität:</translation>
    </message>
    <message>
        <source>Safe state when stopped</source>
        <translation>Sicherer Zustand beim Stopp</translation>
    </message>
    <message>
        <source>Apply the instruments&apos; safe state when the user stops the run (it always is when a run aborts)</source>
        <translation>Den sicheren Zustand der Messgeräte herstellen, wenn der Benutzer den Messlauf stoppt (bei einem Abbruch geschieht das immer)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>The type of the step Add makes</source>
        <translation>Der Typ des Schritts, den Hinzufügen anlegt</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add a step after the selected one, or inside it when it has a body</source>
        <translation>Einen Schritt nach dem gewählten hinzufügen, oder in ihn hinein, wenn er einen Rumpf hat</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Runter</translation>
    </message>
    <message>
        <source>Into</source>
        <translation>Hinein</translation>
    </message>
    <message>
        <source>Move the step into the body of the step above it</source>
        <translation>Den Schritt in den Rumpf des Schritts darüber verschieben</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Heraus</translation>
    </message>
    <message>
        <source>Move the step out of the body it is in</source>
        <translation>Den Schritt aus seinem Rumpf herausnehmen</translation>
    </message>
    <message>
        <source>Limits for the whole run</source>
        <translation>Grenzwerte für den ganzen Messlauf</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>None: the plan may run.</source>
        <translation>Keine: der Plan kann laufen.</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Probleme (%1)</translation>
    </message>
    <message>
        <source>Fix the problems first: %1</source>
        <translation>Zuerst die Probleme beheben: %1</translation>
    </message>
    <message>
        <source>Discard the plan?</source>
        <translation>Plan verwerfen?</translation>
    </message>
    <message>
        <source>The plan has changes that are not saved. Discard them?</source>
        <translation>Der Plan hat ungespeicherte Änderungen. Verwerfen?</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Open Plan</source>
        <translation>Plan öffnen</translation>
    </message>
    <message>
        <source>Plans (*.json);;All files (*)</source>
        <translation>Pläne (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot open the plan: %1</source>
        <translation>Der Plan lässt sich nicht öffnen: %1</translation>
    </message>
    <message>
        <source>Save Plan</source>
        <translation>Plan speichern</translation>
    </message>
    <message>
        <source>Cannot save the plan: %1</source>
        <translation>Der Plan lässt sich nicht speichern: %1</translation>
    </message>
</context>
<context>
    <name>ld::PlanFile</name>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>unknown field (this object takes %1)</source>
        <translation>unbekanntes Feld (dieses Objekt nimmt %1)</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>muss ein Text sein</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>muss eine Zahl sein</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2, not %3</source>
        <translation>muss eine ganze Zahl von %1 bis %2 sein, nicht %3</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>muss ein Array sein</translation>
    </message>
    <message>
        <source>an empty list selects no instrument</source>
        <translation>eine leere Liste wählt kein Messgerät aus</translation>
    </message>
    <message>
        <source>must be an instrument&apos;s name</source>
        <translation>muss der Name eines Messgeräts sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; appears twice</source>
        <translation>„%1“ kommt doppelt vor</translation>
    </message>
    <message>
        <source>must be a name, a list of names or {&quot;kind&quot;: &quot;...&quot;}</source>
        <translation>muss ein Name, eine Liste von Namen oder {&quot;kind&quot;: &quot;...&quot;} sein</translation>
    </message>
    <message>
        <source>must be a number, a string or true/false</source>
        <translation>muss eine Zahl, ein Text oder true/false sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of %2</source>
        <translation>„%1“ ist keiner von %2</translation>
    </message>
    <message>
        <source>needs maxStep, maxRate or both</source>
        <translation>braucht maxStep, maxRate oder beides</translation>
    </message>
    <message>
        <source>needs exactly one of ms, stable and opc</source>
        <translation>braucht genau eines von ms, stable und opc</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of linear, log</source>
        <translation>„%1“ ist keiner von linear, log</translation>
    </message>
    <message>
        <source>a sweep has listed values or from, to and points, not both</source>
        <translation>ein Sweep hat entweder aufgelistete Werte oder from, to und points, nicht beides</translation>
    </message>
    <message>
        <source>more than %1 values</source>
        <translation>mehr als %1 Werte</translation>
    </message>
    <message>
        <source>more than %1 points</source>
        <translation>mehr als %1 Punkte</translation>
    </message>
    <message>
        <source>needs either count or everyMs</source>
        <translation>braucht entweder count oder everyMs</translation>
    </message>
    <message>
        <source>only with everyMs; a counted repeat ends by its count</source>
        <translation>nur mit everyMs; eine gezählte Wiederholung endet mit ihrer Anzahl</translation>
    </message>
    <message>
        <source>must be more than 0, not %1</source>
        <translation>muss größer als 0 sein, nicht %1</translation>
    </message>
    <message>
        <source>must be more than 0, not %1 (leave it out to repeat until stopped)</source>
        <translation>muss größer als 0 sein, nicht %1 (weglassen, um bis zum Anhalten zu wiederholen)</translation>
    </message>
    <message>
        <source>steps nested deeper than %1</source>
        <translation>Schritte tiefer als %1 verschachtelt</translation>
    </message>
    <message>
        <source>a step is an object with one key, its type (%1); this one has %2</source>
        <translation>ein Schritt ist ein Objekt mit einem Schlüssel, seinem Typ (%1); dieser hat %2</translation>
    </message>
    <message>
        <source>unknown step type (%1)</source>
        <translation>unbekannter Schritttyp (%1)</translation>
    </message>
    <message>
        <source>only a set step ramps</source>
        <translation>nur ein set-Schritt fährt eine Rampe</translation>
    </message>
    <message>
        <source>version %1: written by a newer LabDispatch (this one reads plan files of version %2)</source>
        <translation>Version %1: von einem neueren LabDispatch geschrieben (dieses liest Plandateien der Version %2)</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>muss %1 sein</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>%1: not JSON: %2</source>
        <translation>%1: kein JSON: %2</translation>
    </message>
    <message>
        <source>not a plan: the file must hold one JSON object</source>
        <translation>kein Plan: die Datei muss ein JSON-Objekt enthalten</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: nicht lesbar: %2</translation>
    </message>
</context>
<context>
    <name>ld::PlanLimitsTable</name>
    <message>
        <source>Quantity</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Instruments</source>
        <translation>Messgeräte</translation>
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
        <translation>In Folge</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Add limit</source>
        <translation>Grenzwert hinzufügen</translation>
    </message>
    <message>
        <source>Remove limit</source>
        <translation>Grenzwert entfernen</translation>
    </message>
    <message>
        <source>Instruments: names separated by commas, &quot;kind: psu&quot;, or empty for any. Min and Max: empty for no bound.</source>
        <translation>Messgeräte: Namen durch Kommas getrennt, „kind: psu“ oder leer für alle. Min und Max: leer für keine Grenze.</translation>
    </message>
    <message>
        <source>limit %1, %2: &apos;%3&apos; is not a number</source>
        <translation>Grenzwert %1, %2: „%3“ ist keine Zahl</translation>
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
        <translation>Grenzwert %1, in Folge: „%2“ ist keine ganze Zahl</translation>
    </message>
</context>
<context>
    <name>ld::PlanRunPanel</name>
    <message>
        <source>Run plan</source>
        <translation>Plan ausführen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop the run and apply the safe state of its instruments</source>
        <translation>Den Messlauf stoppen und den sicheren Zustand seiner Messgeräte herstellen</translation>
    </message>
    <message>
        <source>Run the plan on the bench</source>
        <translation>Den Plan auf dem Messplatz ausführen</translation>
    </message>
    <message>
        <source>a plan is running</source>
        <translation>ein Plan läuft</translation>
    </message>
    <message>
        <source>Cannot run: %1</source>
        <translation>Ausführen nicht möglich: %1</translation>
    </message>
    <message>
        <source>Run %1 started</source>
        <translation>Messlauf %1 gestartet</translation>
    </message>
    <message>
        <source>Run %1 failed after %2: %3</source>
        <translation>Messlauf %1 nach %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>Run %1 aborted after %2; the safe state was applied</source>
        <translation>Messlauf %1 nach %2 abgebrochen; der sichere Zustand wurde hergestellt</translation>
    </message>
    <message>
        <source>Run %1 finished in %2</source>
        <translation>Messlauf %1 in %2 beendet</translation>
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
        <translation>%1 (Punkt %2 von %3)</translation>
    </message>
    <message>
        <source>Step: %1</source>
        <translation>Schritt: %1</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Sweep point: %1</source>
        <translation>Sweep-Punkt: %1</translation>
    </message>
    <message>
        <source>Jobs done: %1 (the plan repeats until stopped)</source>
        <translation>Erledigte Aufträge: %1 (der Plan wiederholt sich bis zum Stopp)</translation>
    </message>
    <message>
        <source>Jobs done: %1 of at least %2</source>
        <translation>Erledigte Aufträge: %1 von mindestens %2</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>etwa %1</translation>
    </message>
    <message>
        <source>until stopped</source>
        <translation>bis zum Stopp</translation>
    </message>
    <message>
        <source>Elapsed: %1, left: %2</source>
        <translation>Vergangen: %1, verbleibend: %2</translation>
    </message>
    <message>
        <source>Run %1 paused</source>
        <translation>Messlauf %1 angehalten</translation>
    </message>
    <message>
        <source>Run %1 running</source>
        <translation>Messlauf %1 läuft</translation>
    </message>
</context>
<context>
    <name>ld::PlanStepForm</name>
    <message>
        <source>Instruments and operation</source>
        <translation>Messgeräte und Operation</translation>
    </message>
    <message>
        <source>Instruments:</source>
        <translation>Messgeräte:</translation>
    </message>
    <message>
        <source>Operation:</source>
        <translation>Operation:</translation>
    </message>
    <message>
        <source>Parameters:</source>
        <translation>Parameter:</translation>
    </message>
    <message>
        <source>Names separated by commas, or &quot;kind: psu&quot; for every instrument of a kind</source>
        <translation>Namen durch Kommas getrennt, oder „kind: psu“ für jedes Messgerät einer Art</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Zulässig</translation>
    </message>
    <message>
        <source>Empty: the profile&apos;s default. ${v}: the value of the sweep variable v.</source>
        <translation>Leer: der Standard des Profils. ${v}: der Wert der Sweep-Variablen v.</translation>
    </message>
    <message>
        <source>Ramp</source>
        <translation>Rampe</translation>
    </message>
    <message>
        <source>Parameter:</source>
        <translation>Parameter:</translation>
    </message>
    <message>
        <source>Largest step:</source>
        <translation>Größter Schritt:</translation>
    </message>
    <message>
        <source>Largest rate (per s):</source>
        <translation>Größte Rate (pro s):</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Warten</translation>
    </message>
    <message>
        <source>Until:</source>
        <translation>Bis:</translation>
    </message>
    <message>
        <source>a time has passed</source>
        <translation>eine Zeit vergangen ist</translation>
    </message>
    <message>
        <source>a reading is stable</source>
        <translation>ein Messwert stabil ist</translation>
    </message>
    <message>
        <source>*OPC? answers</source>
        <translation>*OPC? antwortet</translation>
    </message>
    <message>
        <source>Time (ms):</source>
        <translation>Zeit (ms):</translation>
    </message>
    <message>
        <source>Tolerance:</source>
        <translation>Toleranz:</translation>
    </message>
    <message>
        <source>Stable for (ms):</source>
        <translation>Stabil für (ms):</translation>
    </message>
    <message>
        <source>Poll every (ms):</source>
        <translation>Abfrage alle (ms):</translation>
    </message>
    <message>
        <source>Give up after (ms):</source>
        <translation>Aufgeben nach (ms):</translation>
    </message>
    <message>
        <source>Sweep</source>
        <translation>Sweep</translation>
    </message>
    <message>
        <source>Variable:</source>
        <translation>Variable:</translation>
    </message>
    <message>
        <source>Values:</source>
        <translation>Werte:</translation>
    </message>
    <message>
        <source>linear</source>
        <translation>linear</translation>
    </message>
    <message>
        <source>logarithmic</source>
        <translation>logarithmisch</translation>
    </message>
    <message>
        <source>listed</source>
        <translation>aufgelistet</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Bis:</translation>
    </message>
    <message>
        <source>Points:</source>
        <translation>Punkte:</translation>
    </message>
    <message>
        <source>List:</source>
        <translation>Liste:</translation>
    </message>
    <message>
        <source>numbers separated by spaces</source>
        <translation>Zahlen durch Leerzeichen getrennt</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>Wiederholen:</translation>
    </message>
    <message>
        <source>a number of times</source>
        <translation>eine Anzahl Male</translation>
    </message>
    <message>
        <source>every interval</source>
        <translation>in jedem Intervall</translation>
    </message>
    <message>
        <source>Times:</source>
        <translation>Anzahl:</translation>
    </message>
    <message>
        <source>Every (ms):</source>
        <translation>Alle (ms):</translation>
    </message>
    <message>
        <source>For (ms):</source>
        <translation>Für (ms):</translation>
    </message>
    <message>
        <source>until stopped</source>
        <translation>bis zum Stopp</translation>
    </message>
    <message>
        <source>Limits while this step runs</source>
        <translation>Grenzwerte, solange dieser Schritt läuft</translation>
    </message>
    <message>
        <source>Select a step to edit it, or add one.</source>
        <translation>Einen Schritt zum Bearbeiten auswählen oder einen hinzufügen.</translation>
    </message>
    <message>
        <source>not a parameter of this operation</source>
        <translation>kein Parameter dieser Operation</translation>
    </message>
    <message>
        <source>required; %1</source>
        <translation>erforderlich; %1</translation>
    </message>
    <message>
        <source>%1 (default %2)</source>
        <translation>%1 (Standard %2)</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a number</source>
        <translation>%1: „%2“ ist keine Zahl</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a whole number</source>
        <translation>%1: „%2“ ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>%1: must be more than 0</source>
        <translation>%1: muss größer als 0 sein</translation>
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
        <translation>Aufträge: %1 in einem Durchgang; eine Wiederholung läuft bis zum Anhalten</translation>
    </message>
    <message>
        <source>jobs: %1</source>
        <translation>Aufträge: %1</translation>
    </message>
    <message>
        <source>ramped sets: at least %1 (%2 sets with a ramp, %3 more for the moves between sweep points; a move from an instrument&apos;s present value is unknown before the run)</source>
        <translation>Sets mit Rampe: mindestens %1 (%2 Sets mit einer Rampe, %3 weitere für die Wege zwischen Sweep-Punkten; ein Weg vom aktuellen Wert eines Messgeräts ist vor dem Lauf unbekannt)</translation>
    </message>
    <message>
        <source>duration: at least %1 per pass of the repeat that runs until stopped (waits, intervals and ramp rates; instruments&apos; latency not included)</source>
        <translation>Dauer: mindestens %1 pro Durchgang der Wiederholung, die bis zum Anhalten läuft (Wartezeiten, Intervalle und Rampenraten; Latenz der Messgeräte nicht enthalten)</translation>
    </message>
    <message>
        <source>duration: at least %1 (waits, intervals and ramp rates; instruments&apos; latency not included)</source>
        <translation>Dauer: mindestens %1 (Wartezeiten, Intervalle und Rampenraten; Latenz der Messgeräte nicht enthalten)</translation>
    </message>
</context>
<context>
    <name>ld::PlanValidator</name>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>needs min, max or both</source>
        <translation>braucht min, max oder beides</translation>
    </message>
    <message>
        <source>%1 is above max %2</source>
        <translation>%1 liegt über max %2</translation>
    </message>
    <message>
        <source>must be at least 1, not %1</source>
        <translation>muss mindestens 1 sein, nicht %1</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>names or a kind, not both</source>
        <translation>Namen oder eine Art, nicht beides</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an instrument of this run (%2)</source>
        <translation>„%1“ ist kein Messgerät dieses Messlaufs (%2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no driver profile yet (it has not been identified and the bench file pins none)</source>
        <translation>„%1“ hat noch kein Treiberprofil (es wurde nicht identifiziert und die Messplatzdatei legt keines fest)</translation>
    </message>
    <message>
        <source>no instrument of kind &apos;%1&apos; in this run (kinds: %2)</source>
        <translation>kein Messgerät der Art „%1“ in diesem Messlauf (Arten: %2)</translation>
    </message>
    <message>
        <source>empty: a %1 needs steps to run</source>
        <translation>leer: ein %1 braucht Schritte zum Ausführen</translation>
    </message>
    <message>
        <source>only a set step ramps</source>
        <translation>nur ein set-Schritt fährt eine Rampe</translation>
    </message>
    <message>
        <source>must not be negative (leave it out to repeat until stopped), not %1</source>
        <translation>darf nicht negativ sein (weglassen, um bis zum Anhalten zu wiederholen), nicht %1</translation>
    </message>
    <message>
        <source>must be more than 0, not %1</source>
        <translation>muss größer als 0 sein, nicht %1</translation>
    </message>
    <message>
        <source>must not be negative, not %1</source>
        <translation>darf nicht negativ sein, nicht %1</translation>
    </message>
    <message>
        <source>%1 ms is shorter than forMs (%2 ms): it could never be stable in time</source>
        <translation>%1 ms ist kürzer als forMs (%2 ms): es könnte nie rechtzeitig stabil sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a name (letters, digits and _, not first a digit)</source>
        <translation>„%1“ ist kein Name (Buchstaben, Ziffern und _, nicht zuerst eine Ziffer)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already bound by %2</source>
        <translation>„%1“ ist bereits durch %2 gebunden</translation>
    </message>
    <message>
        <source>a sweep needs at least 2 points, not %1 (a single value is a list: &quot;values&quot;: [...])</source>
        <translation>ein Sweep braucht mindestens 2 Punkte, nicht %1 (ein einzelner Wert ist eine Liste: &quot;values&quot;: [...])</translation>
    </message>
    <message>
        <source>a log sweep runs between two values of the same sign, neither 0: not from %1 to %2</source>
        <translation>ein logarithmischer Sweep läuft zwischen zwei Werten gleichen Vorzeichens, keiner davon 0: nicht von %1 bis %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an operation of %2 (%3)</source>
        <translation>„%1“ ist keine Operation von %2 (%3)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; of %2 does not reply one number, so it cannot be watched until stable</source>
        <translation>„%1“ von %2 antwortet nicht mit einer Zahl und lässt sich daher nicht bis zur Stabilität beobachten</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number parameter of %2 on %3</source>
        <translation>„%1“ ist kein Zahlenparameter von %2 auf %3</translation>
    </message>
    <message>
        <source>needs maxStep, maxRate or both</source>
        <translation>braucht maxStep, maxRate oder beides</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: a variable is a whole value, written &quot;${name}&quot;</source>
        <translation>„%1“: eine Variable ist ein ganzer Wert, geschrieben &quot;${name}&quot;</translation>
    </message>
    <message>
        <source>${%1} is not bound by an enclosing sweep</source>
        <translation>${%1} ist durch keinen umgebenden Sweep gebunden</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>muss %1 sein</translation>
    </message>
    <message>
        <source>empty: a plan needs at least one step</source>
        <translation>leer: ein Plan braucht mindestens einen Schritt</translation>
    </message>
    <message>
        <source>%1 cannot read back %2 (its profile gives %3 no readback), so the ramp would not know where it starts</source>
        <translation>%1 kann %2 nicht zurücklesen (sein Profil gibt %3 keine Rücklesung), daher wüsste die Rampe nicht, wo sie beginnt</translation>
    </message>
    <message>
        <source>%1 (%2, at %3 = %4)</source>
        <translation>%1 (%2, bei %3 = %4)</translation>
    </message>
</context>
<context>
    <name>ld::PlotCursors</name>
    <message>
        <source>Cursor %1: x %2, y %3</source>
        <translation>Cursor %1: x %2, y %3</translation>
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
        <translation>Plot &amp;anhalten</translation>
    </message>
    <message>
        <source>&amp;Autoscale</source>
        <translation>A&amp;utomatisch skalieren</translation>
    </message>
    <message>
        <source>Export Plot as P&amp;NG...</source>
        <translation>Plot als P&amp;NG exportieren …</translation>
    </message>
    <message>
        <source>Export Plot as P&amp;DF...</source>
        <translation>Plot als P&amp;DF exportieren …</translation>
    </message>
    <message>
        <source>Freeze the plot; readings are still recorded</source>
        <translation>Plot einfrieren; Messwerte werden weiter aufgezeichnet</translation>
    </message>
    <message>
        <source>Fit the axes to the data and follow new readings again</source>
        <translation>Achsen an die Daten anpassen und neuen Messwerten wieder folgen</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Größe:</translation>
    </message>
    <message>
        <source>The quantity plotted; one unit per axis</source>
        <translation>Die dargestellte Messgröße; eine Einheit pro Achse</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>An&amp;zeigen:</translation>
    </message>
    <message>
        <source>Last 10 s</source>
        <translation>Letzte 10 s</translation>
    </message>
    <message>
        <source>Last 60 s</source>
        <translation>Letzte 60 s</translation>
    </message>
    <message>
        <source>Last 10 min</source>
        <translation>Letzte 10 min</translation>
    </message>
    <message>
        <source>Whole run</source>
        <translation>Ganzer Messlauf</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Live plot</source>
        <translation>Live-Plot</translation>
    </message>
    <message>
        <source>LabDispatch</source>
        <translation>LabDispatch</translation>
    </message>
    <message>
        <source>LabDispatch plot: %1</source>
        <translation>LabDispatch-Plot: %1</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Export Plot</source>
        <translation>Plot exportieren</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 ließ sich nicht schreiben.</translation>
    </message>
    <message>
        <source>Paused view — Back to live</source>
        <translation>Ansicht angehalten — zurück zu Live</translation>
    </message>
    <message>
        <source>The view stays where you zoomed or panned while readings go on. Click, or press %1, to follow the newest readings again.</source>
        <translation>Die Ansicht bleibt beim gezoomten oder verschobenen Ausschnitt, während die Messwerte weiterlaufen. Klicken oder %1 drücken, um wieder den neuesten Messwerten zu folgen.</translation>
    </message>
    <message>
        <source>%1 (pinned)</source>
        <translation>%1 (angeheftet)</translation>
    </message>
    <message>
        <source>Keep %1 Plotted</source>
        <translation>%1 immer plotten</translation>
    </message>
    <message>
        <source>P&amp;lot:</source>
        <translation>P&amp;lot:</translation>
    </message>
    <message>
        <source>Against time</source>
        <translation>Über der Zeit</translation>
    </message>
    <message>
        <source>XY</source>
        <translation>XY</translation>
    </message>
    <message>
        <source>Plot quantities against time, or one quantity or sweep variable against another</source>
        <translation>Größen über der Zeit auftragen, oder eine Größe bzw. Sweep-Variable über einer anderen</translation>
    </message>
    <message>
        <source>&amp;Cursors</source>
        <translation>&amp;Cursor</translation>
    </message>
    <message>
        <source>Two cursors: click places cursor 1, Shift+click cursor 2; the values and their difference are shown below the plot</source>
        <translation>Zwei Cursor: Klick setzt Cursor 1, Umschalt+Klick Cursor 2; die Werte und ihre Differenz stehen unter dem Plot</translation>
    </message>
    <message>
        <source>LabDispatch XY plot</source>
        <translation>LabDispatch-XY-Plot</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Click the plot to place cursor 1, Shift+click for cursor 2.</source>
        <translation>In den Plot klicken, um Cursor 1 zu setzen, Umschalt+Klick für Cursor 2.</translation>
    </message>
</context>
<context>
    <name>ld::ProfileRegistry</name>
    <message>
        <source>%1: no such folder</source>
        <translation>%1: Ordner existiert nicht</translation>
    </message>
    <message>
        <source>profile id &apos;%1&apos; is in both %2 and %3; %3 is used</source>
        <translation>Profil-ID „%1“ steht sowohl in %2 als auch in %3; %3 wird verwendet</translation>
    </message>
</context>
<context>
    <name>ld::ProfilesCommand</name>
    <message>
        <source>Prints the known driver profiles and their operations.</source>
        <translation>Zeigt die bekannten Treiberprofile und ihre Operationen.</translation>
    </message>
</context>
<context>
    <name>ld::ReadingsExport</name>
    <message>
        <source>Exporting readings to %1...</source>
        <translation>Exportiere Messwerte nach %1 …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n reading(s).</source>
        <translation>
            <numerusform>%n Messwert exportiert.</numerusform>
            <numerusform>%n Messwerte exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export Readings</source>
        <translation>Messwerte exportieren</translation>
    </message>
    <message>
        <source>No run has been journaled yet.</source>
        <translation>Noch kein Messlauf wurde journalisiert.</translation>
    </message>
    <message>
        <source>An export is already running.</source>
        <translation>Es läuft bereits ein Export.</translation>
    </message>
    <message>
        <source>Export Interrupted Run</source>
        <translation>Unterbrochenen Messlauf exportieren</translation>
    </message>
</context>
<context>
    <name>ld::RemoteLab</name>
    <message>
        <source>the controller closed</source>
        <translation>der Controller wurde beendet</translation>
    </message>
    <message>
        <source>node lost: %1 is offline</source>
        <translation>Knoten verloren: %1 ist offline</translation>
    </message>
    <message>
        <source>cannot send the job to %1: %2</source>
        <translation>der Auftrag lässt sich nicht an %1 senden: %2</translation>
    </message>
    <message>
        <source>node lost: %1 did not answer within %2 ms</source>
        <translation>Knoten verloren: %1 hat nicht innerhalb von %2 ms geantwortet</translation>
    </message>
    <message>
        <source>bad answer from %1: %2</source>
        <translation>ungültige Antwort von %1: %2</translation>
    </message>
    <message>
        <source>node lost: %1 went offline</source>
        <translation>Knoten verloren: %1 ist offline gegangen</translation>
    </message>
    <message>
        <source>the broker connection is closed</source>
        <translation>die Verbindung zum Broker ist geschlossen</translation>
    </message>
    <message>
        <source>broker lost: no connection to the broker for %1 ms (%2)</source>
        <translation>Broker verloren: seit %1 ms keine Verbindung zum Broker (%2)</translation>
    </message>
</context>
<context>
    <name>ld::RemoteRunner</name>
    <message>
        <source>the node &apos;%1&apos; is offline</source>
        <translation>der Knoten „%1“ ist offline</translation>
    </message>
    <message>
        <source>Not connected to a lab.</source>
        <translation>Mit keinem Labor verbunden.</translation>
    </message>
    <message>
        <source>No node of the lab has an instrument &apos;%1&apos;.</source>
        <translation>Kein Knoten des Labors hat ein Messgerät „%1“.</translation>
    </message>
    <message>
        <source>The node &apos;%1&apos; is offline.</source>
        <translation>Der Knoten „%1“ ist offline.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not identified yet on its node.</source>
        <translation>„%1“ ist auf seinem Knoten noch nicht identifiziert.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; uses the profile &apos;%2&apos;, which is not installed on this PC.</source>
        <translation>„%1“ verwendet das Profil „%2“, das auf diesem PC nicht installiert ist.</translation>
    </message>
</context>
<context>
    <name>ld::RemoteSession</name>
    <message>
        <source>%1; gave up after %2 ms</source>
        <translation>%1; nach %2 ms aufgegeben</translation>
    </message>
    <message>
        <source>no connection to the broker at %1 within %2 ms: %3</source>
        <translation>keine Verbindung zum Broker unter %1 innerhalb von %2 ms: %3</translation>
    </message>
    <message>
        <source>no connection to the broker at %1 within %2 ms</source>
        <translation>keine Verbindung zum Broker unter %1 innerhalb von %2 ms</translation>
    </message>
    <message>
        <source>interrupted while connecting to the broker at %1</source>
        <translation>beim Verbinden mit dem Broker unter %1 unterbrochen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not NODE/INSTRUMENT; the lab has: %2</source>
        <translation>„%1“ hat nicht die Form KNOTEN/MESSGERÄT; das Labor hat: %2</translation>
    </message>
    <message>
        <source>no node named &apos;%1&apos; on the broker at %2; the lab has: %3</source>
        <translation>kein Knoten namens „%1“ am Broker unter %2; das Labor hat: %3</translation>
    </message>
    <message>
        <source>the node &apos;%1&apos; has no instrument &apos;%2&apos;; the lab has: %3</source>
        <translation>der Knoten „%1“ hat kein Messgerät „%2“; das Labor hat: %3</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>no instruments</source>
        <translation>keine Messgeräte</translation>
    </message>
    <message>
        <source>no nodes</source>
        <translation>keine Knoten</translation>
    </message>
</context>
<context>
    <name>ld::ReplayBench</name>
    <message>
        <source>With --replay: the recorded instrument to serve (default: every one); may be repeated.</source>
        <translation>Mit --replay: das aufgezeichnete Messgerät, das bereitgestellt wird (Standard: jedes); mehrfach möglich.</translation>
    </message>
    <message>
        <source>With --replay: &apos;pty&apos; (default) or &apos;tcp&apos; (loopback).</source>
        <translation>Mit --replay: „pty“ (Standard) oder „tcp“ (Loopback).</translation>
    </message>
    <message>
        <source>With --replay and tcp, one instrument: the port to listen on.</source>
        <translation>Mit --replay und tcp, ein Messgerät: der Port, auf dem gelauscht wird.</translation>
    </message>
    <message>
        <source>With --replay: &apos;order&apos; answers in the recorded order (default), &apos;command&apos; with the replies recorded for the same command.</source>
        <translation>Mit --replay: „order“ antwortet in der aufgezeichneten Reihenfolge (Standard), „command“ mit den für denselben Befehl aufgezeichneten Antworten.</translation>
    </message>
    <message>
        <source>With --replay: divides the recorded latencies (2: twice as fast; default 1).</source>
        <translation>Mit --replay: teilt die aufgezeichneten Latenzen (2: doppelt so schnell; Standard 1).</translation>
    </message>
    <message>
        <source>With --replay: simulator faults on top, comma-separated (%1).</source>
        <translation>Mit --replay: zusätzliche Simulator-Fehler, durch Kommas getrennt (%1).</translation>
    </message>
    <message>
        <source>With --faults: the share of replies hit, 0 to 1 (default 1).</source>
        <translation>Mit --faults: der Anteil betroffener Antworten, 0 bis 1 (Standard 1).</translation>
    </message>
    <message>
        <source>With --faults: how many replies may be hit (default: no limit).</source>
        <translation>Mit --faults: wie viele Antworten betroffen sein dürfen (Standard: unbegrenzt).</translation>
    </message>
    <message>
        <source>--transport takes &apos;pty&apos; or &apos;tcp&apos;, not &apos;%1&apos;</source>
        <translation>--transport nimmt „pty“ oder „tcp“, nicht „%1“</translation>
    </message>
    <message>
        <source>--match takes &apos;order&apos; or &apos;command&apos;, not &apos;%1&apos;</source>
        <translation>--match nimmt „order“ oder „command“, nicht „%1“</translation>
    </message>
    <message>
        <source>--speed takes a factor above 0, not &apos;%1&apos;</source>
        <translation>--speed nimmt einen Faktor über 0, nicht „%1“</translation>
    </message>
    <message>
        <source>--faults: unknown fault &apos;%1&apos; (known: %2)</source>
        <translation>--faults: unbekannter Fehler „%1“ (bekannt: %2)</translation>
    </message>
    <message>
        <source>--fault-probability takes a number from 0 to 1</source>
        <translation>--fault-probability nimmt eine Zahl von 0 bis 1</translation>
    </message>
    <message>
        <source>--fault-times takes a whole number from 0</source>
        <translation>--fault-times nimmt eine ganze Zahl ab 0</translation>
    </message>
    <message>
        <source>--port takes a port from 1 to 65535, with --transport tcp and one instrument</source>
        <translation>--port nimmt einen Port von 1 bis 65535, mit --transport tcp und einem Messgerät</translation>
    </message>
</context>
<context>
    <name>ld::RunActions</name>
    <message numerus="yes">
        <source>Run %1 started on %n instrument(s)</source>
        <translation>
            <numerusform>Messlauf %1 auf %n Messgerät gestartet</numerusform>
            <numerusform>Messlauf %1 auf %n Messgeräten gestartet</numerusform>
        </translation>
    </message>
    <message>
        <source>Run %1 started: %2</source>
        <translation>Messlauf %1 gestartet: %2</translation>
    </message>
    <message>
        <source>Cannot run: %1</source>
        <translation>Ausführen nicht möglich: %1</translation>
    </message>
    <message>
        <source>Run refused: %1</source>
        <translation>Messlauf abgelehnt: %1</translation>
    </message>
    <message numerus="yes">
        <source>Stopped %n instrument(s)</source>
        <translation>
            <numerusform>%n Messgerät gestoppt</numerusform>
            <numerusform>%n Messgeräte gestoppt</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped every run</source>
        <translation>Alle Messläufe gestoppt</translation>
    </message>
    <message>
        <source>Run %1 stopped</source>
        <translation>Messlauf %1 gestoppt</translation>
    </message>
    <message>
        <source>Run %1 finished</source>
        <translation>Messlauf %1 beendet</translation>
    </message>
</context>
<context>
    <name>ld::RunCommand</name>
    <message>
        <source>Operation id to run (see &apos;labdispatch profiles&apos;).</source>
        <translation>Auszuführende Operations-ID (siehe „labdispatch profiles“).</translation>
    </message>
    <message>
        <source>operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>names</source>
        <translation>Namen</translation>
    </message>
    <message>
        <source>Operation parameter, may be repeated.</source>
        <translation>Parameter der Operation, mehrfach möglich.</translation>
    </message>
    <message>
        <source>name=value</source>
        <translation>Name=Wert</translation>
    </message>
    <message>
        <source>Jobs running at once (default 8).</source>
        <translation>Gleichzeitig laufende Aufträge (Standard 8).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Runs per instrument (default 1).</source>
        <translation>Durchläufe je Messgerät (Standard 1).</translation>
    </message>
    <message>
        <source>Run every MS milliseconds per instrument instead (needs --duration).</source>
        <translation>Stattdessen alle MS Millisekunden je Messgerät ausführen (braucht --duration).</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>How long to repeat with --interval.</source>
        <translation>Wie lange mit --interval wiederholt wird.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>CSV with a column group per instrument and quantity.</source>
        <translation>CSV mit einer Spaltengruppe je Messgerät und Messgröße.</translation>
    </message>
    <message>
        <source>Start the CSV with a UTF-8 byte order mark (Excel).</source>
        <translation>Die CSV mit einer UTF-8-Bytereihenfolgemarke beginnen (Excel).</translation>
    </message>
    <message>
        <source>Where journals go (default: the application&apos;s data folder).</source>
        <translation>Ort der Journale (Standard: Datenordner der Anwendung).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>How long to wait for instruments to connect (default 10000).</source>
        <translation>Wie lange auf die Verbindung der Messgeräte gewartet wird (Standard 10000).</translation>
    </message>
    <message>
        <source>No progress lines.</source>
        <translation>Keine Fortschrittszeilen.</translation>
    </message>
    <message>
        <source>--interval needs --duration (how long to keep measuring)</source>
        <translation>--interval braucht --duration (wie lange gemessen wird)</translation>
    </message>
    <message>
        <source>use either --repeat or --interval with --duration, not both</source>
        <translation>entweder --repeat oder --interval mit --duration verwenden, nicht beides</translation>
    </message>
    <message>
        <source>--param takes name=value, not &apos;%1&apos;</source>
        <translation>--param erwartet Name=Wert, nicht „%1“</translation>
    </message>
    <message>
        <source>the bench has no instruments</source>
        <translation>der Messplatz hat keine Messgeräte</translation>
    </message>
    <message>
        <source>no connected instrument offers the operation &apos;%1&apos;</source>
        <translation>kein verbundenes Messgerät bietet die Operation „%1“ an</translation>
    </message>
    <message>
        <source>cannot start the journal in &apos;%1&apos;: %2</source>
        <translation>das Journal in „%1“ lässt sich nicht starten: %2</translation>
    </message>
    <message>
        <source>the journal could not be closed: %1</source>
        <translation>das Journal ließ sich nicht schließen: %1</translation>
    </message>
    <message>
        <source>CSV export failed: %1</source>
        <translation>CSV-Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3, not &apos;%4&apos;</source>
        <translation>--%1 muss eine ganze Zahl von %2 bis %3 sein, nicht „%4“</translation>
    </message>
    <message>
        <source>%1: the node &apos;%2&apos; is offline</source>
        <translation>%1: der Knoten „%2“ ist offline</translation>
    </message>
    <message>
        <source>no connected instrument of the lab at %1 offers the operation &apos;%2&apos;; the lab has: %3</source>
        <translation>kein verbundenes Messgerät des Labors unter %1 bietet die Operation „%2“ an; das Labor hat: %3</translation>
    </message>
    <message>
        <source>lab at %1</source>
        <translation>Labor unter %1</translation>
    </message>
    <message>
        <source>Instruments to run it on, comma-separated, NODE/NAME with --broker (default: every connected instrument that offers the operation).</source>
        <translation>Messgeräte, auf denen sie läuft, durch Kommas getrennt, mit --broker als KNOTEN/NAME (Standard: jedes verbundene Messgerät, das die Operation anbietet).</translation>
    </message>
    <message>
        <source>the broker at %1 is gone (%2); jobs wait up to %3 ms for it to come back</source>
        <translation>der Broker unter %1 ist weg (%2); Aufträge warten bis zu %3 ms auf seine Rückkehr</translation>
    </message>
    <message>
        <source>the broker at %1 is back; the waiting jobs are sent</source>
        <translation>der Broker unter %1 ist zurück; die wartenden Aufträge werden gesendet</translation>
    </message>
    <message>
        <source>the broker at %1 did not come back within %2 ms; the unfinished jobs end as &apos;broker lost&apos; and so does the run</source>
        <translation>der Broker unter %1 ist nicht innerhalb von %2 ms zurückgekommen; die unerledigten Aufträge enden mit „Broker verloren“, ebenso der Messlauf</translation>
    </message>
    <message>
        <source>Export the run&apos;s readings to this CSV file; &apos;-&apos; writes to standard output.</source>
        <translation>Die Messwerte des Messlaufs in diese CSV-Datei exportieren; „-“ schreibt auf die Standardausgabe.</translation>
    </message>
    <message>
        <source>plan: %1</source>
        <translation>Plan: %1</translation>
    </message>
    <message>
        <source>the simple run of &apos;%1&apos;</source>
        <translation>der einfache Messlauf von „%1“</translation>
    </message>
    <message>
        <source>instruments: %1</source>
        <translation>Messgeräte: %1</translation>
    </message>
    <message>
        <source>estimate: about %1%2 (an estimate, not a measurement: the least duration above plus %3 jobs x %4 ms, a nominal job time, over %5 at once, the fewest of the cap %6 and the instruments; steps that wait for each other take longer)</source>
        <translation>Schätzung: etwa %1%2 (eine Schätzung, keine Messung: die kleinste Dauer oben plus %3 Aufträge x %4 ms, eine nominelle Auftragszeit, über %5 gleichzeitig, das Kleinste aus dem Limit %6 und den Messgeräten; Schritte, die aufeinander warten, dauern länger)</translation>
    </message>
    <message>
        <source> per pass</source>
        <translation> pro Durchlauf</translation>
    </message>
    <message>
        <source>dry run: nothing was connected or run</source>
        <translation>Probelauf: nichts wurde verbunden oder ausgeführt</translation>
    </message>
    <message>
        <source>labdispatch run: interrupted; aborting the run and applying the safe state (a second Ctrl-C quits at once)</source>
        <translation>labdispatch run: unterbrochen; der Messlauf wird abgebrochen und der sichere Zustand hergestellt (ein zweites Strg-C beendet sofort)</translation>
    </message>
    <message>
        <source>labdispatch run: interrupted again; quitting now (the journal is left interrupted; its readings are kept)
</source>
        <translation>labdispatch run: erneut unterbrochen; wird jetzt beendet (das Journal bleibt unterbrochen; seine Messwerte bleiben erhalten)
</translation>
    </message>
    <message>
        <source>the run failed: %1</source>
        <translation>der Messlauf ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>cannot write the transcript &apos;%1&apos;: %2</source>
        <translation>das Protokoll „%1“ lässt sich nicht schreiben: %2</translation>
    </message>
    <message>
        <source>Runs an operation, or a plan (--plan), on instruments through the capped dispatcher: those of this PC&apos;s bench, or with --broker those of the nodes sharing a lab. Every reading is journaled; --csv exports them. Ctrl-C aborts the run and applies the safe state. Exit status: 0 all jobs succeeded, 1 some failed, the plan failed or the run was interrupted, 2 usage error or invalid plan.</source>
        <translation>Führt eine Operation oder einen Plan (--plan) auf Messgeräten über den begrenzten Dispatcher aus: die des Messplatzes dieses PCs oder mit --broker die der Knoten, die ein Labor teilen. Jeder Messwert wird journalisiert; --csv exportiert sie. Strg-C bricht den Messlauf ab und stellt den sicheren Zustand her. Exit-Status: 0 alle Aufträge erfolgreich, 1 einige fehlgeschlagen, der Plan fehlgeschlagen oder der Messlauf unterbrochen, 2 Bedienfehler oder ungültiger Plan.</translation>
    </message>
    <message>
        <source>Run this plan file (docs/plans.md) instead of one operation.</source>
        <translation>Diese Plandatei (docs/plans.md) statt einer Operation ausführen.</translation>
    </message>
    <message>
        <source>Check the plan (or the operation) against the bench&apos;s profiles and print the jobs and an estimated duration; connect to nothing, run nothing.</source>
        <translation>Den Plan (oder die Operation) gegen die Profile des Messplatzes prüfen und die Aufträge und eine geschätzte Dauer ausgeben; nichts verbinden, nichts ausführen.</translation>
    </message>
    <message>
        <source>Record the traffic of the run&apos;s instruments and write it to this transcript file (see &apos;labdispatch trace&apos;).</source>
        <translation>Den Datenverkehr der Messgeräte des Messlaufs aufzeichnen und in diese Protokolldatei schreiben (siehe „labdispatch trace“).</translation>
    </message>
    <message>
        <source>--dry-run checks against a local bench&apos;s profiles and cannot be used with --broker</source>
        <translation>--dry-run prüft gegen die Profile eines lokalen Messplatzes und kann nicht mit --broker verwendet werden</translation>
    </message>
    <message>
        <source>--%1 is for a run of one operation; a plan names its own instruments, operations and repeats</source>
        <translation>--%1 ist für einen Messlauf einer Operation; ein Plan nennt seine eigenen Messgeräte, Operationen und Wiederholungen</translation>
    </message>
    <message>
        <source>--op or --plan is required (see &apos;labdispatch profiles&apos; for operation ids, docs/plans.md for plan files)</source>
        <translation>--op oder --plan ist erforderlich (siehe „labdispatch profiles“ für Operations-IDs, docs/plans.md für Plandateien)</translation>
    </message>
</context>
<context>
    <name>ld::RunController</name>
    <message>
        <source>This run is not journaled, its readings are not kept: %1</source>
        <translation>Dieser Messlauf wird nicht journalisiert, seine Messwerte werden nicht aufbewahrt: %1</translation>
    </message>
    <message>
        <source>Run %1: its journal could not be closed: %2</source>
        <translation>Messlauf %1: sein Journal ließ sich nicht schließen: %2</translation>
    </message>
    <message>
        <source>Run %1: could not journal the cap change: %2</source>
        <translation>Messlauf %1: die Änderung des Limits ließ sich nicht journalisieren: %2</translation>
    </message>
    <message>
        <source>%1 channel %2</source>
        <translation>%1 Kanal %2</translation>
    </message>
    <message>
        <source>A front panel operates one instrument</source>
        <translation>Ein Bedienfeld bedient genau ein Messgerät</translation>
    </message>
    <message>
        <source>%1: the journal of its front panel could not be closed: %2</source>
        <translation>%1: das Journal seines Bedienfelds ließ sich nicht schließen: %2</translation>
    </message>
    <message>
        <source>no answer in time; its outputs may still be live</source>
        <translation>keine Antwort in der Zeit; seine Ausgänge können noch aktiv sein</translation>
    </message>
    <message>
        <source>%1: could not journal it: %2</source>
        <translation>%1: ließ sich nicht journalisieren: %2</translation>
    </message>
    <message>
        <source>%1: its journal could not be closed: %2</source>
        <translation>%1: sein Journal ließ sich nicht schließen: %2</translation>
    </message>
    <message>
        <source>Could not mark the run %1 as made safe: %2</source>
        <translation>Der Messlauf %1 ließ sich nicht als sicher gemacht markieren: %2</translation>
    </message>
</context>
<context>
    <name>ld::RunEngine</name>
    <message>
        <source>%1: %2 %3 %4 is outside the limit (%5 %6)</source>
        <translation>%1: %2 %3 %4 liegt außerhalb des Grenzwerts (%5 %6)</translation>
    </message>
    <message>
        <source>%1; the run is paused until it is resumed or aborted</source>
        <translation>%1; der Messlauf ist angehalten, bis er fortgesetzt oder abgebrochen wird</translation>
    </message>
    <message>
        <source>%1; its steps end and its safe state is applied</source>
        <translation>%1; seine Schritte enden und sein sicherer Zustand wird hergestellt</translation>
    </message>
    <message>
        <source>%1; the run is aborted and every instrument&apos;s safe state applied</source>
        <translation>%1; der Messlauf wird abgebrochen und der sichere Zustand jedes Messgeräts hergestellt</translation>
    </message>
    <message>
        <source>the safe state could not be applied (%1); outputs may still be live</source>
        <translation>der sichere Zustand ließ sich nicht herstellen (%1); Ausgänge können noch aktiv sein</translation>
    </message>
    <message>
        <source>its profile has no safe state</source>
        <translation>sein Profil hat keinen sicheren Zustand</translation>
    </message>
    <message>
        <source>no operation &apos;%1&apos;</source>
        <translation>keine Operation „%1“</translation>
    </message>
    <message>
        <source>safe state applied</source>
        <translation>sicherer Zustand hergestellt</translation>
    </message>
</context>
<context>
    <name>ld::RunsBrowser</name>
    <message numerus="yes">
        <source>%n run(s); counting readings...</source>
        <translation>
            <numerusform>%n Messlauf; Messwerte werden gezählt …</numerusform>
            <numerusform>%n Messläufe; Messwerte werden gezählt …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) in %1</source>
        <translation>
            <numerusform>%n Messlauf in %1</numerusform>
            <numerusform>%n Messläufe in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 ließ sich nicht öffnen: %2</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1: %n reading(s)</source>
        <translation>
            <numerusform>%1 geöffnet: %n Messwert</numerusform>
            <numerusform>%1 geöffnet: %n Messwerte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n reading(s).</source>
        <translation>
            <numerusform>%n Messwert exportiert.</numerusform>
            <numerusform>%n Messwerte exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Past Runs</source>
        <translation>Frühere Messläufe</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Show the selected run&apos;s readings in the plot, in place of what it shows</source>
        <translation>Die Messwerte des gewählten Messlaufs im Plot anzeigen, anstelle dessen, was er zeigt</translation>
    </message>
    <message>
        <source>O&amp;verlay</source>
        <translation>Ü&amp;berlagern</translation>
    </message>
    <message>
        <source>Add the selected runs to the plot, each starting where the first run opened starts</source>
        <translation>Die gewählten Messläufe dem Plot hinzufügen, jeder beginnend dort, wo der zuerst geöffnete beginnt</translation>
    </message>
    <message>
        <source>&amp;Export CSV...</source>
        <translation>CSV &amp;exportieren …</translation>
    </message>
    <message>
        <source>&amp;Run Again</source>
        <translation>E&amp;rneut ausführen</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Reading the runs folder...</source>
        <translation>Der Ordner der Messläufe wird gelesen …</translation>
    </message>
    <message>
        <source>Start the plan this run carried out, on this bench</source>
        <translation>Den Plan, den dieser Messlauf ausgeführt hat, auf diesem Messplatz starten</translation>
    </message>
    <message>
        <source>This run&apos;s journal carries no plan to run again</source>
        <translation>Das Journal dieses Messlaufs enthält keinen Plan zum erneuten Ausführen</translation>
    </message>
    <message>
        <source>Reading %1...</source>
        <translation>Lese %1 …</translation>
    </message>
    <message>
        <source>Exporting to %1...</source>
        <translation>Exportiere nach %1 …</translation>
    </message>
    <message>
        <source>Export Run</source>
        <translation>Messlauf exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>The run %1 carries no plan: it was a single operation.</source>
        <translation>Der Messlauf %1 enthält keinen Plan: er war eine einzelne Operation.</translation>
    </message>
    <message>
        <source>The plan of run %1 does not read: %2</source>
        <translation>Der Plan von Messlauf %1 ist nicht lesbar: %2</translation>
    </message>
</context>
<context>
    <name>ld::RunsBrowserModel</name>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>Interrupted, recovered</source>
        <translation>Unterbrochen, wiederhergestellt</translation>
    </message>
    <message>
        <source>Still running</source>
        <translation>Läuft noch</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>Unlesbar</translation>
    </message>
    <message>
        <source>No closing record and no writer: the run was killed, crashed or lost power. Every reading written whole is kept.</source>
        <translation>Kein Abschlussdatensatz und kein Schreiber: der Messlauf wurde beendet, ist abgestürzt oder hatte einen Stromausfall. Jeder vollständig geschriebene Messwert bleibt erhalten.</translation>
    </message>
    <message numerus="yes">
        <source>%n reading(s) failed</source>
        <translation>
            <numerusform>%n Messwert fehlgeschlagen</numerusform>
            <numerusform>%n Messwerte fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan: %1</source>
        <translation>Plan: %1</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>counting...</source>
        <translation>zähle …</translation>
    </message>
    <message>
        <source>%1 (%2 failed)</source>
        <translation>%1 (%2 fehlgeschlagen)</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Bench</source>
        <translation>Messplatz</translation>
    </message>
    <message>
        <source>Plan or operation</source>
        <translation>Plan oder Operation</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>Messwerte</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Interrupted, safe state applied</source>
        <translation>Unterbrochen, sicherer Zustand hergestellt</translation>
    </message>
    <message>
        <source>Front panel: %1</source>
        <translation>Bedienfeld: %1</translation>
    </message>
    <message>
        <source>All outputs off</source>
        <translation>Alle Ausgänge aus</translation>
    </message>
    <message>
        <source>Killed, crashed or cut off, like an interrupted run; its instruments got their safe state afterwards, so it is no longer offered for it.</source>
        <translation>Beendet, abgestürzt oder getrennt wie ein unterbrochener Messlauf; seine Messgeräte haben danach ihren sicheren Zustand erhalten, daher wird er dafür nicht mehr angeboten.</translation>
    </message>
</context>
<context>
    <name>ld::RunsCommand</name>
    <message>
        <source>Lists journaled runs. Interrupted runs (a crash, a kill, a power cut) keep every reading that was journaled; export them with &apos;labdispatch export&apos;.</source>
        <translation>Listet journalisierte Messläufe auf. Unterbrochene Messläufe (Absturz, Abbruch, Stromausfall) behalten jeden journalisierten Messwert; exportieren Sie sie mit „labdispatch export“.</translation>
    </message>
    <message>
        <source>Exports a journaled run to CSV (RFC 4180, UTF-8). RUN is a run id (see &apos;labdispatch runs&apos;) or a journal file.</source>
        <translation>Exportiert einen journalisierten Messlauf als CSV (RFC 4180, UTF-8). RUN ist eine Messlauf-ID (siehe „labdispatch runs“) oder eine Journaldatei.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>A column group per instrument and quantity.</source>
        <translation>Eine Spaltengruppe je Messgerät und Messgröße.</translation>
    </message>
    <message>
        <source>Start with a UTF-8 byte order mark (Excel).</source>
        <translation>Mit einer UTF-8-Bytereihenfolgemarke beginnen (Excel).</translation>
    </message>
    <message>
        <source>Run id or journal file.</source>
        <translation>Messlauf-ID oder Journaldatei.</translation>
    </message>
    <message>
        <source>usage: labdispatch export RUN --csv FILE</source>
        <translation>Aufruf: labdispatch export RUN --csv DATEI</translation>
    </message>
    <message>
        <source>no journal for &apos;%1&apos; (looked at %2)</source>
        <translation>kein Journal für „%1“ (gesucht in %2)</translation>
    </message>
    <message>
        <source>Where journals are (default: the application&apos;s data folder).</source>
        <translation>Ort der Journale (Standard: Datenordner der Anwendung).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>The CSV file to write; &apos;-&apos; writes to standard output.</source>
        <translation>Die zu schreibende CSV-Datei; „-“ schreibt auf die Standardausgabe.</translation>
    </message>
    <message>
        <source>Prints one run&apos;s header (plan, cap and its changes, instruments and their identities) and what its journal holds, one &apos;key: value&apos; a line.</source>
        <translation>Gibt den Kopf eines Messlaufs (Plan, Limit und seine Änderungen, Messgeräte und ihre Identitäten) und den Inhalt seines Journals aus, ein „Schlüssel: Wert“ pro Zeile.</translation>
    </message>
    <message>
        <source>run</source>
        <translation>Messlauf</translation>
    </message>
</context>
<context>
    <name>ld::SafeCommand</name>
    <message>
        <source>the run %1 was interrupted (no closing record) and may have left outputs live on: %2. To apply their safe state: %3</source>
        <translation>der Messlauf %1 wurde unterbrochen (kein Abschlussdatensatz) und hat möglicherweise Ausgänge eingeschaltet gelassen: %2. Um ihren sicheren Zustand herzustellen: %3</translation>
    </message>
    <message>
        <source>Connects to the bench and applies the safe state of its instruments (their profile&apos;s safeState: outputs off), ahead of every other job. Exit status: 0 every chosen instrument was made safe, 1 one failed, did not connect or has no safe state, or none has one, 2 usage error.</source>
        <translation>Verbindet sich mit dem Messplatz und stellt den sicheren Zustand seiner Messgeräte her (safeState ihres Profils: Ausgänge aus), vor jedem anderen Auftrag. Exit-Status: 0 jedes gewählte Messgerät wurde sicher gemacht, 1 eines ist fehlgeschlagen, hat sich nicht verbunden oder hat keinen sicheren Zustand, oder keines hat einen, 2 Bedienfehler.</translation>
    </message>
    <message>
        <source>Instruments to make safe, comma-separated (default: every instrument whose profile has a safe state).</source>
        <translation>Sicher zu machende Messgeräte, durch Kommas getrennt (Standard: jedes Messgerät, dessen Profil einen sicheren Zustand hat).</translation>
    </message>
    <message>
        <source>names</source>
        <translation>Namen</translation>
    </message>
    <message>
        <source>How long to wait for instruments to connect (default 10000).</source>
        <translation>Wie lange auf die Verbindung der Messgeräte gewartet wird (Standard 10000).</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Where journals are, for the notice about interrupted runs (default: the application&apos;s data folder).</source>
        <translation>Wo die Journale liegen, für den Hinweis auf unterbrochene Messläufe (Standard: der Datenordner der Anwendung).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>--connect-timeout must be a whole number from 100 to 600000, not &apos;%1&apos;</source>
        <translation>--connect-timeout muss eine ganze Zahl von 100 bis 600000 sein, nicht „%1“</translation>
    </message>
    <message>
        <source>the bench has no instruments</source>
        <translation>der Messplatz hat keine Messgeräte</translation>
    </message>
    <message>
        <source>its profile (%1) has no safe state</source>
        <translation>sein Profil (%1) hat keinen sicheren Zustand</translation>
    </message>
    <message>
        <source>none: not identified</source>
        <translation>keines: nicht erkannt</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>none of the instruments has a safe state in its profile</source>
        <translation>keines der Messgeräte hat einen sicheren Zustand in seinem Profil</translation>
    </message>
    <message>
        <source>the interrupted run %1 is marked as made safe; it is no longer offered</source>
        <translation>der unterbrochene Messlauf %1 ist als sicher gemacht markiert; er wird nicht mehr angeboten</translation>
    </message>
    <message>
        <source>could not mark the run %1 as made safe: %2</source>
        <translation>der Messlauf %1 ließ sich nicht als sicher gemacht markieren: %2</translation>
    </message>
</context>
<context>
    <name>ld::SafeStateActions</name>
    <message>
        <source>All outputs off</source>
        <translation>Alle Ausgänge aus</translation>
    </message>
    <message>
        <source>%1: no instrument here has a safe state in its profile</source>
        <translation>%1: kein Messgerät hier hat einen sicheren Zustand in seinem Profil</translation>
    </message>
    <message>
        <source>%1: the safe state goes to %2, ahead of every queued job</source>
        <translation>%1: der sichere Zustand geht an %2, vor jedem wartenden Auftrag</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: no answer in time; its outputs may still be live</source>
        <translation>%1: keine Antwort in der Zeit; seine Ausgänge können noch aktiv sein</translation>
    </message>
    <message>
        <source>%1 done: %2</source>
        <translation>%1 erledigt: %2</translation>
    </message>
    <message>
        <source>A run is going; quitting stops it.</source>
        <translation>Ein Messlauf ist im Gange; Beenden stoppt ihn.</translation>
    </message>
    <message>
        <source>These outputs were switched on and may still be on: %1.</source>
        <translation>Diese Ausgänge wurden eingeschaltet und sind möglicherweise noch an: %1.</translation>
    </message>
    <message>
        <source>Quit LabDispatch</source>
        <translation>LabDispatch beenden</translation>
    </message>
    <message>
        <source>Quit LabDispatch?</source>
        <translation>LabDispatch beenden?</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Outputs Off and Quit</source>
        <translation>&amp;Ausgänge aus und beenden</translation>
    </message>
    <message>
        <source>Switching the outputs off before quitting...</source>
        <translation>Ausgänge werden vor dem Beenden ausgeschaltet …</translation>
    </message>
    <message>
        <source>Outputs off and quit</source>
        <translation>Ausgänge aus und beenden</translation>
    </message>
</context>
<context>
    <name>ld::ScpiConsole</name>
    <message>
        <source>&amp;Query</source>
        <translation>&amp;Abfragen</translation>
    </message>
    <message>
        <source>Send the command and show the instrument&apos;s reply</source>
        <translation>Den Befehl senden und die Antwort des Messgeräts zeigen</translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation>&amp;Schreiben</translation>
    </message>
    <message>
        <source>Send the command; no reply is read</source>
        <translation>Den Befehl senden; keine Antwort wird gelesen</translation>
    </message>
    <message>
        <source>SCPI command</source>
        <translation>SCPI-Befehl</translation>
    </message>
    <message>
        <source>SCPI transcript</source>
        <translation>SCPI-Protokoll</translation>
    </message>
    <message>
        <source>No instrument</source>
        <translation>Kein Messgerät</translation>
    </message>
    <message>
        <source>Select one instrument to send it SCPI commands</source>
        <translation>Ein Messgerät auswählen, um ihm SCPI-Befehle zu senden</translation>
    </message>
    <message>
        <source>Its profile allows no free-form commands</source>
        <translation>Sein Profil erlaubt keine freien Befehle</translation>
    </message>
    <message>
        <source>A SCPI command, e.g. *IDN? (Up and Down: history)</source>
        <translation>Ein SCPI-Befehl, z. B. *IDN? (Auf und Ab: Verlauf)</translation>
    </message>
    <message>
        <source>not sent: %1</source>
        <translation>nicht gesendet: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(sent, no reply read)</source>
        <translation>(gesendet, keine Antwort gelesen)</translation>
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
        <translation>%1 ist nicht geöffnet</translation>
    </message>
    <message>
        <source>cancelled while waiting for %1</source>
        <translation>abgebrochen beim Warten auf %1</translation>
    </message>
    <message>
        <source>cancelled before it was sent</source>
        <translation>abgebrochen, bevor es gesendet wurde</translation>
    </message>
    <message>
        <source>cannot send %1 to %2</source>
        <translation>%1 lässt sich nicht an %2 senden</translation>
    </message>
    <message>
        <source>reply to %1 exceeds %2 bytes without a terminator</source>
        <translation>Antwort auf %1 überschreitet %2 Byte ohne Terminator</translation>
    </message>
    <message>
        <source>reply to %1 is %2 bytes, over the limit of %3</source>
        <translation>Antwort auf %1 ist %2 Byte lang, über der Grenze von %3</translation>
    </message>
    <message>
        <source>reply to %1 is not a block: it starts with &apos;%2&apos;</source>
        <translation>Antwort auf %1 ist kein Block: sie beginnt mit „%2“</translation>
    </message>
    <message>
        <source>malformed block header in the reply to %1: &apos;#&apos; followed by &apos;%2&apos;</source>
        <translation>fehlerhafter Blockkopf in der Antwort auf %1: „#“ gefolgt von „%2“</translation>
    </message>
    <message>
        <source>malformed block length &apos;%1&apos; in the reply to %2</source>
        <translation>fehlerhafte Blocklänge „%1“ in der Antwort auf %2</translation>
    </message>
    <message>
        <source>block of %1 bytes in the reply to %2 exceeds the limit of %3</source>
        <translation>Block mit %1 Byte in der Antwort auf %2 überschreitet die Grenze von %3</translation>
    </message>
    <message>
        <source>unexpected bytes after the block in the reply to %1</source>
        <translation>unerwartete Bytes nach dem Block in der Antwort auf %1</translation>
    </message>
    <message>
        <source>indefinite block in the reply to %1 exceeds %2 bytes</source>
        <translation>unbestimmter Block in der Antwort auf %1 überschreitet %2 Byte</translation>
    </message>
    <message>
        <source>error queue reply to %1: %2</source>
        <translation>Antwort der Fehlerwarteschlange auf %1: %2</translation>
    </message>
    <message>
        <source>incomplete reply to %1 after %2 ms (%3 bytes received)</source>
        <translation>unvollständige Antwort auf %1 nach %2 ms (%3 Byte empfangen)</translation>
    </message>
    <message>
        <source>no reply to %1 within %2 ms</source>
        <translation>keine Antwort auf %1 innerhalb von %2 ms</translation>
    </message>
    <message>
        <source>%1 while waiting for %2</source>
        <translation>%1 beim Warten auf %2</translation>
    </message>
</context>
<context>
    <name>ld::SerialSettings</name>
    <message>
        <source>baud rate %1 is out of range 1-%2</source>
        <translation>Baudrate %1 liegt außerhalb von 1–%2</translation>
    </message>
    <message>
        <source>data bits %1 is out of range 5-8</source>
        <translation>Datenbits %1 liegen außerhalb von 5–8</translation>
    </message>
    <message>
        <source>1.5 stop bits need 5 data bits, got %1</source>
        <translation>1,5 Stoppbits brauchen 5 Datenbits, erhalten: %1</translation>
    </message>
    <message>
        <source>baud must be a whole number 1-%1, got &apos;%2&apos;</source>
        <translation>baud muss eine ganze Zahl von 1–%1 sein, erhalten: „%2“</translation>
    </message>
    <message>
        <source>dataBits must be 5-8, got &apos;%1&apos;</source>
        <translation>dataBits muss 5–8 sein, erhalten: „%1“</translation>
    </message>
    <message>
        <source>parity must be none, even, odd, mark or space, got &apos;%1&apos;</source>
        <translation>parity muss none, even, odd, mark oder space sein, erhalten: „%1“</translation>
    </message>
    <message>
        <source>stopBits must be 1, 1.5 or 2, got &apos;%1&apos;</source>
        <translation>stopBits muss 1, 1.5 oder 2 sein, erhalten: „%1“</translation>
    </message>
    <message>
        <source>flowControl must be none, rtscts or xonxoff, got &apos;%1&apos;</source>
        <translation>flowControl muss none, rtscts oder xonxoff sein, erhalten: „%1“</translation>
    </message>
    <message>
        <source>%1 has a bad escape in &apos;%2&apos; (use \n, \r, \t, \\ or \xHH)</source>
        <translation>%1 hat eine ungültige Escape-Sequenz in „%2“ (\n, \r, \t, \\ oder \xHH verwenden)</translation>
    </message>
    <message>
        <source>unknown serial setting &apos;%1&apos;</source>
        <translation>unbekannte serielle Einstellung „%1“</translation>
    </message>
    <message>
        <source>%1 must be 1 to %2 bytes, got &apos;%3&apos;</source>
        <translation>%1 muss 1 bis %2 Byte lang sein, erhalten: „%3“</translation>
    </message>
    <message>
        <source>%1 must be a number, not &quot;%2&quot;</source>
        <translation>%1 muss eine Zahl sein, nicht &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 must be a text in quotes, not %2</source>
        <translation>%1 muss ein Text in Anführungszeichen sein, nicht %2</translation>
    </message>
</context>
<context>
    <name>ld::SerialTransport</name>
    <message>
        <source>cannot open serial port %1: %2</source>
        <translation>serielle Schnittstelle %1 lässt sich nicht öffnen: %2</translation>
    </message>
    <message>
        <source>bad serial settings for %1: %2</source>
        <translation>ungültige serielle Einstellungen für %1: %2</translation>
    </message>
    <message>
        <source>serial port %1 refused %2: %3</source>
        <translation>serielle Schnittstelle %1 lehnte %2 ab: %3</translation>
    </message>
    <message>
        <source>serial port %1: %2</source>
        <translation>serielle Schnittstelle %1: %2</translation>
    </message>
    <message>
        <source>serial port %1 hung up</source>
        <translation>serielle Schnittstelle %1: Verbindung getrennt</translation>
    </message>
</context>
<context>
    <name>ld::SimBench</name>
    <message>
        <source>offset %1: %2</source>
        <translation>Offset %1: %2</translation>
    </message>
    <message>
        <source>missing or empty</source>
        <translation>fehlt oder ist leer</translation>
    </message>
    <message>
        <source>&apos;%1&apos; appears twice</source>
        <translation>„%1“ kommt doppelt vor</translation>
    </message>
    <message>
        <source>no instrument &apos;%1&apos; on this bench</source>
        <translation>kein Messgerät „%1“ an diesem Messplatz</translation>
    </message>
    <message>
        <source>%1: no such bench file or built-in bench</source>
        <translation>%1: keine Messplatzdatei und kein eingebauter Messplatz</translation>
    </message>
    <message>
        <source>%1: unknown profile &apos;%2&apos;</source>
        <translation>%1: unbekanntes Profil „%2“</translation>
    </message>
    <message>
        <source>%1: wire: %2 has no operation &apos;%3&apos;</source>
        <translation>%1: wire: %2 hat keine Operation „%3“</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>muss eine ganze Zahl von %1 bis %2 sein</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of %2</source>
        <translation>„%1“ ist keiner von %2</translation>
    </message>
    <message>
        <source>must be from 0 to 1</source>
        <translation>muss zwischen 0 und 1 liegen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of pty, tcp, vxi11</source>
        <translation>„%1“ ist keiner von pty, tcp, vxi11</translation>
    </message>
    <message>
        <source>must be an object with instrument, operation and channel</source>
        <translation>muss ein Objekt mit instrument, operation und channel sein</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>muss ein nicht leerer Text sein</translation>
    </message>
    <message>
        <source>missing or used twice</source>
        <translation>fehlt oder doppelt verwendet</translation>
    </message>
    <message>
        <source>%1 is used twice on this controller</source>
        <translation>%1 wird an diesem Controller doppelt verwendet</translation>
    </message>
    <message>
        <source>the VXI-11 instruments share one portmapper, already on port %1</source>
        <translation>die VXI-11-Messgeräte teilen sich einen Portmapper, bereits auf Port %1</translation>
    </message>
    <message>
        <source>%1: timeConstantMs: no reading of profile &apos;%2&apos; follows a setpoint</source>
        <translation>%1: timeConstantMs: kein Messwert des Profils „%2“ folgt einem Sollwert</translation>
    </message>
    <message>
        <source>%1: wire: %2 has no channel %3</source>
        <translation>%1: wire: %2 hat keinen Kanal %3</translation>
    </message>
</context>
<context>
    <name>ld::SimReplay</name>
    <message>
        <source>the transcript holds no command sent to &apos;%1&apos;</source>
        <translation>das Protokoll enthält keinen an „%1“ gesendeten Befehl</translation>
    </message>
    <message>
        <source>the transcript has no instrument &apos;%1&apos; (it has: %2)</source>
        <translation>das Protokoll hat kein Messgerät „%1“ (es hat: %2)</translation>
    </message>
</context>
<context>
    <name>ld::SimVxi11Server</name>
    <message>
        <source>VXI-11 portmapper on 127.0.0.1: no port free for both TCP and UDP in %1 tries; the last: %2</source>
        <translation>VXI-11-Portmapper auf 127.0.0.1: in %1 Versuchen kein Port für TCP und UDP zugleich frei; der letzte: %2</translation>
    </message>
    <message>
        <source>VXI-11 portmapper on 127.0.0.1: %1</source>
        <translation>VXI-11-Portmapper auf 127.0.0.1: %1</translation>
    </message>
    <message>
        <source>%1 port %2 on %3 cannot be bound: %4 (another simulator or portmapper?)</source>
        <translation>%1-Port %2 auf %3 lässt sich nicht binden: %4 (ein anderer Simulator oder Portmapper?)</translation>
    </message>
</context>
<context>
    <name>ld::TcpTransport</name>
    <message>
        <source>no connection to %1 after %2 ms</source>
        <translation>keine Verbindung zu %1 nach %2 ms</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>Verbindung zu %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>connection to %1: %2</source>
        <translation>Verbindung zu %1: %2</translation>
    </message>
    <message>
        <source>%1 closed the connection</source>
        <translation>%1 hat die Verbindung geschlossen</translation>
    </message>
</context>
<context>
    <name>ld::TraceCommand</name>
    <message>
        <source>Prints a transcript recorded with &apos;labdispatch run --trace&apos;, filtered, with the bytes escaped or in hex; the output is a transcript again. Exit status: 0 printed, 1 the file is unreadable or malformed (the error names the line), 2 usage error.</source>
        <translation>Gibt ein mit „labdispatch run --trace“ aufgezeichnetes Protokoll aus, gefiltert, mit maskierten Bytes oder in Hex; die Ausgabe ist wieder ein Protokoll. Exit-Status: 0 ausgegeben, 1 die Datei ist unlesbar oder fehlerhaft (der Fehler nennt die Zeile), 2 Bedienfehler.</translation>
    </message>
    <message>
        <source>The transcript to read.</source>
        <translation>Das zu lesende Protokoll.</translation>
    </message>
    <message>
        <source>Only this instrument&apos;s events; may be repeated or comma-separated.</source>
        <translation>Nur die Ereignisse dieses Messgeräts; mehrfach oder durch Kommas getrennt möglich.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Only events at or after this time: UTC like 2026-12-06T12:00:00.5Z, or seconds into the transcript like +12.5.</source>
        <translation>Nur Ereignisse zu oder nach dieser Zeit: UTC wie 2026-12-06T12:00:00.5Z oder Sekunden ins Protokoll wie +12.5.</translation>
    </message>
    <message>
        <source>time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Only events at or before this time (as --from).</source>
        <translation>Nur Ereignisse zu oder vor dieser Zeit (wie --from).</translation>
    </message>
    <message>
        <source>Only timeouts, errors and disconnects.</source>
        <translation>Nur Zeitüberschreitungen, Fehler und Verbindungsabbrüche.</translation>
    </message>
    <message>
        <source>Write the bytes as hex digits (hex:...).</source>
        <translation>Die Bytes als Hex-Ziffern schreiben (hex:...).</translation>
    </message>
    <message>
        <source>name one transcript file</source>
        <translation>eine Protokolldatei nennen</translation>
    </message>
    <message>
        <source>--%1 takes a UTC time like 2026-12-06T12:00:00.5Z or seconds into the transcript like +12.5, not &apos;%2&apos;</source>
        <translation>--%1 nimmt eine UTC-Zeit wie 2026-12-06T12:00:00.5Z oder Sekunden ins Protokoll wie +12.5, nicht „%2“</translation>
    </message>
</context>
<context>
    <name>ld::Transcript</name>
    <message>
        <source>it is truncated: a line has the wall time, the monotonic time, the instrument and the event kind</source>
        <translation>es ist abgeschnitten: eine Zeile hat die Uhrzeit, die monotone Zeit, das Messgerät und die Ereignisart</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a wall time like 2026-12-06T12:00:00.123456Z</source>
        <translation>„%1“ ist keine Uhrzeit wie 2026-12-06T12:00:00.123456Z</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a monotonic time like +12.345678</source>
        <translation>„%1“ ist keine monotone Zeit wie +12.345678</translation>
    </message>
    <message>
        <source>unknown event kind &apos;%1&apos; (known: &gt;, &lt;, connect, reconnect, disconnect, close, timeout, error)</source>
        <translation>unbekannte Ereignisart „%1“ (bekannt: &gt;, &lt;, connect, reconnect, disconnect, close, timeout, error)</translation>
    </message>
    <message>
        <source>it is truncated: a &apos;%1&apos; event needs its bytes</source>
        <translation>es ist abgeschnitten: ein „%1“-Ereignis braucht seine Bytes</translation>
    </message>
    <message>
        <source>it is truncated: hex bytes come in pairs of digits</source>
        <translation>es ist abgeschnitten: Hex-Bytes kommen in Ziffernpaaren</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a hex digit</source>
        <translation>„%1“ ist keine Hex-Ziffer</translation>
    </message>
    <message>
        <source>expected quoted bytes (&quot;...&quot;) or hex:... after the event kind, not &apos;%1&apos;</source>
        <translation>erwartet nach der Ereignisart Bytes in Anführungszeichen (&quot;...&quot;) oder hex:..., nicht „%1“</translation>
    </message>
    <message>
        <source>unexpected text after the closing quote</source>
        <translation>unerwarteter Text nach dem schließenden Anführungszeichen</translation>
    </message>
    <message>
        <source>it is truncated: the quoted bytes have no closing quote</source>
        <translation>es ist abgeschnitten: den Bytes in Anführungszeichen fehlt das schließende Anführungszeichen</translation>
    </message>
    <message>
        <source>it is truncated: a backslash ends the bytes</source>
        <translation>es ist abgeschnitten: ein Backslash beendet die Bytes</translation>
    </message>
    <message>
        <source>&apos;\x&apos; must be followed by two hex digits</source>
        <translation>auf „\x“ müssen zwei Hex-Ziffern folgen</translation>
    </message>
    <message>
        <source>unknown escape &apos;\%1&apos;</source>
        <translation>unbekannte Escape-Sequenz „\%1“</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>the file is empty; a transcript starts with &apos;%1&apos;</source>
        <translation>die Datei ist leer; ein Protokoll beginnt mit „%1“</translation>
    </message>
    <message>
        <source>the line is longer than %1</source>
        <translation>die Zeile ist länger als %1</translation>
    </message>
    <message>
        <source>transcript version &apos;%1&apos; is not supported (this LabDispatch reads version 1)</source>
        <translation>Protokollversion „%1“ wird nicht unterstützt (dieses LabDispatch liest Version 1)</translation>
    </message>
    <message>
        <source>not a LabDispatch transcript: the first line must be &apos;%1&apos;</source>
        <translation>kein LabDispatch-Protokoll: die erste Zeile muss „%1“ sein</translation>
    </message>
    <message>
        <source>it is truncated: the last line has no line end</source>
        <translation>es ist abgeschnitten: die letzte Zeile hat kein Zeilenende</translation>
    </message>
    <message>
        <source>wrong order: %1 is earlier than the event before it (%2); events are written in time order</source>
        <translation>falsche Reihenfolge: %1 liegt vor dem vorherigen Ereignis (%2); Ereignisse werden in zeitlicher Reihenfolge geschrieben</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ld::UsbtmcTransport</name>
    <message>
        <source>no USBTMC device %1%2 in %3/class/usbmisc: is it plugged in and bound to the usbtmc driver?</source>
        <translation>kein USBTMC-Gerät %1%2 in %3/class/usbmisc: ist es eingesteckt und an den usbtmc-Treiber gebunden?</translation>
    </message>
    <message>
        <source> interface %1</source>
        <translation> Schnittstelle %1</translation>
    </message>
    <message>
        <source>USBTMC device %1 is %2 in sysfs, but %3 does not exist</source>
        <translation>USBTMC-Gerät %1 ist %2 in sysfs, aber %3 existiert nicht</translation>
    </message>
    <message>
        <source>cannot open %1 for %2: permission denied; the udev rule 60-labdispatch-usbtmc.rules gives users access (README)</source>
        <translation>%1 für %2 lässt sich nicht öffnen: Zugriff verweigert; die udev-Regel 60-labdispatch-usbtmc.rules gibt Benutzern Zugriff (README)</translation>
    </message>
    <message>
        <source>cannot open %1 for %2: %3</source>
        <translation>%1 für %2 lässt sich nicht öffnen: %3</translation>
    </message>
    <message>
        <source>%1 for %2: the usbtmc driver refused USBTMC_IOCTL_GET_TIMEOUT: %3</source>
        <translation>%1 für %2: der usbtmc-Treiber hat USBTMC_IOCTL_GET_TIMEOUT abgelehnt: %3</translation>
    </message>
    <message>
        <source>%1 is gone: %2</source>
        <translation>%1 ist weg: %2</translation>
    </message>
    <message>
        <source>cannot write to %1 (%2): %3</source>
        <translation>in %1 (%2) lässt sich nicht schreiben: %3</translation>
    </message>
    <message>
        <source>cannot read from %1 (%2): %3</source>
        <translation>aus %1 (%2) lässt sich nicht lesen: %3</translation>
    </message>
    <message>
        <source>%1 (%2) hung up: %3</source>
        <translation>%1 (%2) hat aufgelegt: %3</translation>
    </message>
</context>
<context>
    <name>ld::VisaResource</name>
    <message>
        <source>empty resource string</source>
        <translation>leere Ressource</translation>
    </message>
    <message>
        <source>spaces and control characters are not allowed in &apos;%1&apos;</source>
        <translation>Leer- und Steuerzeichen sind in „%1“ nicht erlaubt</translation>
    </message>
    <message>
        <source>missing &apos;::INSTR&apos; at the end of &apos;%1&apos;</source>
        <translation>„::INSTR“ fehlt am Ende von „%1“</translation>
    </message>
    <message>
        <source>missing serial device after &apos;ASRL&apos; in &apos;%1&apos;</source>
        <translation>serielles Gerät nach „ASRL“ fehlt in „%1“</translation>
    </message>
    <message>
        <source>too many &apos;::&apos; parts in &apos;%1&apos;</source>
        <translation>zu viele „::“-Teile in „%1“</translation>
    </message>
    <message>
        <source>expected &apos;INSTR&apos; after the serial device, got &apos;%1&apos; in &apos;%2&apos;</source>
        <translation>„INSTR“ nach dem seriellen Gerät erwartet, erhalten: „%1“ in „%2“</translation>
    </message>
    <message>
        <source>serial board number %1 is out of range 1-999 in &apos;%2&apos;</source>
        <translation>serielle Boardnummer %1 liegt außerhalb von 1–999 in „%2“</translation>
    </message>
    <message>
        <source>serial device &apos;%1&apos; must be an absolute device path such as /dev/ttyUSB0, a board number or COMn, in &apos;%2&apos;</source>
        <translation>serielles Gerät „%1“ muss ein absoluter Gerätepfad wie /dev/ttyUSB0, eine Boardnummer oder COMn sein, in „%2“</translation>
    </message>
    <message>
        <source>expected &apos;::&apos; after &apos;TCPIP%1&apos; in &apos;%2&apos;</source>
        <translation>„::“ nach „TCPIP%1“ erwartet in „%2“</translation>
    </message>
    <message>
        <source>TCPIP board number %1 is out of range 0-999 in &apos;%2&apos;</source>
        <translation>TCPIP-Boardnummer %1 liegt außerhalb von 0–999 in „%2“</translation>
    </message>
    <message>
        <source>unterminated &apos;[&apos; around the IPv6 address in &apos;%1&apos;</source>
        <translation>nicht geschlossenes „[“ um die IPv6-Adresse in „%1“</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid IPv6 address in &apos;%2&apos;</source>
        <translation>„%1“ ist keine gültige IPv6-Adresse in „%2“</translation>
    </message>
    <message>
        <source>expected &apos;::&apos; after &apos;]&apos; in &apos;%1&apos;</source>
        <translation>„::“ nach „]“ erwartet in „%1“</translation>
    </message>
    <message>
        <source>IPv6 addresses must be written in brackets, as in TCPIP0::[fe80::1]::5025::SOCKET, in &apos;%1&apos;</source>
        <translation>IPv6-Adressen müssen in Klammern stehen, wie in TCPIP0::[fe80::1]::5025::SOCKET, in „%1“</translation>
    </message>
    <message>
        <source>missing host in &apos;%1&apos;</source>
        <translation>Host fehlt in „%1“</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid IPv4 address in &apos;%2&apos;</source>
        <translation>„%1“ ist keine gültige IPv4-Adresse in „%2“</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid host name in &apos;%2&apos;</source>
        <translation>„%1“ ist kein gültiger Hostname in „%2“</translation>
    </message>
    <message>
        <source>expected &apos;SOCKET&apos; at the end, got &apos;%1&apos; in &apos;%2&apos;</source>
        <translation>„SOCKET“ am Ende erwartet, erhalten: „%1“ in „%2“</translation>
    </message>
    <message>
        <source>missing port in &apos;%1&apos;</source>
        <translation>Port fehlt in „%1“</translation>
    </message>
    <message>
        <source>port &apos;%1&apos; is not a number in &apos;%2&apos;</source>
        <translation>Port „%1“ ist keine Zahl in „%2“</translation>
    </message>
    <message>
        <source>port %1 is out of range 1-65535 in &apos;%2&apos;</source>
        <translation>Port %1 liegt außerhalb von 1–65535 in „%2“</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not start with an interface keyword such as ASRL or TCPIP</source>
        <translation>„%1“ beginnt nicht mit einem Schnittstellen-Schlüsselwort wie ASRL oder TCPIP</translation>
    </message>
    <message>
        <source>expected &apos;::&apos; after &apos;%1%2&apos; in &apos;%3&apos;</source>
        <translation>„::“ nach „%1%2“ in „%3“ erwartet</translation>
    </message>
    <message>
        <source>%1 board number %2 is out of range 0-999 in &apos;%3&apos;</source>
        <translation>%1-Boardnummer %2 liegt außerhalb von 0-999 in „%3“</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a GPIB interface, not an instrument; use GPIB&lt;board&gt;::&lt;address&gt;::INSTR</source>
        <translation>„%1“ ist eine GPIB-Schnittstelle, kein Messgerät; verwenden Sie GPIB&lt;board&gt;::&lt;address&gt;::INSTR</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>primäre</translation>
    </message>
    <message>
        <source>secondary</source>
        <translation>sekundäre</translation>
    </message>
    <message>
        <source>missing %1 GPIB address in &apos;%2&apos;</source>
        <translation>fehlende %1 GPIB-Adresse in „%2“</translation>
    </message>
    <message>
        <source>%1 GPIB address &apos;%2&apos; is not a number in &apos;%3&apos;</source>
        <translation>%1 GPIB-Adresse „%2“ ist keine Zahl in „%3“</translation>
    </message>
    <message>
        <source>secondary GPIB address %1 is the bus encoding; VISA writes it as 0-30 (here %2) in &apos;%3&apos;</source>
        <translation>sekundäre GPIB-Adresse %1 ist die Bus-Kodierung; VISA schreibt sie als 0-30 (hier %2) in „%3“</translation>
    </message>
    <message>
        <source>%1 GPIB address %2 is out of range 0-30 in &apos;%3&apos;</source>
        <translation>%1 GPIB-Adresse %2 liegt außerhalb von 0-30 in „%3“</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a HiSLIP address; only VXI-11 (TCPIP::&lt;host&gt;[::inst0]::INSTR) and raw sockets (TCPIP::&lt;host&gt;::&lt;port&gt;::SOCKET) are supported</source>
        <translation>„%1“ ist eine HiSLIP-Adresse; nur VXI-11 (TCPIP::&lt;host&gt;[::inst0]::INSTR) und rohe Sockets (TCPIP::&lt;host&gt;::&lt;port&gt;::SOCKET) werden unterstützt</translation>
    </message>
    <message>
        <source>IPv6 addresses must be written in brackets, as in TCPIP0::[fe80::1]::inst0::INSTR, in &apos;%1&apos;</source>
        <translation>IPv6-Adressen müssen in Klammern geschrieben werden, wie in TCPIP0::[fe80::1]::inst0::INSTR, in „%1“</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a VXI-11 device name such as inst0 or gpib0,5 in &apos;%2&apos;</source>
        <translation>„%1“ ist kein VXI-11-Gerätename wie inst0 oder gpib0,5 in „%2“</translation>
    </message>
    <message>
        <source>missing &apos;::&lt;port&gt;::SOCKET&apos; or &apos;::INSTR&apos; in &apos;%1&apos;</source>
        <translation>„::&lt;port&gt;::SOCKET“ oder „::INSTR“ fehlt in „%1“</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a raw USB device; only USBTMC instruments (USB::&lt;vendor&gt;::&lt;product&gt;::&lt;serial&gt;::INSTR) are supported</source>
        <translation>„%1“ ist ein rohes USB-Gerät; nur USBTMC-Messgeräte (USB::&lt;vendor&gt;::&lt;product&gt;::&lt;serial&gt;::INSTR) werden unterstützt</translation>
    </message>
    <message>
        <source>expected USB::&lt;vendor&gt;::&lt;product&gt;::&lt;serial&gt;[::&lt;interface&gt;]::INSTR in &apos;%1&apos;</source>
        <translation>USB::&lt;vendor&gt;::&lt;product&gt;::&lt;serial&gt;[::&lt;interface&gt;]::INSTR erwartet in „%1“</translation>
    </message>
    <message>
        <source>vendor</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>USB %1 ID &apos;%2&apos; is not 0x0000-0xFFFF or 0-65535 in &apos;%3&apos;</source>
        <translation>USB-%1-ID „%2“ ist nicht 0x0000-0xFFFF oder 0-65535 in „%3“</translation>
    </message>
    <message>
        <source>missing USB serial number in &apos;%1&apos;</source>
        <translation>fehlende USB-Seriennummer in „%1“</translation>
    </message>
    <message>
        <source>USB serial number &apos;%1&apos; contains &apos;:&apos; in &apos;%2&apos;</source>
        <translation>USB-Seriennummer „%1“ enthält „:“ in „%2“</translation>
    </message>
    <message>
        <source>USB interface number &apos;%1&apos; is not 0-254 in &apos;%2&apos;</source>
        <translation>USB-Schnittstellennummer „%1“ ist nicht 0-254 in „%2“</translation>
    </message>
    <message>
        <source>interface &apos;%1&apos; is not supported in &apos;%2&apos;; use ASRL&lt;device&gt;::INSTR, TCPIP::&lt;host&gt;::&lt;port&gt;::SOCKET, TCPIP::&lt;host&gt;::INSTR, GPIB::&lt;address&gt;::INSTR or USB::&lt;vendor&gt;::&lt;product&gt;::&lt;serial&gt;::INSTR</source>
        <translation>Schnittstelle „%1“ wird in „%2“ nicht unterstützt; ASRL&lt;device&gt;::INSTR, TCPIP::&lt;host&gt;::&lt;port&gt;::SOCKET, TCPIP::&lt;host&gt;::INSTR, GPIB::&lt;address&gt;::INSTR oder USB::&lt;vendor&gt;::&lt;product&gt;::&lt;serial&gt;::INSTR verwenden</translation>
    </message>
</context>
<context>
    <name>ld::Vxi11PortmapperProbe</name>
    <message>
        <source>cannot open a UDP socket for the VXI-11 portmapper probe: %1</source>
        <translation>für die VXI-11-Portmapper-Abfrage lässt sich kein UDP-Socket öffnen: %1</translation>
    </message>
    <message>
        <source>the VXI-11 portmapper probe could not be sent to %1</source>
        <translation>die VXI-11-Portmapper-Abfrage ließ sich nicht an %1 senden</translation>
    </message>
    <message>
        <source>no network interface to broadcast the VXI-11 portmapper probe on</source>
        <translation>keine Netzwerkschnittstelle, über die die VXI-11-Portmapper-Abfrage gesendet werden kann</translation>
    </message>
</context>
<context>
    <name>ld::Vxi11Transport</name>
    <message>
        <source>no VXI-11 link to %1 after %2 ms</source>
        <translation>keine VXI-11-Verbindung zu %1 nach %2 ms</translation>
    </message>
    <message>
        <source>%1 did not answer %2 within %3 ms</source>
        <translation>%1 hat %2 nicht innerhalb von %3 ms beantwortet</translation>
    </message>
    <message>
        <source>syntax error</source>
        <translation>Syntaxfehler</translation>
    </message>
    <message>
        <source>device not accessible</source>
        <translation>Gerät nicht erreichbar</translation>
    </message>
    <message>
        <source>invalid link identifier</source>
        <translation>ungültige Link-Kennung</translation>
    </message>
    <message>
        <source>parameter error</source>
        <translation>Parameterfehler</translation>
    </message>
    <message>
        <source>channel not established</source>
        <translation>Kanal nicht aufgebaut</translation>
    </message>
    <message>
        <source>operation not supported</source>
        <translation>Operation nicht unterstützt</translation>
    </message>
    <message>
        <source>out of resources</source>
        <translation>keine Ressourcen mehr</translation>
    </message>
    <message>
        <source>device locked by another link</source>
        <translation>Gerät durch einen anderen Link gesperrt</translation>
    </message>
    <message>
        <source>no lock held by this link</source>
        <translation>dieser Link hält keine Sperre</translation>
    </message>
    <message>
        <source>I/O timeout</source>
        <translation>E/A-Timeout</translation>
    </message>
    <message>
        <source>I/O error</source>
        <translation>E/A-Fehler</translation>
    </message>
    <message>
        <source>invalid address (no such device name)</source>
        <translation>ungültige Adresse (kein solcher Gerätename)</translation>
    </message>
    <message>
        <source>aborted</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>channel already established</source>
        <translation>Kanal bereits aufgebaut</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>Fehler %1</translation>
    </message>
    <message>
        <source>%1 sent an RPC record over %2 bytes</source>
        <translation>%1 sandte einen RPC-Record über %2 Bytes</translation>
    </message>
    <message>
        <source>%1 denied the RPC call %2</source>
        <translation>%1 hat den RPC-Aufruf %2 abgelehnt</translation>
    </message>
    <message>
        <source>malformed RPC reply to %1 from %2</source>
        <translation>fehlerhafte RPC-Antwort auf %1 von %2</translation>
    </message>
    <message>
        <source>the program is not served there</source>
        <translation>das Programm wird dort nicht bedient</translation>
    </message>
    <message>
        <source>the procedure is not served</source>
        <translation>die Prozedur wird nicht bedient</translation>
    </message>
    <message>
        <source>the call was not accepted (status %1)</source>
        <translation>der Aufruf wurde nicht angenommen (Status %1)</translation>
    </message>
    <message>
        <source>RPC call %1 to %2 failed: %3</source>
        <translation>RPC-Aufruf %1 an %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>malformed GETPORT reply from the portmapper of %1</source>
        <translation>fehlerhafte GETPORT-Antwort vom Portmapper von %1</translation>
    </message>
    <message>
        <source>%1 has no VXI-11 server: its portmapper (port %2) knows no core channel</source>
        <translation>%1 hat keinen VXI-11-Server: sein Portmapper (Port %2) kennt keinen Core-Kanal</translation>
    </message>
    <message>
        <source>malformed create_link reply from %1</source>
        <translation>fehlerhafte create_link-Antwort von %1</translation>
    </message>
    <message>
        <source>%1 refused the link: %2</source>
        <translation>%1 hat die Verbindung abgelehnt: %2</translation>
    </message>
    <message>
        <source>malformed device_read reply from %1</source>
        <translation>fehlerhafte device_read-Antwort von %1</translation>
    </message>
    <message>
        <source>device_read from %1 failed: %2</source>
        <translation>device_read von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>malformed %1 reply from %2</source>
        <translation>fehlerhafte %1-Antwort von %2</translation>
    </message>
    <message>
        <source>%1 on %2 failed: %3</source>
        <translation>%1 auf %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>cannot reach the portmapper of %1 on port %2: %3</source>
        <translation>Portmapper von %1 auf Port %2 nicht erreichbar: %3</translation>
    </message>
    <message>
        <source>cannot connect to the VXI-11 core channel of %1: %2</source>
        <translation>keine Verbindung zum VXI-11-Core-Kanal von %1: %2</translation>
    </message>
    <message>
        <source>connection to %1: %2</source>
        <translation>Verbindung zu %1: %2</translation>
    </message>
    <message>
        <source>%1 closed the connection while the link was being set up</source>
        <translation>%1 hat die Verbindung geschlossen, während der Link aufgebaut wurde</translation>
    </message>
    <message>
        <source>%1 closed the connection</source>
        <translation>%1 hat die Verbindung geschlossen</translation>
    </message>
</context>
<context>
    <name>ld::XyPlot</name>
    <message>
        <source>&amp;X:</source>
        <translation>&amp;X:</translation>
    </message>
    <message>
        <source>&amp;Y:</source>
        <translation>&amp;Y:</translation>
    </message>
    <message>
        <source>&amp;Right Y:</source>
        <translation>&amp;Rechte Y:</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Logarithmic axis: shows only values above zero</source>
        <translation>Logarithmische Achse: zeigt nur Werte über null</translation>
    </message>
    <message>
        <source>What the horizontal axis shows: a quantity or a sweep variable</source>
        <translation>Was die horizontale Achse zeigt: eine Größe oder eine Sweep-Variable</translation>
    </message>
    <message>
        <source>What the left axis shows against X</source>
        <translation>Was die linke Achse über X zeigt</translation>
    </message>
    <message>
        <source>An optional second quantity on the right axis</source>
        <translation>Eine optionale zweite Größe auf der rechten Achse</translation>
    </message>
    <message>
        <source>XY plot</source>
        <translation>XY-Plot</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>%1 (sweep variable)</source>
        <translation>%1 (Sweep-Variable)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
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
        <translation>rechte Y</translation>
    </message>
    <message>
        <source>The %1 axis cannot be logarithmic: none of its values is above zero.</source>
        <translation>Die %1-Achse kann nicht logarithmisch sein: keiner ihrer Werte ist größer als null.</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) at or below zero not shown: a logarithmic axis has no place for them.</source>
        <translation>
            <numerusform>%n Punkt bei oder unter null nicht gezeigt: eine logarithmische Achse hat keinen Platz dafür.</numerusform>
            <numerusform>%n Punkte bei oder unter null nicht gezeigt: eine logarithmische Achse hat keinen Platz dafür.</numerusform>
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
        <translation>das Messgerät wurde entfernt</translation>
    </message>
    <message>
        <source>the instrument was switched off</source>
        <translation>das Messgerät wurde ausgeschaltet</translation>
    </message>
    <message>
        <source>the instrument is switched off</source>
        <translation>das Messgerät ist ausgeschaltet</translation>
    </message>
    <message>
        <source>cannot use &apos;%1&apos;: %2</source>
        <translation>„%1“ nicht verwendbar: %2</translation>
    </message>
    <message>
        <source>no valid answer to *IDN?: %1</source>
        <translation>keine gültige Antwort auf *IDN?: %1</translation>
    </message>
    <message>
        <source>the answer to *IDN? is not an identity: %1</source>
        <translation>die Antwort auf *IDN? ist keine Kennung: %1</translation>
    </message>
    <message>
        <source>another instrument answers on %1: expected %2, found %3</source>
        <translation>an %1 antwortet ein anderes Messgerät: erwartet %2, gefunden %3</translation>
    </message>
    <message>
        <source>reconnected to %1</source>
        <translation>wieder verbunden mit %1</translation>
    </message>
    <message>
        <source>link lost: %1; reconnecting</source>
        <translation>Verbindung verloren: %1; verbinde neu</translation>
    </message>
    <message>
        <source>unexpected reply to %1: %2</source>
        <translation>unerwartete Antwort auf %1: %2</translation>
    </message>
    <message>
        <source>the instrument reported: %1</source>
        <translation>das Messgerät meldete: %1</translation>
    </message>
    <message>
        <source>the link did not come back within %1 ms: %2</source>
        <translation>die Verbindung ist nicht innerhalb von %1 ms zurückgekehrt: %2</translation>
    </message>
    <message>
        <source>cancelled while waiting for the link</source>
        <translation>beim Warten auf die Verbindung abgebrochen</translation>
    </message>
    <message>
        <source>not the instrument the bench expects on %1: expected %2, found %3</source>
        <translation>nicht das Messgerät, das der Messplatz an %1 erwartet: erwartet %2, gefunden %3</translation>
    </message>
    <message>
        <source>link lost: %1</source>
        <translation>Verbindung verloren: %1</translation>
    </message>
    <message>
        <source>no controller serves GPIB board %1</source>
        <translation>kein Controller bedient GPIB-Board %1</translation>
    </message>
</context>
<context>
    <name>ld::detail::Prober</name>
    <message>
        <source>cannot use this address</source>
        <translation>diese Adresse ist nicht verwendbar</translation>
    </message>
    <message>
        <source>no answer to *IDN?: %1</source>
        <translation>keine Antwort auf *IDN?: %1</translation>
    </message>
    <message>
        <source>the answer to *IDN? is not an identity: %1</source>
        <translation>die Antwort auf *IDN? ist keine Kennung: %1</translation>
    </message>
    <message>
        <source>discovery was cancelled</source>
        <translation>die Suche wurde abgebrochen</translation>
    </message>
</context>
<context>
    <name>ld::scpi</name>
    <message>
        <source>empty response where a number was expected</source>
        <translation>leere Antwort, wo eine Zahl erwartet wurde</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>„%1“ ist keine Zahl</translation>
    </message>
    <message>
        <source>item %1 of the list: %2</source>
        <translation>Element %1 der Liste: %2</translation>
    </message>
    <message>
        <source>block does not start with &apos;#&apos;: &apos;%1&apos;</source>
        <translation>Block beginnt nicht mit „#“: „%1“</translation>
    </message>
    <message>
        <source>block header &apos;#&apos; is not followed by a digit</source>
        <translation>auf den Blockkopf „#“ folgt keine Ziffer</translation>
    </message>
    <message>
        <source>block length &apos;%1&apos; is not %2 digits</source>
        <translation>Blocklänge „%1“ hat nicht %2 Ziffern</translation>
    </message>
    <message>
        <source>block declares %1 bytes but holds %2</source>
        <translation>Block gibt %1 Byte an, enthält aber %2</translation>
    </message>
    <message>
        <source>%1 unexpected bytes after the block</source>
        <translation>%1 unerwartete Bytes nach dem Block</translation>
    </message>
</context>
</TS>
