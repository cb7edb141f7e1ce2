<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>JournalReader</name>
    <message>
        <source>Cannot open journal %1: %2</source>
        <translation>ジャーナル %1 を開けません: %2</translation>
    </message>
    <message>
        <source>%1 is not a LabDispatch journal</source>
        <translation>%1 は LabDispatch のジャーナルではありません</translation>
    </message>
    <message>
        <source>The run header of journal %1 is missing or damaged</source>
        <translation>ジャーナル %1 の実行ヘッダーがないか、壊れています</translation>
    </message>
</context>
<context>
    <name>ScpiError</name>
    <message>
        <source>&apos;%1&apos; is not an error queue entry (expected &lt;code&gt;,&quot;&lt;message&gt;&quot;)</source>
        <translation>&apos;%1&apos; はエラーキューの項目ではありません (期待される形式: &lt;コード&gt;,&quot;&lt;メッセージ&gt;&quot;)</translation>
    </message>
</context>
<context>
    <name>StatusLight</name>
    <message>
        <source>Disabled: switched off by you; nothing is sent to it.</source>
        <translation>無効: ユーザーが無効にしました。何も送信されません。</translation>
    </message>
    <message>
        <source>Offline: not connected.</source>
        <translation>オフライン: 接続されていません。</translation>
    </message>
    <message>
        <source>Connecting: opening the port and asking for its identity.</source>
        <translation>接続中: ポートを開き、識別情報を問い合わせています。</translation>
    </message>
    <message>
        <source>Idle: connected and identified, ready for jobs.</source>
        <translation>待機中: 接続・識別済みで、ジョブを受け付けます。</translation>
    </message>
    <message>
        <source>Busy: a job is running on it.</source>
        <translation>使用中: ジョブを実行中です。</translation>
    </message>
    <message>
        <source>Error: the last job failed, or another instrument answers on its port.</source>
        <translation>エラー: 直前のジョブが失敗したか、このポートで別の計測器が応答しています。</translation>
    </message>
    <message>
        <source>Reconnecting: the link was lost; retrying with backoff.</source>
        <translation>再接続中: 接続が切れました。間隔を広げながら再試行しています。</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>最後のエラー: %1</translation>
    </message>
</context>
<context>
    <name>labdispatch</name>
    <message>
        <source>run an operation on instruments, journal it, export CSV</source>
        <translation>計測器で操作を実行し、ジャーナルに記録して CSV にエクスポート</translation>
    </message>
    <message>
        <source>connect to the bench and list its instruments</source>
        <translation>ベンチに接続し、その計測器を一覧表示</translation>
    </message>
    <message>
        <source>list the driver profiles and their operations</source>
        <translation>ドライバープロファイルとその操作を一覧表示</translation>
    </message>
    <message>
        <source>list journaled runs, interrupted ones marked</source>
        <translation>ジャーナルに記録された実行を一覧表示 (中断されたものに印付き)</translation>
    </message>
    <message>
        <source>export a journaled run to CSV</source>
        <translation>ジャーナルに記録された実行を CSV にエクスポート</translation>
    </message>
    <message>
        <source>synthetic jobs through the dispatcher, no instruments</source>
        <translation>合成ジョブをディスパッチャーに流す (計測器なし)</translation>
    </message>
    <message>
        <source>share this bench with the lab over an MQTT broker</source>
        <translation>MQTT ブローカー経由でこのベンチをラボと共有</translation>
    </message>
    <message>
        <source>Usage: labdispatch [--bench FILE]        start the window
       labdispatch COMMAND [options]     run headless
</source>
        <translation>使い方: labdispatch [--bench ファイル]      ウィンドウを開く
        labdispatch コマンド [オプション]   ウィンドウなしで実行
</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>コマンド:</translation>
    </message>
    <message>
        <source>&apos;labdispatch COMMAND --help&apos; describes a command&apos;s options.</source>
        <translation>&apos;labdispatch コマンド --help&apos; で各コマンドのオプションを表示します。</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>不明なコマンド &apos;%1&apos;</translation>
    </message>
    <message>
        <source>built without the window; use a command</source>
        <translation>ウィンドウなしでビルドされています。コマンドを指定してください</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is for the window, and this build has none; use a command</source>
        <translation>&apos;%1&apos; はウィンドウ用ですが、このビルドにはウィンドウがありません。コマンドを指定してください</translation>
    </message>
    <message>
        <source>apply the instruments&apos; safe state: outputs off</source>
        <translation>計測器の安全状態を適用: 出力オフ</translation>
    </message>
    <message>
        <source>print, filter or convert a recorded transcript</source>
        <translation>記録されたトランスクリプトを表示、フィルター、変換</translation>
    </message>
</context>
<context>
    <name>labsim</name>
    <message>
        <source>Bench to start: &apos;demo&apos; or a bench file.</source>
        <translation>起動するベンチ: &apos;demo&apos; またはベンチファイル。</translation>
    </message>
    <message>
        <source>Also write the app&apos;s bench file (name, profile, resource per instrument).</source>
        <translation>アプリ用のベンチファイルも書き出す (計測器ごとの名前、プロファイル、リソース)。</translation>
    </message>
    <message>
        <source>Extra folder of driver profiles.</source>
        <translation>ドライバープロファイルの追加フォルダー。</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>予期しない引数 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Serves simulated SCPI instruments over pseudo-terminals, loopback TCP and VXI-11, or replays recorded ones (--replay).</source>
        <translation>疑似端末、ループバック TCP、VXI-11 でシミュレートした SCPI 計測器を提供するか、記録された計測器を再生します (--replay)。</translation>
    </message>
    <message>
        <source>Serve the instruments of this transcript (from &apos;labdispatch run --trace&apos;) as recorded.</source>
        <translation>このトランスクリプト (&apos;labdispatch run --trace&apos; で記録) の計測器を記録どおりに提供します。</translation>
    </message>
</context>
<context>
    <name>ld::AddressRange</name>
    <message>
        <source>&apos;%1&apos; is not a LAN address: %2</source>
        <translation>&apos;%1&apos; は LAN アドレスではありません: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a LAN address: &apos;%2&apos; is not a port or a port range such as 5025-5030</source>
        <translation>&apos;%1&apos; は LAN アドレスではありません: &apos;%2&apos; はポートでも 5025-5030 のようなポート範囲でもありません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a LAN address: write host:port (192.168.1.5:5025), host:first-last (192.168.1.5:5025-5030) or a subnet (192.168.1.0/24)</source>
        <translation>&apos;%1&apos; は LAN アドレスではありません: host:port (192.168.1.5:5025)、host:先頭-末尾 (192.168.1.5:5025-5030) またはサブネット (192.168.1.0/24) で指定してください</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a LAN address: &apos;%2&apos; is not an IPv4 subnet such as 192.168.1.0/24</source>
        <translation>&apos;%1&apos; は LAN アドレスではありません: &apos;%2&apos; は 192.168.1.0/24 のような IPv4 サブネットではありません</translation>
    </message>
    <message>
        <source>The LAN addresses name more than %1 addresses; probe a smaller range.</source>
        <translation>LAN アドレスが %1 件を超えています。より狭い範囲をプローブしてください。</translation>
    </message>
</context>
<context>
    <name>ld::Bench</name>
    <message>
        <source>An instrument named &apos;%1&apos; is already on the bench.</source>
        <translation>&apos;%1&apos; という名前の計測器はすでにベンチにあります。</translation>
    </message>
    <message>
        <source>There is no instrument named &apos;%1&apos;.</source>
        <translation>&apos;%1&apos; という名前の計測器はありません。</translation>
    </message>
    <message>
        <source>not a bench file: %1 at byte %2</source>
        <translation>ベンチファイルではありません: バイト %2 で %1</translation>
    </message>
    <message>
        <source>not a bench file: the top level must be an object</source>
        <translation>ベンチファイルではありません: 最上位はオブジェクトである必要があります</translation>
    </message>
    <message>
        <source>schema: this LabDispatch reads bench files of schema %1</source>
        <translation>schema: この LabDispatch が読めるのはスキーマ %1 のベンチファイルです</translation>
    </message>
    <message>
        <source>instruments: must be a list</source>
        <translation>instruments: リストである必要があります</translation>
    </message>
    <message>
        <source>instruments[%1]: must be an object</source>
        <translation>instruments[%1]: オブジェクトである必要があります</translation>
    </message>
    <message>
        <source>instruments[%1]: %2</source>
        <translation>instruments[%1]: %2</translation>
    </message>
    <message>
        <source>instruments[%1]: the name &apos;%2&apos; is used twice</source>
        <translation>instruments[%1]: 名前 &apos;%2&apos; が重複しています</translation>
    </message>
    <message>
        <source>The probe timeout must be between 10 and 60000 ms.</source>
        <translation>プローブのタイムアウトは 10 から 60000 ms の範囲で指定してください。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a serial port: %2</source>
        <translation>&apos;%1&apos; はシリアルポートではありません: %2</translation>
    </message>
    <message>
        <source>could not journal a reading: %1</source>
        <translation>測定値をジャーナルに記録できませんでした: %1</translation>
    </message>
    <message>
        <source>the instrument was removed</source>
        <translation>計測器が削除されました</translation>
    </message>
    <message>
        <source>slower than the %1 ms interval; skipping ticks while it is busy</source>
        <translation>%1 ms の間隔より遅いため、使用中はティックを飛ばします</translation>
    </message>
    <message>
        <source>Select at least one instrument.</source>
        <translation>計測器を 1 台以上選択してください。</translation>
    </message>
    <message>
        <source>Repeat must be at least 1, not %1.</source>
        <translation>繰り返し回数は 1 以上である必要があります (%1 は不可)。</translation>
    </message>
    <message>
        <source>Interval and duration cannot be negative.</source>
        <translation>間隔と期間に負の値は指定できません。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is switched off.</source>
        <translation>&apos;%1&apos; は無効になっています。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not identified yet and has no profile; connect it first.</source>
        <translation>&apos;%1&apos; はまだ識別されておらず、プロファイルもありません。先に接続してください。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: profile: no driver profile has the id &apos;%2&apos;.</source>
        <translation>%1: profile: ID が &apos;%2&apos; のドライバープロファイルはありません。</translation>
    </message>
    <message>
        <source>%1 is already on the bench as &apos;%2&apos;.</source>
        <translation>%1 はすでに &apos;%2&apos; としてベンチにあります。</translation>
    </message>
    <message>
        <source>instruments[%1]: the resource &apos;%2&apos; is used twice</source>
        <translation>instruments[%1]: リソース &apos;%2&apos; が重複しています</translation>
    </message>
    <message>
        <source>the controller of GPIB%1</source>
        <translation>GPIB%1 のコントローラー</translation>
    </message>
    <message>
        <source>%1: GPIB board %2 has no controller on this bench; bind it in the bench file&apos;s &quot;gpib&quot; list.</source>
        <translation>%1: GPIB ボード %2 にはこのベンチのコントローラーがありません。ベンチファイルの &quot;gpib&quot; リストで割り当ててください。</translation>
    </message>
    <message>
        <source>gpib: must be a list of boards and their controllers</source>
        <translation>gpib: ボードとそのコントローラーのリストである必要があります</translation>
    </message>
    <message>
        <source>gpib[%1]: must be an object</source>
        <translation>gpib[%1]: オブジェクトである必要があります</translation>
    </message>
    <message>
        <source>gpib[%1]: %2</source>
        <translation>gpib[%1]: %2</translation>
    </message>
    <message>
        <source>gpib[%1]: board %2 is bound twice</source>
        <translation>gpib[%1]: ボード %2 が二重に割り当てられています</translation>
    </message>
    <message>
        <source>gpib[%1]: the controller &apos;%2&apos; serves two boards</source>
        <translation>gpib[%1]: コントローラー &apos;%2&apos; が 2 つのボードを担当しています</translation>
    </message>
    <message>
        <source>GPIB board %1 has no controller on this bench.</source>
        <translation>GPIB ボード %1 にはこのベンチのコントローラーがありません。</translation>
    </message>
    <message>
        <source>the GPIB board was removed</source>
        <translation>GPIB ボードが削除されました</translation>
    </message>
    <message>
        <source>LAN services</source>
        <translation>LAN サービス</translation>
    </message>
    <message>
        <source>held back before it started</source>
        <translation>開始前に保留されました</translation>
    </message>
</context>
<context>
    <name>ld::BenchDocument</name>
    <message>
        <source>Untitled bench</source>
        <translation>無題のベンチ</translation>
    </message>
    <message>
        <source>%1 (simulated) [*] - LabDispatch</source>
        <translation>%1 (シミュレーション) [*] - LabDispatch</translation>
    </message>
    <message>
        <source>%1 [*] - LabDispatch</source>
        <translation>%1 [*] - LabDispatch</translation>
    </message>
    <message>
        <source>This window has no simulator.</source>
        <translation>このウィンドウにはシミュレーターがありません。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Open Bench</source>
        <translation>ベンチを開く</translation>
    </message>
    <message>
        <source>Bench files (*.json);;All files (*)</source>
        <translation>ベンチファイル (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>The bench was not changed.
%1</source>
        <translation>ベンチは変更されませんでした。
%1</translation>
    </message>
    <message>
        <source>Save Bench</source>
        <translation>ベンチの保存</translation>
    </message>
    <message>
        <source>Bench files (*.json)</source>
        <translation>ベンチファイル (*.json)</translation>
    </message>
    <message>
        <source>The bench has changes. Save them?</source>
        <translation>ベンチに変更があります。保存しますか?</translation>
    </message>
</context>
<context>
    <name>ld::BenchSession</name>
    <message>
        <source>Bench file to use (instruments and addresses).</source>
        <translation>使用するベンチファイル (計測器とアドレス)。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Use a simulated bench: &apos;demo&apos; or a simulator bench file (default when no --bench is given).</source>
        <translation>シミュレートしたベンチを使う: &apos;demo&apos; またはシミュレーター用ベンチファイル (--bench がなければこれが既定)。</translation>
    </message>
    <message>
        <source>bench</source>
        <translation>ベンチ</translation>
    </message>
    <message>
        <source>Extra folder of driver profiles (may be repeated).</source>
        <translation>ドライバープロファイルの追加フォルダー (複数指定可)。</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>--profiles: &apos;%1&apos; is not a folder</source>
        <translation>--profiles: &apos;%1&apos; はフォルダーではありません</translation>
    </message>
    <message>
        <source>--bench and --sim cannot be used together</source>
        <translation>--bench と --sim は同時に指定できません</translation>
    </message>
    <message>
        <source>cannot read the bench file &apos;%1&apos;: %2</source>
        <translation>ベンチファイル &apos;%1&apos; を読み込めません: %2</translation>
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
        <translation>シミュレートしたベンチを起動できません: %1</translation>
    </message>
    <message>
        <source>simulated %1</source>
        <translation>シミュレート %1</translation>
    </message>
    <message>
        <source>%1: switched off in the bench file</source>
        <translation>%1: ベンチファイルで無効になっています</translation>
    </message>
    <message>
        <source>%1: not connected (%2)</source>
        <translation>%1: 未接続 (%2)</translation>
    </message>
    <message>
        <source>no instrument named &apos;%1&apos; on the bench (see &apos;labdispatch list&apos;)</source>
        <translation>ベンチに &apos;%1&apos; という計測器はありません (&apos;labdispatch list&apos; を参照)</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>予期しない引数 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--instruments names no instrument: &apos;%1&apos;</source>
        <translation>--instruments に計測器が指定されていません: &apos;%1&apos;</translation>
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
        <translation>シミュレートしたベンチが起動しませんでした: %1</translation>
    </message>
    <message>
        <source>Demo bench</source>
        <translation>デモベンチ</translation>
    </message>
    <message>
        <source>The last bench file did not open, so the simulated bench is shown (File &gt; Open Bench to try again): %1</source>
        <translation>前回のベンチファイルを開けなかったため、シミュレートしたベンチを表示しています (再試行するには ファイル &gt; ベンチを開く): %1</translation>
    </message>
</context>
<context>
    <name>ld::BoundedFile</name>
    <message>
        <source>larger than %1</source>
        <translation>%1 より大きいです</translation>
    </message>
    <message>
        <source>a folder, not a file</source>
        <translation>ファイルではなくフォルダーです</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>通常のファイルではありません</translation>
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
        <translation>%1 バイト</translation>
    </message>
</context>
<context>
    <name>ld::BrokerOptions</name>
    <message>
        <source>--%1 must be from %2 to %3 ms, not &apos;%4&apos;</source>
        <translation>--%1 は %2 から %3 ms の範囲で指定してください (&apos;%4&apos; は範囲外です)</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; does not exist</source>
        <translation>--%1: &apos;%2&apos; は存在しません</translation>
    </message>
    <message>
        <source>--%1: cannot read &apos;%2&apos;</source>
        <translation>--%1: &apos;%2&apos; を読み込めません</translation>
    </message>
    <message>
        <source>The broker, HOST:PORT (default port 1883).</source>
        <translation>ブローカー、HOST:PORT (既定のポートは 1883)。</translation>
    </message>
    <message>
        <source>Work on the lab shared through this MQTT broker, HOST:PORT (default port 1883), instead of a local bench.</source>
        <translation>ローカルのベンチの代わりに、この MQTT ブローカーで共有されているラボを使う。HOST:PORT (既定のポートは 1883)。</translation>
    </message>
    <message>
        <source>host:port</source>
        <translation>ホスト:ポート</translation>
    </message>
    <message>
        <source>User name for the broker.</source>
        <translation>ブローカー用のユーザー名。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>File whose first line is the broker password.</source>
        <translation>1 行目がブローカーのパスワードであるファイル。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Use TLS, trusting the CAs in this file (or folder).</source>
        <translation>TLS を使い、このファイル (またはフォルダー) の CA を信頼する。</translation>
    </message>
    <message>
        <source>Client certificate for TLS (with --tls-key).</source>
        <translation>TLS 用のクライアント証明書 (--tls-key と併用)。</translation>
    </message>
    <message>
        <source>Client key for TLS (with --tls-cert).</source>
        <translation>TLS 用のクライアント鍵 (--tls-cert と併用)。</translation>
    </message>
    <message>
        <source>With TLS, do not check the broker&apos;s host name (test brokers only).</source>
        <translation>TLS 使用時にブローカーのホスト名を検証しない (テスト用ブローカー専用)。</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Longest wait for the nodes&apos; retained state after connecting (default 1500).</source>
        <translation>接続後、ノードの保持 (retained) 状態を待つ最長時間 (既定 1500)。</translation>
    </message>
    <message>
        <source>--broker HOST:PORT is required</source>
        <translation>--broker HOST:PORT は必須です</translation>
    </message>
    <message>
        <source>--password-file: the first line of &apos;%1&apos; is empty</source>
        <translation>--password-file: &apos;%1&apos; の 1 行目が空です</translation>
    </message>
    <message>
        <source>--password-file needs --user</source>
        <translation>--password-file には --user が必要です</translation>
    </message>
    <message>
        <source>--tls-cert, --tls-key and --tls-insecure need --tls-ca</source>
        <translation>--tls-cert、--tls-key、--tls-insecure には --tls-ca が必要です</translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key go together</source>
        <translation>--tls-cert と --tls-key は両方とも指定してください</translation>
    </message>
    <message>
        <source>--%1 is for a local bench and cannot be used with --broker</source>
        <translation>--%1 はローカルのベンチ用のため、--broker とは併用できません</translation>
    </message>
    <message>
        <source>--%1 needs --broker</source>
        <translation>--%1 には --broker が必要です</translation>
    </message>
    <message>
        <source>Give up when the broker is not reached within this time, at the start or after losing it mid-run (default 5000).</source>
        <translation>この時間内にブローカーに接続できなければ中止する。開始時と、実行中に接続が切れた後に適用 (既定 5000)。</translation>
    </message>
    <message>
        <source>--password-file: &apos;%1&apos;: %2</source>
        <translation>--password-file: &apos;%1&apos;: %2</translation>
    </message>
</context>
<context>
    <name>ld::CapControl</name>
    <message>
        <source>&amp;Cap:</source>
        <translation>上限(&amp;C):</translation>
    </message>
    <message>
        <source>Concurrency cap</source>
        <translation>同時実行数の上限</translation>
    </message>
    <message>
        <source>At most this many jobs run at once, across all instruments. Changes apply at once, also while jobs run.</source>
        <translation>すべての計測器を通じて、同時に実行するジョブはこの数までです。変更はジョブ実行中でもすぐに反映されます。</translation>
    </message>
</context>
<context>
    <name>ld::CsvExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>The journal had %1 damaged bytes in %2 places; every intact reading was exported</source>
        <translation>ジャーナルには %2 か所で計 %1 バイトの破損がありました。破損していない測定値はすべてエクスポートしました</translation>
    </message>
    <message>
        <source>The run was interrupted: it has no closing record</source>
        <translation>この実行は中断されました: 終了レコードがありません</translation>
    </message>
    <message>
        <source>The run is still going: the export holds the readings journaled until now</source>
        <translation>実行はまだ続いています: エクスポートには現時点までにジャーナルに記録された測定値が含まれます</translation>
    </message>
    <message>
        <source>No CSV file was named</source>
        <translation>CSV ファイルが指定されていません</translation>
    </message>
    <message>
        <source>%1 is a folder; name a CSV file in it</source>
        <translation>%1 はフォルダーです。その中の CSV ファイルを指定してください</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a device, a pipe or a socket); write to a file, or to &apos;-&apos; for standard output</source>
        <translation>%1 は通常のファイルではありません (デバイス、パイプ、ソケット)。ファイルに書き込むか、標準出力には &apos;-&apos; を指定してください</translation>
    </message>
    <message>
        <source>%1 is a journal; a CSV export never replaces one</source>
        <translation>%1 はジャーナルです。CSV のエクスポートがジャーナルを置き換えることはありません</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 is missing or not writable</source>
        <translation>%1 に書き込めません: フォルダー %2 がないか、書き込みできません</translation>
    </message>
</context>
<context>
    <name>ld::DemoCommand</name>
    <message>
        <source>Runs synthetic jobs through the capped dispatcher and prints live counters.</source>
        <translation>合成ジョブを上限付きディスパッチャーに投入し、カウンターをリアルタイムで表示します。</translation>
    </message>
    <message>
        <source>Number of jobs.</source>
        <translation>ジョブ数。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Jobs running at once.</source>
        <translation>同時に実行するジョブ数。</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>Mean job length in ms.</source>
        <translation>ジョブの平均所要時間 (ms)。</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>Simulated instruments (jobs of one never overlap).</source>
        <translation>シミュレートする計測器 (同じ計測器のジョブは重なりません)。</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>Percentage of jobs that throw.</source>
        <translation>例外を投げるジョブの割合 (%)。</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>Random seed.</source>
        <translation>乱数シード。</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3, not &apos;%4&apos;</source>
        <translation>--%1 には %2 から %3 の整数を指定してください (&apos;%4&apos; は不可)</translation>
    </message>
</context>
<context>
    <name>ld::DiscoveryDialog</name>
    <message>
        <source>Probe the &amp;system&apos;s serial ports</source>
        <translation>システムのシリアルポートをプローブ(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>開始(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Add Found to Bench</source>
        <translation>見つかった計測器をベンチに追加(&amp;A)</translation>
    </message>
    <message>
        <source>Discover Instruments</source>
        <translation>計測器の検出</translation>
    </message>
    <message>
        <source>/dev/ttyUSB0
ASRL/dev/ttyACM0::INSTR</source>
        <translation>/dev/ttyUSB0
ASRL/dev/ttyACM0::INSTR</translation>
    </message>
    <message>
        <source>More serial ports, one per line: a device path or an ASRL resource</source>
        <translation>追加のシリアルポート (1 行に 1 つ): デバイスパスまたは ASRL リソース</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>How long each address may take to answer *IDN?</source>
        <translation>各アドレスが *IDN? に応答するまでの待ち時間</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>リソース</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>識別情報</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Discovered instruments</source>
        <translation>検出された計測器</translation>
    </message>
    <message>
        <source>More serial &amp;ports:</source>
        <translation>追加のシリアルポート(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;LAN addresses:</source>
        <translation>LAN アドレス(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Timeout per probe:</source>
        <translation>プローブごとのタイムアウト(&amp;T):</translation>
    </message>
    <message>
        <source>Nothing was probed: %1</source>
        <translation>何もプローブしませんでした: %1</translation>
    </message>
    <message>
        <source>Probing...</source>
        <translation>プローブ中...</translation>
    </message>
    <message>
        <source>Stopping...</source>
        <translation>停止中...</translation>
    </message>
    <message>
        <source>(no matching profile)</source>
        <translation>(一致するプロファイルなし)</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>検出</translation>
    </message>
    <message>
        <source>Nothing to probe: every address is already on the bench or none was given.</source>
        <translation>プローブ対象がありません: すべてのアドレスがすでにベンチにあるか、指定されていません。</translation>
    </message>
    <message numerus="yes">
        <source>Probed %n address(es), </source>
        <translation>
            <numerusform>%n 件のアドレスをプローブし、</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>found %n instrument(s).</source>
        <translation>
            <numerusform>%n 台の計測器が見つかりました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>計測器</translation>
    </message>
    <message>
        <source>Added as %1</source>
        <translation>%1 として追加しました</translation>
    </message>
    <message numerus="yes">
        <source>Added %n instrument(s) to the bench.</source>
        <translation>
            <numerusform>%n 台の計測器をベンチに追加しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>追加しませんでした: %1</translation>
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
        <translation>LAN 計測器 (1 行に 1 つ): host:port、ポート範囲 (host:5025-5030)、サブネット (192.168.1.0/24、指定がなければポート 5025) または TCPIP リソース。最大 %1 件のアドレス</translation>
    </message>
    <message>
        <source>already on the bench as %1</source>
        <translation>すでに %1 としてベンチにあります</translation>
    </message>
    <message>
        <source>Probe the bench&apos;s &amp;GPIB boards (addresses 1-30)</source>
        <translation>ベンチの GPIB ボードを探査 (アドレス 1-30)(&amp;G)</translation>
    </message>
    <message>
        <source>Probe the &amp;LAN services announced (DNS-SD, VXI-11 broadcast)</source>
        <translation>通知された LAN サービスを調べる (DNS-SD、VXI-11 ブロードキャスト)(&amp;L)</translation>
    </message>
    <message>
        <source>Instruments that announce themselves through DNS-SD (_lxi._tcp, _vxi-11._tcp, _scpi-raw._tcp, through the Avahi daemon) or answer the VXI-11 portmapper broadcast. Many instruments do neither: list those below.</source>
        <translation>DNS-SD (_lxi._tcp、_vxi-11._tcp、_scpi-raw._tcp、Avahi デーモン経由) で自身を通知するか、VXI-11 ポートマッパーのブロードキャストに応答する計測器です。どちらも行わない計測器も多いので、それらは下に入力してください。</translation>
    </message>
    <message>
        <source>Found by %1</source>
        <translation>%1 で検出</translation>
    </message>
</context>
<context>
    <name>ld::Dispatcher</name>
    <message>
        <source>The cap must be between %1 and %2 jobs at once; %3 is out of range.</source>
        <translation>上限は同時 %1 から %2 ジョブの範囲で指定してください。%3 は範囲外です。</translation>
    </message>
    <message>
        <source>The dispatcher is shut down.</source>
        <translation>ディスパッチャーは停止しています。</translation>
    </message>
    <message>
        <source>the executor &apos;%1&apos; stopped before the job could run</source>
        <translation>ジョブを実行する前にエグゼキューター &apos;%1&apos; が停止しました</translation>
    </message>
    <message>
        <source>the asynchronous job dropped its context without finishing</source>
        <translation>非同期ジョブが完了せずにコンテキストを破棄しました</translation>
    </message>
    <message>
        <source>the job has no function to run</source>
        <translation>ジョブに実行する関数がありません</translation>
    </message>
    <message>
        <source>the job has both a plain and an asynchronous function; set exactly one</source>
        <translation>ジョブに通常の関数と非同期関数の両方があります。どちらか一方だけを設定してください</translation>
    </message>
    <message>
        <source>the dispatcher is shut down and accepts no more jobs</source>
        <translation>ディスパッチャーは停止しており、ジョブを受け付けません</translation>
    </message>
    <message>
        <source>still queued at its deadline; never started</source>
        <translation>期限になってもキューに残っていました。開始されていません</translation>
    </message>
    <message>
        <source>the job threw an exception</source>
        <translation>ジョブが例外を投げました</translation>
    </message>
    <message>
        <source>the job threw an exception that is not a std::exception</source>
        <translation>ジョブが std::exception 以外の例外を投げました</translation>
    </message>
    <message>
        <source>cancelled while running</source>
        <translation>実行中に取り消されました</translation>
    </message>
    <message>
        <source>cancelled before it started</source>
        <translation>開始前に取り消されました</translation>
    </message>
</context>
<context>
    <name>ld::DnsSdBrowser</name>
    <message>
        <source>DNS-SD browsing of %1 failed: %2</source>
        <translation>%1 の DNS-SD 参照に失敗しました: %2</translation>
    </message>
    <message>
        <source>DNS-SD browsing skipped: the Avahi daemon is not running (%1)</source>
        <translation>DNS-SD 参照をスキップしました: Avahi デーモンが動作していません (%1)</translation>
    </message>
    <message>
        <source>DNS-SD browsing skipped: Avahi failed: %1</source>
        <translation>DNS-SD 参照をスキップしました: Avahi が失敗しました: %1</translation>
    </message>
    <message>
        <source>DNS-SD browsing skipped: this build has no Avahi support</source>
        <translation>DNS-SD 参照をスキップしました: このビルドは Avahi に対応していません</translation>
    </message>
</context>
<context>
    <name>ld::DriverProfile</name>
    <message>
        <source>not a number: &apos;%1&apos;</source>
        <translation>数値ではありません: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>malformed block header</source>
        <translation>ブロックヘッダーの形式が不正です</translation>
    </message>
    <message>
        <source>block shorter than its header says</source>
        <translation>ブロックがヘッダーの示す長さより短いです</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a number</source>
        <translation>%1: &apos;%2&apos; は数値ではありません</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a whole number</source>
        <translation>%1: &apos;%2&apos; は整数ではありません</translation>
    </message>
    <message>
        <source>%1 %2%3 below the limit %4%3</source>
        <translation>%1 %2%3 は下限 %4%3 を下回っています</translation>
    </message>
    <message>
        <source>%1 %2%3 above the limit %4%3</source>
        <translation>%1 %2%3 は上限 %4%3 を超えています</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not one of %3</source>
        <translation>%1: &apos;%2&apos; は %3 のいずれでもありません</translation>
    </message>
    <message>
        <source>%1: a line break would end the command early</source>
        <translation>%1: 改行があるとコマンドが途中で終わってしまいます</translation>
    </message>
    <message>
        <source>%1: empty</source>
        <translation>%1: 空です</translation>
    </message>
    <message>
        <source>%1: missing</source>
        <translation>%1: ありません</translation>
    </message>
    <message>
        <source>not an identity: &apos;%1&apos;</source>
        <translation>識別情報ではありません: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>block length %1 is not a multiple of 4</source>
        <translation>ブロック長 %1 が 4 の倍数ではありません</translation>
    </message>
    <message>
        <source>block length %1 is not a multiple of 8</source>
        <translation>ブロック長 %1 が 8 の倍数ではありません</translation>
    </message>
    <message>
        <source>unknown reply type</source>
        <translation>不明な応答形式</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is too large for a whole number</source>
        <translation>%1: &apos;%2&apos; は整数としては大きすぎます</translation>
    </message>
    <message>
        <source>%1: the control character U+%2 is not allowed</source>
        <translation>%1: 制御文字 U+%2 は使用できません</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not allowed here; unquoted text may hold only letters, digits and _ . + -</source>
        <translation>%1: &apos;%2&apos; はここでは使えません。引用符なしのテキストに使えるのは英字、数字、_ . + - のみです</translation>
    </message>
    <message>
        <source>%1 takes none</source>
        <translation>%1 にはパラメーターがありません</translation>
    </message>
    <message>
        <source>%1 takes %2</source>
        <translation>%1 のパラメーターは %2</translation>
    </message>
    <message>
        <source>unknown parameter %1 (%2)</source>
        <translation>不明なパラメーター %1 (%2)</translation>
    </message>
    <message>
        <source>no operation &apos;%1&apos;</source>
        <translation>操作 &apos;%1&apos; はありません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a %2 operation, not a set one</source>
        <translation>&apos;%1&apos; は %2 操作であり、set 操作ではありません</translation>
    </message>
</context>
<context>
    <name>ld::DriverProfileLoader</name>
    <message>
        <source>%1: offset %2: %3</source>
        <translation>%1: オフセット %2: %3</translation>
    </message>
    <message>
        <source>%1: not a JSON object</source>
        <translation>%1: JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: 読み込めません: %2</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ありません</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>文字列である必要があります</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>空です</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>true または false である必要があります</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>数値である必要があります</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>オブジェクトである必要があります</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of %2</source>
        <translation>&apos;%1&apos; は %2 のいずれでもありません</translation>
    </message>
    <message>
        <source>invalid regular expression: %1</source>
        <translation>不正な正規表現: %1</translation>
    </message>
    <message>
        <source>must be &quot;\n&quot;, &quot;\r\n&quot; or &quot;\r&quot;</source>
        <translation>&quot;\n&quot;、&quot;\r\n&quot;、&quot;\r&quot; のいずれかである必要があります</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an identifier</source>
        <translation>&apos;%1&apos; は識別子ではありません</translation>
    </message>
    <message>
        <source>greater than max</source>
        <translation>max より大きい値です</translation>
    </message>
    <message>
        <source>must be a non-empty array of strings</source>
        <translation>空でない文字列の配列である必要があります</translation>
    </message>
    <message>
        <source>a measure operation needs a reply</source>
        <translation>測定操作には応答が必要です</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>配列である必要があります</translation>
    </message>
    <message>
        <source>&apos;%1&apos; appears twice</source>
        <translation>&apos;%1&apos; が重複しています</translation>
    </message>
    <message>
        <source>placeholder {%1} has no parameter</source>
        <translation>プレースホルダー {%1} に対応するパラメーターがありません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not used in the command</source>
        <translation>&apos;%1&apos; がコマンドで使われていません</translation>
    </message>
    <message>
        <source>version %1 not supported (this build reads %2)</source>
        <translation>バージョン %1 には対応していません (このビルドが読めるのは %2)</translation>
    </message>
    <message>
        <source>must be a non-empty array</source>
        <translation>空でない配列である必要があります</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2, not %3</source>
        <translation>%1 から %2 の整数である必要があります (%3 は不可)</translation>
    </message>
    <message>
        <source>only for a string that is not quoted</source>
        <translation>引用符なしの文字列にのみ使用できます</translation>
    </message>
    <message>
        <source>only for a parameter that is the whole command</source>
        <translation>コマンド全体となるパラメーターにのみ使用できます</translation>
    </message>
    <message>
        <source>only for a set operation</source>
        <translation>set 操作でのみ使用できます</translation>
    </message>
    <message>
        <source>no operation &apos;%1&apos; in this profile</source>
        <translation>このプロファイルには操作 &apos;%1&apos; がありません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a query or measure operation whose reply is a number</source>
        <translation>&apos;%1&apos; は応答が数値になる query または measure 操作である必要があります</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes the parameter &apos;%2&apos;, which %3 does not have</source>
        <translation>&apos;%1&apos; はパラメーター &apos;%2&apos; を取りますが、%3 にはありません</translation>
    </message>
    <message>
        <source>must be a non-empty array (leave it out when the instrument has nothing to switch off)</source>
        <translation>空でない配列である必要があります (計測器にオフにするものがない場合は省略してください)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a %2 operation; a safe state only sets</source>
        <translation>&apos;%1&apos; は %2 操作です。安全状態では set のみ行います</translation>
    </message>
    <message>
        <source>%1 takes no parameters</source>
        <translation>%1 はパラメーターを取りません</translation>
    </message>
    <message>
        <source>not a parameter of %1 (it takes %2)</source>
        <translation>%1 のパラメーターではありません (取るのは %2)</translation>
    </message>
</context>
<context>
    <name>ld::FrontPanel</name>
    <message>
        <source>%1 - Front Panel</source>
        <translation>%1 - フロントパネル</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>チャンネル(&amp;C):</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>測定値</translation>
    </message>
    <message>
        <source>Setpoints</source>
        <translation>設定値</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>出力</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>読み取り</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Read all every</source>
        <translation>すべて読み取る間隔</translation>
    </message>
    <message>
        <source>%1: on</source>
        <translation>%1: オン</translation>
    </message>
    <message>
        <source>%1: off</source>
        <translation>%1: オフ</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>%1 done</source>
        <translation>%1 完了</translation>
    </message>
</context>
<context>
    <name>ld::FrontPanels</name>
    <message>
        <source>%1 has no profile yet (not identified): it has no front panel</source>
        <translation>%1 にはまだプロファイルがありません (未識別): フロントパネルはありません</translation>
    </message>
</context>
<context>
    <name>ld::GaugePanel</name>
    <message>
        <source>cap %1</source>
        <translation>上限 %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Queued jobs</source>
        <translation>待機中のジョブ</translation>
    </message>
    <message>
        <source>Running jobs</source>
        <translation>実行中のジョブ</translation>
    </message>
    <message>
        <source>Jobs done per second</source>
        <translation>毎秒の完了ジョブ数</translation>
    </message>
    <message>
        <source>Failed run jobs</source>
        <translation>失敗した実行ジョブ</translation>
    </message>
    <message>
        <source>Jobs running now; the red line is the cap, on the same scale</source>
        <translation>現在実行中のジョブ。赤い線は同じ目盛りで示した上限です</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100%</translation>
    </message>
</context>
<context>
    <name>ld::GpibBoardConfig</name>
    <message>
        <source>board: must be a whole number from 0 to 999, not %1</source>
        <translation>board: 0 から 999 の整数である必要があります (%1 ではなく)</translation>
    </message>
    <message>
        <source>GPIB%1: controller: %2</source>
        <translation>GPIB%1: controller: %2</translation>
    </message>
    <message>
        <source>GPIB%1: controller: &apos;%2&apos; must be a serial port (ASRL...::INSTR) or a TCP socket (TCPIP::&lt;host&gt;::1234::SOCKET)</source>
        <translation>GPIB%1: controller: &apos;%2&apos; はシリアルポート (ASRL...::INSTR) または TCP ソケット (TCPIP::&lt;host&gt;::1234::SOCKET) である必要があります</translation>
    </message>
    <message>
        <source>GPIB%1: readTimeoutMs: must be from 1 to %2 ms, not %3</source>
        <translation>GPIB%1: readTimeoutMs: 1 から %2 ms である必要があります (%3 ではなく)</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos; (board, controller, readTimeoutMs)</source>
        <translation>不明なフィールド &apos;%1&apos; (board, controller, readTimeoutMs)</translation>
    </message>
    <message>
        <source>board: a whole number from 0 to 999 is required</source>
        <translation>board: 0 から 999 の整数が必要です</translation>
    </message>
    <message>
        <source>GPIB%1: controller: the controller&apos;s VISA resource is required</source>
        <translation>GPIB%1: controller: コントローラーの VISA リソースが必要です</translation>
    </message>
    <message>
        <source>GPIB%1: readTimeoutMs: must be a whole number of milliseconds</source>
        <translation>GPIB%1: readTimeoutMs: ミリ秒単位の整数である必要があります</translation>
    </message>
</context>
<context>
    <name>ld::GpibController</name>
    <message>
        <source>GPIB%1 through %2</source>
        <translation>%2 経由の GPIB%1</translation>
    </message>
    <message>
        <source>%1: no answer to ++ver within %2 ms; is it a Prologix-style GPIB controller?</source>
        <translation>%1: %2 ms 以内に ++ver への応答がありません。Prologix 型の GPIB コントローラーですか?</translation>
    </message>
    <message>
        <source>%1 is not a Prologix-style GPIB controller: it answered ++ver with &apos;%2&apos;</source>
        <translation>%1 は Prologix 型の GPIB コントローラーではありません: ++ver に &apos;%2&apos; と応答しました</translation>
    </message>
    <message>
        <source>%1: cannot configure the controller</source>
        <translation>%1: コントローラーを設定できません</translation>
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
        <translation>削除されたコントローラー</translation>
    </message>
    <message>
        <source>GPIB address %1 (%2)</source>
        <translation>GPIB アドレス %1 (%2)</translation>
    </message>
    <message>
        <source>the GPIB controller was removed</source>
        <translation>GPIB コントローラーが削除されました</translation>
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
        <translation>多数のラボ計測器を同時に操作します。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Jobs running at once.</source>
        <translation>同時に実行するジョブ数。</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Also show the instruments of the LabDispatch nodes that share this MQTT broker (user and TLS as last set in Connect to Lab).</source>
        <translation>この MQTT ブローカーを共有する LabDispatch ノードの計測器も表示する (ユーザーと TLS は「ラボに接続」で最後に設定した内容)。</translation>
    </message>
    <message>
        <source>host:port</source>
        <translation>ホスト:ポート</translation>
    </message>
    <message>
        <source>--cap must be a whole number from %1 to %2, not &apos;%3&apos;</source>
        <translation>--cap には %1 から %2 の整数を指定してください (&apos;%3&apos; は不可)</translation>
    </message>
    <message>
        <source>The lab broker: %1</source>
        <translation>ラボのブローカー: %1</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>予期しない引数 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--broker: %1</source>
        <translation>--broker: %1</translation>
    </message>
    <message>
        <source>Open this bench file instead of the last one or the simulated bench.</source>
        <translation>前回のファイルやシミュレートしたベンチの代わりに、このベンチファイルを開きます。</translation>
    </message>
</context>
<context>
    <name>ld::IdnInfo</name>
    <message>
        <source>*IDN? reply contains control characters: &apos;%1&apos;</source>
        <translation>*IDN? の応答に制御文字が含まれています: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>*IDN? reply needs 4 comma-separated fields (vendor,model,serial,firmware): &apos;%1&apos;</source>
        <translation>*IDN? の応答にはカンマ区切りの 4 フィールド (メーカー,モデル,シリアル番号,ファームウェア) が必要です: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>*IDN? reply has an empty vendor or model: &apos;%1&apos;</source>
        <translation>*IDN? の応答のメーカーまたはモデルが空です: &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>ld::InstrumentConfig</name>
    <message>
        <source>The instrument needs a name.</source>
        <translation>計測器には名前が必要です。</translation>
    </message>
    <message>
        <source>The name &apos;%1&apos; may use letters, digits, spaces, &apos;.&apos;, &apos;-&apos; and &apos;_&apos; (at most 64, not starting with a space).</source>
        <translation>名前 &apos;%1&apos; に使えるのは英字、数字、スペース、&apos;.&apos;、&apos;-&apos;、&apos;_&apos; です (64 文字以内、先頭にスペース不可)。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the timeout must be between %2 and %3 ms, not %4 ms.</source>
        <translation>%1: タイムアウトは %2 から %3 ms の範囲で指定してください (%4 ms は不可)。</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos;</source>
        <translation>不明なフィールド &apos;%1&apos;</translation>
    </message>
    <message>
        <source>name: a text is required</source>
        <translation>name: テキストが必要です</translation>
    </message>
    <message>
        <source>%1: resource: a VISA resource string is required</source>
        <translation>%1: resource: VISA リソース文字列が必要です</translation>
    </message>
    <message>
        <source>%1: profile: must be a profile id</source>
        <translation>%1: profile: プロファイル ID である必要があります</translation>
    </message>
    <message>
        <source>%1: enabled: must be true or false</source>
        <translation>%1: enabled: true または false である必要があります</translation>
    </message>
    <message>
        <source>%1: simulated: must be true or false</source>
        <translation>%1: simulated: true または false である必要があります</translation>
    </message>
    <message>
        <source>%1: timeoutMs: must be a whole number of milliseconds</source>
        <translation>%1: timeoutMs: ミリ秒単位の整数である必要があります</translation>
    </message>
    <message>
        <source>%1: line: %2</source>
        <translation>%1: line: %2</translation>
    </message>
    <message>
        <source>vendor %1</source>
        <translation>メーカー %1</translation>
    </message>
    <message>
        <source>model %1</source>
        <translation>モデル %1</translation>
    </message>
    <message>
        <source>serial %1</source>
        <translation>シリアル番号 %1</translation>
    </message>
    <message>
        <source>%1: expect: &apos;%2&apos; cannot be an *IDN? field (no commas, control characters or surrounding spaces)</source>
        <translation>%1: expect: &apos;%2&apos; は *IDN? のフィールドになり得ません (カンマ、制御文字、前後のスペースは不可)</translation>
    </message>
    <message>
        <source>%1: expect: must be an object with vendor, model and/or serial</source>
        <translation>%1: expect: vendor、model、serial のいずれかを持つオブジェクトである必要があります</translation>
    </message>
    <message>
        <source>%1: expect: unknown field &apos;%2&apos; (vendor, model, serial)</source>
        <translation>%1: expect: 不明なフィールド &apos;%2&apos; (vendor, model, serial)</translation>
    </message>
    <message>
        <source>%1: expect.%2: must be a text</source>
        <translation>%1: expect.%2: テキストである必要があります</translation>
    </message>
    <message>
        <source>%1: line: must be an object of serial settings such as {&quot;baud&quot;: 9600}, not &apos;%2&apos;</source>
        <translation>%1: line: {&quot;baud&quot;: 9600} のようなシリアル設定のオブジェクトである必要があります (&apos;%2&apos; は不可)</translation>
    </message>
</context>
<context>
    <name>ld::InstrumentDialog</name>
    <message>
        <source>Serial line</source>
        <translation>シリアル回線</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>有効(&amp;E)</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>計測器</translation>
    </message>
    <message>
        <source>e.g. DMM 1</source>
        <translation>例: DMM 1</translation>
    </message>
    <message>
        <source>ASRL/dev/ttyUSB0::INSTR or TCPIP0::192.168.1.5::5025::SOCKET</source>
        <translation>ASRL/dev/ttyUSB0::INSTR または TCPIP0::192.168.1.5::5025::SOCKET</translation>
    </message>
    <message>
        <source>A VISA resource string: ASRL&lt;port&gt;::INSTR for a serial port, TCPIP0::&lt;host&gt;::&lt;port&gt;::SOCKET for a raw LAN socket</source>
        <translation>VISA リソース文字列: シリアルポートは ASRL&lt;ポート&gt;::INSTR、LAN の raw ソケットは TCPIP0::&lt;ホスト&gt;::&lt;ポート&gt;::SOCKET</translation>
    </message>
    <message>
        <source>Match by *IDN? (automatic)</source>
        <translation>*IDN? で照合 (自動)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Even</source>
        <translation>偶数</translation>
    </message>
    <message>
        <source>Odd</source>
        <translation>奇数</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>マーク</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>スペース</translation>
    </message>
    <message>
        <source>Hardware (RTS/CTS)</source>
        <translation>ハードウェア (RTS/CTS)</translation>
    </message>
    <message>
        <source>Software (XON/XOFF)</source>
        <translation>ソフトウェア (XON/XOFF)</translation>
    </message>
    <message>
        <source>C escapes: \n, \r\n, \r, \xHH</source>
        <translation>C のエスケープ: \n, \r\n, \r, \xHH</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>&amp;Baud rate:</source>
        <translation>ボーレート(&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Data bits:</source>
        <translation>データビット(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Parity:</source>
        <translation>パリティ(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Stop bits:</source>
        <translation>ストップビット(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Flow control:</source>
        <translation>フロー制御(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Resource:</source>
        <translation>リソース(&amp;R):</translation>
    </message>
    <message>
        <source>Pro&amp;file:</source>
        <translation>プロファイル(&amp;F):</translation>
    </message>
    <message>
        <source>Read &amp;terminator:</source>
        <translation>読み取りターミネーター(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Write terminator:</source>
        <translation>書き込みターミネーター(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Query timeout:</source>
        <translation>問い合わせタイムアウト(&amp;Q):</translation>
    </message>
    <message>
        <source>Line settings apply to serial (ASRL) resources only</source>
        <translation>回線設定はシリアル (ASRL) リソースにのみ適用されます</translation>
    </message>
    <message>
        <source>Baud rate: &apos;%1&apos; is not a number</source>
        <translation>ボーレート: &apos;%1&apos; は数値ではありません</translation>
    </message>
    <message>
        <source>Read terminator: &apos;%1&apos; has a bad escape</source>
        <translation>読み取りターミネーター: &apos;%1&apos; に不正なエスケープがあります</translation>
    </message>
    <message>
        <source>Write terminator: &apos;%1&apos; has a bad escape</source>
        <translation>書き込みターミネーター: &apos;%1&apos; に不正なエスケープがあります</translation>
    </message>
    <message>
        <source>Name: &apos;%1&apos; is already on the bench</source>
        <translation>名前: &apos;%1&apos; はすでにベンチにあります</translation>
    </message>
    <message>
        <source>The configuration is not valid</source>
        <translation>設定が正しくありません</translation>
    </message>
    <message>
        <source>&amp;Pin Current Identity</source>
        <translation>現在の識別情報を固定(&amp;P)</translation>
    </message>
    <message>
        <source>Expected identity</source>
        <translation>期待する識別情報</translation>
    </message>
    <message>
        <source>What *IDN? must report for this to be the instrument; an empty field is not checked. Another instrument on the port is then an error instead of its readings.</source>
        <translation>この計測器と判断するために *IDN? が報告すべき内容です。空欄のフィールドは確認しません。ポートに別の計測器がある場合は、その測定値ではなくエラーになります。</translation>
    </message>
    <message>
        <source>any</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>&amp;Vendor:</source>
        <translation>メーカー(&amp;V):</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>モデル(&amp;M):</translation>
    </message>
    <message>
        <source>Seria&amp;l:</source>
        <translation>シリアル番号(&amp;L):</translation>
    </message>
    <message>
        <source>Pin %1 %2, serial %3</source>
        <translation>%1 %2、シリアル番号 %3 に固定</translation>
    </message>
    <message>
        <source>Connect the instrument first: pins the vendor, model and serial it reports</source>
        <translation>先に計測器を接続してください: 計測器が報告するメーカー、モデル、シリアル番号に固定します</translation>
    </message>
</context>
<context>
    <name>ld::InstrumentEditing</name>
    <message>
        <source>Add Instrument</source>
        <translation>計測器の追加</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 の編集</translation>
    </message>
    <message>
        <source>Edit Instrument</source>
        <translation>計測器の編集</translation>
    </message>
    <message>
        <source>Remove Instruments</source>
        <translation>計測器の削除</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n instrument(s) from the bench? Their running jobs are cancelled.</source>
        <translation>
            <numerusform>%n 台の計測器をベンチから削除しますか? 実行中のジョブは取り消されます。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ld::InstrumentState</name>
    <message>
        <source>Disabled</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>オフライン</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>接続中</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation>再接続中</translation>
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
        <translation>(値なし)</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s), last %1</source>
        <translation>
            <numerusform>%n 個の値、最新 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>%1: served by the built-in simulator</source>
        <translation>%1: 内蔵シミュレーターが提供</translation>
    </message>
    <message>
        <source>%1
Line: %2
Timeout: %3 ms</source>
        <translation>%1
回線: %2
タイムアウト: %3 ms</translation>
    </message>
    <message>
        <source>%1
Firmware: %2
Profile: %3</source>
        <translation>%1
ファームウェア: %2
プロファイル: %3</translation>
    </message>
    <message>
        <source>Status light</source>
        <translation>ステータスランプ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>リソース</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>識別情報</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Last reading</source>
        <translation>最新の測定値</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>%1 at %2
%3</source>
        <translation>%1 (%2)
%3</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>実行 %1</translation>
    </message>
    <message>
        <source>Part of run %1, which is going on</source>
        <translation>進行中の実行 %1 の一部</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）: %3</translation>
    </message>
</context>
<context>
    <name>ld::InstrumentView</name>
    <message>
        <source>Instruments</source>
        <translation>計測器</translation>
    </message>
</context>
<context>
    <name>ld::InterruptedRunsBanner</name>
    <message>
        <source>&amp;Export CSV...</source>
        <translation>CSV にエクスポート(&amp;E)...</translation>
    </message>
    <message>
        <source>&amp;Close Them</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>後で(&amp;L)</translation>
    </message>
    <message>
        <source>The run Export CSV writes</source>
        <translation>「CSV にエクスポート」で書き出す実行</translation>
    </message>
    <message>
        <source>Write the chosen run&apos;s readings to a CSV file</source>
        <translation>選択した実行の測定値を CSV ファイルに書き出します</translation>
    </message>
    <message>
        <source>Mark every interrupted run as closed; their readings stay on disk and this offer does not come back</source>
        <translation>中断されたすべての実行を終了済みにします。測定値はディスクに残り、この案内は再表示されません</translation>
    </message>
    <message>
        <source>Hide this offer until the next start</source>
        <translation>次回起動までこの案内を隠します</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) were interrupted (crash or kill). Their readings are safe.</source>
        <translation>
            <numerusform>%n 件の実行が中断されました (クラッシュまたは強制終了)。測定値は失われていません。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Apply &amp;Safe State</source>
        <translation>安全状態を適用(&amp;S)</translation>
    </message>
    <message>
        <source>Switch the chosen run&apos;s instruments to the safe state their profiles describe (outputs off, setpoints to zero)</source>
        <translation>選択した実行の計測器を、プロファイルに記述された安全状態 (出力オフ、設定値ゼロ) に切り替えます</translation>
    </message>
    <message>
        <source>Could not close the interrupted run %1: %2</source>
        <translation>中断された実行 %1 を終了できませんでした: %2</translation>
    </message>
</context>
<context>
    <name>ld::IoMonitor</name>
    <message>
        <source>Select instruments to watch their traffic.</source>
        <translation>監視する計測器を選択します。</translation>
    </message>
    <message>
        <source>Watching: %1</source>
        <translation>監視中: %1</translation>
    </message>
    <message>
        <source>Save Transcript</source>
        <translation>トランスクリプトを保存</translation>
    </message>
    <message>
        <source>Transcripts (*.trace);;All files (*)</source>
        <translation>トランスクリプト (*.trace);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>I/O Monitor</source>
        <translation>I/O モニター</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>記録</translation>
    </message>
    <message>
        <source>Record the traffic of the instruments watched here</source>
        <translation>ここで監視している計測器の通信を記録します</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>16 進</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>フィルター</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>保存...</translation>
    </message>
    <message numerus="yes">
        <source>Watching: %1 and %n more</source>
        <translation>
            <numerusform>監視中: %1 ほか %n 台</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ld::JobMemory</name>
    <message>
        <source>the job memory is already open</source>
        <translation>ジョブメモリーはすでに開いています</translation>
    </message>
    <message>
        <source>cannot create the state folder &apos;%1&apos;</source>
        <translation>状態フォルダー &apos;%1&apos; を作成できません</translation>
    </message>
    <message>
        <source>another node (process %1) uses the state folder &apos;%2&apos;</source>
        <translation>別のノード (プロセス %1) が状態フォルダー &apos;%2&apos; を使用しています</translation>
    </message>
    <message>
        <source>cannot lock the state folder &apos;%1&apos;: it is not writable</source>
        <translation>状態フォルダー &apos;%1&apos; をロックできません: 書き込みできません</translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; を読み込めません: %2</translation>
    </message>
    <message>
        <source>line %1 is not a JSON object</source>
        <translation>%1 行目は JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>line 1 is not a &apos;%1&apos; version %2 header</source>
        <translation>1 行目は &apos;%1&apos; バージョン %2 のヘッダーではありません</translation>
    </message>
    <message>
        <source>line %1 is neither an accepted nor a finished job</source>
        <translation>%1 行目は受理済みのジョブでも完了したジョブでもありません</translation>
    </message>
    <message>
        <source>the job memory &apos;%1&apos; is corrupt (%2) and cannot be replaced</source>
        <translation>ジョブメモリー &apos;%1&apos; が壊れており (%2)、置き換えられません</translation>
    </message>
    <message>
        <source>the job memory &apos;%1&apos; is corrupt (%2); %3 and starting with an empty memory: jobs delivered again may run again</source>
        <translation>ジョブメモリー &apos;%1&apos; が壊れていたため (%2)、%3、空のメモリーで開始します。再配信されたジョブがもう一度実行される可能性があります</translation>
    </message>
    <message>
        <source>moved it to &apos;%1&apos;</source>
        <translation>&apos;%1&apos; に移動し</translation>
    </message>
    <message>
        <source>removed it</source>
        <translation>削除し</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; に書き込めません: %2</translation>
    </message>
    <message>
        <source>cannot open &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; を開けません: %2</translation>
    </message>
</context>
<context>
    <name>ld::Journal</name>
    <message>
        <source>The journal is already open</source>
        <translation>ジャーナルはすでに開いています</translation>
    </message>
    <message>
        <source>Invalid run id &quot;%1&quot;</source>
        <translation>無効な実行 ID &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Cannot create the run folder %1</source>
        <translation>実行フォルダー %1 を作成できません</translation>
    </message>
    <message>
        <source>Cannot create the journal %1: %2</source>
        <translation>ジャーナル %1 を作成できません: %2</translation>
    </message>
    <message>
        <source>Cannot write the journal %1: %2</source>
        <translation>ジャーナル %1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>The journal is not open</source>
        <translation>ジャーナルが開いていません</translation>
    </message>
    <message>
        <source>Cannot extend the journal %1 (is the disk full?)</source>
        <translation>ジャーナル %1 を拡張できません (ディスクがいっぱいではありませんか?)</translation>
    </message>
    <message>
        <source>Cannot sync the journal %1 to disk</source>
        <translation>ジャーナル %1 をディスクに同期できません</translation>
    </message>
    <message>
        <source>Cannot close the journal %1: %2</source>
        <translation>ジャーナル %1 を閉じられません: %2</translation>
    </message>
    <message>
        <source>The run of %1 is still being written by a running LabDispatch</source>
        <translation>%1 の実行は、動作中の LabDispatch がまだ書き込んでいます</translation>
    </message>
    <message>
        <source>Cannot open the journal %1: %2</source>
        <translation>ジャーナル %1 を開けません: %2</translation>
    </message>
    <message>
        <source>A cap cannot be negative (%1)</source>
        <translation>上限を負の値にはできません (%1)</translation>
    </message>
</context>
<context>
    <name>ld::LabConnection</name>
    <message>
        <source>&apos;%1&apos; is not a port from 1 to 65535</source>
        <translation>&apos;%1&apos; は 1 から 65535 のポートではありません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a broker address; write HOST:PORT</source>
        <translation>&apos;%1&apos; はブローカーのアドレスではありません。HOST:PORT の形式で指定してください</translation>
    </message>
</context>
<context>
    <name>ld::LabDialog</name>
    <message>
        <source>Choose a File</source>
        <translation>ファイルを選択</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
        <translation>PEM ファイル (*.pem *.crt *.key);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Connect to Lab</source>
        <translation>ラボに接続</translation>
    </message>
    <message>
        <source>LabDispatch nodes on other PCs share their instruments through an MQTT broker. Their instruments appear in the table as node/instrument and run through this window&apos;s cap.</source>
        <translation>他の PC の LabDispatch ノードは、MQTT ブローカーを通じて計測器を共有します。それらの計測器は表に「ノード/計測器」として表示され、このウィンドウの上限の範囲で実行されます。</translation>
    </message>
    <message>
        <source>e.g. lab-broker.local:1883</source>
        <translation>例: lab-broker.local:1883</translation>
    </message>
    <message>
        <source>empty: anonymous</source>
        <translation>空欄: 匿名</translation>
    </message>
    <message>
        <source>not remembered</source>
        <translation>保存されません</translation>
    </message>
    <message>
        <source>&amp;Broker:</source>
        <translation>ブローカー(&amp;B):</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>ユーザー(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>CA ファイル(&amp;C):</translation>
    </message>
    <message>
        <source>Client &amp;certificate:</source>
        <translation>クライアント証明書(&amp;E):</translation>
    </message>
    <message>
        <source>Client &amp;key:</source>
        <translation>クライアント鍵(&amp;K):</translation>
    </message>
    <message>
        <source>Use &amp;TLS</source>
        <translation>TLS を使用(&amp;T)</translation>
    </message>
    <message>
        <source>the CA that signed the broker&apos;s certificate</source>
        <translation>ブローカーの証明書に署名した CA</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>省略可</translation>
    </message>
    <message>
        <source>Connect to this lab when LabDispatch starts</source>
        <translation>LabDispatch の起動時にこのラボに接続する</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>接続(&amp;O)</translation>
    </message>
    <message>
        <source>Enter the broker as HOST:PORT.</source>
        <translation>ブローカーを HOST:PORT の形式で入力してください。</translation>
    </message>
    <message>
        <source>A password needs a user name.</source>
        <translation>パスワードにはユーザー名が必要です。</translation>
    </message>
    <message>
        <source>TLS needs the CA file that signed the broker&apos;s certificate.</source>
        <translation>TLS には、ブローカーの証明書に署名した CA のファイルが必要です。</translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos;.</source>
        <translation>&apos;%1&apos; を読み込めません。</translation>
    </message>
    <message>
        <source>A client certificate and its key go together.</source>
        <translation>クライアント証明書と鍵は両方とも指定してください。</translation>
    </message>
</context>
<context>
    <name>ld::LabLink</name>
    <message>
        <source>Lab broker %1: %2</source>
        <translation>ラボのブローカー %1: %2</translation>
    </message>
    <message>
        <source>This window has no lab connection.</source>
        <translation>このウィンドウにはラボへの接続がありません。</translation>
    </message>
    <message>
        <source>Connect to Lab</source>
        <translation>ラボに接続</translation>
    </message>
    <message>
        <source>Node %1 is lost; its unfinished jobs failed</source>
        <translation>ノード %1 との接続が失われました。未完了のジョブは失敗しました</translation>
    </message>
    <message>
        <source>Lab broker %1 is gone (%2); remote jobs wait for it to come back</source>
        <translation>ラボのブローカー %1 との接続が切れました (%2)。リモートジョブは復帰を待ちます</translation>
    </message>
    <message>
        <source>Lab broker %1 is back; the waiting remote jobs are sent</source>
        <translation>ラボのブローカー %1 が復帰しました。待機中のリモートジョブを送信します</translation>
    </message>
    <message>
        <source>Lab broker %1 did not come back; the unfinished remote jobs failed as &apos;broker lost&apos;</source>
        <translation>ラボのブローカー %1 は復帰しませんでした。未完了のリモートジョブは &apos;ブローカー喪失&apos; で失敗しました</translation>
    </message>
    <message numerus="yes">
        <source>Lab %1: %2 of %n node(s) online</source>
        <translation>
            <numerusform>ラボ %1: %n ノード中 %2 がオンライン</numerusform>
        </translation>
    </message>
    <message>
        <source>Lab %1: connecting</source>
        <translation>ラボ %1: 接続中</translation>
    </message>
    <message>
        <source>Lab %1: not connected, retrying</source>
        <translation>ラボ %1: 未接続、再試行中</translation>
    </message>
    <message>
        <source>Lab %1: %2, retrying</source>
        <translation>ラボ %1: %2、再試行中</translation>
    </message>
</context>
<context>
    <name>ld::LanBrowser</name>
    <message>
        <source>VXI-11 portmapper</source>
        <translation>VXI-11 ポートマッパー</translation>
    </message>
</context>
<context>
    <name>ld::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;System Default</source>
        <translation>システムの既定(&amp;S)</translation>
    </message>
    <message>
        <source>Follow the language of the desktop</source>
        <translation>デスクトップの言語に合わせます</translation>
    </message>
</context>
<context>
    <name>ld::ListCommand</name>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>表の代わりに JSON を出力します。</translation>
    </message>
    <message>
        <source>How long to wait for instruments to connect (default 10000).</source>
        <translation>計測器の接続を待つ時間 (既定 10000)。</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>--connect-timeout must be from 100 to 600000 ms</source>
        <translation>--connect-timeout は 100 から 600000 ms の範囲で指定してください</translation>
    </message>
    <message>
        <source>warning: the broker did not confirm within %1 ms that all retained state had arrived; the list may be incomplete</source>
        <translation>警告: すべての保持状態が届いたことをブローカーが %1 ms 以内に確認しませんでした。一覧が不完全な可能性があります</translation>
    </message>
    <message>
        <source>Connects to the bench&apos;s instruments and prints each one&apos;s identity and state. With --broker, prints every instrument of the nodes sharing a lab through that broker.</source>
        <translation>ベンチの計測器に接続し、それぞれの識別情報と状態を表示します。--broker を指定すると、そのブローカーでラボを共有しているノードのすべての計測器を表示します。</translation>
    </message>
    <message>
        <source>--broadcast &apos;%1&apos; is not an IPv4 address</source>
        <translation>--broadcast &apos;%1&apos; は IPv4 アドレスではありません</translation>
    </message>
    <message>
        <source>--broadcast needs --lan-services</source>
        <translation>--broadcast には --lan-services が必要です</translation>
    </message>
    <message>
        <source>--probe-timeout must be a number of ms</source>
        <translation>--probe-timeout はミリ秒単位の数値である必要があります</translation>
    </message>
    <message>
        <source>on the bench as %1</source>
        <translation>ベンチ上では %1</translation>
    </message>
    <message>
        <source>Probe for instruments with *IDN? instead of listing the bench&apos;s: its GPIB boards, and what the options below name.</source>
        <translation>ベンチの計測器を一覧表示する代わりに、*IDN? で計測器を探します: ベンチの GPIB ボードと、以下のオプションで指定したもの。</translation>
    </message>
    <message>
        <source>With --discover: a serial port to probe (may be repeated).</source>
        <translation>--discover と併用: 調べるシリアルポート (複数指定可)。</translation>
    </message>
    <message>
        <source>port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>With --discover: probe every serial port listed.</source>
        <translation>--discover と併用: 一覧にあるすべてのシリアルポートを調べます。</translation>
    </message>
    <message>
        <source>With --discover: a LAN resource or range to probe (may be repeated).</source>
        <translation>--discover と併用: 調べる LAN リソースまたは範囲 (複数指定可)。</translation>
    </message>
    <message>
        <source>address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>With --discover: probe what the LAN announces (DNS-SD through Avahi, the VXI-11 portmapper broadcast).</source>
        <translation>--discover と併用: LAN で通知されているものを調べます (Avahi 経由の DNS-SD、VXI-11 ポートマッパーのブロードキャスト)。</translation>
    </message>
    <message>
        <source>With --lan-services: where the portmapper broadcast goes (default: every interface&apos;s broadcast address; may be repeated).</source>
        <translation>--lan-services と併用: ポートマッパーのブロードキャスト先 (既定: 各インターフェースのブロードキャストアドレス。複数指定可)。</translation>
    </message>
    <message>
        <source>With --discover: how long each probe waits (default 1000).</source>
        <translation>--discover と併用: 各プローブの待ち時間 (既定 1000)。</translation>
    </message>
    <message>
        <source>--discover probes from this PC; it cannot be used with --broker</source>
        <translation>--discover はこの PC から調べるため、--broker とは併用できません</translation>
    </message>
    <message>
        <source>--%1 needs --discover</source>
        <translation>--%1 には --discover が必要です</translation>
    </message>
</context>
<context>
    <name>ld::LogModel</name>
    <message>
        <source>Info</source>
        <translation>情報</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>(bench)</source>
        <translation>(ベンチ)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>計測器</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
</context>
<context>
    <name>ld::LogPanel</name>
    <message>
        <source>Log</source>
        <translation>ログ</translation>
    </message>
    <message>
        <source>Filter the log (instrument, message...)</source>
        <translation>ログを絞り込み (計測器、メッセージ...)</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>すべてのイベント</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>警告とエラー</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>エラーのみ</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the selected events as tab-separated text</source>
        <translation>選択したイベントをタブ区切りテキストとしてコピーします</translation>
    </message>
    <message>
        <source>C&amp;lear Log</source>
        <translation>ログを消去(&amp;L)</translation>
    </message>
</context>
<context>
    <name>ld::MainWindow</name>
    <message>
        <source>Simulated bench: these instruments are served by the built-in simulator over pseudo-terminals and loopback TCP. No hardware is touched.</source>
        <translation>シミュレートしたベンチ: これらの計測器は内蔵シミュレーターが疑似端末とループバック TCP で提供しています。実機には一切アクセスしません。</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>実行</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>ログ</translation>
    </message>
    <message>
        <source>&amp;Open Bench...</source>
        <translation>ベンチを開く(&amp;O)...</translation>
    </message>
    <message>
        <source>Open a bench file</source>
        <translation>ベンチファイルを開きます</translation>
    </message>
    <message>
        <source>&amp;Save Bench</source>
        <translation>ベンチを保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the bench</source>
        <translation>ベンチを保存します</translation>
    </message>
    <message>
        <source>Save Bench &amp;As...</source>
        <translation>名前を付けてベンチを保存(&amp;A)...</translation>
    </message>
    <message>
        <source>Save the bench to a new file</source>
        <translation>ベンチを新しいファイルに保存します</translation>
    </message>
    <message>
        <source>&amp;Export Readings as CSV...</source>
        <translation>測定値を CSV にエクスポート(&amp;E)...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Quit LabDispatch</source>
        <translation>LabDispatch を終了します</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>実行(&amp;R)</translation>
    </message>
    <message>
        <source>Run the chosen operation on the selected instruments</source>
        <translation>選択した操作を選択中の計測器で実行します</translation>
    </message>
    <message>
        <source>Stop &amp;Selected</source>
        <translation>選択した計測器を停止(&amp;S)</translation>
    </message>
    <message>
        <source>Stop the selected instruments&apos; runs and cancel their jobs</source>
        <translation>選択中の計測器の実行を停止し、ジョブを取り消します</translation>
    </message>
    <message>
        <source>Stop &amp;All</source>
        <translation>すべて停止(&amp;A)</translation>
    </message>
    <message>
        <source>Stop every run and cancel every job</source>
        <translation>すべての実行を停止し、すべてのジョブを取り消します</translation>
    </message>
    <message>
        <source>&amp;Connect All</source>
        <translation>すべて接続(&amp;C)</translation>
    </message>
    <message>
        <source>Open and identify every enabled instrument not connected</source>
        <translation>有効で未接続の計測器をすべて開いて識別します</translation>
    </message>
    <message>
        <source>&amp;Add Instrument...</source>
        <translation>計測器を追加(&amp;A)...</translation>
    </message>
    <message>
        <source>Add an instrument by its resource string</source>
        <translation>リソース文字列で計測器を追加します</translation>
    </message>
    <message>
        <source>&amp;Edit Instrument...</source>
        <translation>計測器を編集(&amp;E)...</translation>
    </message>
    <message>
        <source>Edit the selected instrument</source>
        <translation>選択中の計測器を編集します</translation>
    </message>
    <message>
        <source>&amp;Remove Instruments</source>
        <translation>計測器を削除(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the selected instruments from the bench</source>
        <translation>選択中の計測器をベンチから削除します</translation>
    </message>
    <message>
        <source>E&amp;nable/Disable</source>
        <translation>有効/無効を切り替え(&amp;N)</translation>
    </message>
    <message>
        <source>Switch the selected instruments on or off</source>
        <translation>選択中の計測器を有効または無効にします</translation>
    </message>
    <message>
        <source>&amp;Discover...</source>
        <translation>検出(&amp;D)...</translation>
    </message>
    <message>
        <source>&amp;About LabDispatch</source>
        <translation>LabDispatch について(&amp;A)</translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation>バージョンとライセンス</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Instruments</source>
        <translation>計測器(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>Plot &amp;Window</source>
        <translation>プロット範囲(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <source>Readings: %1</source>
        <translation>測定値: %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 を保存しました</translation>
    </message>
    <message>
        <source>About LabDispatch</source>
        <translation>LabDispatch について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;LabDispatch %1&lt;/h3&gt;&lt;p&gt;Operate many lab instruments at once through a capped job dispatcher.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and QCustomPlot.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;LabDispatch %1&lt;/h3&gt;&lt;p&gt;上限付きのジョブディスパッチャーで、多数のラボ計測器を同時に操作します。&lt;/p&gt;&lt;p&gt;Qt %2 と QCustomPlot で構築されています。&lt;/p&gt;&lt;p&gt;GNU 一般公衆利用許諾書 バージョン 3 またはそれ以降のもとで提供されます。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Probe serial ports and LAN addresses for instruments</source>
        <translation>シリアルポートと LAN アドレスをプローブして計測器を探します</translation>
    </message>
    <message numerus="yes">
        <source>Added %n instrument(s)</source>
        <translation>
            <numerusform>%n 台の計測器を追加しました</numerusform>
        </translation>
    </message>
    <message>
        <source>Connect to &amp;Lab...</source>
        <translation>ラボに接続(&amp;L)...</translation>
    </message>
    <message>
        <source>Show the instruments of LabDispatch nodes on other PCs, shared through an MQTT broker</source>
        <translation>MQTT ブローカーで共有された、他の PC の LabDispatch ノードの計測器を表示します</translation>
    </message>
    <message>
        <source>Disconnect from Lab</source>
        <translation>ラボから切断</translation>
    </message>
    <message>
        <source>Stop showing the lab&apos;s remote instruments</source>
        <translation>ラボのリモート計測器の表示をやめます</translation>
    </message>
    <message>
        <source>Open Si&amp;mulated Bench</source>
        <translation>シミュレートしたベンチを開く(&amp;M)</translation>
    </message>
    <message>
        <source>Replace the bench by the built-in simulated instruments</source>
        <translation>ベンチを組み込みのシミュレート計測器に置き換えます</translation>
    </message>
    <message>
        <source>Open Simulated Bench</source>
        <translation>シミュレートしたベンチを開く</translation>
    </message>
    <message>
        <source>SCPI Console</source>
        <translation>SCPI コンソール</translation>
    </message>
    <message>
        <source>Safe state for the instruments of run %1</source>
        <translation>実行 %1 の計測器の安全状態</translation>
    </message>
    <message>
        <source>Export the readings of the newest run from its journal to CSV</source>
        <translation>最新の実行の測定値をジャーナルから CSV にエクスポートします</translation>
    </message>
    <message>
        <source>All &amp;Outputs Off</source>
        <translation>全出力オフ(&amp;O)</translation>
    </message>
    <message>
        <source>All outputs off (Ctrl+Shift+O): the safe state of every instrument that has one, ahead of every queued job; their runs stop</source>
        <translation>全出力オフ (Ctrl+Shift+O): 安全状態を持つすべての計測器に、待機中のどのジョブよりも先に安全状態を適用します。それらの実行は停止します</translation>
    </message>
    <message>
        <source>&amp;Front Panel...</source>
        <translation>フロントパネル(&amp;F)...</translation>
    </message>
    <message>
        <source>Operate the selected instrument by hand: readings, setpoints, outputs</source>
        <translation>選択した計測器を手動で操作します: 測定値、設定値、出力</translation>
    </message>
    <message>
        <source>&amp;Past Runs...</source>
        <translation>過去の実行(&amp;P)...</translation>
    </message>
    <message>
        <source>Open, overlay, export or run again the runs journaled here</source>
        <translation>ここでジャーナルに記録された実行を開く、重ねる、エクスポートする、または再実行します</translation>
    </message>
    <message>
        <source>I/O Monitor</source>
        <translation>I/O モニター</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>プラン</translation>
    </message>
</context>
<context>
    <name>ld::MqttClient</name>
    <message>
        <source>no broker host given</source>
        <translation>ブローカーのホストが指定されていません</translation>
    </message>
    <message>
        <source>broker port %1 is not from 1 to 65535</source>
        <translation>ブローカーのポート %1 が 1 から 65535 の範囲外です</translation>
    </message>
    <message>
        <source>keepalive must be from 5 to 65535 s</source>
        <translation>キープアライブは 5 から 65535 秒の範囲で指定してください</translation>
    </message>
    <message>
        <source>reconnect delays must be positive, the maximum not below the minimum</source>
        <translation>再接続の間隔は正の値で、最大値は最小値以上である必要があります</translation>
    </message>
    <message>
        <source>the will topic &apos;%1&apos; is not a valid topic</source>
        <translation>Will トピック &apos;%1&apos; は有効なトピックではありません</translation>
    </message>
    <message>
        <source>a password needs a user name</source>
        <translation>パスワードにはユーザー名が必要です</translation>
    </message>
    <message>
        <source>cannot create the MQTT client: %1</source>
        <translation>MQTT クライアントを作成できません: %1</translation>
    </message>
    <message>
        <source>user name or password refused: %1</source>
        <translation>ユーザー名またはパスワードが拒否されました: %1</translation>
    </message>
    <message>
        <source>the will was refused: %1</source>
        <translation>Will が拒否されました: %1</translation>
    </message>
    <message>
        <source>TLS needs a CA file or a CA folder</source>
        <translation>TLS には CA ファイルまたは CA フォルダーが必要です</translation>
    </message>
    <message>
        <source>TLS: cannot read &apos;%1&apos;</source>
        <translation>TLS: &apos;%1&apos; を読み込めません</translation>
    </message>
    <message>
        <source>TLS settings refused: %1</source>
        <translation>TLS 設定が拒否されました: %1</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>停止しました</translation>
    </message>
    <message>
        <source>cannot reach the broker at %1:%2: %3</source>
        <translation>%1:%2 のブローカーに接続できません: %3</translation>
    </message>
    <message>
        <source>the broker refused the connection: %1</source>
        <translation>ブローカーが接続を拒否しました: %1</translation>
    </message>
    <message>
        <source>the broker closed the connection</source>
        <translation>ブローカーが接続を閉じました</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a topic one can publish to</source>
        <translation>&apos;%1&apos; はパブリッシュできるトピックではありません</translation>
    </message>
    <message>
        <source>QoS must be 0, 1 or 2</source>
        <translation>QoS は 0、1、2 のいずれかです</translation>
    </message>
    <message>
        <source>not connected to the broker</source>
        <translation>ブローカーに接続していません</translation>
    </message>
    <message>
        <source>not connected, and %1 messages already wait</source>
        <translation>未接続で、すでに %1 件のメッセージが待機しています</translation>
    </message>
    <message>
        <source>the TLS handshake failed: the broker&apos;s certificate is not signed by the trusted CA (%1), is not made out to %2, or the broker does not speak TLS on port %3</source>
        <translation>TLS ハンドシェイクに失敗しました: ブローカーの証明書が信頼する CA (%1) で署名されていないか、%2 宛てに発行されていないか、ブローカーがポート %3 で TLS を使っていません</translation>
    </message>
    <message>
        <source>the broker did not answer the connection within %1 s</source>
        <translation>ブローカーが %1 秒以内に接続に応答しませんでした</translation>
    </message>
    <message>
        <source>the broker stopped answering (keepalive of %1 s)</source>
        <translation>ブローカーが応答しなくなりました (キープアライブ %1 秒)</translation>
    </message>
    <message>
        <source>the broker closed the connection before accepting it</source>
        <translation>ブローカーが接続を受け入れる前に閉じました</translation>
    </message>
    <message>
        <source>the broker closed the connection before accepting it; does it expect TLS on port %1?</source>
        <translation>ブローカーが接続を受け入れる前に閉じました。ポート %1 では TLS が必要ではありませんか?</translation>
    </message>
</context>
<context>
    <name>ld::Node</name>
    <message>
        <source>the node name &apos;%1&apos; must be 1 to 64 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;</source>
        <translation>ノード名 &apos;%1&apos; は 1 から 64 文字の英字、数字、&apos;-&apos;、&apos;_&apos;、&apos;.&apos; で指定してください</translation>
    </message>
    <message>
        <source>bad job request: %1</source>
        <translation>不正なジョブ要求: %1</translation>
    </message>
    <message>
        <source>the job ended without a reading</source>
        <translation>ジョブが測定値なしで終了しました</translation>
    </message>
    <message>
        <source>job memory: %1</source>
        <translation>ジョブメモリー: %1</translation>
    </message>
    <message>
        <source>node restarted: %1 was accepted before the node restarted and is not run again</source>
        <translation>ノードが再起動しました: ジョブ %1 は再起動前に受理されていたため、再実行しません</translation>
    </message>
    <message>
        <source>bad cancel: %1</source>
        <translation>不正な取り消し: %1</translation>
    </message>
    <message>
        <source>cancelled before it arrived</source>
        <translation>到着前に取り消されました</translation>
    </message>
    <message>
        <source>cancelled before it ran</source>
        <translation>実行前に取り消されました</translation>
    </message>
    <message>
        <source>cancelled while running: %1</source>
        <translation>実行中に取り消されました: %1</translation>
    </message>
    <message>
        <source>the profile of &apos;%1&apos; lets no command be typed (rawScpi is false); only *OPC? is sent as a command</source>
        <translation>&apos;%1&apos; のプロファイルではコマンドを入力できません (rawScpi が false)。コマンドとして送られるのは *OPC? のみです</translation>
    </message>
</context>
<context>
    <name>ld::NodeCommand</name>
    <message>
        <source>Shares this PC&apos;s bench with the lab through an MQTT 5 broker: publishes its instruments and readings, and runs jobs other LabDispatch instances send. Runs until interrupted; readings are journaled here even while the broker is down.</source>
        <translation>この PC のベンチを MQTT 5 ブローカー経由でラボと共有します: 計測器と測定値をパブリッシュし、ほかの LabDispatch から送られたジョブを実行します。中断されるまで動作し、ブローカーが停止中でも測定値はここでジャーナルに記録されます。</translation>
    </message>
    <message>
        <source>This node&apos;s name in the lab: letters, digits, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;.</source>
        <translation>ラボ内でのこのノードの名前: 英字、数字、&apos;-&apos;、&apos;_&apos;、&apos;.&apos;。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Jobs running at once (default 16).</source>
        <translation>同時に実行するジョブ数 (既定 16)。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Where the journal goes (default: the application&apos;s data folder).</source>
        <translation>ジャーナルの保存先 (既定: アプリケーションのデータフォルダー)。</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>--name is required: 1 to 64 letters, digits, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;</source>
        <translation>--name は必須です: 1 から 64 文字の英字、数字、&apos;-&apos;、&apos;_&apos;、&apos;.&apos;</translation>
    </message>
    <message>
        <source>--cap must be from %1 to %2</source>
        <translation>--cap は %1 から %2 の範囲で指定してください</translation>
    </message>
    <message>
        <source>cannot start the journal: %1</source>
        <translation>ジャーナルを開始できません: %1</translation>
    </message>
    <message>
        <source>Where the node remembers the jobs it answered, so a job delivered again after a restart never runs twice (default: nodes/NAME in the application&apos;s data folder).</source>
        <translation>ノードが応答済みのジョブを記録する場所。再起動後に再配信されたジョブが二度実行されることはありません (既定: アプリケーションのデータフォルダー内の nodes/NAME)。</translation>
    </message>
    <message>
        <source>--state-dir needs a folder</source>
        <translation>--state-dir にはフォルダーが必要です</translation>
    </message>
</context>
<context>
    <name>ld::NodeProtocol</name>
    <message>
        <source>&quot;id&quot; must be a non-empty string of at most 200 characters</source>
        <translation>&quot;id&quot; は 200 文字以内の空でない文字列である必要があります</translation>
    </message>
    <message>
        <source>&quot;instrument&quot; and &quot;operation&quot; are required</source>
        <translation>&quot;instrument&quot; と &quot;operation&quot; は必須です</translation>
    </message>
    <message>
        <source>&quot;parameters&quot; must be an object</source>
        <translation>&quot;parameters&quot; はオブジェクトである必要があります</translation>
    </message>
    <message>
        <source>a reading needs an instrument and a known status</source>
        <translation>測定値には計測器と既知のステータスが必要です</translation>
    </message>
    <message>
        <source>a response needs an &quot;id&quot; and a known &quot;status&quot;</source>
        <translation>応答には &quot;id&quot; と既知の &quot;status&quot; が必要です</translation>
    </message>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>JSON ではありません: バイト %2 で %1</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>&quot;command&quot; must be an object</source>
        <translation>&quot;command&quot; はオブジェクトである必要があります</translation>
    </message>
    <message>
        <source>&quot;command.text&quot; must be one line of 1 to %1 characters without control characters</source>
        <translation>&quot;command.text&quot; は制御文字を含まない 1 ～ %1 文字の 1 行である必要があります</translation>
    </message>
    <message>
        <source>&quot;command.reply&quot; or &quot;command.blockFormat&quot; is not one a profile may name</source>
        <translation>&quot;command.reply&quot; または &quot;command.blockFormat&quot; はプロファイルで指定できる値ではありません</translation>
    </message>
    <message>
        <source>job format %1 is not one this node reads (1 to %2): update the node</source>
        <translation>ジョブ形式 %1 はこのノードでは読めません (1 ～ %2): ノードを更新してください</translation>
    </message>
    <message>
        <source>a job with a &quot;command&quot; takes no &quot;parameters&quot;: the command is formatted already</source>
        <translation>&quot;command&quot; を持つジョブは &quot;parameters&quot; を取りません: コマンドはすでに整形済みです</translation>
    </message>
</context>
<context>
    <name>ld::OperationsPanel</name>
    <message>
        <source>measurement</source>
        <translation>測定</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>query</source>
        <translation>問い合わせ</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>パラメーター</translation>
    </message>
    <message>
        <source>&amp;Repeat</source>
        <translation>繰り返し(&amp;R)</translation>
    </message>
    <message>
        <source>E&amp;very</source>
        <translation>間隔(&amp;V)</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>実行</translation>
    </message>
    <message>
        <source>Stop Selected</source>
        <translation>選択を停止</translation>
    </message>
    <message>
        <source>Stop All</source>
        <translation>すべて停止</translation>
    </message>
    <message>
        <source>&amp;Operation:</source>
        <translation>操作(&amp;O):</translation>
    </message>
    <message>
        <source>Operations that every selected instrument offers</source>
        <translation>選択中のすべての計測器が備える操作</translation>
    </message>
    <message>
        <source>Repetition</source>
        <translation>繰り返し</translation>
    </message>
    <message>
        <source> times</source>
        <translation> 回</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>until stopped</source>
        <translation>停止まで</translation>
    </message>
    <message>
        <source>&amp;for</source>
        <translation>期間(&amp;F)</translation>
    </message>
    <message>
        <source>Run the operation on the selected instruments (Ctrl+Return)</source>
        <translation>選択中の計測器で操作を実行します (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Stop the runs of the selected instruments and cancel their queued and running jobs</source>
        <translation>選択中の計測器の実行を停止し、待機中と実行中のジョブを取り消します</translation>
    </message>
    <message>
        <source>Stop every run and cancel every job of the bench</source>
        <translation>ベンチのすべての実行を停止し、すべてのジョブを取り消します</translation>
    </message>
    <message>
        <source>Not safe to repeat: runs once per instrument.</source>
        <translation>繰り返し不可: 計測器ごとに 1 回だけ実行します。</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必須</translation>
    </message>
    <message>
        <source>Select one or more instruments.</source>
        <translation>計測器を 1 台以上選択してください。</translation>
    </message>
    <message>
        <source>The selected instruments share no operation.</source>
        <translation>選択中の計測器に共通の操作がありません。</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>実行</translation>
    </message>
    <message>
        <source>Progress of the newest timed run</source>
        <translation>最新の時間指定実行の進捗</translation>
    </message>
    <message>
        <source>Allowed range</source>
        <translation>許容範囲</translation>
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
            <numerusform>実行 %1: %n 台の計測器で %2</numerusform>
        </translation>
    </message>
    <message>
        <source>every %1 ms, %2 of %3, %4 left</source>
        <translation>%1 ms ごと、%3 中 %2 経過、残り %4</translation>
    </message>
    <message>
        <source>every %1 ms, running for %2, until stopped</source>
        <translation>%1 ms ごと、%2 経過、停止まで</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s), running for %1</source>
        <translation>
            <numerusform>%n 回、%1 経過</numerusform>
        </translation>
    </message>
    <message>
        <source>No run is going.</source>
        <translation>進行中の実行はありません。</translation>
    </message>
</context>
<context>
    <name>ld::PlanCursor</name>
    <message>
        <source>%1: cannot ramp %2 on &apos;%3&apos;: nothing reads it back</source>
        <translation>%1: &apos;%3&apos; の %2 はランプできません: 読み戻すものがありません</translation>
    </message>
    <message>
        <source>%1: could not read back %2 on &apos;%3&apos; before ramping: %4</source>
        <translation>%1: ランプ前に &apos;%3&apos; の %2 を読み戻せませんでした: %4</translation>
    </message>
    <message>
        <source>no number</source>
        <translation>数値ではありません</translation>
    </message>
    <message>
        <source>%1: the ramp on &apos;%2&apos; stopped at %3: %4</source>
        <translation>%1: &apos;%2&apos; のランプが %3 で停止しました: %4</translation>
    </message>
    <message>
        <source>no reading from &apos;%1&apos;</source>
        <translation>&apos;%1&apos; からの測定値がありません</translation>
    </message>
    <message>
        <source>the readings of &apos;%1&apos; spanned %2 (tolerance %3)</source>
        <translation>&apos;%1&apos; の測定値の幅は %2 でした (許容差 %3)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; read for less than %2 ms</source>
        <translation>&apos;%1&apos; の読み取りが %2 ms 未満でした</translation>
    </message>
    <message>
        <source>%1: %2 was not stable within %3 ms: %4</source>
        <translation>%1: %2 が %3 ms 以内に安定しませんでした: %4</translation>
    </message>
    <message>
        <source>%1: *OPC? did not answer 1 within %2 ms on %3</source>
        <translation>%1: %3 で *OPC? が %2 ms 以内に 1 を返しませんでした</translation>
    </message>
    <message>
        <source>%1: *OPC? on &apos;%2&apos; failed: %3</source>
        <translation>%1: &apos;%2&apos; での *OPC? が失敗しました: %3</translation>
    </message>
    <message>
        <source>it did not answer 1</source>
        <translation>1 を返しませんでした</translation>
    </message>
</context>
<context>
    <name>ld::PlanEditor</name>
    <message>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>New from template</source>
        <translation>テンプレートから新規</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>開く...</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>名前を付けて保存...</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>説明:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>優先度:</translation>
    </message>
    <message>
        <source>Safe state when stopped</source>
        <translation>停止時に安全状態</translation>
    </message>
    <message>
        <source>Apply the instruments&apos; safe state when the user stops the run (it always is when a run aborts)</source>
        <translation>ユーザーが実行を停止したときに計測器の安全状態を適用します (実行が中止されたときは常に適用されます)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>パス</translation>
    </message>
    <message>
        <source>The type of the step Add makes</source>
        <translation>「追加」で作成するステップの種類</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Add a step after the selected one, or inside it when it has a body</source>
        <translation>選択したステップの後に、本体を持つ場合はその中にステップを追加します</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上へ</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下へ</translation>
    </message>
    <message>
        <source>Into</source>
        <translation>中へ</translation>
    </message>
    <message>
        <source>Move the step into the body of the step above it</source>
        <translation>ステップを上のステップの本体の中へ移動します</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>外へ</translation>
    </message>
    <message>
        <source>Move the step out of the body it is in</source>
        <translation>ステップを現在の本体の外へ移動します</translation>
    </message>
    <message>
        <source>Limits for the whole run</source>
        <translation>実行全体のリミット</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>None: the plan may run.</source>
        <translation>なし: プランを実行できます。</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>問題 (%1)</translation>
    </message>
    <message>
        <source>Fix the problems first: %1</source>
        <translation>先に問題を修正してください: %1</translation>
    </message>
    <message>
        <source>Discard the plan?</source>
        <translation>プランを破棄しますか?</translation>
    </message>
    <message>
        <source>The plan has changes that are not saved. Discard them?</source>
        <translation>プランには保存されていない変更があります。破棄しますか?</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Open Plan</source>
        <translation>プランを開く</translation>
    </message>
    <message>
        <source>Plans (*.json);;All files (*)</source>
        <translation>プラン (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Cannot open the plan: %1</source>
        <translation>プランを開けません: %1</translation>
    </message>
    <message>
        <source>Save Plan</source>
        <translation>プランを保存</translation>
    </message>
    <message>
        <source>Cannot save the plan: %1</source>
        <translation>プランを保存できません: %1</translation>
    </message>
</context>
<context>
    <name>ld::PlanFile</name>
    <message>
        <source>must be an object</source>
        <translation>オブジェクトである必要があります</translation>
    </message>
    <message>
        <source>unknown field (this object takes %1)</source>
        <translation>不明なフィールド (このオブジェクトが取るのは %1)</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ありません</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>文字列である必要があります</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>空です</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>true または false である必要があります</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>数値である必要があります</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2, not %3</source>
        <translation>%1 から %2 の整数である必要があります (%3 ではなく)</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>配列である必要があります</translation>
    </message>
    <message>
        <source>an empty list selects no instrument</source>
        <translation>空のリストでは計測器が選択されません</translation>
    </message>
    <message>
        <source>must be an instrument&apos;s name</source>
        <translation>計測器の名前である必要があります</translation>
    </message>
    <message>
        <source>&apos;%1&apos; appears twice</source>
        <translation>&apos;%1&apos; が 2 回出現しています</translation>
    </message>
    <message>
        <source>must be a name, a list of names or {&quot;kind&quot;: &quot;...&quot;}</source>
        <translation>名前、名前のリスト、または {&quot;kind&quot;: &quot;...&quot;} である必要があります</translation>
    </message>
    <message>
        <source>must be a number, a string or true/false</source>
        <translation>数値、文字列、または true/false である必要があります</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of %2</source>
        <translation>&apos;%1&apos; は %2 のいずれでもありません</translation>
    </message>
    <message>
        <source>needs maxStep, maxRate or both</source>
        <translation>maxStep、maxRate、またはその両方が必要です</translation>
    </message>
    <message>
        <source>needs exactly one of ms, stable and opc</source>
        <translation>ms、stable、opc のうちちょうど 1 つが必要です</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of linear, log</source>
        <translation>&apos;%1&apos; は linear、log のいずれでもありません</translation>
    </message>
    <message>
        <source>a sweep has listed values or from, to and points, not both</source>
        <translation>スイープは値のリストか from、to、points のどちらか一方を持ち、両方は持てません</translation>
    </message>
    <message>
        <source>more than %1 values</source>
        <translation>値が %1 個を超えています</translation>
    </message>
    <message>
        <source>more than %1 points</source>
        <translation>ポイントが %1 個を超えています</translation>
    </message>
    <message>
        <source>needs either count or everyMs</source>
        <translation>count または everyMs のどちらかが必要です</translation>
    </message>
    <message>
        <source>only with everyMs; a counted repeat ends by its count</source>
        <translation>everyMs と併用する場合のみ。回数指定の繰り返しはその回数で終了します</translation>
    </message>
    <message>
        <source>must be more than 0, not %1</source>
        <translation>0 より大きい必要があります (%1 ではなく)</translation>
    </message>
    <message>
        <source>must be more than 0, not %1 (leave it out to repeat until stopped)</source>
        <translation>0 より大きい必要があります (%1 ではなく)。停止するまで繰り返すには省略してください</translation>
    </message>
    <message>
        <source>steps nested deeper than %1</source>
        <translation>ステップの入れ子が %1 段を超えています</translation>
    </message>
    <message>
        <source>a step is an object with one key, its type (%1); this one has %2</source>
        <translation>ステップはキーが 1 つ (その種類: %1) のオブジェクトです。このステップには %2 があります</translation>
    </message>
    <message>
        <source>unknown step type (%1)</source>
        <translation>不明なステップの種類 (%1)</translation>
    </message>
    <message>
        <source>only a set step ramps</source>
        <translation>ランプできるのは set ステップだけです</translation>
    </message>
    <message>
        <source>version %1: written by a newer LabDispatch (this one reads plan files of version %2)</source>
        <translation>バージョン %1: より新しい LabDispatch で書かれています (この LabDispatch が読めるのはバージョン %2 のプランファイルです)</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>%1 である必要があります</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>%1 行 %2 列</translation>
    </message>
    <message>
        <source>%1: not JSON: %2</source>
        <translation>%1: JSON ではありません: %2</translation>
    </message>
    <message>
        <source>not a plan: the file must hold one JSON object</source>
        <translation>プランではありません: ファイルには JSON オブジェクトが 1 つだけ必要です</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: 読み取れません: %2</translation>
    </message>
</context>
<context>
    <name>ld::PlanLimitsTable</name>
    <message>
        <source>Quantity</source>
        <translation>量</translation>
    </message>
    <message>
        <source>Instruments</source>
        <translation>計測器</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>最小</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>最大</translation>
    </message>
    <message>
        <source>In a row</source>
        <translation>連続回数</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>動作</translation>
    </message>
    <message>
        <source>Add limit</source>
        <translation>リミットを追加</translation>
    </message>
    <message>
        <source>Remove limit</source>
        <translation>リミットを削除</translation>
    </message>
    <message>
        <source>Instruments: names separated by commas, &quot;kind: psu&quot;, or empty for any. Min and Max: empty for no bound.</source>
        <translation>計測器: カンマ区切りの名前、&quot;kind: psu&quot;、または空欄ですべて。最小と最大: 空欄で制限なし。</translation>
    </message>
    <message>
        <source>limit %1, %2: &apos;%3&apos; is not a number</source>
        <translation>リミット %1、%2: &apos;%3&apos; は数値ではありません</translation>
    </message>
    <message>
        <source>min</source>
        <translation>最小</translation>
    </message>
    <message>
        <source>max</source>
        <translation>最大</translation>
    </message>
    <message>
        <source>limit %1, in a row: &apos;%2&apos; is not a whole number</source>
        <translation>リミット %1、連続回数: &apos;%2&apos; は整数ではありません</translation>
    </message>
</context>
<context>
    <name>ld::PlanRunPanel</name>
    <message>
        <source>Run plan</source>
        <translation>プランを実行</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>Stop the run and apply the safe state of its instruments</source>
        <translation>実行を停止し、その計測器の安全状態を適用します</translation>
    </message>
    <message>
        <source>Run the plan on the bench</source>
        <translation>ベンチでプランを実行します</translation>
    </message>
    <message>
        <source>a plan is running</source>
        <translation>プランを実行中です</translation>
    </message>
    <message>
        <source>Cannot run: %1</source>
        <translation>実行できません: %1</translation>
    </message>
    <message>
        <source>Run %1 started</source>
        <translation>実行 %1 を開始しました</translation>
    </message>
    <message>
        <source>Run %1 failed after %2: %3</source>
        <translation>実行 %1 は %2 後に失敗しました: %3</translation>
    </message>
    <message>
        <source>Run %1 aborted after %2; the safe state was applied</source>
        <translation>実行 %1 は %2 後に中止されました。安全状態を適用しました</translation>
    </message>
    <message>
        <source>Run %1 finished in %2</source>
        <translation>実行 %1 は %2 で完了しました</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>%1 (point %2 of %3)</source>
        <translation>%1 (ポイント %2/%3)</translation>
    </message>
    <message>
        <source>Step: %1</source>
        <translation>ステップ: %1</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Sweep point: %1</source>
        <translation>スイープポイント: %1</translation>
    </message>
    <message>
        <source>Jobs done: %1 (the plan repeats until stopped)</source>
        <translation>完了したジョブ: %1 (プランは停止するまで繰り返します)</translation>
    </message>
    <message>
        <source>Jobs done: %1 of at least %2</source>
        <translation>完了したジョブ: %1 / 最低 %2</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>約 %1</translation>
    </message>
    <message>
        <source>until stopped</source>
        <translation>停止するまで</translation>
    </message>
    <message>
        <source>Elapsed: %1, left: %2</source>
        <translation>経過: %1、残り: %2</translation>
    </message>
    <message>
        <source>Run %1 paused</source>
        <translation>実行 %1 一時停止中</translation>
    </message>
    <message>
        <source>Run %1 running</source>
        <translation>実行 %1 実行中</translation>
    </message>
</context>
<context>
    <name>ld::PlanStepForm</name>
    <message>
        <source>Instruments and operation</source>
        <translation>計測器と操作</translation>
    </message>
    <message>
        <source>Instruments:</source>
        <translation>計測器:</translation>
    </message>
    <message>
        <source>Operation:</source>
        <translation>操作:</translation>
    </message>
    <message>
        <source>Parameters:</source>
        <translation>パラメーター:</translation>
    </message>
    <message>
        <source>Names separated by commas, or &quot;kind: psu&quot; for every instrument of a kind</source>
        <translation>カンマ区切りの名前、または種類のすべての計測器には &quot;kind: psu&quot;</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>許容値</translation>
    </message>
    <message>
        <source>Empty: the profile&apos;s default. ${v}: the value of the sweep variable v.</source>
        <translation>空欄: プロファイルの既定値。${v}: スイープ変数 v の値。</translation>
    </message>
    <message>
        <source>Ramp</source>
        <translation>ランプ</translation>
    </message>
    <message>
        <source>Parameter:</source>
        <translation>パラメーター:</translation>
    </message>
    <message>
        <source>Largest step:</source>
        <translation>最大ステップ:</translation>
    </message>
    <message>
        <source>Largest rate (per s):</source>
        <translation>最大レート (毎秒):</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>待機</translation>
    </message>
    <message>
        <source>Until:</source>
        <translation>条件:</translation>
    </message>
    <message>
        <source>a time has passed</source>
        <translation>一定時間が経過</translation>
    </message>
    <message>
        <source>a reading is stable</source>
        <translation>測定値が安定</translation>
    </message>
    <message>
        <source>*OPC? answers</source>
        <translation>*OPC? が応答</translation>
    </message>
    <message>
        <source>Time (ms):</source>
        <translation>時間 (ms):</translation>
    </message>
    <message>
        <source>Tolerance:</source>
        <translation>許容差:</translation>
    </message>
    <message>
        <source>Stable for (ms):</source>
        <translation>安定時間 (ms):</translation>
    </message>
    <message>
        <source>Poll every (ms):</source>
        <translation>ポーリング間隔 (ms):</translation>
    </message>
    <message>
        <source>Give up after (ms):</source>
        <translation>タイムアウト (ms):</translation>
    </message>
    <message>
        <source>Sweep</source>
        <translation>スイープ</translation>
    </message>
    <message>
        <source>Variable:</source>
        <translation>変数:</translation>
    </message>
    <message>
        <source>Values:</source>
        <translation>値:</translation>
    </message>
    <message>
        <source>linear</source>
        <translation>線形</translation>
    </message>
    <message>
        <source>logarithmic</source>
        <translation>対数</translation>
    </message>
    <message>
        <source>listed</source>
        <translation>リスト</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>開始:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>終了:</translation>
    </message>
    <message>
        <source>Points:</source>
        <translation>ポイント数:</translation>
    </message>
    <message>
        <source>List:</source>
        <translation>リスト:</translation>
    </message>
    <message>
        <source>numbers separated by spaces</source>
        <translation>スペース区切りの数値</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>繰り返し</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>繰り返し:</translation>
    </message>
    <message>
        <source>a number of times</source>
        <translation>指定回数</translation>
    </message>
    <message>
        <source>every interval</source>
        <translation>一定間隔ごと</translation>
    </message>
    <message>
        <source>Times:</source>
        <translation>回数:</translation>
    </message>
    <message>
        <source>Every (ms):</source>
        <translation>間隔 (ms):</translation>
    </message>
    <message>
        <source>For (ms):</source>
        <translation>期間 (ms):</translation>
    </message>
    <message>
        <source>until stopped</source>
        <translation>停止するまで</translation>
    </message>
    <message>
        <source>Limits while this step runs</source>
        <translation>このステップ実行中のリミット</translation>
    </message>
    <message>
        <source>Select a step to edit it, or add one.</source>
        <translation>編集するステップを選択するか、ステップを追加してください。</translation>
    </message>
    <message>
        <source>not a parameter of this operation</source>
        <translation>この操作のパラメーターではありません</translation>
    </message>
    <message>
        <source>required; %1</source>
        <translation>必須。%1</translation>
    </message>
    <message>
        <source>%1 (default %2)</source>
        <translation>%1 (既定 %2)</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a number</source>
        <translation>%1: &apos;%2&apos; は数値ではありません</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a whole number</source>
        <translation>%1: &apos;%2&apos; は整数ではありません</translation>
    </message>
    <message>
        <source>%1: must be more than 0</source>
        <translation>%1: 0 より大きい必要があります</translation>
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
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 時間</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>jobs: %1 in one pass; a repeat runs until stopped</source>
        <translation>ジョブ: 1 パスあたり %1。繰り返しは停止するまで実行されます</translation>
    </message>
    <message>
        <source>jobs: %1</source>
        <translation>ジョブ: %1</translation>
    </message>
    <message>
        <source>ramped sets: at least %1 (%2 sets with a ramp, %3 more for the moves between sweep points; a move from an instrument&apos;s present value is unknown before the run)</source>
        <translation>ランプ付き set: 最低 %1 回 (ランプ付き set が %2 回、スイープポイント間の移動が %3 回。計測器の現在値からの移動は実行前には不明です)</translation>
    </message>
    <message>
        <source>duration: at least %1 per pass of the repeat that runs until stopped (waits, intervals and ramp rates; instruments&apos; latency not included)</source>
        <translation>所要時間: 停止するまで続く繰り返しの 1 パスあたり最低 %1 (待機、間隔、ランプ速度を含む。計測器のレイテンシーは含まない)</translation>
    </message>
    <message>
        <source>duration: at least %1 (waits, intervals and ramp rates; instruments&apos; latency not included)</source>
        <translation>所要時間: 最低 %1 (待機、間隔、ランプ速度を含む。計測器のレイテンシーは含まない)</translation>
    </message>
</context>
<context>
    <name>ld::PlanValidator</name>
    <message>
        <source>empty</source>
        <translation>空です</translation>
    </message>
    <message>
        <source>needs min, max or both</source>
        <translation>min、max、またはその両方が必要です</translation>
    </message>
    <message>
        <source>%1 is above max %2</source>
        <translation>%1 は max %2 を超えています</translation>
    </message>
    <message>
        <source>must be at least 1, not %1</source>
        <translation>1 以上である必要があります (%1 ではなく)</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ありません</translation>
    </message>
    <message>
        <source>names or a kind, not both</source>
        <translation>名前か種類のどちらかで、両方は指定できません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an instrument of this run (%2)</source>
        <translation>&apos;%1&apos; はこの実行の計測器ではありません (%2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no driver profile yet (it has not been identified and the bench file pins none)</source>
        <translation>&apos;%1&apos; にはまだドライバープロファイルがありません (識別されておらず、ベンチファイルでも指定されていません)</translation>
    </message>
    <message>
        <source>no instrument of kind &apos;%1&apos; in this run (kinds: %2)</source>
        <translation>この実行には種類 &apos;%1&apos; の計測器がありません (種類: %2)</translation>
    </message>
    <message>
        <source>empty: a %1 needs steps to run</source>
        <translation>空です: %1 には実行するステップが必要です</translation>
    </message>
    <message>
        <source>only a set step ramps</source>
        <translation>ランプできるのは set ステップだけです</translation>
    </message>
    <message>
        <source>must not be negative (leave it out to repeat until stopped), not %1</source>
        <translation>負の値は指定できません (%1)。停止するまで繰り返すには省略してください</translation>
    </message>
    <message>
        <source>must be more than 0, not %1</source>
        <translation>0 より大きい必要があります (%1 ではなく)</translation>
    </message>
    <message>
        <source>must not be negative, not %1</source>
        <translation>負の値は指定できません (%1)</translation>
    </message>
    <message>
        <source>%1 ms is shorter than forMs (%2 ms): it could never be stable in time</source>
        <translation>%1 ms は forMs (%2 ms) より短いため、時間内に安定することはありません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a name (letters, digits and _, not first a digit)</source>
        <translation>&apos;%1&apos; は名前ではありません (英字、数字、_ を使用し、先頭は数字以外)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already bound by %2</source>
        <translation>&apos;%1&apos; はすでに %2 で束縛されています</translation>
    </message>
    <message>
        <source>a sweep needs at least 2 points, not %1 (a single value is a list: &quot;values&quot;: [...])</source>
        <translation>スイープには 2 ポイント以上が必要です (%1 ではなく)。単一の値はリストで指定します: &quot;values&quot;: [...]</translation>
    </message>
    <message>
        <source>a log sweep runs between two values of the same sign, neither 0: not from %1 to %2</source>
        <translation>対数スイープは同符号でどちらも 0 でない 2 値の間で行います: %1 から %2 は不可</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an operation of %2 (%3)</source>
        <translation>&apos;%1&apos; は %2 の操作ではありません (%3)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; of %2 does not reply one number, so it cannot be watched until stable</source>
        <translation>%2 の &apos;%1&apos; は 1 つの数値を返さないため、安定するまで監視できません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number parameter of %2 on %3</source>
        <translation>&apos;%1&apos; は %3 の %2 の数値パラメーターではありません</translation>
    </message>
    <message>
        <source>needs maxStep, maxRate or both</source>
        <translation>maxStep、maxRate、またはその両方が必要です</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: a variable is a whole value, written &quot;${name}&quot;</source>
        <translation>&apos;%1&apos;: 変数は値全体として &quot;${name}&quot; と書きます</translation>
    </message>
    <message>
        <source>${%1} is not bound by an enclosing sweep</source>
        <translation>${%1} は外側のスイープで束縛されていません</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>%1 である必要があります</translation>
    </message>
    <message>
        <source>empty: a plan needs at least one step</source>
        <translation>空です: プランには少なくとも 1 つのステップが必要です</translation>
    </message>
    <message>
        <source>%1 cannot read back %2 (its profile gives %3 no readback), so the ramp would not know where it starts</source>
        <translation>%1 は %2 を読み戻せません (プロファイルで %3 に読み戻しがありません)。そのためランプの開始点がわかりません</translation>
    </message>
    <message>
        <source>%1 (%2, at %3 = %4)</source>
        <translation>%1 (%2、%3 = %4)</translation>
    </message>
</context>
<context>
    <name>ld::PlotCursors</name>
    <message>
        <source>Cursor %1: x %2, y %3</source>
        <translation>カーソル %1: x %2、y %3</translation>
    </message>
    <message>
        <source>Δx %1, Δy %2</source>
        <translation>Δx %1、Δy %2</translation>
    </message>
</context>
<context>
    <name>ld::PlotPanel</name>
    <message>
        <source>&amp;Pause Plot</source>
        <translation>プロットを一時停止(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Autoscale</source>
        <translation>自動スケール(&amp;A)</translation>
    </message>
    <message>
        <source>Export Plot as P&amp;NG...</source>
        <translation>プロットを PNG でエクスポート(&amp;N)...</translation>
    </message>
    <message>
        <source>Export Plot as P&amp;DF...</source>
        <translation>プロットを PDF でエクスポート(&amp;D)...</translation>
    </message>
    <message>
        <source>Freeze the plot; readings are still recorded</source>
        <translation>プロットを固定します。測定値の記録は続きます</translation>
    </message>
    <message>
        <source>Fit the axes to the data and follow new readings again</source>
        <translation>軸をデータに合わせ、再び新しい測定値に追従します</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>物理量(&amp;Q):</translation>
    </message>
    <message>
        <source>The quantity plotted; one unit per axis</source>
        <translation>プロットする物理量。軸ごとに 1 つの単位</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>表示(&amp;S):</translation>
    </message>
    <message>
        <source>Last 10 s</source>
        <translation>直近 10 秒</translation>
    </message>
    <message>
        <source>Last 60 s</source>
        <translation>直近 60 秒</translation>
    </message>
    <message>
        <source>Last 10 min</source>
        <translation>直近 10 分</translation>
    </message>
    <message>
        <source>Whole run</source>
        <translation>実行全体</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Live plot</source>
        <translation>ライブプロット</translation>
    </message>
    <message>
        <source>LabDispatch</source>
        <translation>LabDispatch</translation>
    </message>
    <message>
        <source>LabDispatch plot: %1</source>
        <translation>LabDispatch プロット: %1</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文書 (*.pdf)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <source>Export Plot</source>
        <translation>プロットのエクスポート</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 に書き込めませんでした。</translation>
    </message>
    <message>
        <source>Paused view — Back to live</source>
        <translation>一時停止中 — ライブに戻る</translation>
    </message>
    <message>
        <source>The view stays where you zoomed or panned while readings go on. Click, or press %1, to follow the newest readings again.</source>
        <translation>測定が続く間も、ビューはズームやパンした位置に留まります。クリックするか %1 を押すと、再び最新の測定値に追従します。</translation>
    </message>
    <message>
        <source>%1 (pinned)</source>
        <translation>%1 (ピン留め)</translation>
    </message>
    <message>
        <source>Keep %1 Plotted</source>
        <translation>%1 を常にプロット</translation>
    </message>
    <message>
        <source>P&amp;lot:</source>
        <translation>プロット(&amp;L):</translation>
    </message>
    <message>
        <source>Against time</source>
        <translation>時間軸</translation>
    </message>
    <message>
        <source>XY</source>
        <translation>XY</translation>
    </message>
    <message>
        <source>Plot quantities against time, or one quantity or sweep variable against another</source>
        <translation>量を時間に対してプロットするか、ある量またはスイープ変数を別のものに対してプロットします</translation>
    </message>
    <message>
        <source>&amp;Cursors</source>
        <translation>カーソル(&amp;C)</translation>
    </message>
    <message>
        <source>Two cursors: click places cursor 1, Shift+click cursor 2; the values and their difference are shown below the plot</source>
        <translation>2 本のカーソル: クリックでカーソル 1、Shift+クリックでカーソル 2 を配置します。値とその差はプロットの下に表示されます</translation>
    </message>
    <message>
        <source>LabDispatch XY plot</source>
        <translation>LabDispatch XY プロット</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Click the plot to place cursor 1, Shift+click for cursor 2.</source>
        <translation>プロットをクリックしてカーソル 1 を、Shift+クリックでカーソル 2 を配置します。</translation>
    </message>
</context>
<context>
    <name>ld::ProfileRegistry</name>
    <message>
        <source>%1: no such folder</source>
        <translation>%1: フォルダーがありません</translation>
    </message>
    <message>
        <source>profile id &apos;%1&apos; is in both %2 and %3; %3 is used</source>
        <translation>プロファイル ID &apos;%1&apos; が %2 と %3 の両方にあります。%3 を使用します</translation>
    </message>
</context>
<context>
    <name>ld::ProfilesCommand</name>
    <message>
        <source>Prints the known driver profiles and their operations.</source>
        <translation>既知のドライバープロファイルとその操作を表示します。</translation>
    </message>
</context>
<context>
    <name>ld::ReadingsExport</name>
    <message>
        <source>Exporting readings to %1...</source>
        <translation>測定値を %1 にエクスポートしています...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n reading(s).</source>
        <translation>
            <numerusform>%n 件の測定値をエクスポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>エクスポートを取り消しました。ファイルは書き込まれていません。</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>エクスポートに失敗しました: %1</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Export Readings</source>
        <translation>測定値のエクスポート</translation>
    </message>
    <message>
        <source>No run has been journaled yet.</source>
        <translation>まだジャーナルに記録された実行はありません。</translation>
    </message>
    <message>
        <source>An export is already running.</source>
        <translation>エクスポートはすでに実行中です。</translation>
    </message>
    <message>
        <source>Export Interrupted Run</source>
        <translation>中断された実行のエクスポート</translation>
    </message>
</context>
<context>
    <name>ld::RemoteLab</name>
    <message>
        <source>the controller closed</source>
        <translation>コントローラーが終了しました</translation>
    </message>
    <message>
        <source>node lost: %1 is offline</source>
        <translation>ノード喪失: %1 はオフラインです</translation>
    </message>
    <message>
        <source>cannot send the job to %1: %2</source>
        <translation>ジョブを %1 に送信できません: %2</translation>
    </message>
    <message>
        <source>node lost: %1 did not answer within %2 ms</source>
        <translation>ノード喪失: %1 が %2 ms 以内に応答しませんでした</translation>
    </message>
    <message>
        <source>bad answer from %1: %2</source>
        <translation>%1 からの応答が不正です: %2</translation>
    </message>
    <message>
        <source>node lost: %1 went offline</source>
        <translation>ノード喪失: %1 がオフラインになりました</translation>
    </message>
    <message>
        <source>the broker connection is closed</source>
        <translation>ブローカーとの接続は閉じられています</translation>
    </message>
    <message>
        <source>broker lost: no connection to the broker for %1 ms (%2)</source>
        <translation>ブローカー喪失: %1 ms の間ブローカーに接続できませんでした (%2)</translation>
    </message>
</context>
<context>
    <name>ld::RemoteRunner</name>
    <message>
        <source>the node &apos;%1&apos; is offline</source>
        <translation>ノード &apos;%1&apos; はオフラインです</translation>
    </message>
    <message>
        <source>Not connected to a lab.</source>
        <translation>ラボに接続されていません。</translation>
    </message>
    <message>
        <source>No node of the lab has an instrument &apos;%1&apos;.</source>
        <translation>ラボのどのノードにも計測器 &apos;%1&apos; はありません。</translation>
    </message>
    <message>
        <source>The node &apos;%1&apos; is offline.</source>
        <translation>ノード &apos;%1&apos; はオフラインです。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not identified yet on its node.</source>
        <translation>&apos;%1&apos; はノード上でまだ識別されていません。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; uses the profile &apos;%2&apos;, which is not installed on this PC.</source>
        <translation>&apos;%1&apos; はプロファイル &apos;%2&apos; を使用していますが、この PC にはインストールされていません。</translation>
    </message>
</context>
<context>
    <name>ld::RemoteSession</name>
    <message>
        <source>%1; gave up after %2 ms</source>
        <translation>%1。%2 ms 後に中止しました</translation>
    </message>
    <message>
        <source>no connection to the broker at %1 within %2 ms: %3</source>
        <translation>%2 ms 以内に %1 のブローカーに接続できませんでした: %3</translation>
    </message>
    <message>
        <source>no connection to the broker at %1 within %2 ms</source>
        <translation>%2 ms 以内に %1 のブローカーに接続できませんでした</translation>
    </message>
    <message>
        <source>interrupted while connecting to the broker at %1</source>
        <translation>%1 のブローカーへの接続中に中断されました</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not NODE/INSTRUMENT; the lab has: %2</source>
        <translation>&apos;%1&apos; は ノード/計測器 の形式ではありません。ラボにあるもの: %2</translation>
    </message>
    <message>
        <source>no node named &apos;%1&apos; on the broker at %2; the lab has: %3</source>
        <translation>%2 のブローカーに &apos;%1&apos; という名前のノードはありません。ラボにあるもの: %3</translation>
    </message>
    <message>
        <source>the node &apos;%1&apos; has no instrument &apos;%2&apos;; the lab has: %3</source>
        <translation>ノード &apos;%1&apos; に計測器 &apos;%2&apos; はありません。ラボにあるもの: %3</translation>
    </message>
    <message>
        <source>online</source>
        <translation>オンライン</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>オフライン</translation>
    </message>
    <message>
        <source>no instruments</source>
        <translation>計測器なし</translation>
    </message>
    <message>
        <source>no nodes</source>
        <translation>ノードなし</translation>
    </message>
</context>
<context>
    <name>ld::ReplayBench</name>
    <message>
        <source>With --replay: the recorded instrument to serve (default: every one); may be repeated.</source>
        <translation>--replay と併用: 提供する記録済み計測器 (既定: すべて)。複数指定可。</translation>
    </message>
    <message>
        <source>With --replay: &apos;pty&apos; (default) or &apos;tcp&apos; (loopback).</source>
        <translation>--replay と併用: &apos;pty&apos; (既定) または &apos;tcp&apos; (ループバック)。</translation>
    </message>
    <message>
        <source>With --replay and tcp, one instrument: the port to listen on.</source>
        <translation>--replay と tcp、計測器 1 台で併用: 待ち受けるポート。</translation>
    </message>
    <message>
        <source>With --replay: &apos;order&apos; answers in the recorded order (default), &apos;command&apos; with the replies recorded for the same command.</source>
        <translation>--replay と併用: &apos;order&apos; は記録された順序で応答 (既定)、&apos;command&apos; は同じコマンドに対して記録された応答で応答します。</translation>
    </message>
    <message>
        <source>With --replay: divides the recorded latencies (2: twice as fast; default 1).</source>
        <translation>--replay と併用: 記録されたレイテンシを割る値 (2: 2 倍速。既定 1)。</translation>
    </message>
    <message>
        <source>With --replay: simulator faults on top, comma-separated (%1).</source>
        <translation>--replay と併用: 追加するシミュレーター障害、カンマ区切り (%1)。</translation>
    </message>
    <message>
        <source>With --faults: the share of replies hit, 0 to 1 (default 1).</source>
        <translation>--faults と併用: 影響を受ける応答の割合、0 ～ 1 (既定 1)。</translation>
    </message>
    <message>
        <source>With --faults: how many replies may be hit (default: no limit).</source>
        <translation>--faults と併用: 影響を受けてよい応答の数 (既定: 無制限)。</translation>
    </message>
    <message>
        <source>--transport takes &apos;pty&apos; or &apos;tcp&apos;, not &apos;%1&apos;</source>
        <translation>--transport には &apos;pty&apos; または &apos;tcp&apos; を指定します (&apos;%1&apos; ではなく)</translation>
    </message>
    <message>
        <source>--match takes &apos;order&apos; or &apos;command&apos;, not &apos;%1&apos;</source>
        <translation>--match には &apos;order&apos; または &apos;command&apos; を指定します (&apos;%1&apos; ではなく)</translation>
    </message>
    <message>
        <source>--speed takes a factor above 0, not &apos;%1&apos;</source>
        <translation>--speed には 0 より大きい係数を指定します (&apos;%1&apos; ではなく)</translation>
    </message>
    <message>
        <source>--faults: unknown fault &apos;%1&apos; (known: %2)</source>
        <translation>--faults: 不明な障害 &apos;%1&apos; (既知: %2)</translation>
    </message>
    <message>
        <source>--fault-probability takes a number from 0 to 1</source>
        <translation>--fault-probability には 0 ～ 1 の数値を指定します</translation>
    </message>
    <message>
        <source>--fault-times takes a whole number from 0</source>
        <translation>--fault-times には 0 以上の整数を指定します</translation>
    </message>
    <message>
        <source>--port takes a port from 1 to 65535, with --transport tcp and one instrument</source>
        <translation>--port には 1 ～ 65535 のポートを、--transport tcp と計測器 1 台とともに指定します</translation>
    </message>
</context>
<context>
    <name>ld::RunActions</name>
    <message numerus="yes">
        <source>Run %1 started on %n instrument(s)</source>
        <translation>
            <numerusform>実行 %1 を %n 台の計測器で開始しました</numerusform>
        </translation>
    </message>
    <message>
        <source>Run %1 started: %2</source>
        <translation>実行 %1 を開始しました: %2</translation>
    </message>
    <message>
        <source>Cannot run: %1</source>
        <translation>実行できません: %1</translation>
    </message>
    <message>
        <source>Run refused: %1</source>
        <translation>実行が拒否されました: %1</translation>
    </message>
    <message numerus="yes">
        <source>Stopped %n instrument(s)</source>
        <translation>
            <numerusform>%n 台の計測器を停止しました</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped every run</source>
        <translation>すべての実行を停止しました</translation>
    </message>
    <message>
        <source>Run %1 stopped</source>
        <translation>実行 %1 を停止しました</translation>
    </message>
    <message>
        <source>Run %1 finished</source>
        <translation>実行 %1 が終了しました</translation>
    </message>
</context>
<context>
    <name>ld::RunCommand</name>
    <message>
        <source>Operation id to run (see &apos;labdispatch profiles&apos;).</source>
        <translation>実行する操作 ID (&apos;labdispatch profiles&apos; を参照)。</translation>
    </message>
    <message>
        <source>operation</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>names</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Operation parameter, may be repeated.</source>
        <translation>操作のパラメーター (複数指定可)。</translation>
    </message>
    <message>
        <source>name=value</source>
        <translation>名前=値</translation>
    </message>
    <message>
        <source>Jobs running at once (default 8).</source>
        <translation>同時に実行するジョブ数 (既定 8)。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Runs per instrument (default 1).</source>
        <translation>計測器ごとの実行回数 (既定 1)。</translation>
    </message>
    <message>
        <source>Run every MS milliseconds per instrument instead (needs --duration).</source>
        <translation>代わりに計測器ごとに MS ミリ秒間隔で実行します (--duration が必要)。</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>How long to repeat with --interval.</source>
        <translation>--interval で繰り返す時間。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>CSV with a column group per instrument and quantity.</source>
        <translation>計測器と物理量ごとに列グループを持つ CSV。</translation>
    </message>
    <message>
        <source>Start the CSV with a UTF-8 byte order mark (Excel).</source>
        <translation>CSV の先頭に UTF-8 のバイトオーダーマークを付けます (Excel 用)。</translation>
    </message>
    <message>
        <source>Where journals go (default: the application&apos;s data folder).</source>
        <translation>ジャーナルの保存先 (既定: アプリケーションのデータフォルダー)。</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>How long to wait for instruments to connect (default 10000).</source>
        <translation>計測器の接続を待つ時間 (既定 10000)。</translation>
    </message>
    <message>
        <source>No progress lines.</source>
        <translation>進捗行を表示しません。</translation>
    </message>
    <message>
        <source>--interval needs --duration (how long to keep measuring)</source>
        <translation>--interval には --duration (測定を続ける時間) が必要です</translation>
    </message>
    <message>
        <source>use either --repeat or --interval with --duration, not both</source>
        <translation>--repeat と、--interval と --duration の組み合わせは同時に使えません</translation>
    </message>
    <message>
        <source>--param takes name=value, not &apos;%1&apos;</source>
        <translation>--param は 名前=値 の形式で指定してください (&apos;%1&apos; は不可)</translation>
    </message>
    <message>
        <source>the bench has no instruments</source>
        <translation>ベンチに計測器がありません</translation>
    </message>
    <message>
        <source>no connected instrument offers the operation &apos;%1&apos;</source>
        <translation>操作 &apos;%1&apos; を備える接続済みの計測器がありません</translation>
    </message>
    <message>
        <source>cannot start the journal in &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; でジャーナルを開始できません: %2</translation>
    </message>
    <message>
        <source>the journal could not be closed: %1</source>
        <translation>ジャーナルを閉じられませんでした: %1</translation>
    </message>
    <message>
        <source>CSV export failed: %1</source>
        <translation>CSV のエクスポートに失敗しました: %1</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3, not &apos;%4&apos;</source>
        <translation>--%1 には %2 から %3 の整数を指定してください (&apos;%4&apos; は不可)</translation>
    </message>
    <message>
        <source>%1: the node &apos;%2&apos; is offline</source>
        <translation>%1: ノード &apos;%2&apos; はオフラインです</translation>
    </message>
    <message>
        <source>no connected instrument of the lab at %1 offers the operation &apos;%2&apos;; the lab has: %3</source>
        <translation>%1 のラボに、操作 &apos;%2&apos; を備えた接続済みの計測器はありません。ラボにあるもの: %3</translation>
    </message>
    <message>
        <source>lab at %1</source>
        <translation>%1 のラボ</translation>
    </message>
    <message>
        <source>Instruments to run it on, comma-separated, NODE/NAME with --broker (default: every connected instrument that offers the operation).</source>
        <translation>実行する計測器 (カンマ区切り。--broker 指定時は ノード/名前。既定: その操作を備える接続済みのすべての計測器)。</translation>
    </message>
    <message>
        <source>the broker at %1 is gone (%2); jobs wait up to %3 ms for it to come back</source>
        <translation>%1 のブローカーとの接続が切れました (%2)。ジョブは最大 %3 ms 復帰を待ちます</translation>
    </message>
    <message>
        <source>the broker at %1 is back; the waiting jobs are sent</source>
        <translation>%1 のブローカーが復帰しました。待機中のジョブを送信します</translation>
    </message>
    <message>
        <source>the broker at %1 did not come back within %2 ms; the unfinished jobs end as &apos;broker lost&apos; and so does the run</source>
        <translation>%1 のブローカーは %2 ms 以内に復帰しませんでした。未完了のジョブは &apos;ブローカー喪失&apos; で終了し、実行も終了します</translation>
    </message>
    <message>
        <source>Export the run&apos;s readings to this CSV file; &apos;-&apos; writes to standard output.</source>
        <translation>実行の測定値をこの CSV ファイルにエクスポートします。&apos;-&apos; を指定すると標準出力に書き出します。</translation>
    </message>
    <message>
        <source>plan: %1</source>
        <translation>プラン: %1</translation>
    </message>
    <message>
        <source>the simple run of &apos;%1&apos;</source>
        <translation>&apos;%1&apos; の単純な実行</translation>
    </message>
    <message>
        <source>instruments: %1</source>
        <translation>計測器: %1</translation>
    </message>
    <message>
        <source>estimate: about %1%2 (an estimate, not a measurement: the least duration above plus %3 jobs x %4 ms, a nominal job time, over %5 at once, the fewest of the cap %6 and the instruments; steps that wait for each other take longer)</source>
        <translation>見積もり: 約 %1%2 (測定ではなく見積もりです: 上記の最短時間に、%3 ジョブ x %4 ms (名目上のジョブ時間) を同時実行数 %5 (上限 %6 と計測器数の小さい方) で割った時間を加えたもの。互いに待つステップはさらに時間がかかります)</translation>
    </message>
    <message>
        <source> per pass</source>
        <translation> (1 回あたり)</translation>
    </message>
    <message>
        <source>dry run: nothing was connected or run</source>
        <translation>ドライラン: 何も接続・実行しませんでした</translation>
    </message>
    <message>
        <source>labdispatch run: interrupted; aborting the run and applying the safe state (a second Ctrl-C quits at once)</source>
        <translation>labdispatch run: 中断されました。実行を中止して安全状態を適用します (もう一度 Ctrl-C を押すとすぐに終了します)</translation>
    </message>
    <message>
        <source>labdispatch run: interrupted again; quitting now (the journal is left interrupted; its readings are kept)
</source>
        <translation>labdispatch run: 再度中断されました。今すぐ終了します (ジャーナルは中断状態のまま残り、測定値は保持されます)
</translation>
    </message>
    <message>
        <source>the run failed: %1</source>
        <translation>実行に失敗しました: %1</translation>
    </message>
    <message>
        <source>cannot write the transcript &apos;%1&apos;: %2</source>
        <translation>トランスクリプト &apos;%1&apos; に書き込めません: %2</translation>
    </message>
    <message>
        <source>Runs an operation, or a plan (--plan), on instruments through the capped dispatcher: those of this PC&apos;s bench, or with --broker those of the nodes sharing a lab. Every reading is journaled; --csv exports them. Ctrl-C aborts the run and applies the safe state. Exit status: 0 all jobs succeeded, 1 some failed, the plan failed or the run was interrupted, 2 usage error or invalid plan.</source>
        <translation>操作、またはプラン (--plan) を、上限付きディスパッチャー経由で計測器に対して実行します: この PC のベンチの計測器、または --broker 指定時はラボを共有するノードの計測器。すべての測定値はジャーナルに記録され、--csv でエクスポートされます。Ctrl-C で実行を中止し、安全状態を適用します。終了ステータス: 0 すべてのジョブが成功、1 一部が失敗、プランが失敗、または実行が中断、2 使い方の誤りまたは無効なプラン。</translation>
    </message>
    <message>
        <source>Run this plan file (docs/plans.md) instead of one operation.</source>
        <translation>1 つの操作の代わりにこのプランファイル (docs/plans.md) を実行します。</translation>
    </message>
    <message>
        <source>Check the plan (or the operation) against the bench&apos;s profiles and print the jobs and an estimated duration; connect to nothing, run nothing.</source>
        <translation>プラン (または操作) をベンチのプロファイルと照合し、ジョブと見積もり時間を表示します。何にも接続せず、何も実行しません。</translation>
    </message>
    <message>
        <source>Record the traffic of the run&apos;s instruments and write it to this transcript file (see &apos;labdispatch trace&apos;).</source>
        <translation>実行の計測器の通信を記録し、このトランスクリプトファイルに書き出します (&apos;labdispatch trace&apos; を参照)。</translation>
    </message>
    <message>
        <source>--dry-run checks against a local bench&apos;s profiles and cannot be used with --broker</source>
        <translation>--dry-run はローカルのベンチのプロファイルと照合するため、--broker とは併用できません</translation>
    </message>
    <message>
        <source>--%1 is for a run of one operation; a plan names its own instruments, operations and repeats</source>
        <translation>--%1 は 1 つの操作の実行用です。プランは自身の計測器、操作、繰り返しを指定します</translation>
    </message>
    <message>
        <source>--op or --plan is required (see &apos;labdispatch profiles&apos; for operation ids, docs/plans.md for plan files)</source>
        <translation>--op または --plan が必要です (操作 ID は &apos;labdispatch profiles&apos;、プランファイルは docs/plans.md を参照)</translation>
    </message>
</context>
<context>
    <name>ld::RunController</name>
    <message>
        <source>This run is not journaled, its readings are not kept: %1</source>
        <translation>この実行はジャーナルに記録されず、測定値は保持されません: %1</translation>
    </message>
    <message>
        <source>Run %1: its journal could not be closed: %2</source>
        <translation>実行 %1: ジャーナルを閉じられませんでした: %2</translation>
    </message>
    <message>
        <source>Run %1: could not journal the cap change: %2</source>
        <translation>実行 %1: 上限の変更をジャーナルに記録できませんでした: %2</translation>
    </message>
    <message>
        <source>%1 channel %2</source>
        <translation>%1 チャンネル %2</translation>
    </message>
    <message>
        <source>A front panel operates one instrument</source>
        <translation>フロントパネルで操作できる計測器は 1 台だけです</translation>
    </message>
    <message>
        <source>%1: the journal of its front panel could not be closed: %2</source>
        <translation>%1: フロントパネルのジャーナルを閉じられませんでした: %2</translation>
    </message>
    <message>
        <source>no answer in time; its outputs may still be live</source>
        <translation>時間内に応答がありません。出力がまだオンの可能性があります</translation>
    </message>
    <message>
        <source>%1: could not journal it: %2</source>
        <translation>%1: ジャーナルに記録できませんでした: %2</translation>
    </message>
    <message>
        <source>%1: its journal could not be closed: %2</source>
        <translation>%1: ジャーナルを閉じられませんでした: %2</translation>
    </message>
    <message>
        <source>Could not mark the run %1 as made safe: %2</source>
        <translation>実行 %1 を安全状態適用済みとしてマークできませんでした: %2</translation>
    </message>
</context>
<context>
    <name>ld::RunEngine</name>
    <message>
        <source>%1: %2 %3 %4 is outside the limit (%5 %6)</source>
        <translation>%1: %2 %3 %4 がリミット外です (%5 %6)</translation>
    </message>
    <message>
        <source>%1; the run is paused until it is resumed or aborted</source>
        <translation>%1。再開または中止されるまで実行を一時停止します</translation>
    </message>
    <message>
        <source>%1; its steps end and its safe state is applied</source>
        <translation>%1。そのステップは終了し、安全状態を適用します</translation>
    </message>
    <message>
        <source>%1; the run is aborted and every instrument&apos;s safe state applied</source>
        <translation>%1。実行を中止し、すべての計測器の安全状態を適用します</translation>
    </message>
    <message>
        <source>the safe state could not be applied (%1); outputs may still be live</source>
        <translation>安全状態を適用できませんでした (%1)。出力がまだオンの可能性があります</translation>
    </message>
    <message>
        <source>its profile has no safe state</source>
        <translation>プロファイルに安全状態がありません</translation>
    </message>
    <message>
        <source>no operation &apos;%1&apos;</source>
        <translation>操作 &apos;%1&apos; はありません</translation>
    </message>
    <message>
        <source>safe state applied</source>
        <translation>安全状態を適用しました</translation>
    </message>
</context>
<context>
    <name>ld::RunsBrowser</name>
    <message numerus="yes">
        <source>%n run(s); counting readings...</source>
        <translation>
            <numerusform>%n 件の実行。測定値を数えています...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) in %1</source>
        <translation>
            <numerusform>%1 に %n 件の実行</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 を開けませんでした: %2</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1: %n reading(s)</source>
        <translation>
            <numerusform>%1 を開きました: 測定値 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n reading(s).</source>
        <translation>
            <numerusform>%n 件の測定値をエクスポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>エクスポートに失敗しました: %1</translation>
    </message>
    <message>
        <source>Past Runs</source>
        <translation>過去の実行</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <source>Show the selected run&apos;s readings in the plot, in place of what it shows</source>
        <translation>選択した実行の測定値を、現在の表示に代えてプロットに表示します</translation>
    </message>
    <message>
        <source>O&amp;verlay</source>
        <translation>重ねる(&amp;V)</translation>
    </message>
    <message>
        <source>Add the selected runs to the plot, each starting where the first run opened starts</source>
        <translation>選択した実行をプロットに追加します。各実行は最初に開いた実行の開始位置から始まります</translation>
    </message>
    <message>
        <source>&amp;Export CSV...</source>
        <translation>CSV にエクスポート(&amp;E)...</translation>
    </message>
    <message>
        <source>&amp;Run Again</source>
        <translation>再実行(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>更新(&amp;F)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Reading the runs folder...</source>
        <translation>実行フォルダーを読み込んでいます...</translation>
    </message>
    <message>
        <source>Start the plan this run carried out, on this bench</source>
        <translation>この実行で行ったプランを、このベンチで開始します</translation>
    </message>
    <message>
        <source>This run&apos;s journal carries no plan to run again</source>
        <translation>この実行のジャーナルには再実行するプランがありません</translation>
    </message>
    <message>
        <source>Reading %1...</source>
        <translation>%1 を読み込んでいます...</translation>
    </message>
    <message>
        <source>Exporting to %1...</source>
        <translation>%1 にエクスポートしています...</translation>
    </message>
    <message>
        <source>Export Run</source>
        <translation>実行をエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>The run %1 carries no plan: it was a single operation.</source>
        <translation>実行 %1 にはプランがありません: 単一の操作でした。</translation>
    </message>
    <message>
        <source>The plan of run %1 does not read: %2</source>
        <translation>実行 %1 のプランを読めません: %2</translation>
    </message>
</context>
<context>
    <name>ld::RunsBrowserModel</name>
    <message>
        <source>Finished</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>中断</translation>
    </message>
    <message>
        <source>Interrupted, recovered</source>
        <translation>中断、復旧済み</translation>
    </message>
    <message>
        <source>Still running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>読み取り不可</translation>
    </message>
    <message>
        <source>No closing record and no writer: the run was killed, crashed or lost power. Every reading written whole is kept.</source>
        <translation>終了レコードも書き込み元もありません: 実行は強制終了されたか、クラッシュしたか、電源が失われました。完全に書き込まれた測定値はすべて保持されています。</translation>
    </message>
    <message numerus="yes">
        <source>%n reading(s) failed</source>
        <translation>
            <numerusform>%n 件の測定値が失敗</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan: %1</source>
        <translation>プラン: %1</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>プラン</translation>
    </message>
    <message>
        <source>counting...</source>
        <translation>集計中...</translation>
    </message>
    <message>
        <source>%1 (%2 failed)</source>
        <translation>%1 (%2 件失敗)</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Bench</source>
        <translation>ベンチ</translation>
    </message>
    <message>
        <source>Plan or operation</source>
        <translation>プランまたは操作</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>測定値</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Interrupted, safe state applied</source>
        <translation>中断、安全状態適用済み</translation>
    </message>
    <message>
        <source>Front panel: %1</source>
        <translation>フロントパネル: %1</translation>
    </message>
    <message>
        <source>All outputs off</source>
        <translation>全出力オフ</translation>
    </message>
    <message>
        <source>Killed, crashed or cut off, like an interrupted run; its instruments got their safe state afterwards, so it is no longer offered for it.</source>
        <translation>中断された実行と同様に、強制終了、クラッシュ、または切断されました。その後計測器に安全状態が適用されたため、もう案内されません。</translation>
    </message>
</context>
<context>
    <name>ld::RunsCommand</name>
    <message>
        <source>Lists journaled runs. Interrupted runs (a crash, a kill, a power cut) keep every reading that was journaled; export them with &apos;labdispatch export&apos;.</source>
        <translation>ジャーナルに記録された実行を一覧表示します。中断された実行 (クラッシュ、強制終了、停電) も記録済みの測定値はすべて残っています。&apos;labdispatch export&apos; でエクスポートしてください。</translation>
    </message>
    <message>
        <source>Exports a journaled run to CSV (RFC 4180, UTF-8). RUN is a run id (see &apos;labdispatch runs&apos;) or a journal file.</source>
        <translation>ジャーナルに記録された実行を CSV (RFC 4180、UTF-8) にエクスポートします。RUN は実行 ID (&apos;labdispatch runs&apos; を参照) またはジャーナルファイルです。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>A column group per instrument and quantity.</source>
        <translation>計測器と物理量ごとの列グループ。</translation>
    </message>
    <message>
        <source>Start with a UTF-8 byte order mark (Excel).</source>
        <translation>先頭に UTF-8 のバイトオーダーマークを付けます (Excel 用)。</translation>
    </message>
    <message>
        <source>Run id or journal file.</source>
        <translation>実行 ID またはジャーナルファイル。</translation>
    </message>
    <message>
        <source>usage: labdispatch export RUN --csv FILE</source>
        <translation>使い方: labdispatch export RUN --csv FILE</translation>
    </message>
    <message>
        <source>no journal for &apos;%1&apos; (looked at %2)</source>
        <translation>&apos;%1&apos; のジャーナルがありません (%2 を検索しました)</translation>
    </message>
    <message>
        <source>Where journals are (default: the application&apos;s data folder).</source>
        <translation>ジャーナルの場所 (既定: アプリケーションのデータフォルダー)。</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>The CSV file to write; &apos;-&apos; writes to standard output.</source>
        <translation>書き出す CSV ファイル。&apos;-&apos; を指定すると標準出力に書き出します。</translation>
    </message>
    <message>
        <source>Prints one run&apos;s header (plan, cap and its changes, instruments and their identities) and what its journal holds, one &apos;key: value&apos; a line.</source>
        <translation>実行のヘッダー (プラン、上限とその変更、計測器とその識別情報) とジャーナルの内容を、1 行に 1 つの &apos;キー: 値&apos; で表示します。</translation>
    </message>
    <message>
        <source>run</source>
        <translation>実行</translation>
    </message>
</context>
<context>
    <name>ld::SafeCommand</name>
    <message>
        <source>the run %1 was interrupted (no closing record) and may have left outputs live on: %2. To apply their safe state: %3</source>
        <translation>実行 %1 は中断され (終了レコードなし)、出力がオンのまま残っている可能性があります: %2。安全状態を適用するには: %3</translation>
    </message>
    <message>
        <source>Connects to the bench and applies the safe state of its instruments (their profile&apos;s safeState: outputs off), ahead of every other job. Exit status: 0 every chosen instrument was made safe, 1 one failed, did not connect or has no safe state, or none has one, 2 usage error.</source>
        <translation>ベンチに接続し、その計測器の安全状態 (プロファイルの safeState: 出力オフ) を他のどのジョブよりも先に適用します。終了ステータス: 0 選択したすべての計測器を安全にした、1 いずれかが失敗、接続できなかった、安全状態がない、またはどれにも安全状態がない、2 使い方の誤り。</translation>
    </message>
    <message>
        <source>Instruments to make safe, comma-separated (default: every instrument whose profile has a safe state).</source>
        <translation>安全にする計測器、カンマ区切り (既定: プロファイルに安全状態があるすべての計測器)。</translation>
    </message>
    <message>
        <source>names</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>How long to wait for instruments to connect (default 10000).</source>
        <translation>計測器の接続を待つ時間 (既定 10000)。</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Where journals are, for the notice about interrupted runs (default: the application&apos;s data folder).</source>
        <translation>中断された実行についての通知のためのジャーナルの場所 (既定: アプリケーションのデータフォルダー)。</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>--connect-timeout must be a whole number from 100 to 600000, not &apos;%1&apos;</source>
        <translation>--connect-timeout は 100 ～ 600000 の整数である必要があります (&apos;%1&apos; ではなく)</translation>
    </message>
    <message>
        <source>the bench has no instruments</source>
        <translation>ベンチに計測器がありません</translation>
    </message>
    <message>
        <source>its profile (%1) has no safe state</source>
        <translation>プロファイル (%1) に安全状態がありません</translation>
    </message>
    <message>
        <source>none: not identified</source>
        <translation>なし: 未識別</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>%1 秒以内に応答がありません</translation>
    </message>
    <message>
        <source>none of the instruments has a safe state in its profile</source>
        <translation>どの計測器もプロファイルに安全状態を持っていません</translation>
    </message>
    <message>
        <source>the interrupted run %1 is marked as made safe; it is no longer offered</source>
        <translation>中断された実行 %1 を安全状態適用済みとしてマークしました。今後は案内されません</translation>
    </message>
    <message>
        <source>could not mark the run %1 as made safe: %2</source>
        <translation>実行 %1 を安全状態適用済みとしてマークできませんでした: %2</translation>
    </message>
</context>
<context>
    <name>ld::SafeStateActions</name>
    <message>
        <source>All outputs off</source>
        <translation>全出力オフ</translation>
    </message>
    <message>
        <source>%1: no instrument here has a safe state in its profile</source>
        <translation>%1: ここにはプロファイルに安全状態を持つ計測器がありません</translation>
    </message>
    <message>
        <source>%1: the safe state goes to %2, ahead of every queued job</source>
        <translation>%1: 安全状態を待機中のどのジョブよりも先に %2 へ送ります</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: no answer in time; its outputs may still be live</source>
        <translation>%1: 時間内に応答がありません。出力がまだオンの可能性があります</translation>
    </message>
    <message>
        <source>%1 done: %2</source>
        <translation>%1 完了: %2</translation>
    </message>
    <message>
        <source>A run is going; quitting stops it.</source>
        <translation>実行が進行中です。終了すると停止します。</translation>
    </message>
    <message>
        <source>These outputs were switched on and may still be on: %1.</source>
        <translation>次の出力はオンにされており、まだオンの可能性があります: %1。</translation>
    </message>
    <message>
        <source>Quit LabDispatch</source>
        <translation>LabDispatch を終了します</translation>
    </message>
    <message>
        <source>Quit LabDispatch?</source>
        <translation>LabDispatch を終了しますか?</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Outputs Off and Quit</source>
        <translation>出力をオフにして終了(&amp;O)</translation>
    </message>
    <message>
        <source>Switching the outputs off before quitting...</source>
        <translation>終了する前に出力をオフにしています...</translation>
    </message>
    <message>
        <source>Outputs off and quit</source>
        <translation>出力をオフにして終了</translation>
    </message>
</context>
<context>
    <name>ld::ScpiConsole</name>
    <message>
        <source>&amp;Query</source>
        <translation>問い合わせ(&amp;Q)</translation>
    </message>
    <message>
        <source>Send the command and show the instrument&apos;s reply</source>
        <translation>コマンドを送信し、計測器の応答を表示します</translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation>書き込み(&amp;W)</translation>
    </message>
    <message>
        <source>Send the command; no reply is read</source>
        <translation>コマンドを送信します。応答は読み取りません</translation>
    </message>
    <message>
        <source>SCPI command</source>
        <translation>SCPI コマンド</translation>
    </message>
    <message>
        <source>SCPI transcript</source>
        <translation>SCPI トランスクリプト</translation>
    </message>
    <message>
        <source>No instrument</source>
        <translation>計測器なし</translation>
    </message>
    <message>
        <source>Select one instrument to send it SCPI commands</source>
        <translation>SCPI コマンドを送る計測器を 1 台選択してください</translation>
    </message>
    <message>
        <source>Its profile allows no free-form commands</source>
        <translation>そのプロファイルでは自由形式のコマンドは許可されていません</translation>
    </message>
    <message>
        <source>A SCPI command, e.g. *IDN? (Up and Down: history)</source>
        <translation>SCPI コマンド (例: *IDN?)。上下キーで履歴</translation>
    </message>
    <message>
        <source>not sent: %1</source>
        <translation>送信されていません: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(sent, no reply read)</source>
        <translation>(送信済み、応答は読み取っていません)</translation>
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
        <translation>%1 は開いていません</translation>
    </message>
    <message>
        <source>cancelled while waiting for %1</source>
        <translation>%1 の待機中に取り消されました</translation>
    </message>
    <message>
        <source>cancelled before it was sent</source>
        <translation>送信前に取り消されました</translation>
    </message>
    <message>
        <source>cannot send %1 to %2</source>
        <translation>%1 を %2 に送信できません</translation>
    </message>
    <message>
        <source>reply to %1 exceeds %2 bytes without a terminator</source>
        <translation>%1 への応答がターミネーターなしで %2 バイトを超えました</translation>
    </message>
    <message>
        <source>reply to %1 is %2 bytes, over the limit of %3</source>
        <translation>%1 への応答は %2 バイトで、上限 %3 を超えています</translation>
    </message>
    <message>
        <source>reply to %1 is not a block: it starts with &apos;%2&apos;</source>
        <translation>%1 への応答はブロックではありません: &apos;%2&apos; で始まっています</translation>
    </message>
    <message>
        <source>malformed block header in the reply to %1: &apos;#&apos; followed by &apos;%2&apos;</source>
        <translation>%1 への応答のブロックヘッダーが不正です: &apos;#&apos; の後に &apos;%2&apos;</translation>
    </message>
    <message>
        <source>malformed block length &apos;%1&apos; in the reply to %2</source>
        <translation>%2 への応答のブロック長 &apos;%1&apos; が不正です</translation>
    </message>
    <message>
        <source>block of %1 bytes in the reply to %2 exceeds the limit of %3</source>
        <translation>%2 への応答の %1 バイトのブロックが上限 %3 を超えています</translation>
    </message>
    <message>
        <source>unexpected bytes after the block in the reply to %1</source>
        <translation>%1 への応答でブロックの後に予期しないバイトがあります</translation>
    </message>
    <message>
        <source>indefinite block in the reply to %1 exceeds %2 bytes</source>
        <translation>%1 への応答の不定長ブロックが %2 バイトを超えました</translation>
    </message>
    <message>
        <source>error queue reply to %1: %2</source>
        <translation>%1 に対するエラーキューの応答: %2</translation>
    </message>
    <message>
        <source>incomplete reply to %1 after %2 ms (%3 bytes received)</source>
        <translation>%1 への応答が %2 ms 後も不完全です (%3 バイト受信)</translation>
    </message>
    <message>
        <source>no reply to %1 within %2 ms</source>
        <translation>%2 ms 以内に %1 への応答がありません</translation>
    </message>
    <message>
        <source>%1 while waiting for %2</source>
        <translation>%2 の待機中に %1</translation>
    </message>
</context>
<context>
    <name>ld::SerialSettings</name>
    <message>
        <source>baud rate %1 is out of range 1-%2</source>
        <translation>ボーレート %1 は 1～%2 の範囲外です</translation>
    </message>
    <message>
        <source>data bits %1 is out of range 5-8</source>
        <translation>データビット %1 は 5～8 の範囲外です</translation>
    </message>
    <message>
        <source>1.5 stop bits need 5 data bits, got %1</source>
        <translation>1.5 ストップビットには 5 データビットが必要です (%1 を指定)</translation>
    </message>
    <message>
        <source>baud must be a whole number 1-%1, got &apos;%2&apos;</source>
        <translation>baud は 1～%1 の整数である必要があります (&apos;%2&apos; を受信)</translation>
    </message>
    <message>
        <source>dataBits must be 5-8, got &apos;%1&apos;</source>
        <translation>dataBits は 5～8 である必要があります (&apos;%1&apos; を受信)</translation>
    </message>
    <message>
        <source>parity must be none, even, odd, mark or space, got &apos;%1&apos;</source>
        <translation>parity は none、even、odd、mark、space のいずれかです (&apos;%1&apos; を受信)</translation>
    </message>
    <message>
        <source>stopBits must be 1, 1.5 or 2, got &apos;%1&apos;</source>
        <translation>stopBits は 1、1.5、2 のいずれかです (&apos;%1&apos; を受信)</translation>
    </message>
    <message>
        <source>flowControl must be none, rtscts or xonxoff, got &apos;%1&apos;</source>
        <translation>flowControl は none、rtscts、xonxoff のいずれかです (&apos;%1&apos; を受信)</translation>
    </message>
    <message>
        <source>%1 has a bad escape in &apos;%2&apos; (use \n, \r, \t, \\ or \xHH)</source>
        <translation>%1 の &apos;%2&apos; に不正なエスケープがあります (\n、\r、\t、\\、\xHH を使用してください)</translation>
    </message>
    <message>
        <source>unknown serial setting &apos;%1&apos;</source>
        <translation>不明なシリアル設定 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 must be 1 to %2 bytes, got &apos;%3&apos;</source>
        <translation>%1 は 1 から %2 バイトである必要があります (&apos;%3&apos; を受信)</translation>
    </message>
    <message>
        <source>%1 must be a number, not &quot;%2&quot;</source>
        <translation>%1 は数値である必要があります (&quot;%2&quot; は不可)</translation>
    </message>
    <message>
        <source>%1 must be a text in quotes, not %2</source>
        <translation>%1 は引用符で囲んだテキストである必要があります (%2 は不可)</translation>
    </message>
</context>
<context>
    <name>ld::SerialTransport</name>
    <message>
        <source>cannot open serial port %1: %2</source>
        <translation>シリアルポート %1 を開けません: %2</translation>
    </message>
    <message>
        <source>bad serial settings for %1: %2</source>
        <translation>%1 のシリアル設定が不正です: %2</translation>
    </message>
    <message>
        <source>serial port %1 refused %2: %3</source>
        <translation>シリアルポート %1 が %2 を拒否しました: %3</translation>
    </message>
    <message>
        <source>serial port %1: %2</source>
        <translation>シリアルポート %1: %2</translation>
    </message>
    <message>
        <source>serial port %1 hung up</source>
        <translation>シリアルポート %1 の接続が切れました</translation>
    </message>
</context>
<context>
    <name>ld::SimBench</name>
    <message>
        <source>offset %1: %2</source>
        <translation>オフセット %1: %2</translation>
    </message>
    <message>
        <source>missing or empty</source>
        <translation>ないか空です</translation>
    </message>
    <message>
        <source>&apos;%1&apos; appears twice</source>
        <translation>&apos;%1&apos; が重複しています</translation>
    </message>
    <message>
        <source>no instrument &apos;%1&apos; on this bench</source>
        <translation>このベンチに計測器 &apos;%1&apos; はありません</translation>
    </message>
    <message>
        <source>%1: no such bench file or built-in bench</source>
        <translation>%1: ベンチファイルでも内蔵ベンチでもありません</translation>
    </message>
    <message>
        <source>%1: unknown profile &apos;%2&apos;</source>
        <translation>%1: 不明なプロファイル &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: wire: %2 has no operation &apos;%3&apos;</source>
        <translation>%1: wire: %2 に操作 &apos;%3&apos; がありません</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>%1 から %2 の整数である必要があります</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ありません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of %2</source>
        <translation>&apos;%1&apos; は %2 のいずれでもありません</translation>
    </message>
    <message>
        <source>must be from 0 to 1</source>
        <translation>0 から 1 の範囲である必要があります</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of pty, tcp, vxi11</source>
        <translation>&apos;%1&apos; は pty、tcp、vxi11 のいずれでもありません</translation>
    </message>
    <message>
        <source>must be an object with instrument, operation and channel</source>
        <translation>instrument、operation、channel を持つオブジェクトである必要があります</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>空でない文字列である必要があります</translation>
    </message>
    <message>
        <source>missing or used twice</source>
        <translation>ないか、2 回使われています</translation>
    </message>
    <message>
        <source>%1 is used twice on this controller</source>
        <translation>%1 がこのコントローラーで 2 回使われています</translation>
    </message>
    <message>
        <source>the VXI-11 instruments share one portmapper, already on port %1</source>
        <translation>VXI-11 計測器は 1 つのポートマッパーを共有しており、すでにポート %1 にあります</translation>
    </message>
    <message>
        <source>%1: timeConstantMs: no reading of profile &apos;%2&apos; follows a setpoint</source>
        <translation>%1: timeConstantMs: プロファイル &apos;%2&apos; の測定値で設定値に追従するものはありません</translation>
    </message>
    <message>
        <source>%1: wire: %2 has no channel %3</source>
        <translation>%1: wire: %2 にはチャンネル %3 がありません</translation>
    </message>
</context>
<context>
    <name>ld::SimReplay</name>
    <message>
        <source>the transcript holds no command sent to &apos;%1&apos;</source>
        <translation>トランスクリプトには &apos;%1&apos; に送られたコマンドがありません</translation>
    </message>
    <message>
        <source>the transcript has no instrument &apos;%1&apos; (it has: %2)</source>
        <translation>トランスクリプトに計測器 &apos;%1&apos; はありません (あるもの: %2)</translation>
    </message>
</context>
<context>
    <name>ld::SimVxi11Server</name>
    <message>
        <source>VXI-11 portmapper on 127.0.0.1: no port free for both TCP and UDP in %1 tries; the last: %2</source>
        <translation>127.0.0.1 の VXI-11 ポートマッパー: %1 回試しても TCP と UDP の両方で空いているポートがありません。最後の試行: %2</translation>
    </message>
    <message>
        <source>VXI-11 portmapper on 127.0.0.1: %1</source>
        <translation>127.0.0.1 の VXI-11 ポートマッパー: %1</translation>
    </message>
    <message>
        <source>%1 port %2 on %3 cannot be bound: %4 (another simulator or portmapper?)</source>
        <translation>%3 の %1 ポート %2 をバインドできません: %4 (別のシミュレーターまたはポートマッパー?)</translation>
    </message>
</context>
<context>
    <name>ld::TcpTransport</name>
    <message>
        <source>no connection to %1 after %2 ms</source>
        <translation>%2 ms 経っても %1 に接続できません</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>%1 に接続できません: %2</translation>
    </message>
    <message>
        <source>connection to %1: %2</source>
        <translation>%1 への接続: %2</translation>
    </message>
    <message>
        <source>%1 closed the connection</source>
        <translation>%1 が接続を閉じました</translation>
    </message>
</context>
<context>
    <name>ld::TraceCommand</name>
    <message>
        <source>Prints a transcript recorded with &apos;labdispatch run --trace&apos;, filtered, with the bytes escaped or in hex; the output is a transcript again. Exit status: 0 printed, 1 the file is unreadable or malformed (the error names the line), 2 usage error.</source>
        <translation>&apos;labdispatch run --trace&apos; で記録したトランスクリプトを、フィルターし、バイトをエスケープまたは 16 進で表示します。出力もトランスクリプトです。終了ステータス: 0 表示した、1 ファイルが読めないか不正 (エラーに行番号を示します)、2 使い方の誤り。</translation>
    </message>
    <message>
        <source>The transcript to read.</source>
        <translation>読み込むトランスクリプト。</translation>
    </message>
    <message>
        <source>Only this instrument&apos;s events; may be repeated or comma-separated.</source>
        <translation>この計測器のイベントのみ。複数指定またはカンマ区切り可。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Only events at or after this time: UTC like 2026-12-06T12:00:00.5Z, or seconds into the transcript like +12.5.</source>
        <translation>この時刻以降のイベントのみ: 2026-12-06T12:00:00.5Z のような UTC、または +12.5 のようなトランスクリプト先頭からの秒数。</translation>
    </message>
    <message>
        <source>time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Only events at or before this time (as --from).</source>
        <translation>この時刻以前のイベントのみ (--from と同じ形式)。</translation>
    </message>
    <message>
        <source>Only timeouts, errors and disconnects.</source>
        <translation>タイムアウト、エラー、切断のみ。</translation>
    </message>
    <message>
        <source>Write the bytes as hex digits (hex:...).</source>
        <translation>バイトを 16 進数字で書き出します (hex:...)。</translation>
    </message>
    <message>
        <source>name one transcript file</source>
        <translation>トランスクリプトファイルを 1 つ指定してください</translation>
    </message>
    <message>
        <source>--%1 takes a UTC time like 2026-12-06T12:00:00.5Z or seconds into the transcript like +12.5, not &apos;%2&apos;</source>
        <translation>--%1 には 2026-12-06T12:00:00.5Z のような UTC 時刻か、+12.5 のようなトランスクリプト先頭からの秒数を指定します (&apos;%2&apos; ではなく)</translation>
    </message>
</context>
<context>
    <name>ld::Transcript</name>
    <message>
        <source>it is truncated: a line has the wall time, the monotonic time, the instrument and the event kind</source>
        <translation>途中で切れています: 行には実時刻、単調時刻、計測器、イベントの種類が必要です</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a wall time like 2026-12-06T12:00:00.123456Z</source>
        <translation>&apos;%1&apos; は 2026-12-06T12:00:00.123456Z のような実時刻ではありません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a monotonic time like +12.345678</source>
        <translation>&apos;%1&apos; は +12.345678 のような単調時刻ではありません</translation>
    </message>
    <message>
        <source>unknown event kind &apos;%1&apos; (known: &gt;, &lt;, connect, reconnect, disconnect, close, timeout, error)</source>
        <translation>不明なイベントの種類 &apos;%1&apos; (既知: &gt;, &lt;, connect, reconnect, disconnect, close, timeout, error)</translation>
    </message>
    <message>
        <source>it is truncated: a &apos;%1&apos; event needs its bytes</source>
        <translation>途中で切れています: &apos;%1&apos; イベントにはバイトが必要です</translation>
    </message>
    <message>
        <source>it is truncated: hex bytes come in pairs of digits</source>
        <translation>途中で切れています: 16 進バイトは 2 桁ずつの組です</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a hex digit</source>
        <translation>&apos;%1&apos; は 16 進数字ではありません</translation>
    </message>
    <message>
        <source>expected quoted bytes (&quot;...&quot;) or hex:... after the event kind, not &apos;%1&apos;</source>
        <translation>イベントの種類の後には引用符付きバイト (&quot;...&quot;) または hex:... が必要です (&apos;%1&apos; ではなく)</translation>
    </message>
    <message>
        <source>unexpected text after the closing quote</source>
        <translation>閉じ引用符の後に予期しないテキストがあります</translation>
    </message>
    <message>
        <source>it is truncated: the quoted bytes have no closing quote</source>
        <translation>途中で切れています: 引用符付きバイトに閉じ引用符がありません</translation>
    </message>
    <message>
        <source>it is truncated: a backslash ends the bytes</source>
        <translation>途中で切れています: バックスラッシュでバイトが終わっています</translation>
    </message>
    <message>
        <source>&apos;\x&apos; must be followed by two hex digits</source>
        <translation>&apos;\x&apos; の後には 16 進数字が 2 桁必要です</translation>
    </message>
    <message>
        <source>unknown escape &apos;\%1&apos;</source>
        <translation>不明なエスケープ &apos;\%1&apos;</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>%1 行目: %2</translation>
    </message>
    <message>
        <source>the file is empty; a transcript starts with &apos;%1&apos;</source>
        <translation>ファイルが空です。トランスクリプトは &apos;%1&apos; で始まります</translation>
    </message>
    <message>
        <source>the line is longer than %1</source>
        <translation>行が %1 より長いです</translation>
    </message>
    <message>
        <source>transcript version &apos;%1&apos; is not supported (this LabDispatch reads version 1)</source>
        <translation>トランスクリプトのバージョン &apos;%1&apos; には対応していません (この LabDispatch が読めるのはバージョン 1 です)</translation>
    </message>
    <message>
        <source>not a LabDispatch transcript: the first line must be &apos;%1&apos;</source>
        <translation>LabDispatch のトランスクリプトではありません: 先頭行は &apos;%1&apos; である必要があります</translation>
    </message>
    <message>
        <source>it is truncated: the last line has no line end</source>
        <translation>途中で切れています: 最終行に改行がありません</translation>
    </message>
    <message>
        <source>wrong order: %1 is earlier than the event before it (%2); events are written in time order</source>
        <translation>順序が誤っています: %1 が直前のイベント (%2) より前です。イベントは時刻順に書かれます</translation>
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
        <translation>%3/class/usbmisc に USBTMC デバイス %1%2 がありません: 接続され、usbtmc ドライバーにバインドされていますか?</translation>
    </message>
    <message>
        <source> interface %1</source>
        <translation> インターフェース %1</translation>
    </message>
    <message>
        <source>USBTMC device %1 is %2 in sysfs, but %3 does not exist</source>
        <translation>USBTMC デバイス %1 は sysfs では %2 ですが、%3 が存在しません</translation>
    </message>
    <message>
        <source>cannot open %1 for %2: permission denied; the udev rule 60-labdispatch-usbtmc.rules gives users access (README)</source>
        <translation>%2 用の %1 を開けません: アクセスが拒否されました。udev ルール 60-labdispatch-usbtmc.rules でユーザーにアクセス権を与えます (README)</translation>
    </message>
    <message>
        <source>cannot open %1 for %2: %3</source>
        <translation>%2 用の %1 を開けません: %3</translation>
    </message>
    <message>
        <source>%1 for %2: the usbtmc driver refused USBTMC_IOCTL_GET_TIMEOUT: %3</source>
        <translation>%2 用の %1: usbtmc ドライバーが USBTMC_IOCTL_GET_TIMEOUT を拒否しました: %3</translation>
    </message>
    <message>
        <source>%1 is gone: %2</source>
        <translation>%1 がなくなりました: %2</translation>
    </message>
    <message>
        <source>cannot write to %1 (%2): %3</source>
        <translation>%1 (%2) に書き込めません: %3</translation>
    </message>
    <message>
        <source>cannot read from %1 (%2): %3</source>
        <translation>%1 (%2) から読み取れません: %3</translation>
    </message>
    <message>
        <source>%1 (%2) hung up: %3</source>
        <translation>%1 (%2) が切断しました: %3</translation>
    </message>
</context>
<context>
    <name>ld::VisaResource</name>
    <message>
        <source>empty resource string</source>
        <translation>リソース文字列が空です</translation>
    </message>
    <message>
        <source>spaces and control characters are not allowed in &apos;%1&apos;</source>
        <translation>&apos;%1&apos; にスペースや制御文字は使えません</translation>
    </message>
    <message>
        <source>missing &apos;::INSTR&apos; at the end of &apos;%1&apos;</source>
        <translation>&apos;%1&apos; の末尾に &apos;::INSTR&apos; がありません</translation>
    </message>
    <message>
        <source>missing serial device after &apos;ASRL&apos; in &apos;%1&apos;</source>
        <translation>&apos;%1&apos; で &apos;ASRL&apos; の後にシリアルデバイスがありません</translation>
    </message>
    <message>
        <source>too many &apos;::&apos; parts in &apos;%1&apos;</source>
        <translation>&apos;%1&apos; に &apos;::&apos; で区切られた部分が多すぎます</translation>
    </message>
    <message>
        <source>expected &apos;INSTR&apos; after the serial device, got &apos;%1&apos; in &apos;%2&apos;</source>
        <translation>&apos;%2&apos; でシリアルデバイスの後には &apos;INSTR&apos; が必要ですが &apos;%1&apos; でした</translation>
    </message>
    <message>
        <source>serial board number %1 is out of range 1-999 in &apos;%2&apos;</source>
        <translation>&apos;%2&apos; のシリアルボード番号 %1 は 1～999 の範囲外です</translation>
    </message>
    <message>
        <source>serial device &apos;%1&apos; must be an absolute device path such as /dev/ttyUSB0, a board number or COMn, in &apos;%2&apos;</source>
        <translation>&apos;%2&apos; のシリアルデバイス &apos;%1&apos; は /dev/ttyUSB0 のような絶対デバイスパス、ボード番号、または COMn である必要があります</translation>
    </message>
    <message>
        <source>expected &apos;::&apos; after &apos;TCPIP%1&apos; in &apos;%2&apos;</source>
        <translation>&apos;%2&apos; で &apos;TCPIP%1&apos; の後に &apos;::&apos; が必要です</translation>
    </message>
    <message>
        <source>TCPIP board number %1 is out of range 0-999 in &apos;%2&apos;</source>
        <translation>&apos;%2&apos; の TCPIP ボード番号 %1 は 0～999 の範囲外です</translation>
    </message>
    <message>
        <source>unterminated &apos;[&apos; around the IPv6 address in &apos;%1&apos;</source>
        <translation>&apos;%1&apos; で IPv6 アドレスを囲む &apos;[&apos; が閉じられていません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid IPv6 address in &apos;%2&apos;</source>
        <translation>&apos;%2&apos; の &apos;%1&apos; は有効な IPv6 アドレスではありません</translation>
    </message>
    <message>
        <source>expected &apos;::&apos; after &apos;]&apos; in &apos;%1&apos;</source>
        <translation>&apos;%1&apos; で &apos;]&apos; の後に &apos;::&apos; が必要です</translation>
    </message>
    <message>
        <source>IPv6 addresses must be written in brackets, as in TCPIP0::[fe80::1]::5025::SOCKET, in &apos;%1&apos;</source>
        <translation>IPv6 アドレスは TCPIP0::[fe80::1]::5025::SOCKET のように角かっこで囲んでください (&apos;%1&apos;)</translation>
    </message>
    <message>
        <source>missing host in &apos;%1&apos;</source>
        <translation>&apos;%1&apos; にホストがありません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid IPv4 address in &apos;%2&apos;</source>
        <translation>&apos;%2&apos; の &apos;%1&apos; は有効な IPv4 アドレスではありません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid host name in &apos;%2&apos;</source>
        <translation>&apos;%2&apos; の &apos;%1&apos; は有効なホスト名ではありません</translation>
    </message>
    <message>
        <source>expected &apos;SOCKET&apos; at the end, got &apos;%1&apos; in &apos;%2&apos;</source>
        <translation>&apos;%2&apos; の末尾は &apos;SOCKET&apos; である必要がありますが &apos;%1&apos; でした</translation>
    </message>
    <message>
        <source>missing port in &apos;%1&apos;</source>
        <translation>&apos;%1&apos; にポートがありません</translation>
    </message>
    <message>
        <source>port &apos;%1&apos; is not a number in &apos;%2&apos;</source>
        <translation>&apos;%2&apos; のポート &apos;%1&apos; は数値ではありません</translation>
    </message>
    <message>
        <source>port %1 is out of range 1-65535 in &apos;%2&apos;</source>
        <translation>&apos;%2&apos; のポート %1 は 1～65535 の範囲外です</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not start with an interface keyword such as ASRL or TCPIP</source>
        <translation>&apos;%1&apos; が ASRL や TCPIP などのインターフェースキーワードで始まっていません</translation>
    </message>
    <message>
        <source>expected &apos;::&apos; after &apos;%1%2&apos; in &apos;%3&apos;</source>
        <translation>&apos;%3&apos; の &apos;%1%2&apos; の後に &apos;::&apos; が必要です</translation>
    </message>
    <message>
        <source>%1 board number %2 is out of range 0-999 in &apos;%3&apos;</source>
        <translation>&apos;%3&apos; の %1 ボード番号 %2 が範囲 0-999 外です</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a GPIB interface, not an instrument; use GPIB&lt;board&gt;::&lt;address&gt;::INSTR</source>
        <translation>&apos;%1&apos; は GPIB インターフェースであり、計測器ではありません。GPIB&lt;board&gt;::&lt;address&gt;::INSTR を使ってください</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>プライマリ</translation>
    </message>
    <message>
        <source>secondary</source>
        <translation>セカンダリ</translation>
    </message>
    <message>
        <source>missing %1 GPIB address in &apos;%2&apos;</source>
        <translation>&apos;%2&apos; に %1 GPIB アドレスがありません</translation>
    </message>
    <message>
        <source>%1 GPIB address &apos;%2&apos; is not a number in &apos;%3&apos;</source>
        <translation>&apos;%3&apos; の %1 GPIB アドレス &apos;%2&apos; は数値ではありません</translation>
    </message>
    <message>
        <source>secondary GPIB address %1 is the bus encoding; VISA writes it as 0-30 (here %2) in &apos;%3&apos;</source>
        <translation>&apos;%3&apos; のセカンダリ GPIB アドレス %1 はバス上の符号化値です。VISA では 0-30 で書きます (ここでは %2)</translation>
    </message>
    <message>
        <source>%1 GPIB address %2 is out of range 0-30 in &apos;%3&apos;</source>
        <translation>&apos;%3&apos; の %1 GPIB アドレス %2 が範囲 0-30 外です</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a HiSLIP address; only VXI-11 (TCPIP::&lt;host&gt;[::inst0]::INSTR) and raw sockets (TCPIP::&lt;host&gt;::&lt;port&gt;::SOCKET) are supported</source>
        <translation>&apos;%1&apos; は HiSLIP アドレスです。サポートされるのは VXI-11 (TCPIP::&lt;host&gt;[::inst0]::INSTR) と raw ソケット (TCPIP::&lt;host&gt;::&lt;port&gt;::SOCKET) のみです</translation>
    </message>
    <message>
        <source>IPv6 addresses must be written in brackets, as in TCPIP0::[fe80::1]::inst0::INSTR, in &apos;%1&apos;</source>
        <translation>&apos;%1&apos;: IPv6 アドレスは TCPIP0::[fe80::1]::inst0::INSTR のように角かっこで囲んで書く必要があります</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a VXI-11 device name such as inst0 or gpib0,5 in &apos;%2&apos;</source>
        <translation>&apos;%2&apos; の &apos;%1&apos; は inst0 や gpib0,5 のような VXI-11 デバイス名ではありません</translation>
    </message>
    <message>
        <source>missing &apos;::&lt;port&gt;::SOCKET&apos; or &apos;::INSTR&apos; in &apos;%1&apos;</source>
        <translation>&apos;%1&apos; に &apos;::&lt;port&gt;::SOCKET&apos; または &apos;::INSTR&apos; がありません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a raw USB device; only USBTMC instruments (USB::&lt;vendor&gt;::&lt;product&gt;::&lt;serial&gt;::INSTR) are supported</source>
        <translation>&apos;%1&apos; は生の USB デバイスです。対応しているのは USBTMC 計測器 (USB::&lt;vendor&gt;::&lt;product&gt;::&lt;serial&gt;::INSTR) のみです</translation>
    </message>
    <message>
        <source>expected USB::&lt;vendor&gt;::&lt;product&gt;::&lt;serial&gt;[::&lt;interface&gt;]::INSTR in &apos;%1&apos;</source>
        <translation>&apos;%1&apos; には USB::&lt;vendor&gt;::&lt;product&gt;::&lt;serial&gt;[::&lt;interface&gt;]::INSTR が必要です</translation>
    </message>
    <message>
        <source>vendor</source>
        <translation>ベンダー</translation>
    </message>
    <message>
        <source>product</source>
        <translation>製品</translation>
    </message>
    <message>
        <source>USB %1 ID &apos;%2&apos; is not 0x0000-0xFFFF or 0-65535 in &apos;%3&apos;</source>
        <translation>&apos;%3&apos; の USB %1 ID &apos;%2&apos; が 0x0000-0xFFFF または 0-65535 ではありません</translation>
    </message>
    <message>
        <source>missing USB serial number in &apos;%1&apos;</source>
        <translation>&apos;%1&apos; に USB シリアル番号がありません</translation>
    </message>
    <message>
        <source>USB serial number &apos;%1&apos; contains &apos;:&apos; in &apos;%2&apos;</source>
        <translation>&apos;%2&apos; の USB シリアル番号 &apos;%1&apos; に &apos;:&apos; が含まれています</translation>
    </message>
    <message>
        <source>USB interface number &apos;%1&apos; is not 0-254 in &apos;%2&apos;</source>
        <translation>&apos;%2&apos; の USB インターフェース番号 &apos;%1&apos; が 0-254 ではありません</translation>
    </message>
    <message>
        <source>interface &apos;%1&apos; is not supported in &apos;%2&apos;; use ASRL&lt;device&gt;::INSTR, TCPIP::&lt;host&gt;::&lt;port&gt;::SOCKET, TCPIP::&lt;host&gt;::INSTR, GPIB::&lt;address&gt;::INSTR or USB::&lt;vendor&gt;::&lt;product&gt;::&lt;serial&gt;::INSTR</source>
        <translation>&apos;%2&apos; のインターフェース &apos;%1&apos; には対応していません。ASRL&lt;device&gt;::INSTR、TCPIP::&lt;host&gt;::&lt;port&gt;::SOCKET、TCPIP::&lt;host&gt;::INSTR、GPIB::&lt;address&gt;::INSTR、USB::&lt;vendor&gt;::&lt;product&gt;::&lt;serial&gt;::INSTR のいずれかを使用してください</translation>
    </message>
</context>
<context>
    <name>ld::Vxi11PortmapperProbe</name>
    <message>
        <source>cannot open a UDP socket for the VXI-11 portmapper probe: %1</source>
        <translation>VXI-11 ポートマッパーのプローブ用 UDP ソケットを開けません: %1</translation>
    </message>
    <message>
        <source>the VXI-11 portmapper probe could not be sent to %1</source>
        <translation>VXI-11 ポートマッパーのプローブを %1 に送信できませんでした</translation>
    </message>
    <message>
        <source>no network interface to broadcast the VXI-11 portmapper probe on</source>
        <translation>VXI-11 ポートマッパーのプローブをブロードキャストするネットワークインターフェースがありません</translation>
    </message>
</context>
<context>
    <name>ld::Vxi11Transport</name>
    <message>
        <source>no VXI-11 link to %1 after %2 ms</source>
        <translation>%2 ms 経過しても %1 への VXI-11 リンクがありません</translation>
    </message>
    <message>
        <source>%1 did not answer %2 within %3 ms</source>
        <translation>%1 は %3 ms 以内に %2 に応答しませんでした</translation>
    </message>
    <message>
        <source>syntax error</source>
        <translation>構文エラー</translation>
    </message>
    <message>
        <source>device not accessible</source>
        <translation>デバイスにアクセスできません</translation>
    </message>
    <message>
        <source>invalid link identifier</source>
        <translation>無効なリンク識別子</translation>
    </message>
    <message>
        <source>parameter error</source>
        <translation>パラメーターエラー</translation>
    </message>
    <message>
        <source>channel not established</source>
        <translation>チャンネルが確立されていません</translation>
    </message>
    <message>
        <source>operation not supported</source>
        <translation>サポートされていない操作</translation>
    </message>
    <message>
        <source>out of resources</source>
        <translation>リソース不足</translation>
    </message>
    <message>
        <source>device locked by another link</source>
        <translation>デバイスは別のリンクによってロックされています</translation>
    </message>
    <message>
        <source>no lock held by this link</source>
        <translation>このリンクはロックを保持していません</translation>
    </message>
    <message>
        <source>I/O timeout</source>
        <translation>I/O タイムアウト</translation>
    </message>
    <message>
        <source>I/O error</source>
        <translation>I/O エラー</translation>
    </message>
    <message>
        <source>invalid address (no such device name)</source>
        <translation>無効なアドレス (そのデバイス名はありません)</translation>
    </message>
    <message>
        <source>aborted</source>
        <translation>中止されました</translation>
    </message>
    <message>
        <source>channel already established</source>
        <translation>チャンネルはすでに確立されています</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>エラー %1</translation>
    </message>
    <message>
        <source>%1 sent an RPC record over %2 bytes</source>
        <translation>%1 が %2 バイトを超える RPC レコードを送信しました</translation>
    </message>
    <message>
        <source>%1 denied the RPC call %2</source>
        <translation>%1 が RPC 呼び出し %2 を拒否しました</translation>
    </message>
    <message>
        <source>malformed RPC reply to %1 from %2</source>
        <translation>%2 からの %1 への RPC 応答が不正です</translation>
    </message>
    <message>
        <source>the program is not served there</source>
        <translation>そのプログラムはそこで提供されていません</translation>
    </message>
    <message>
        <source>the procedure is not served</source>
        <translation>そのプロシージャーは提供されていません</translation>
    </message>
    <message>
        <source>the call was not accepted (status %1)</source>
        <translation>呼び出しは受け付けられませんでした (ステータス %1)</translation>
    </message>
    <message>
        <source>RPC call %1 to %2 failed: %3</source>
        <translation>%2 への RPC 呼び出し %1 が失敗しました: %3</translation>
    </message>
    <message>
        <source>malformed GETPORT reply from the portmapper of %1</source>
        <translation>%1 のポートマッパーからの GETPORT 応答が不正です</translation>
    </message>
    <message>
        <source>%1 has no VXI-11 server: its portmapper (port %2) knows no core channel</source>
        <translation>%1 には VXI-11 サーバーがありません: ポートマッパー (ポート %2) がコアチャンネルを知りません</translation>
    </message>
    <message>
        <source>malformed create_link reply from %1</source>
        <translation>%1 からの create_link 応答が不正です</translation>
    </message>
    <message>
        <source>%1 refused the link: %2</source>
        <translation>%1 がリンクを拒否しました: %2</translation>
    </message>
    <message>
        <source>malformed device_read reply from %1</source>
        <translation>%1 からの device_read 応答が不正です</translation>
    </message>
    <message>
        <source>device_read from %1 failed: %2</source>
        <translation>%1 からの device_read が失敗しました: %2</translation>
    </message>
    <message>
        <source>malformed %1 reply from %2</source>
        <translation>%2 からの %1 応答が不正です</translation>
    </message>
    <message>
        <source>%1 on %2 failed: %3</source>
        <translation>%2 での %1 が失敗しました: %3</translation>
    </message>
    <message>
        <source>cannot reach the portmapper of %1 on port %2: %3</source>
        <translation>ポート %2 の %1 のポートマッパーに接続できません: %3</translation>
    </message>
    <message>
        <source>cannot connect to the VXI-11 core channel of %1: %2</source>
        <translation>%1 の VXI-11 コアチャンネルに接続できません: %2</translation>
    </message>
    <message>
        <source>connection to %1: %2</source>
        <translation>%1 への接続: %2</translation>
    </message>
    <message>
        <source>%1 closed the connection while the link was being set up</source>
        <translation>リンクの確立中に %1 が接続を閉じました</translation>
    </message>
    <message>
        <source>%1 closed the connection</source>
        <translation>%1 が接続を閉じました</translation>
    </message>
</context>
<context>
    <name>ld::XyPlot</name>
    <message>
        <source>&amp;X:</source>
        <translation>X(&amp;X):</translation>
    </message>
    <message>
        <source>&amp;Y:</source>
        <translation>Y(&amp;Y):</translation>
    </message>
    <message>
        <source>&amp;Right Y:</source>
        <translation>右 Y(&amp;R):</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>対数</translation>
    </message>
    <message>
        <source>Logarithmic axis: shows only values above zero</source>
        <translation>対数軸: ゼロより大きい値のみ表示します</translation>
    </message>
    <message>
        <source>What the horizontal axis shows: a quantity or a sweep variable</source>
        <translation>横軸に表示するもの: 量またはスイープ変数</translation>
    </message>
    <message>
        <source>What the left axis shows against X</source>
        <translation>X に対して左軸に表示するもの</translation>
    </message>
    <message>
        <source>An optional second quantity on the right axis</source>
        <translation>右軸に表示する任意の 2 つ目の量</translation>
    </message>
    <message>
        <source>XY plot</source>
        <translation>XY プロット</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>%1 (sweep variable)</source>
        <translation>%1 (スイープ変数)</translation>
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
        <translation>右 Y</translation>
    </message>
    <message>
        <source>The %1 axis cannot be logarithmic: none of its values is above zero.</source>
        <translation>%1 軸は対数にできません: ゼロより大きい値がありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) at or below zero not shown: a logarithmic axis has no place for them.</source>
        <translation>
            <numerusform>ゼロ以下の %n 個のポイントは表示されません: 対数軸には表示できません。</numerusform>
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
        <translation>計測器が削除されました</translation>
    </message>
    <message>
        <source>the instrument was switched off</source>
        <translation>計測器が無効にされました</translation>
    </message>
    <message>
        <source>the instrument is switched off</source>
        <translation>計測器は無効になっています</translation>
    </message>
    <message>
        <source>cannot use &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; を使用できません: %2</translation>
    </message>
    <message>
        <source>no valid answer to *IDN?: %1</source>
        <translation>*IDN? への有効な応答がありません: %1</translation>
    </message>
    <message>
        <source>the answer to *IDN? is not an identity: %1</source>
        <translation>*IDN? への応答が識別情報ではありません: %1</translation>
    </message>
    <message>
        <source>another instrument answers on %1: expected %2, found %3</source>
        <translation>%1 で別の計測器が応答しています: 期待 %2、検出 %3</translation>
    </message>
    <message>
        <source>reconnected to %1</source>
        <translation>%1 に再接続しました</translation>
    </message>
    <message>
        <source>link lost: %1; reconnecting</source>
        <translation>接続が切れました: %1。再接続しています</translation>
    </message>
    <message>
        <source>unexpected reply to %1: %2</source>
        <translation>%1 への予期しない応答: %2</translation>
    </message>
    <message>
        <source>the instrument reported: %1</source>
        <translation>計測器からの報告: %1</translation>
    </message>
    <message>
        <source>the link did not come back within %1 ms: %2</source>
        <translation>%1 ms 以内に接続が復帰しませんでした: %2</translation>
    </message>
    <message>
        <source>cancelled while waiting for the link</source>
        <translation>接続の待機中に取り消されました</translation>
    </message>
    <message>
        <source>not the instrument the bench expects on %1: expected %2, found %3</source>
        <translation>%1 の計測器はベンチが期待するものではありません: 期待 %2、検出 %3</translation>
    </message>
    <message>
        <source>link lost: %1</source>
        <translation>接続が切れました: %1</translation>
    </message>
    <message>
        <source>no controller serves GPIB board %1</source>
        <translation>GPIB ボード %1 を担当するコントローラーがありません</translation>
    </message>
</context>
<context>
    <name>ld::detail::Prober</name>
    <message>
        <source>cannot use this address</source>
        <translation>このアドレスは使用できません</translation>
    </message>
    <message>
        <source>no answer to *IDN?: %1</source>
        <translation>*IDN? への応答がありません: %1</translation>
    </message>
    <message>
        <source>the answer to *IDN? is not an identity: %1</source>
        <translation>*IDN? への応答が識別情報ではありません: %1</translation>
    </message>
    <message>
        <source>discovery was cancelled</source>
        <translation>検出は取り消されました</translation>
    </message>
</context>
<context>
    <name>ld::scpi</name>
    <message>
        <source>empty response where a number was expected</source>
        <translation>数値が必要な箇所で応答が空です</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; は数値ではありません</translation>
    </message>
    <message>
        <source>item %1 of the list: %2</source>
        <translation>リストの %1 番目の要素: %2</translation>
    </message>
    <message>
        <source>block does not start with &apos;#&apos;: &apos;%1&apos;</source>
        <translation>ブロックが &apos;#&apos; で始まっていません: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>block header &apos;#&apos; is not followed by a digit</source>
        <translation>ブロックヘッダーの &apos;#&apos; の後が数字ではありません</translation>
    </message>
    <message>
        <source>block length &apos;%1&apos; is not %2 digits</source>
        <translation>ブロック長 &apos;%1&apos; が %2 桁ではありません</translation>
    </message>
    <message>
        <source>block declares %1 bytes but holds %2</source>
        <translation>ブロックは %1 バイトと宣言していますが、%2 バイトしかありません</translation>
    </message>
    <message>
        <source>%1 unexpected bytes after the block</source>
        <translation>ブロックの後に予期しない %1 バイトがあります</translation>
    </message>
</context>
</TS>
