// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The plan editor on a real simulated bench (a supply and the DMM wired to it, over a pty and
// loopback TCP): built through its widgets, checked as it is typed, run, paused, aborted,
// saved and opened again.
#include "benchfixture.h"
#include "planeditor.h"
#include "planrunpanel.h"
#include "planstepform.h"

#include "plans/planfile.h"

#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeWidget>

#include <memory>

using namespace ld;

namespace {
/** The demo bench's names, so the example plans run as they are. */
const char *kPlanBenchJson = R"({
  "name": "plans",
  "instruments": [
    { "name": "PSU A", "profile": "labdispatch-sim-psu3", "transport": "tcp", "seed": 13, "latencyMs": 2 },
    { "name": "DMM 1", "profile": "labdispatch-sim-dmm", "transport": "pty", "seed": 14, "latencyMs": 2,
      "wire": { "instrument": "PSU A", "operation": "measure_voltage", "channel": 1 } }
  ]
})";
} // namespace

class TestPlanEditor : public test::BenchFixture
{
    Q_OBJECT

private:
    std::unique_ptr<PlanEditor> m_editor;

    template<typename T> T *widget(const QString &name) const
    {
        T *w = m_editor->findChild<T *>(name);
        if (!w)
            qWarning("no widget %s", qPrintable(name));
        return w;
    }

    void click(const QString &name) { widget<QAbstractButton>(name)->click(); }

    /** Types `text` into a line edit of the step form, as a user would. */
    void type(const QString &name, const QString &text)
    {
        QLineEdit *e = widget<QLineEdit>(name);
        e->selectAll();
        QTest::keyClick(e, Qt::Key_Delete);
        QTest::keyClicks(e, text);
    }

    void addStep(const QString &typeName)
    {
        auto *types = widget<QComboBox>(QStringLiteral("NewStepType"));
        types->setCurrentIndex(types->findText(typeName));
        click(QStringLiteral("AddStepButton"));
    }

    void setParameter(const QString &name, const QString &value)
    {
        auto *table = widget<QTableWidget>(QStringLiteral("StepParameters"));
        for (int row = 0; row < table->rowCount(); ++row)
            if (table->item(row, PlanStepForm::ParameterNameColumn)->text() == name) {
                table->item(row, PlanStepForm::ParameterValueColumn)->setText(value);
                return;
            }
        QFAIL(qPrintable(QStringLiteral("no parameter %1").arg(name)));
    }

    void setOperation(const QString &instruments, const QString &operation)
    {
        widget<QComboBox>(QStringLiteral("StepInstruments"))->setCurrentText(instruments);
        widget<QComboBox>(QStringLiteral("StepOperation"))->setCurrentText(operation);
    }

    /**
     * Through the widgets: a sweep of v from 0 to `to` over 11 points, its body a set of the
     * supply's voltage to ${v} and a measure of the DMM wired to it.
     */
    void buildSweep(const QString &to)
    {
        addStep(QStringLiteral("sweep"));
        type(QStringLiteral("StepTo"), to);
        addStep(QStringLiteral("set")); // inside the selected sweep
        setOperation(QStringLiteral("PSU A"), QStringLiteral("set_voltage"));
        setParameter(QStringLiteral("channel"), QStringLiteral("1"));
        setParameter(QStringLiteral("value"), QStringLiteral("${v}"));
        addStep(QStringLiteral("measure")); // after the selected set
        setOperation(QStringLiteral("DMM 1"), QStringLiteral("measure_voltage_dc"));
    }

    QString stepErrors(const QString &path) const
    {
        QTreeWidgetItem *item = m_editor->itemAt(path);
        return item ? item->data(PlanEditor::StepColumn, PlanEditor::ErrorsRole).toString()
                    : QStringLiteral("(no step at %1)").arg(path);
    }

    bool runEnabled() const
    {
        return m_editor->findChild<QPushButton *>(QStringLiteral("RunPlanButton"))->isEnabled();
    }

    /** The supply's channel 1 output, asked over its transport. */
    QString outputState()
    {
        m_engine->takeReadings(); // the plan's
        RunRequest r = request({QStringLiteral("PSU A")}, QStringLiteral("query_output"));
        r.parameters = {{QStringLiteral("channel"), 1}};
        const QList<Reading> readings = runAndCollect(r);
        if (readings.size() != 1 || readings.first()->status != JobStatus::Succeeded)
            return QStringLiteral("(failed)");
        const QString *text = std::get_if<QString>(&readings.first()->value);
        return text ? *text : QStringLiteral("(not text)");
    }

    /** Output 1 of the supply on, then its current measured until stopped. */
    static Plan endlessPlan()
    {
        const QByteArray json = R"({ "schema": 1, "name": "endless", "steps": [
          { "set": { "instruments": "PSU A", "operation": "set_output",
                     "parameters": { "channel": 1, "state": "ON" } } },
          { "repeat": { "count": 100000000, "body": [
            { "measure": { "instruments": "PSU A", "operation": "measure_current",
                           "parameters": { "channel": 1 } } } ] } } ] })";
        return *PlanFile::parse(json).plan;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_profiles.addDirectory(ProfileRegistry::builtinDirectory()) >= 5);
    }

    void init()
    {
        QVERIFY(startBench(kPlanBenchJson));
        waitAllIdle();
        m_editor = std::make_unique<PlanEditor>(m_engine.get());
        m_editor->resize(1100, 760);
        m_editor->show();
    }

    void cleanup()
    {
        m_editor.reset();
        stopBench();
    }

    void aValueAboveTheProfilesLimitIsShownAtItsStepUntilFixed()
    {
        buildSweep(QStringLiteral("35"));
        const QString set = QStringLiteral("steps[0].sweep.body[0]");
        QCOMPARE(m_editor->plan().steps.size(), 1);
        QCOMPARE(m_editor->plan().steps.first().body.size(), 2);
        // The error is the set's (its value is ${v}), not the sweep's or the measure's.
        QVERIFY2(stepErrors(set).contains(QStringLiteral("above the limit")),
                 qPrintable(stepErrors(set)));
        QVERIFY2(stepErrors(set).contains(QStringLiteral("parameters.value")),
                 qPrintable(stepErrors(set)));
        QCOMPARE(stepErrors(QStringLiteral("steps[0]")), QString());
        QCOMPARE(stepErrors(QStringLiteral("steps[0].sweep.body[1]")), QString());
        QVERIFY(!runEnabled());
        // Selected, the step shows it in its form too.
        m_editor->findChild<QTreeWidget *>(QStringLiteral("PlanStepTree"))
            ->setCurrentItem(m_editor->itemAt(set));
        QVERIFY(widget<QLabel>(QStringLiteral("StepErrors"))
                    ->text()
                    .contains(QStringLiteral("above the limit")));

        m_editor->findChild<QTreeWidget *>(QStringLiteral("PlanStepTree"))
            ->setCurrentItem(m_editor->itemAt(QStringLiteral("steps[0]")));
        type(QStringLiteral("StepTo"), QStringLiteral("5"));
        QCOMPARE(m_editor->errors(), QStringList());
        QCOMPARE(stepErrors(set), QString());
        QVERIFY(runEnabled());
    }

    void stepsMoveAndNestThroughTheButtons()
    {
        auto *tree = widget<QTreeWidget>(QStringLiteral("PlanStepTree"));
        addStep(QStringLiteral("wait"));
        addStep(QStringLiteral("parallel")); // after the selected wait
        const auto types = [this] {
            QStringList t;
            for (const PlanStep &s : m_editor->plan().steps) {
                QStringList body;
                for (const PlanStep &b : s.body)
                    body.append(PlanFile::typeName(b.type));
                t.append(PlanFile::typeName(s.type) +
                         (body.isEmpty()
                              ? QString()
                              : QStringLiteral("(%1)").arg(body.join(QLatin1Char(',')))));
            }
            return t.join(QLatin1Char(' '));
        };
        QCOMPARE(types(), QStringLiteral("wait parallel"));
        tree->setCurrentItem(m_editor->itemAt(QStringLiteral("steps[0]")));
        click(QStringLiteral("MoveStepDownButton"));
        QCOMPARE(types(), QStringLiteral("parallel wait"));
        click(QStringLiteral("IndentStepButton"));
        QCOMPARE(types(), QStringLiteral("parallel(wait)"));
        QVERIFY(m_editor->itemAt(QStringLiteral("steps[0].parallel.body[0]")));
        QCOMPARE(tree->currentItem(),
                 m_editor->itemAt(QStringLiteral("steps[0].parallel.body[0]")));
        click(QStringLiteral("OutdentStepButton"));
        QCOMPARE(types(), QStringLiteral("parallel wait"));
        click(QStringLiteral("MoveStepUpButton"));
        QCOMPARE(types(), QStringLiteral("wait parallel"));
        click(QStringLiteral("RemoveStepButton"));
        QCOMPARE(types(), QStringLiteral("parallel"));
    }

    void theBuiltSweepRunsOnTheSimulatedBenchAndShowsItsProgress()
    {
        buildSweep(QStringLiteral("5"));
        QCOMPARE(m_editor->errors(), QStringList());
        QSignalSpy finished(m_engine.get(), &RunEngine::runFinished);
        click(QStringLiteral("RunPlanButton"));
        const quint64 id = m_editor->runPanel()->runId();
        QVERIFY(id > 0);
        QVERIFY(!runEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), kSafetyMs);
        QCOMPARE(finished.first().at(0).toULongLong(), id);
        QList<Reading> readings = m_engine->takeReadings();
        // 11 points, a set and a measure at each.
        QCOMPARE(readings.size(), 22);
        for (const Reading &r : readings)
            QCOMPARE(r->status, JobStatus::Succeeded);
        QCOMPARE(m_editor->runPanel()->jobsDone(), 22);
        QVERIFY(widget<QLabel>(QStringLiteral("PlanProgressJobs"))
                    ->text()
                    .contains(QStringLiteral("22 of at least 22")));
        QVERIFY(widget<QLabel>(QStringLiteral("PlanProgressStep"))
                    ->text()
                    .contains(QStringLiteral("steps[0].sweep.body[")));
        QVERIFY2(widget<QLabel>(QStringLiteral("PlanProgressPoint"))
                     ->text()
                     .contains(QStringLiteral("v = 5 (point 11 of 11)")),
                 qPrintable(widget<QLabel>(QStringLiteral("PlanProgressPoint"))->text()));
        QVERIFY(widget<QLabel>(QStringLiteral("PlanRunStatus"))
                    ->text()
                    .contains(QStringLiteral("finished")));
        QVERIFY(runEnabled());
    }

    void pauseHoldsTheRunAndResumeGoesOn()
    {
        m_editor->setPlan(endlessPlan());
        QCOMPARE(m_editor->errors(), QStringList());
        click(QStringLiteral("RunPlanButton"));
        const quint64 id = m_editor->runPanel()->runId();
        QVERIFY(id > 0);
        QTRY_VERIFY_WITH_TIMEOUT(m_editor->runPanel()->jobsDone() > 3, kSafetyMs);
        click(QStringLiteral("PausePlanButton"));
        QVERIFY(m_engine->isPaused(id));
        QVERIFY(!widget<QPushButton>(QStringLiteral("PausePlanButton"))->isEnabled());
        QVERIFY(widget<QPushButton>(QStringLiteral("ResumePlanButton"))->isEnabled());
        // Paused: what was submitted finishes and nothing new is submitted.
        QTRY_COMPARE_WITH_TIMEOUT(m_engine->pendingJobs(), 0, kSafetyMs);
        const qint64 held = m_editor->runPanel()->jobsDone();
        QCOMPARE(m_engine->pendingJobs(), 0);
        click(QStringLiteral("ResumePlanButton"));
        QVERIFY(!m_engine->isPaused(id));
        QTRY_VERIFY_WITH_TIMEOUT(m_editor->runPanel()->jobsDone() > held + 3, kSafetyMs);
        QSignalSpy finished(m_engine.get(), &RunEngine::runFinished);
        click(QStringLiteral("AbortPlanButton"));
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), kSafetyMs);
    }

    void abortAppliesTheSafeState()
    {
        m_editor->setPlan(endlessPlan());
        click(QStringLiteral("RunPlanButton"));
        QVERIFY(m_editor->runPanel()->runId() > 0);
        // The output is on once the measures come.
        QTRY_VERIFY_WITH_TIMEOUT(m_editor->runPanel()->jobsDone() > 3, kSafetyMs);
        QSignalSpy finished(m_engine.get(), &RunEngine::runFinished);
        click(QStringLiteral("AbortPlanButton"));
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), kSafetyMs);
        QCOMPARE(m_editor->runPanel()->runId(), quint64(0));
        QVERIFY(widget<QLabel>(QStringLiteral("PlanRunStatus"))
                    ->text()
                    .contains(QStringLiteral("safe state")));
        QCOMPARE(outputState(), QStringLiteral("OFF"));
    }

    void aPlanSavedAndOpenedAgainIsTheSameFile()
    {
        buildSweep(QStringLiteral("5"));
        widget<QLineEdit>(QStringLiteral("PlanName"))->setText(QStringLiteral("built"));
        widget<QAbstractButton>(QStringLiteral("SafeOnStop"))->setChecked(true);
        QTemporaryDir dir;
        const QString first = dir.filePath(QStringLiteral("first.json"));
        const QString second = dir.filePath(QStringLiteral("second.json"));
        QString error;
        QVERIFY2(m_editor->savePlan(first, &error), qPrintable(error));
        PlanEditor reopened(m_engine.get());
        QVERIFY2(reopened.openPlan(first, &error), qPrintable(error));
        QVERIFY2(reopened.savePlan(second, &error), qPrintable(error));
        QFile a(first);
        QFile b(second);
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        const QByteArray json = a.readAll();
        QCOMPARE(b.readAll(), json);
        // And it is the plan that was built.
        const PlanFile::Result read = PlanFile::parse(json);
        QVERIFY2(read.plan, qPrintable(read.error));
        QCOMPARE(read.plan->name, QStringLiteral("built"));
        QVERIFY(read.plan->safeOnStop);
        QCOMPARE(read.plan->steps.first().body.at(0).parameters.value(QStringLiteral("value")),
                 QVariant(QStringLiteral("${v}")));
    }

    void everyTemplateComesBackAsTheSameJson_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString &file : PlanEditor::templateFiles())
            QTest::newRow(qPrintable(QFileInfo(file).completeBaseName())) << file;
        QVERIFY(PlanEditor::templateFiles().size() >= 4);
    }

    void everyTemplateComesBackAsTheSameJson()
    {
        QFETCH(QString, file);
        const PlanFile::Result read = PlanFile::load(file);
        QVERIFY2(read.plan, qPrintable(read.error));
        m_editor->setPlan(*read.plan);
        QCOMPARE(PlanFile::toJson(m_editor->plan()), PlanFile::toJson(*read.plan));
    }

    void theIvCurveTemplateRunsAsItIs()
    {
        QAction *iv = m_editor->findChild<QAction *>(QStringLiteral("Template:iv-curve"));
        QVERIFY(iv);
        iv->trigger();
        QCOMPARE(m_editor->errors(), QStringList());
        QSignalSpy finished(m_engine.get(), &RunEngine::runFinished);
        click(QStringLiteral("RunPlanButton"));
        QVERIFY(m_editor->runPanel()->runId() > 0);
        if (const QString path = qEnvironmentVariable("LABDISPATCH_PLAN_SCREENSHOT");
            !path.isEmpty()) {
            // Mid-sweep, for docs/planeditor.png.
            QTRY_VERIFY_WITH_TIMEOUT(m_editor->runPanel()->jobsDone() >= 18, kSafetyMs);
            m_editor->findChild<QTreeWidget *>(QStringLiteral("PlanStepTree"))
                ->setCurrentItem(m_editor->itemAt(QStringLiteral("steps[3].sweep.body[0]")));
            QVERIFY(m_editor->grab().save(path));
        }
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), kSafetyMs);
        QVERIFY(widget<QLabel>(QStringLiteral("PlanRunStatus"))
                    ->text()
                    .contains(QStringLiteral("finished")));
        QCOMPARE(outputState(), QStringLiteral("OFF"));
    }
};

QTEST_MAIN(TestPlanEditor)
#include "tst_planeditor.moc"
