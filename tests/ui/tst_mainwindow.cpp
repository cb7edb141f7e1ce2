// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The main window on a real simulated bench: ptys and loopback TCP, jobs through the
// dispatcher, readings through the journal.
#include "simwindow.h"

#include "benchdocument.h"
#include "benchstartup.h"
#include "capcontrol.h"
#include "discoverydialog.h"
#include "gauge.h"
#include "gaugepanel.h"
#include "instrumenttablemodel.h"
#include "instrumentview.h"
#include "interruptedrunsbanner.h"
#include "languagemenu.h"
#include "logmodel.h"
#include "mainwindow.h"
#include "operationspanel.h"
#include "plotpanel.h"
#include "readingsexport.h"
#include "runactions.h"
#include "runcontroller.h"
#include "safestateactions.h"
#include "scpiconsole.h"

#include "instruments/bench.h"
#include "instruments/profileregistry.h"
#include "plans/runengine.h"
#include "results/journal.h"
#include "results/journalreader.h"
#include "scheduler/dispatcher.h"
#include "sim/simbench.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSlider>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace ld;

namespace {
constexpr int kSafetyMs = 60000; // a safety net only: a loaded 2-core CI machine is slow

const QByteArray kBenchJson = R"({
  "name": "ui-test",
  "instruments": [
    { "name": "Oven", "profile": "labdispatch-sim-thermometer", "transport": "pty", "seed": 11,
      "latencyMs": 2, "jitterMs": 1 },
    { "name": "Room", "profile": "labdispatch-sim-thermometer", "transport": "tcp", "seed": 12,
      "latencyMs": 2, "jitterMs": 1 },
    { "name": "DMM", "profile": "labdispatch-sim-dmm", "transport": "tcp", "seed": 13,
      "latencyMs": 2, "jitterMs": 1 }
  ]
})";
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::SimWindow> m_w;
    std::unique_ptr<QSettings> m_settings; ///< handed to the window when set before start()

    InstrumentState state(const QString &name) const { return m_w->state(name); }
    const InstrumentStatus &row(const QString &name) const
    {
        auto *model = m_w->model();
        return model->statusAt(model->rowOf(name));
    }
    void makeWindow()
    {
        m_w->settings = m_settings.get();
        m_w->open();
    }
    bool logHas(const QString &text) const { return m_w->logHas(text); }
    bool start(const QByteArray &json, int timeoutMs = 1000)
    {
        if (!m_w->serve(json, timeoutMs))
            return false;
        makeWindow();
        m_w->bench->connectAll();
        return m_w->waitIdle();
    }
    void runOn(const QStringList &names, const QString &operation, int repeat, int intervalMs = 0)
    {
        QVERIFY(m_w->run(names, operation, repeat, intervalMs));
    }

private Q_SLOTS:
    void init()
    {
        m_w = std::make_unique<test::SimWindow>();
        QVERIFY(m_w->runs.isValid());
        QVERIFY(m_w->profiles.profiles().size() >= 5);
    }

    void cleanup()
    {
        m_w.reset();
        m_settings.reset();
    }

    void simulatedBenchIsLabelledAndNoInterruptedRunIsOffered()
    {
        QVERIFY(start(kBenchJson));
        QVERIFY(m_w->find<QLabel>(QStringLiteral("SimulationBanner"))->isVisible());
        QVERIFY(m_w->window->windowTitle().contains(QStringLiteral("simulated")));
        QVERIFY(m_w->action("DiscoverAction")->isEnabled());
        QVERIFY(!m_w->interruptedBanner()->isVisible());
        QCOMPARE(m_w->model()->rowCount(), 3);
    }

    void discoveryNamesAreUniqueOnTheBench_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QStringList>("taken");
        QTest::addColumn<QString>("expected");
        QTest::newRow("free model name is used as is")
            << QStringLiteral("DMM-6500S") << QStringList{QStringLiteral("Oven")}
            << QStringLiteral("DMM-6500S");
        QTest::newRow("taken name gets 2")
            << QStringLiteral("DMM-6500S") << QStringList{QStringLiteral("DMM-6500S")}
            << QStringLiteral("DMM-6500S 2");
        QTest::newRow("taken ignoring case, gaps are not reused past the first free")
            << QStringLiteral("DMM-6500S")
            << QStringList{QStringLiteral("dmm-6500s"), QStringLiteral("DMM-6500S 2"),
                           QStringLiteral("DMM-6500S 4")}
            << QStringLiteral("DMM-6500S 3");
        QTest::newRow("no model gives a generic name")
            << QStringLiteral("  ") << QStringList{} << QStringLiteral("Instrument");
    }
    void discoveryNamesAreUniqueOnTheBench()
    {
        QFETCH(QString, model);
        QFETCH(QStringList, taken);
        QFETCH(QString, expected);
        QCOMPARE(DiscoveryDialog::uniqueName(model, taken), expected);
    }

    void discoverFindsNewInstrumentsLiveAndAddsThemInOneClick()
    {
        QTemporaryDir dir;
        m_settings = std::make_unique<QSettings>(dir.filePath(QStringLiteral("s.ini")),
                                                 QSettings::IniFormat);
        QVERIFY(start(kBenchJson));
        // A second simulated bench whose instruments are not on the bench: two of one model.
        QString error;
        const auto specs = SimBench::parse(R"({"instruments": [
            { "name": "new-dmm", "profile": "labdispatch-sim-dmm", "transport": "pty", "seed": 21 },
            { "name": "new-dmm2", "profile": "labdispatch-sim-dmm", "transport": "tcp", "seed": 22 }
        ]})",
                                           &error);
        QVERIFY2(specs, qPrintable(error));
        SimBench other;
        QVERIFY2(other.start(m_w->profiles, *specs, &error), qPrintable(error));
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const QString dead = QStringLiteral("127.0.0.1:%1").arg(closed.serverPort());
        closed.close();
        const QString tcpResource = other.resource(QStringLiteral("new-dmm2"));
        // The LAN line as a user types it: host:port.
        const QStringList tcpParts = tcpResource.split(QStringLiteral("::"));
        QVERIFY(tcpParts.size() >= 3);
        const QString tcpAddress = tcpParts.at(1) + QLatin1Char(':') + tcpParts.at(2);

        m_w->action("DiscoverAction")->trigger();
        DiscoveryDialog *dialog = m_w->find<DiscoveryDialog>(QStringLiteral("DiscoveryDialog"));
        QVERIFY(dialog && dialog->isVisible());
        dialog->setSystemSerialPorts(false);
        dialog->setSerialPorts({other.resource(QStringLiteral("new-dmm"))});
        dialog->setLanAddresses({tcpAddress, dead});
        dialog->setTimeoutMs(1000);
        QSignalSpy finished(dialog, &DiscoveryDialog::finished);
        QTest::mouseClick(dialog->startButton(), Qt::LeftButton);
        QVERIFY(dialog->isRunning());
        QVERIFY(dialog->cancelButton()->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kSafetyMs);
        QCOMPARE(finished.first().at(0).toInt(), 3);
        QCOMPARE(finished.first().at(1).toInt(), 2);
        QCOMPARE(dialog->resultsTable()->rowCount(), 3);
        int errors = 0;
        for (int row = 0; row < 3; ++row) {
            const QString result =
                dialog->resultsTable()->item(row, DiscoveryDialog::ResultColumn)->text();
            const QString identity =
                dialog->resultsTable()->item(row, DiscoveryDialog::IdentityColumn)->text();
            if (result == QStringLiteral("Found")) {
                QVERIFY2(identity.contains(QStringLiteral("DMM-6500S")), qPrintable(identity));
                QVERIFY(!dialog->resultsTable()
                             ->item(row, DiscoveryDialog::ProfileColumn)
                             ->text()
                             .isEmpty());
            } else {
                QVERIFY(!result.isEmpty());
                ++errors;
            }
        }
        QCOMPARE(errors, 1);

        QVERIFY(dialog->addButton()->isEnabled());
        QSignalSpy added(dialog, &DiscoveryDialog::instrumentsAdded);
        QTest::mouseClick(dialog->addButton(), Qt::LeftButton);
        QCOMPARE(added.count(), 1);
        QStringList names = added.first().at(0).toStringList();
        names.sort();
        QCOMPARE(names, (QStringList{QStringLiteral("DMM-6500S"), QStringLiteral("DMM-6500S 2")}));
        QVERIFY(!dialog->addButton()->isEnabled()); // nothing is added twice
        QCOMPARE(m_w->model()->rowCount(), 5);
        for (const QString &name : std::as_const(names)) {
            QTRY_COMPARE_WITH_TIMEOUT(state(name), InstrumentState::Idle, kSafetyMs);
            QCOMPARE(m_w->bench->status(name).profileId, QStringLiteral("labdispatch-sim-dmm"));
        }

        // Probing again skips what is now on the bench; the addresses were remembered.
        QTest::mouseClick(dialog->startButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, kSafetyMs);
        QCOMPARE(finished.last().at(0).toInt(), 1);
        DiscoveryDialog again(m_w->bench.get(), &m_w->profiles, m_settings.get());
        QCOMPARE(again.request().lanAddresses, (QStringList{tcpAddress, dead}));
        QVERIFY(!again.request().systemSerialPorts);
    }

    void theLanServicesOptionAsksForLanServicesAndManualEntryStays()
    {
        QVERIFY(start(kBenchJson));
        DiscoveryDialog dialog(m_w->bench.get(), &m_w->profiles, nullptr);
        QVERIFY(!dialog.request().lanServices); // off unless asked: it sends a broadcast
        dialog.setLanServices(true);
        dialog.setLanAddresses({QStringLiteral("192.0.2.7:5025")});
        const DiscoveryRequest r = dialog.request();
        QVERIFY(r.lanServices);
        QCOMPARE(r.lanAddresses, QStringList{QStringLiteral("192.0.2.7:5025")});
    }

    void discoverTakesAPortRangeAndSaysWhatIsAlreadyOnTheBench()
    {
        QVERIFY(start(kBenchJson));
        // Room's loopback port and the next one: a range over an instrument on the bench.
        const QStringList parts =
            m_w->bench->status(QStringLiteral("Room")).config.resource.split(QStringLiteral("::"));
        QVERIFY(parts.size() >= 3);
        const int port = parts.at(2).toInt();
        QVERIFY(port > 0 && port < 65535);
        m_w->action("DiscoverAction")->trigger();
        DiscoveryDialog *dialog = m_w->find<DiscoveryDialog>(QStringLiteral("DiscoveryDialog"));
        dialog->setSystemSerialPorts(false);
        dialog->setSerialPorts({});
        dialog->setLanAddresses({QStringLiteral("127.0.0.1:%1-%2").arg(port).arg(port + 1)});
        dialog->setTimeoutMs(500);
        QSignalSpy finished(dialog, &DiscoveryDialog::finished);
        QVERIFY(dialog->start());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kSafetyMs);
        QCOMPARE(finished.first().at(0).toInt(), 1); // only the other port was probed
        QCOMPARE(dialog->resultsTable()->rowCount(), 2);
        const QString said = dialog->resultsTable()->item(0, DiscoveryDialog::ResultColumn)->text();
        QCOMPARE(said, QStringLiteral("already on the bench as Room"));
        QVERIFY(!dialog->addButton()->isEnabled() ||
                dialog->resultsTable()->item(1, DiscoveryDialog::ResultColumn)->text() ==
                    QStringLiteral("Found"));

        // A range too large is refused before anything is probed.
        dialog->setLanAddresses({QStringLiteral("127.0.0.0/16")});
        QVERIFY(!dialog->start());
        QVERIFY2(dialog->statusLabel()->text().contains(QStringLiteral("1024")),
                 qPrintable(dialog->statusLabel()->text()));
    }

    void discoverRefusesAnUnreadableAddressWithAClearMessage()
    {
        QVERIFY(start(kBenchJson));
        m_w->action("DiscoverAction")->trigger();
        DiscoveryDialog *dialog = m_w->find<DiscoveryDialog>(QStringLiteral("DiscoveryDialog"));
        dialog->setSystemSerialPorts(false);
        dialog->setLanAddresses({QStringLiteral("nohost-without-port")});
        QVERIFY(!dialog->start());
        QVERIFY(!dialog->isRunning());
        QVERIFY2(dialog->statusLabel()->text().contains(QStringLiteral("nohost-without-port")),
                 qPrintable(dialog->statusLabel()->text()));
        QCOMPARE(dialog->resultsTable()->rowCount(), 0);
    }

    void interruptedRunIsOfferedAtStartAndExports()
    {
        // A journal opened and destroyed without close(): what a crash or a kill leaves.
        const QString runId = QStringLiteral("20250101T000000.000Z-dead");
        {
            Journal crashed(m_w->runsFolder);
            RunInfo info;
            info.runId = runId;
            info.startedWallNs = wallNowNs() - 3'600'000'000'000;
            info.bench = QStringLiteral("crashed bench");
            QVERIFY2(crashed.open(info), qPrintable(crashed.errorString()));
            for (int i = 0; i < 5; ++i) {
                Reading::Fields f;
                f.runId = runId;
                f.jobId = JobId(i + 1);
                f.instrument = QStringLiteral("Lost oven");
                f.operation = QStringLiteral("measure_temperature");
                f.value = 20.5 + i;
                f.unit = QStringLiteral("°C");
                f.completedWallNs = info.startedWallNs + i * 1'000'000'000LL;
                QVERIFY(crashed.append(Reading(f)));
            }
        }
        QVERIFY(start(kBenchJson));
        InterruptedRunsBanner *banner = m_w->interruptedBanner();
        QVERIFY(banner->isVisible());
        // Only the crashed run: this session's own open journal is not offered.
        QCOMPARE(banner->runs().size(), 1);
        QCOMPARE(banner->runs().first().runId, runId);
        QVERIFY(banner->textLabel()->text().contains(QStringLiteral("1 run")));
        QVERIFY(banner->runCombo()->currentText().contains(QStringLiteral("crashed bench")));

        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("crashed.csv"));
        QSignalSpy done(m_w->readingsExport(), &ReadingsExport::finished);
        QVERIFY(m_w->readingsExport()->start(csv, banner->runs().first().journalPath));
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, kSafetyMs);
        QVERIFY2(done.at(0).at(0).toBool(), qPrintable(done.at(0).at(1).toString()));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QCOMPARE(text.count("Lost oven"), 5);
        QVERIFY(text.contains("24.5"));

        QTest::mouseClick(banner->closeRunsButton(), Qt::LeftButton);
        QVERIFY(!banner->isVisible());
        // This session's own journal is live, so nothing is left to offer.
        QVERIFY(Journal::findInterrupted(m_w->runsFolder).isEmpty());
        m_w->interruptedBanner()->findRuns(m_w->runsFolder);
        QVERIFY(!banner->isVisible());
    }

    void laterHidesTheInterruptedOfferAndKeepsTheRun()
    {
        {
            Journal crashed(m_w->runsFolder);
            RunInfo info;
            info.runId = QStringLiteral("20250101T000000.000Z-late");
            info.startedWallNs = wallNowNs();
            QVERIFY(crashed.open(info));
        }
        QVERIFY(start(kBenchJson));
        QVERIFY(m_w->interruptedBanner()->isVisible());
        QTest::mouseClick(m_w->interruptedBanner()->laterButton(), Qt::LeftButton);
        QVERIFY(!m_w->interruptedBanner()->isVisible());
        // It is kept; this session's live journal is not interrupted.
        QCOMPARE(Journal::findInterrupted(m_w->runsFolder).size(), 1);
    }

    void movingTheCapSliderChangesTheDispatcherCapAndTheGauge()
    {
        QVERIFY(start(kBenchJson));
        m_w->cap()->slider()->setValue(5);
        QCOMPARE(m_w->dispatcher->cap(), 5);
        QTRY_COMPARE_WITH_TIMEOUT(m_w->gauges()->runningGauge()->marker(), 5.0, kSafetyMs);
        m_w->cap()->slider()->setValue(40);
        QCOMPARE(m_w->dispatcher->cap(), 40);
        QTRY_COMPARE_WITH_TIMEOUT(m_w->gauges()->runningGauge()->marker(), 40.0, kSafetyMs);
    }

    void selectingByNameMakesOneRangePerRunOfAdjacentRows_data()
    {
        QTest::addColumn<QList<int>>("rows"); // instruments "i00".."i39", by number
        QTest::addColumn<bool>("byNameDescending");
        QTest::addColumn<int>("ranges");
        QList<int> all;
        for (int i = 0; i < 40; ++i)
            all.append(i);
        QList<int> shuffledTwice = all.mid(0, 10);
        std::reverse(shuffledTwice.begin(), shuffledTwice.end());
        shuffledTwice += all.mid(0, 10);
        QTest::newRow("every row: one range") << all << false << 1;
        QTest::newRow("two runs with a gap: two ranges")
            << all.mid(0, 10) + all.mid(20, 10) << false << 2;
        QTest::newRow("names out of order and twice: one range") << shuffledTwice << false << 1;
        QTest::newRow("single rows apart: one range each") << QList<int>{1, 3, 5} << false << 3;
        QTest::newRow("sorted by name, descending: runs of the shown order")
            << all.mid(30, 10) << true << 1;
    }

    void selectingByNameMakesOneRangePerRunOfAdjacentRows()
    {
        // A thousand one-row ranges made selecting a thousand instruments, the selected rows and
        // the header's paint a million range checks (bench_ui at 1,024 instruments).
        QFETCH(QList<int>, rows);
        QFETCH(bool, byNameDescending);
        QFETCH(int, ranges);
        Dispatcher dispatcher(4);
        Bench bench(&dispatcher, &m_w->profiles);
        for (int i = 0; i < 40; ++i) {
            InstrumentConfig config;
            config.name = QStringLiteral("i%1").arg(i, 2, 10, QLatin1Char('0'));
            config.resource = QStringLiteral("TCPIP0::127.0.0.1::%1::SOCKET").arg(5000 + i);
            config.enabled = false;
            QVERIFY(bench.addInstrument(config));
        }
        InstrumentTableModel model(&bench);
        InstrumentView view(&model);
        if (byNameDescending)
            view.sortByColumn(InstrumentTableModel::NameColumn, Qt::DescendingOrder);
        QStringList names;
        for (int i : std::as_const(rows))
            names.append(QStringLiteral("i%1").arg(i, 2, 10, QLatin1Char('0')));
        view.selectNames(names);
        QCOMPARE(view.selectionModel()->selection().size(), ranges);
        names.removeDuplicates();
        std::sort(names.begin(), names.end());
        QCOMPARE(view.selectedNames(), names);
    }

    void readingsRepaintTheTableColumnByColumnNeverTheNames()
    {
        QVERIFY(start(kBenchJson));
        auto *model = m_w->model();
        QSignalSpy changes(model, &QAbstractItemModel::dataChanged);
        runOn({QStringLiteral("Oven"), QStringLiteral("Room")},
              QStringLiteral("measure_temperature"), 30);
        QTRY_VERIFY_WITH_TIMEOUT(!m_w->engine->hasActiveRuns() && m_w->engine->pendingJobs() == 0,
                                 kSafetyMs);
        QTRY_COMPARE_WITH_TIMEOUT(row(QStringLiteral("Room")).jobsDone, qint64(30), kSafetyMs);
        QTRY_VERIFY_WITH_TIMEOUT(
            model->index(model->rowOf(QStringLiteral("Room")), InstrumentTableModel::DoneColumn)
                    .data()
                    .toString() == QLocale().toString(30),
            kSafetyMs);
        QSet<int> columns;
        for (const QList<QVariant> &change : std::as_const(changes)) {
            const auto first = change.at(0).value<QModelIndex>();
            const auto last = change.at(1).value<QModelIndex>();
            QCOMPARE(first.column(), last.column()); // a strip, never a block of the viewport
            QVERIFY(first.row() <= last.row());
            columns.insert(first.column());
        }
        // A refresh carries the readings and counts; names and resources did not change.
        QVERIFY(columns.contains(InstrumentTableModel::LastReadingColumn));
        QVERIFY(columns.contains(InstrumentTableModel::DoneColumn));
        QVERIFY(!columns.contains(InstrumentTableModel::NameColumn));
        QVERIFY(!columns.contains(InstrumentTableModel::ResourceColumn));
    }

    void runningAnOperationFillsTheTableTheGaugesAndThePlot()
    {
        QVERIFY(start(kBenchJson));
        const QStringList sensors{QStringLiteral("Oven"), QStringLiteral("Room")};
        const qint64 dmmDone = row(QStringLiteral("DMM")).jobsDone;
        runOn(sensors, QStringLiteral("measure_temperature"), 0, 20);
        QTRY_VERIFY_WITH_TIMEOUT(m_w->gauges()->rateGauge()->value() > 0, kSafetyMs);
        QTRY_VERIFY_WITH_TIMEOUT(row(QStringLiteral("Oven")).jobsDone >= 5 &&
                                     row(QStringLiteral("Room")).jobsDone >= 5,
                                 kSafetyMs);
        QTRY_VERIFY_WITH_TIMEOUT(m_w->plot()->drawnPoints(QStringLiteral("Oven")) >= 3, kSafetyMs);
        // While it runs (Stop may leave a cancelled job as the last one).
        auto *model = m_w->model();
        const int oven = model->rowOf(QStringLiteral("Oven"));
        QTRY_VERIFY_WITH_TIMEOUT(model->index(oven, InstrumentTableModel::LastReadingColumn)
                                     .data()
                                     .toString()
                                     .contains(QStringLiteral("°C")),
                                 kSafetyMs);
        m_w->runActions()->stopAll();
        QTRY_VERIFY_WITH_TIMEOUT(!m_w->engine->hasActiveRuns() && m_w->engine->pendingJobs() == 0,
                                 kSafetyMs);

        QVERIFY(model->index(oven, InstrumentTableModel::IdentityColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("LabDispatch")));
        QVERIFY(model->index(oven, InstrumentTableModel::DoneColumn).data().toString().toInt() >=
                5);
        QCOMPARE(m_w->plot()->graphCount(), 2);
        QCOMPARE(m_w->plot()->quantity(), QStringLiteral("temperature"));
        QVERIFY(m_w->plot()->replotCount() > 0);
        QVERIFY(m_w->gauges()->updateCount() > 0);
        // The DMM was not selected: nothing ran on it.
        QCOMPARE(row(QStringLiteral("DMM")).jobsDone, dmmDone);
        QVERIFY(m_w->plot()->series(QStringLiteral("DMM"), QStringLiteral("voltage")) == nullptr);
        // Every reading the run journaled reached the window: none lost on the way.
        JournalReader reader(m_w->runController()->lastJournalPath());
        QVERIFY2(reader.open(), qPrintable(reader.errorString()));
        Reading r;
        while (reader.next(r)) {
        }
        QTRY_COMPARE_WITH_TIMEOUT(m_w->window->readingsTaken(), reader.readingsRead(), kSafetyMs);
    }

    void aFaultTurnsThatLightToErrorAndTheOthersGoOn()
    {
        QVERIFY(start(kBenchJson, 300));
        SimFaults faults;
        faults.flags = SimFaults::NoReply;
        QVERIFY(m_w->sim->setFaults(QStringLiteral("Oven"), faults));
        runOn({QStringLiteral("Oven"), QStringLiteral("Room")},
              QStringLiteral("measure_temperature"), 3);
        QTRY_COMPARE_WITH_TIMEOUT(state(QStringLiteral("Oven")), InstrumentState::Error, kSafetyMs);
        QTRY_VERIFY_WITH_TIMEOUT(row(QStringLiteral("Room")).jobsDone >= 3, kSafetyMs);
        QTRY_VERIFY_WITH_TIMEOUT(!m_w->engine->hasActiveRuns(), kSafetyMs);
        QCOMPARE(state(QStringLiteral("Oven")), InstrumentState::Error);
        // The table holds Busy for one idle tick after the run (no Busy/Idle flicker).
        QTRY_COMPARE_WITH_TIMEOUT(state(QStringLiteral("Room")), InstrumentState::Idle, kSafetyMs);
        QCOMPARE(row(QStringLiteral("Room")).jobsFailed, 0);
        QVERIFY(row(QStringLiteral("Oven")).jobsFailed >= 1);
        auto *model = m_w->model();
        const QModelIndex light =
            model->index(model->rowOf(QStringLiteral("Oven")), InstrumentTableModel::LightColumn);
        QVERIFY(light.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("Error")));
        // The log names the instrument.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (int i = 0; i < m_w->log()->rowCount(); ++i)
                    if (m_w->log()->event(i).instrument == QStringLiteral("Oven"))
                        return true;
                return false;
            }(),
            kSafetyMs);
    }

    void aGarbageReplyShowsItsBytesAsHexInTheTable()
    {
        QVERIFY(start(kBenchJson));
        SimFaults faults;
        faults.flags = SimFaults::Garbage; // its first byte is always 0xfe, never valid UTF-8
        QVERIFY(m_w->sim->setFaults(QStringLiteral("DMM"), faults));
        runOn({QStringLiteral("DMM")}, QStringLiteral("measure_voltage_dc"), 1);
        auto *model = m_w->model();
        const QModelIndex cell = model->index(model->rowOf(QStringLiteral("DMM")),
                                              InstrumentTableModel::LastReadingColumn);
        QTRY_VERIFY_WITH_TIMEOUT(!cell.data().toString().isEmpty(), kSafetyMs);
        const QString text = cell.data().toString();
        QVERIFY2(text.contains(QStringLiteral("\\xfe")), qPrintable(text));
        for (const QChar c : text)
            QVERIFY2(c != QChar::ReplacementCharacter && c.unicode() >= 0x20 &&
                         (c.unicode() < 0x7f || c.unicode() > 0xff),
                     qPrintable(text));
    }

    void aPeriodicRunShowsSteadilyBusyUntilItEnds()
    {
        QVERIFY(start(kBenchJson));
        // Jobs far shorter than the interval: sampled on the table's tick the instrument is
        // mostly idle between them, and the table showed it flicker.
        runOn({QStringLiteral("Room")}, QStringLiteral("measure_temperature"), 0, 40);
        QTRY_VERIFY_WITH_TIMEOUT(row(QStringLiteral("Room")).jobsDone >= 1, kSafetyMs);
        // What the table shows changes only on its refresh; look at it on every display tick.
        const qint64 until = row(QStringLiteral("Room")).jobsDone + 15;
        while (row(QStringLiteral("Room")).jobsDone < until) {
            QCOMPARE(instrumentStateName(state(QStringLiteral("Room"))),
                     instrumentStateName(InstrumentState::Busy));
            QTest::qWait(MainWindow::kDisplayIntervalMs);
        }
        m_w->runActions()->stopAll();
        QTRY_VERIFY_WITH_TIMEOUT(!m_w->engine->hasActiveRuns() && m_w->engine->pendingJobs() == 0,
                                 kSafetyMs);
        QTRY_COMPARE_WITH_TIMEOUT(state(QStringLiteral("Room")), InstrumentState::Idle, kSafetyMs);
    }

    void theConsoleQueriesAnyInstrumentAndShowsTheWholeReply()
    {
        QVERIFY(start(kBenchJson));
        ScpiConsole *console = m_w->console();
        // Nothing selected: nothing to send to.
        m_w->window->selectInstruments({});
        QVERIFY(!console->commandLine()->isEnabled());
        // A simulated DMM, whose profile lists no free-form operation of its own.
        m_w->window->selectInstruments({QStringLiteral("DMM")});
        QCOMPARE(console->instrument(), QStringLiteral("DMM"));
        QVERIFY(console->commandLine()->isEnabled());
        console->commandLine()->setText(QStringLiteral("*IDN?"));
        QVERIFY(console->queryButton()->isEnabled());
        QTest::mouseClick(console->queryButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(console->waiting(), 0, kSafetyMs);
        const QString identity = m_w->bench->status(QStringLiteral("DMM")).identity.serial;
        QVERIFY(!identity.isEmpty());
        const QString transcript = console->transcript()->toPlainText();
        // The whole reply, vendor to firmware, after the command.
        QVERIFY2(transcript.contains(QStringLiteral("DMM > *IDN?")), qPrintable(transcript));
        QVERIFY2(transcript.contains(QStringLiteral("DMM < LabDispatch")) &&
                     transcript.contains(identity),
                 qPrintable(transcript));
        QTRY_VERIFY_WITH_TIMEOUT(logHas(QStringLiteral("*IDN?")) && logHas(identity), kSafetyMs);

        console->commandLine()->setText(QStringLiteral("*CLS"));
        QTest::mouseClick(console->writeButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(console->waiting(), 0, kSafetyMs);
        QVERIFY(console->transcript()->toPlainText().contains(QStringLiteral("DMM \u00bb *CLS")));

        // The history, newest first on Up, back to the empty line on Down.
        QCOMPARE(console->history(),
                 (QStringList{QStringLiteral("*IDN?"), QStringLiteral("*CLS")}));
        console->commandLine()->setFocus();
        QTest::keyClick(console->commandLine(), Qt::Key_Up);
        QCOMPARE(console->commandLine()->text(), QStringLiteral("*CLS"));
        QTest::keyClick(console->commandLine(), Qt::Key_Up);
        QCOMPARE(console->commandLine()->text(), QStringLiteral("*IDN?"));
        QTest::keyClick(console->commandLine(), Qt::Key_Up);
        QCOMPARE(console->commandLine()->text(), QStringLiteral("*IDN?"));
        QTest::keyClick(console->commandLine(), Qt::Key_Down);
        QCOMPARE(console->commandLine()->text(), QStringLiteral("*CLS"));
        QTest::keyClick(console->commandLine(), Qt::Key_Down);
        QCOMPARE(console->commandLine()->text(), QString());

        // Two instruments: the console waits for one.
        m_w->window->selectInstruments({QStringLiteral("DMM"), QStringLiteral("Room")});
        QVERIFY(!console->commandLine()->isEnabled());
    }

    void capChangesAreJournaledInTheOrderTheyWereMade()
    {
        QVERIFY(start(kBenchJson));
        runOn({QStringLiteral("Room")}, QStringLiteral("measure_temperature"), 0, 50);
        m_w->cap()->setCap(3);
        m_w->cap()->setCap(5);
        m_w->cap()->setCap(5); // no change, nothing journaled
        m_w->runActions()->stopAll();
        QTRY_VERIFY_WITH_TIMEOUT(!m_w->engine->hasActiveRuns(), kSafetyMs);
        JournalReader reader(m_w->runController()->lastJournalPath());
        QVERIFY2(reader.open(), qPrintable(reader.errorString()));
        Reading r;
        while (reader.next(r)) {
        }
        QList<int> caps;
        for (const CapChange &c : reader.capChanges())
            caps.append(c.cap);
        QCOMPARE(caps, (QList<int>{3, 5}));
    }

    void runSettingsAreWrittenAtOnceAndComeBack()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("s.ini"));
        m_settings = std::make_unique<QSettings>(file, QSettings::IniFormat);
        QVERIFY(start(kBenchJson));
        m_w->window->selectInstruments({QStringLiteral("Room")});
        OperationsPanel *panel = m_w->operations();
        QVERIFY(panel->selectOperation(QStringLiteral("measure_humidity")));
        panel->setInterval(250, 30'000);
        m_w->cap()->setCap(3);
        {
            // Read while the window is still open, as after a crash: nothing waits for a quit.
            const QSettings written(file, QSettings::IniFormat);
            QCOMPARE(written.value(QStringLiteral("run/operation")).toString(),
                     QStringLiteral("measure_humidity"));
            QCOMPARE(written.value(QStringLiteral("run/measure/interval")).toBool(), true);
            QCOMPARE(written.value(QStringLiteral("run/measure/intervalMs")).toInt(), 250);
            QCOMPARE(written.value(QStringLiteral("run/measure/durationS")).toInt(), 30);
            QCOMPARE(written.value(QStringLiteral("dispatcher/cap")).toInt(), 3);
        }
        // A new window (no close event, as after a crash) starts where the old one was.
        m_w->window.reset();
        m_w->dispatcher->setCap(8);
        m_settings = std::make_unique<QSettings>(file, QSettings::IniFormat);
        makeWindow();
        QCOMPARE(m_w->cap()->cap(), 3);
        QCOMPARE(m_w->dispatcher->cap(), 3);
        m_w->window->selectInstruments({QStringLiteral("Room")});
        panel = m_w->operations();
        QCOMPARE(panel->currentOperationId(), QStringLiteral("measure_humidity"));
        const std::optional<RunRequest> request = panel->request();
        QVERIFY(request);
        QCOMPARE(request->intervalMs, 250);
        QCOMPARE(request->durationMs, 30'000);
        // A setting still runs once: the interval belongs to measurements.
        m_w->window->selectInstruments({QStringLiteral("DMM")});
        QVERIFY(panel->selectOperation(QStringLiteral("set_nplc")));
        QCOMPARE(panel->request()->intervalMs, 0);
        QCOMPARE(panel->request()->repeat, 1);
    }

    void theLastBenchFileOpensAtStartAndTheSimulatedOneIsOneClickAway()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("s.ini"));
        m_settings = std::make_unique<QSettings>(file, QSettings::IniFormat);
        QVERIFY(start(kBenchJson));
        const QString benchFile = dir.filePath(QStringLiteral("lab.json"));
        QString error;
        QVERIFY2(m_w->document()->saveBench(benchFile, &error), qPrintable(error));

        // The next start opens it (the simulator is not even started).
        {
            Bench bench(m_w->dispatcher.get(), &m_w->profiles);
            SimBench sim;
            const BenchStartup::Result r =
                BenchStartup::open({}, m_settings.get(), &sim, m_w->profiles, &bench);
            QVERIFY2(r.ok, qPrintable(r.error));
            QVERIFY(!r.simulated);
            QCOMPARE(r.path, benchFile);
            QVERIFY(r.notice.isEmpty());
            QCOMPARE(bench.names(), m_w->bench->names());
            QVERIFY(!sim.isRunning());
        }
        // A last bench that no longer loads: the demo bench, and the log says why.
        const QString gone = dir.filePath(QStringLiteral("gone.json"));
        m_settings->setValue(QLatin1String(BenchStartup::kLastBenchKey), gone);
        {
            Bench bench(m_w->dispatcher.get(), &m_w->profiles);
            SimBench sim;
            const BenchStartup::Result r =
                BenchStartup::open({}, m_settings.get(), &sim, m_w->profiles, &bench);
            QVERIFY2(r.ok, qPrintable(r.error));
            QVERIFY(r.simulated);
            QVERIFY2(r.notice.contains(gone), qPrintable(r.notice));
            QVERIFY(bench.names().size() >= 3);
            QVERIFY(sim.isRunning());
            // Still remembered: the file may come back.
            QCOMPARE(m_settings->value(QLatin1String(BenchStartup::kLastBenchKey)).toString(),
                     gone);
        }

        // From a bench file back to the simulated bench in one menu entry.
        QVERIFY2(m_w->document()->openBench(benchFile, &error), qPrintable(error));
        QVERIFY(m_w->window->windowTitle().contains(QStringLiteral("lab.json")));
        QVERIFY(m_w->action("OpenSimulatedAction")->isVisible());
        m_w->action("OpenSimulatedAction")->trigger();
        QTRY_VERIFY(m_w->window->windowTitle().contains(QStringLiteral("simulated")));
        QVERIFY(!m_w->window->windowTitle().contains(QStringLiteral("lab.json")));
        QVERIFY(m_w->find<QLabel>(QStringLiteral("SimulationBanner"))->isVisible());
        QVERIFY(m_w->bench->names().size() >= 3);
        QCOMPARE(m_w->model()->rowCount(), int(m_w->bench->names().size()));
        // ... and the next start is simulated too.
        QVERIFY(!m_settings->contains(QLatin1String(BenchStartup::kLastBenchKey)));
    }

    void stopSelectedCancelsTheirJobsAndLeavesTheOthersRunning()
    {
        QVERIFY(start(kBenchJson));
        runOn({QStringLiteral("Oven"), QStringLiteral("Room"), QStringLiteral("DMM")},
              QStringLiteral("identify"), 0, 10);
        QTRY_VERIFY_WITH_TIMEOUT(row(QStringLiteral("Oven")).jobsDone >= 3, kSafetyMs);
        m_w->window->selectInstruments({QStringLiteral("Oven"), QStringLiteral("Room")});
        QTest::mouseClick(m_w->operations()->stopSelectedButton(), Qt::LeftButton);
        QVERIFY(m_w->engine->hasActiveRuns()); // the DMM's run goes on
        const qint64 dmmBefore = row(QStringLiteral("DMM")).jobsDone;
        QTRY_VERIFY_WITH_TIMEOUT(row(QStringLiteral("DMM")).jobsDone > dmmBefore + 2, kSafetyMs);
        QTest::mouseClick(m_w->operations()->stopAllButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!m_w->engine->hasActiveRuns() && m_w->engine->pendingJobs() == 0,
                                 kSafetyMs);
        QTRY_VERIFY_WITH_TIMEOUT(!m_w->dispatcher->isBusy(), kSafetyMs);
    }

    void theTableIsOneTabStop()
    {
        QVERIFY(start(kBenchJson));
        m_w->window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_w->window.get()));
        QTableView *view = m_w->view();
        view->setFocus();
        view->setCurrentIndex(view->model()->index(0, 0));
        QTRY_VERIFY(view->hasFocus());
        QTest::keyClick(view, Qt::Key_Tab);
        QVERIFY2(!view->hasFocus(), "Tab moved from cell to cell instead of leaving the table");
        QVERIFY(view->currentIndex().column() == 0);
    }

    void spaceGoesToTheFocusedWidgetNotToThePlotsPause()
    {
        QVERIFY(start(kBenchJson));
        m_w->window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_w->window.get()));
        QAction *pause = m_w->plot()->pauseAction();
        QVERIFY(!pause->isChecked());
        auto *combo = m_w->plot()->findChild<QComboBox *>(QStringLiteral("quantityCombo"));
        QVERIFY(combo);
        combo->setFocus();
        QTRY_VERIFY(combo->hasFocus());
        QTest::keyClick(combo, Qt::Key_Space);
        combo->hidePopup();
        QVERIFY2(!pause->isChecked(), "Space paused the plot while a combo box had focus");
        // The action itself still works from the menu and toolbar.
        pause->trigger();
        QVERIFY(pause->isChecked());
        pause->trigger();

        // Nor does any window-wide shortcut on Space take the key from a focused combo box.
        QAction windowSpace(m_w->window.get());
        windowSpace.setShortcut(QKeySequence(Qt::Key_Space));
        windowSpace.setShortcutContext(Qt::WindowShortcut);
        m_w->window->addAction(&windowSpace);
        QSignalSpy fired(&windowSpace, &QAction::triggered);
        QComboBox *operation = m_w->operations()->findChild<QComboBox *>();
        QVERIFY(operation);
        operation->setFocus();
        QTRY_VERIFY(operation->hasFocus());
        QTest::keyClick(operation, Qt::Key_Space);
        operation->hidePopup();
        QCOMPARE(fired.count(), 0);
        // Where the focused widget has no use for Space, the shortcut works.
        QWidget plain(m_w->window->centralWidget());
        plain.setFocusPolicy(Qt::StrongFocus);
        plain.show();
        plain.setFocus();
        QTRY_VERIFY(plain.hasFocus());
        QTest::keyClick(&plain, Qt::Key_Space);
        QCOMPARE(fired.count(), 1);
        m_w->window->removeAction(&windowSpace);
    }

    void quittingDuringARunAsksAndCancelKeepsTheWindow()
    {
        QVERIFY(start(kBenchJson));
        QVERIFY(m_w->safeState()->quitRisk().isEmpty());
        runOn({QStringLiteral("Room")}, QStringLiteral("measure_temperature"), 0, 50);
        QVERIFY(m_w->engine->hasActiveRuns());
        QVERIFY(!m_w->window->close());
        QMessageBox *question = m_w->safeState()->quitQuestion();
        QVERIFY(question);
        QTRY_VERIFY(question->isVisible());
        QVERIFY2(question->text().contains(QStringLiteral("run")), qPrintable(question->text()));
        QTest::mouseClick(question->button(QMessageBox::Cancel), Qt::LeftButton);
        QTRY_VERIFY(!m_w->safeState()->quitQuestion());
        QVERIFY(m_w->window->isVisible());
        QVERIFY(m_w->engine->hasActiveRuns());

        QVERIFY(!m_w->window->close());
        QTRY_VERIFY(m_w->safeState()->quitQuestion() &&
                    m_w->safeState()->quitQuestion()->isVisible());
        QTest::mouseClick(m_w->safeState()->quitQuestion()->button(QMessageBox::Yes),
                          Qt::LeftButton);
        QTRY_VERIFY(!m_w->window->isVisible());
        // Quitting stopped the run.
        QTRY_VERIFY_WITH_TIMEOUT(!m_w->engine->hasActiveRuns(), kSafetyMs);
    }

    void quittingWithAnOutputSwitchedOnAsks()
    {
        QVERIFY(start(R"({"instruments": [
            { "name": "PSU", "profile": "labdispatch-sim-psu3", "transport": "tcp", "seed": 5,
              "latencyMs": 1, "jitterMs": 0 }]})"));
        m_w->window->selectInstruments({QStringLiteral("PSU")});
        OperationsPanel *panel = m_w->operations();
        QVERIFY(panel->selectOperation(QStringLiteral("set_output")));
        QVERIFY(panel->setParameter(QStringLiteral("state"), QStringLiteral("ON")));
        QTest::mouseClick(panel->runButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!m_w->engine->hasActiveRuns() && m_w->engine->pendingJobs() == 0,
                                 kSafetyMs);
        QVERIFY2(m_w->safeState()->quitRisk().contains(QStringLiteral("PSU")),
                 qPrintable(m_w->safeState()->quitRisk()));
        QVERIFY(!m_w->window->close());
        QTRY_VERIFY(m_w->safeState()->quitQuestion() &&
                    m_w->safeState()->quitQuestion()->isVisible());
        m_w->safeState()->quitQuestion()->reject();
        QTRY_VERIFY(!m_w->safeState()->quitQuestion());
        // Switched off again: nothing left to ask about.
        QVERIFY(panel->setParameter(QStringLiteral("state"), QStringLiteral("OFF")));
        QTest::mouseClick(panel->runButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!m_w->engine->hasActiveRuns() && m_w->engine->pendingJobs() == 0,
                                 kSafetyMs);
        QTRY_VERIFY(m_w->safeState()->quitRisk().isEmpty());
        QVERIFY(m_w->window->close());
    }

    void aRunningRunShowsItsProgressAndStopAllSaysStopped()
    {
        QVERIFY(start(kBenchJson));
        m_w->window->selectInstruments({QStringLiteral("Room")});
        OperationsPanel *panel = m_w->operations();
        QVERIFY(panel->selectOperation(QStringLiteral("measure_temperature")));
        panel->setInterval(50, 60'000);
        QTest::mouseClick(panel->runButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(panel->activeRunsLabel()->text().contains(QStringLiteral("left")),
                                 kSafetyMs);
        const QString shown = panel->activeRunsLabel()->text();
        QVERIFY2(shown.contains(QStringLiteral("Run ")) &&
                     shown.contains(QStringLiteral("of 1 min")),
                 qPrintable(shown));
        QVERIFY(panel->runProgress()->isVisible());
        QTest::mouseClick(panel->stopAllButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            m_w->window->statusBar()->currentMessage().contains(QStringLiteral("stopped")),
            kSafetyMs);
        QVERIFY(!m_w->window->statusBar()->currentMessage().contains(QStringLiteral("finished")));
        QTRY_VERIFY(!panel->activeRunsLabel()->text().contains(QStringLiteral("Run ")));
        QVERIFY(!panel->runProgress()->isVisible());

        // A run that ends on its own says finished.
        runOn({QStringLiteral("Room")}, QStringLiteral("measure_temperature"), 2);
        QTRY_VERIFY_WITH_TIMEOUT(
            m_w->window->statusBar()->currentMessage().contains(QStringLiteral("finished")),
            kSafetyMs);
    }

    void unreachableInstrumentsLeaveTheFailuresGaugeEmpty()
    {
        // Connection attempts fail, but no job of a run did.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        InstrumentConfig config;
        config.name = QStringLiteral("Gone");
        config.resource = QStringLiteral("TCPIP0::127.0.0.1::%1::SOCKET").arg(port);
        config.profileId = QStringLiteral("labdispatch-sim-dmm");
        QVERIFY(start(kBenchJson));
        const qint64 failedBefore = m_w->dispatcher->counters().failed;
        QVERIFY(m_w->bench->addInstrument(config));
        m_w->bench->connectAll();
        QTRY_VERIFY_WITH_TIMEOUT(m_w->dispatcher->counters().failed > failedBefore, kSafetyMs);
        QTest::qWait(5 * MainWindow::kDisplayIntervalMs);
        QCOMPARE(m_w->gauges()->failuresGauge()->value(), 0.0);
    }

    void benchSaveAndOpenRoundTrip()
    {
        QVERIFY(start(kBenchJson));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bench.json"));
        QString error;
        QVERIFY2(m_w->document()->saveBench(path, &error), qPrintable(error));
        const QList<InstrumentStatus> before = m_w->bench->statuses();

        QFile broken(dir.filePath(QStringLiteral("broken.json")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write(R"({"schema": 1, "instruments": [{"name": "x", "resource": "nonsense"}]})");
        broken.close();
        QVERIFY(!m_w->document()->openBench(broken.fileName(), &error));
        QVERIFY(error.contains(QStringLiteral("broken.json")));
        QCOMPARE(m_w->bench->names().size(), before.size()); // nothing changed

        QVERIFY2(m_w->document()->openBench(path, &error), qPrintable(error));
        const QList<InstrumentStatus> after = m_w->bench->statuses();
        QCOMPARE(after.size(), before.size());
        for (int i = 0; i < before.size(); ++i) {
            QCOMPARE(after.at(i).config.name, before.at(i).config.name);
            QCOMPARE(after.at(i).config.resource, before.at(i).config.resource);
            QCOMPARE(after.at(i).config.profileId, before.at(i).config.profileId);
            QCOMPARE(after.at(i).config.simulated, before.at(i).config.simulated);
        }
        QCOMPARE(m_w->model()->rowCount(), int(before.size()));
        QVERIFY(m_w->window->windowTitle().contains(QStringLiteral("bench.json")));
    }

    void csvExportWritesTheSessionsReadings()
    {
        QVERIFY(start(kBenchJson));
        runOn({QStringLiteral("Room")}, QStringLiteral("measure_temperature"), 4);
        QTRY_VERIFY_WITH_TIMEOUT(row(QStringLiteral("Room")).jobsDone >= 4, kSafetyMs);
        QTRY_VERIFY_WITH_TIMEOUT(!m_w->engine->hasActiveRuns(), kSafetyMs);
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("out.csv"));
        QSignalSpy done(m_w->readingsExport(), &ReadingsExport::finished);
        QVERIFY(m_w->readingsExport()->start(csv));
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, kSafetyMs);
        QVERIFY2(done.at(0).at(0).toBool(), qPrintable(done.at(0).at(1).toString()));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.count("measure_temperature") >= 4);
        QVERIFY(text.contains("Room"));
    }

    void rendersTheMainWindowDuringARun()
    {
        // LABDISPATCH_SCREENSHOT_SIZE (e.g. 1024x700) and _LANGUAGE (e.g. ja) make the
        // pictures in docs/; the default is the full-size English window.
        const QString language = qEnvironmentVariable("LABDISPATCH_SCREENSHOT_LANGUAGE");
        if (!language.isEmpty())
            LanguageMenu::apply(language);
        QVERIFY(start({}));
        const QStringList size =
            qEnvironmentVariable("LABDISPATCH_SCREENSHOT_SIZE", QStringLiteral("1500x950"))
                .split(QLatin1Char('x'));
        QCOMPARE(size.size(), 2);
        m_w->window->resize(size.at(0).toInt(), size.at(1).toInt());
        m_w->dispatcher->setCap(6);
        m_w->cap()->setCap(6);
        SimFaults faults;
        faults.flags = SimFaults::NoReply;
        QVERIFY(m_w->sim->setFaults(QStringLiteral("Flaky sensor"), faults));
        runOn({QStringLiteral("Oven sensor"), QStringLiteral("Room sensor"),
               QStringLiteral("Flaky sensor")},
              QStringLiteral("measure_temperature"), 0, 50);
        QTRY_VERIFY_WITH_TIMEOUT(m_w->plot()->drawnPoints(QStringLiteral("Room sensor")) >= 40,
                                 kSafetyMs);
        // Some seconds of data, so the picture shows a plot rather than its first strokes.
        QTRY_VERIFY_WITH_TIMEOUT(m_w->plot()->drawnPoints(QStringLiteral("Room sensor")) >= 200,
                                 kSafetyMs);
        QTRY_COMPARE_WITH_TIMEOUT(state(QStringLiteral("Flaky sensor")), InstrumentState::Error,
                                  kSafetyMs);
        m_w->window->selectInstruments({QStringLiteral("Oven sensor"),
                                        QStringLiteral("Room sensor"),
                                        QStringLiteral("Flaky sensor")});
        QTest::qWait(3 * MainWindow::kDisplayIntervalMs);
        const QImage image = m_w->window->grab().toImage();
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), m_w->window->size() * image.devicePixelRatio());
        QString path = qEnvironmentVariable("LABDISPATCH_SCREENSHOT");
        if (path.isEmpty())
            path = QDir::temp().filePath(QStringLiteral("labdispatch-mainwindow.png"));
        QVERIFY2(image.save(path), qPrintable(path));
        qInfo("screenshot: %s", qPrintable(path));
        m_w->runActions()->stopAll();
        QTRY_VERIFY_WITH_TIMEOUT(!m_w->engine->hasActiveRuns() && m_w->engine->pendingJobs() == 0,
                                 kSafetyMs);
        if (!language.isEmpty())
            LanguageMenu::apply(QStringLiteral("en"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
