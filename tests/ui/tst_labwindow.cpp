// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "nodefixture.h"
#include "simwindow.h"
#include "testbroker.h"

#include "instrumenttablemodel.h"
#include "instrumentview.h"
#include "labdialog.h"
#include "lablink.h"
#include "logmodel.h"
#include "mainwindow.h"
#include "operationspanel.h"
#include "plotpanel.h"
#include "runactions.h"

#include "node/labconnection.h"
#include "node/remotelab.h"
#include "plans/runengine.h"

#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <csignal>

using namespace ld;

namespace {
constexpr int kSafetyMs = 60000; // a safety net only: a loaded 2-core CI machine is slow

const char *kNodeBench = R"({
  "name": "remote room",
  "instruments": [
    { "name": "sensor", "profile": "labdispatch-sim-thermometer", "transport": "tcp", "seed": 5, "latencyMs": 2 },
    { "name": "dmm", "profile": "labdispatch-sim-dmm", "transport": "tcp", "seed": 6, "latencyMs": 2 }
  ]
})";

const char *kLocalBench = R"({
  "name": "this desk",
  "instruments": [
    { "name": "desk dmm", "profile": "labdispatch-sim-dmm", "transport": "tcp", "seed": 7, "latencyMs": 2 }
  ]
})";
} // namespace

/**
 * The window with a shared lab: a node's instruments become rows beside the local ones, run
 * from the same panel through the same cap, stop, go offline when the node dies, and leave
 * when the user disconnects. Against a real mosquitto and a real node.
 */
class TestLabWindow : public QObject
{
    Q_OBJECT

private:
    ProfileRegistry m_profiles; ///< the node's
    std::unique_ptr<test::TestBroker> m_broker;
    QString m_node;
    std::unique_ptr<test::NodeFixture> m_remote;
    std::unique_ptr<test::SimWindow> m_w;
    std::unique_ptr<LabConnection> m_lab;

    QString remote(const char *name) const { return RemoteLab::key(m_node, QLatin1String(name)); }
    InstrumentTableModel *model() const { return m_w->model(); }
    InstrumentState state(const QString &name) const
    {
        return InstrumentState(
            model()->index(model()->rowOf(name), 0).data(InstrumentTableModel::StateRole).toInt());
    }
    void run(const QStringList &names, const QString &operation, int repeat, int intervalMs = 0)
    {
        m_w->window->selectInstruments(names);
        QCOMPARE(m_w->view()->selectedNames(), names);
        QVERIFY(m_w->operations()->selectOperation(operation));
        if (intervalMs > 0)
            m_w->operations()->setInterval(intervalMs, 0);
        else
            m_w->operations()->setRepeat(repeat);
        QVERIFY2(m_w->operations()->runButton()->isEnabled(),
                 qPrintable(m_w->operations()->problem()));
        QTest::mouseClick(m_w->operations()->runButton(), Qt::LeftButton);
    }
    bool logMentions(const QString &words) const
    {
        LogModel *log = m_w->log();
        log->flush();
        for (int row = 0; row < log->rowCount(); ++row)
            for (int column = 0; column < log->columnCount(); ++column)
                if (log->index(row, column).data().toString().contains(words))
                    return true;
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        std::signal(SIGPIPE, SIG_IGN); // a killed node's last write goes to a dead socket
        QVERIFY(m_profiles.addDirectory(ProfileRegistry::builtinDirectory()) >= 5);
    }

    void init()
    {
        if (!test::TestBroker::available())
            QSKIP(qPrintable(test::TestBroker::skipReason()));
        m_broker = std::make_unique<test::TestBroker>();
        QString error;
        QVERIFY2(m_broker->start(&error), qPrintable(error));
        m_node = QStringLiteral("room-") + QUuid::createUuid().toString(QUuid::Id128).left(6);
        m_remote =
            test::NodeFixture::start(m_profiles, kNodeBench, m_node, m_broker->clientOptions());
        QVERIFY(m_remote);

        m_w = std::make_unique<test::SimWindow>(4);
        QVERIFY(m_w->serve(kLocalBench, 5000));
        m_lab = std::make_unique<LabConnection>(m_w->dispatcher.get(), &m_w->profiles);
        m_lab->setEngine(m_w->engine.get());
        m_w->lab = m_lab.get();
        m_w->runsFolder.clear(); // the runs here are not journaled
        m_w->open();
        m_w->bench->connectAll();
        QVERIFY2(m_w->labLink()->connectLab(m_broker->clientOptions(), &error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), 3, kSafetyMs);
        for (const QString &name : {QStringLiteral("desk dmm"), remote("sensor"), remote("dmm")}) {
            QTRY_VERIFY_WITH_TIMEOUT((model()->refresh(), state(name) == InstrumentState::Idle),
                                     kSafetyMs);
        }
    }

    void cleanup()
    {
        // The lab goes between the window and the engine it runs remote jobs for.
        if (m_w)
            m_w->window.reset();
        m_lab.reset();
        m_w.reset();
        m_remote.reset();
        m_broker.reset();
    }

    void labInstrumentsFollowTheLocalOnesWithTheirIdentity()
    {
        QCOMPARE(model()->nameAt(0), QStringLiteral("desk dmm"));
        QVERIFY(!model()->isRemoteRow(0));
        QCOMPARE(model()->nameAt(1), remote("sensor"));
        QCOMPARE(model()->nameAt(2), remote("dmm"));
        QVERIFY(model()->isRemoteRow(2));
        const InstrumentStatus &row = model()->statusAt(2);
        const InstrumentStatus there = m_remote->bench->status(QStringLiteral("dmm"));
        QCOMPARE(row.identity.serial, there.identity.serial);
        QCOMPARE(row.config.resource, there.config.resource);
        QVERIFY(m_w->find<QLabel>(QStringLiteral("LabStatus"))->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(m_w->find<QLabel>(QStringLiteral("LabStatus"))
                                     ->text()
                                     .contains(QString::number(m_broker->port())),
                                 kSafetyMs);
    }

    void remoteRunFillsTheTableThePlotAndTheGauges()
    {
        const qint64 before = m_w->dispatcher->counters().succeeded; // the local connect job
        run({remote("dmm")}, QStringLiteral("measure_voltage_dc"), 3);
        QTRY_COMPARE_WITH_TIMEOUT(m_w->window->readingsTaken(), qint64(3), kSafetyMs);
        QCOMPARE(m_remote->node->jobsRun(), 3);
        // Through this window's dispatcher: the cap holds for remote jobs too.
        QCOMPARE(m_w->dispatcher->counters().succeeded - before, qint64(3));
        QTRY_COMPARE_WITH_TIMEOUT(m_w->plot()->seriesCount(), 1, kSafetyMs);
        QTRY_VERIFY_WITH_TIMEOUT(
            (model()->refresh(),
             !model()->statusAt(model()->rowOf(remote("dmm"))).lastReading.isNull()),
            kSafetyMs);
        const QString shown =
            model()
                ->index(model()->rowOf(remote("dmm")), InstrumentTableModel::LastReadingColumn)
                .data()
                .toString();
        QVERIFY2(shown.contains(QLatin1String("V")), qPrintable(shown));
    }

    void mixedSelectionRunsWhatBothSidesShare()
    {
        m_w->window->selectInstruments({QStringLiteral("desk dmm"), remote("dmm")});
        QStringList ids;
        for (const auto &op : m_w->operations()->operations())
            ids.append(op.id);
        QVERIFY(ids.contains(QStringLiteral("measure_voltage_dc")));
        m_w->window->selectInstruments({QStringLiteral("desk dmm"), remote("sensor")});
        ids.clear();
        for (const auto &op : m_w->operations()->operations())
            ids.append(op.id);
        QVERIFY(!ids.contains(QStringLiteral("measure_voltage_dc")));
        QVERIFY(!ids.contains(QStringLiteral("measure_temperature")));

        run({QStringLiteral("desk dmm"), remote("dmm")}, QStringLiteral("measure_voltage_dc"), 2);
        QTRY_COMPARE_WITH_TIMEOUT(m_w->window->readingsTaken(), qint64(4), kSafetyMs);
        QCOMPARE(m_remote->node->jobsRun(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(m_w->bench->status(QStringLiteral("desk dmm")).jobsDone,
                                  qint64(2), kSafetyMs);
    }

    void remoteRowsAreRunFromHereButEditedOnTheirNode()
    {
        m_w->window->selectInstruments({remote("dmm")});
        const QList<QAction *> actions = m_w->window->findChildren<QAction *>();
        auto action = [&](const QString &text) -> QAction * {
            for (QAction *a : actions)
                if (a->text().remove(QLatin1Char('&')).startsWith(text))
                    return a;
            return nullptr;
        };
        QVERIFY(action(QStringLiteral("Edit Instrument")));
        QVERIFY(!action(QStringLiteral("Edit Instrument"))->isEnabled());
        QVERIFY(!action(QStringLiteral("Remove Instruments"))->isEnabled());
        QVERIFY(!action(QStringLiteral("Enable/Disable"))->isEnabled());
        QVERIFY(action(QStringLiteral("Stop Selected"))->isEnabled());
        m_w->window->selectInstruments({QStringLiteral("desk dmm")});
        QVERIFY(action(QStringLiteral("Edit Instrument"))->isEnabled());
    }

    void stopSelectedEndsARemoteIntervalRun()
    {
        RunEngine *runner = m_w->engine.get();
        run({remote("sensor")}, QStringLiteral("measure_temperature"), 1, 40);
        QTRY_VERIFY_WITH_TIMEOUT(m_w->window->readingsTaken() >= 3, kSafetyMs);
        QVERIFY(runner->hasActiveRuns());
        m_w->runActions()->stopSelected();
        QTRY_VERIFY_WITH_TIMEOUT(!runner->hasActiveRuns() && runner->pendingJobs() == 0, kSafetyMs);
    }

    void killedNodeTurnsItsRowsOfflineAndIsLogged()
    {
        m_remote->kill();
        QTRY_VERIFY_WITH_TIMEOUT(
            (model()->refresh(), state(remote("dmm")) == InstrumentState::Offline &&
                                     state(remote("sensor")) == InstrumentState::Offline),
            kSafetyMs);
        QCOMPARE(state(QStringLiteral("desk dmm")), InstrumentState::Idle);
        QTRY_VERIFY_WITH_TIMEOUT(logMentions(QStringLiteral("Node %1 is lost").arg(m_node)),
                                 kSafetyMs);
        // A run on an offline node is refused, not queued.
        QVERIFY(!logMentions(QStringLiteral("is offline")));
        const qint64 submitted = m_w->dispatcher->counters().submitted;
        m_w->window->selectInstruments({remote("dmm")});
        QVERIFY(m_w->operations()->selectOperation(QStringLiteral("measure_voltage_dc")));
        QTest::mouseClick(m_w->operations()->runButton(), Qt::LeftButton);
        QCOMPARE(m_w->dispatcher->counters().submitted, submitted);
        QVERIFY(logMentions(QStringLiteral("'%1' is offline").arg(m_node)));
    }

    void windowWithALabRendersLocalAndRemoteSeries()
    {
        m_w->window->resize(1500, 950);
        run({QStringLiteral("desk dmm"), remote("dmm")}, QStringLiteral("measure_voltage_dc"), 1,
            50);
        QTRY_VERIFY_WITH_TIMEOUT(m_w->plot()->drawnPoints(remote("dmm")) >= 60 &&
                                     m_w->plot()->drawnPoints(QStringLiteral("desk dmm")) >= 60,
                                 kSafetyMs);
        m_w->window->selectInstruments({QStringLiteral("desk dmm"), remote("dmm")});
        QTest::qWait(3 * MainWindow::kDisplayIntervalMs);
        const QImage image = m_w->window->grab().toImage();
        QVERIFY(!image.isNull());
        QString path = qEnvironmentVariable("LABDISPATCH_LAB_SCREENSHOT");
        if (path.isEmpty())
            path = QDir::temp().filePath(QStringLiteral("labdispatch-lab.png"));
        QVERIFY2(image.save(path), qPrintable(path));
        qInfo("screenshot: %s", qPrintable(path));
        m_w->runActions()->stopAll();
        QTRY_VERIFY_WITH_TIMEOUT(!m_w->engine->hasActiveRuns() && !m_w->engine->hasActiveRuns(),
                                 kSafetyMs);
    }

    void disconnectingRemovesTheLabRows()
    {
        m_w->labLink()->disconnectLab();
        QCOMPARE(model()->rowCount(), 1);
        QCOMPARE(model()->nameAt(0), QStringLiteral("desk dmm"));
        QVERIFY(!m_w->find<QLabel>(QStringLiteral("LabStatus"))->isVisible());
        QVERIFY(!m_lab->isOpen());
    }

    void labDialogAcceptsOnlyUsableInput_data()
    {
        QTest::addColumn<QString>("broker");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("tls");
        QTest::addColumn<QString>("ca");
        QTest::addColumn<bool>("ok");
        QTest::newRow("host and port") << "lab:1883"
                                       << ""
                                       << "" << false << "" << true;
        QTest::newRow("no broker") << ""
                                   << ""
                                   << "" << false << "" << false;
        QTest::newRow("port out of range") << "lab:70000"
                                           << ""
                                           << "" << false << "" << false;
        QTest::newRow("password without user") << "lab"
                                               << ""
                                               << "pw" << false << "" << false;
        QTest::newRow("user and password") << "lab"
                                           << "ann"
                                           << "pw" << false << "" << true;
        QTest::newRow("TLS without CA") << "lab:8883"
                                        << ""
                                        << "" << true << "" << false;
        QTest::newRow("TLS with a missing CA") << "lab:8883"
                                               << ""
                                               << "" << true << "/nonexistent/ca.pem" << false;
        QTest::newRow("TLS with a readable CA") << "lab:8883"
                                                << ""
                                                << "" << true << "CA" << true;
    }

    void labDialogAcceptsOnlyUsableInput()
    {
        QFETCH(QString, broker);
        QFETCH(QString, user);
        QFETCH(QString, password);
        QFETCH(bool, tls);
        QFETCH(QString, ca);
        QFETCH(bool, ok);
        QTemporaryDir dir;
        if (ca == QLatin1String("CA")) {
            ca = dir.filePath(QStringLiteral("ca.pem"));
            QFile f(ca);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("-----BEGIN CERTIFICATE-----\n");
        }
        LabDialog dialog;
        dialog.brokerEdit()->setText(broker);
        dialog.userEdit()->setText(user);
        dialog.passwordEdit()->setText(password);
        dialog.tlsBox()->setChecked(tls);
        dialog.caEdit()->setText(ca);
        QString why;
        QCOMPARE(dialog.options(&why).has_value(), ok);
        QCOMPARE(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled(),
                 ok);
        QCOMPARE(why.isEmpty(), ok);
    }

    void labSettingsRoundTripWithoutThePassword()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        LabDialog::Settings s;
        s.broker = QStringLiteral("lab.example:8883");
        s.user = QStringLiteral("ann");
        s.password = QStringLiteral("secret");
        s.tls = true;
        s.caFile = QStringLiteral("/etc/ssl/lab-ca.pem");
        s.connectAtStart = true;
        s.save(&settings);
        settings.sync();
        QFile file(settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("secret"));
        const LabDialog::Settings back = LabDialog::Settings::load(settings);
        QCOMPARE(back.broker, s.broker);
        QCOMPARE(back.user, s.user);
        QVERIFY(back.password.isEmpty());
        QCOMPARE(back.tls, true);
        QCOMPARE(back.caFile, s.caFile);
        QCOMPARE(back.connectAtStart, true);
    }
};

QTEST_MAIN(TestLabWindow)
#include "tst_labwindow.moc"
