// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "simwindow.h"

#include "benchdocument.h"
#include "capcontrol.h"
#include "gaugepanel.h"
#include "instrumenttablemodel.h"
#include "instrumentview.h"
#include "interruptedrunsbanner.h"
#include "lablink.h"
#include "logmodel.h"
#include "operationspanel.h"
#include "plotpanel.h"
#include "readingsexport.h"
#include "runactions.h"
#include "runcontroller.h"
#include "safestateactions.h"
#include "scpiconsole.h"

#include <QAction>
#include <QByteArrayList>
#include <QPushButton>
#include <QTest>

namespace ld::test {

QByteArray SimWindow::benchJson(std::initializer_list<const char *> instruments)
{
    QByteArrayList specs;
    for (const char *i : instruments)
        specs.append(i);
    return "{ \"instruments\": [" + specs.join(',') + "] }";
}

SimWindow::SimWindow(int cap)
    : dispatcher(std::make_unique<Dispatcher>(cap))
    , runsFolder(runs.path())
{
    profiles.addDirectory(ProfileRegistry::builtinDirectory());
    bench = std::make_unique<Bench>(dispatcher.get(), &profiles);
    engine = std::make_unique<RunEngine>(dispatcher.get());
    engine->addTarget(bench.get());
}

SimWindow::~SimWindow()
{
    window.reset();
    engine.reset();
    bench.reset();
    sim.reset();
    dispatcher.reset();
}

bool SimWindow::serve(const QByteArray &json, int timeoutMs)
{
    QString error;
    const auto specs = json.isEmpty() ? SimBench::load(QStringLiteral("demo"), &error)
                                      : SimBench::parse(json, &error);
    if (!specs || !sim->start(profiles, *specs, &error) ||
        !sim->addInstrumentsTo(bench.get(), timeoutMs, SimBench::ProfileChoice::Pinned, &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    return true;
}

void SimWindow::open()
{
    MainWindow::Context c;
    c.bench = bench.get();
    c.engine = engine.get();
    c.dispatcher = dispatcher.get();
    c.profiles = &profiles;
    c.simulated = true;
    c.settings = settings;
    c.runsFolder = runsFolder;
    c.sim = sim.get();
    c.lab = lab;
    window = std::make_unique<MainWindow>(c);
    window->resize(1400, 900);
    window->show();
}

bool SimWindow::waitIdle() const
{
    for (const QString &name : bench->names())
        if (!QTest::qWaitFor([&] { return state(name) == InstrumentState::Idle; }, kSafetyMs)) {
            qWarning("%s never became idle", qPrintable(name));
            return false;
        }
    return true;
}

bool SimWindow::start(const QByteArray &json, const QString &folder)
{
    if (!folder.isEmpty())
        runsFolder = folder;
    if (!serve(json))
        return false;
    open();
    bench->connectAll();
    return waitIdle();
}

QAction *SimWindow::action(const char *objectName) const
{
    return find<QAction>(QLatin1String(objectName));
}

InstrumentTableModel *SimWindow::model() const
{
    return find<InstrumentTableModel>(QStringLiteral("InstrumentTableModel"));
}

InstrumentView *SimWindow::view() const
{
    return find<InstrumentView>(QStringLiteral("InstrumentView"));
}

OperationsPanel *SimWindow::operations() const
{
    return find<OperationsPanel>(QStringLiteral("OperationsPanel"));
}

PlotPanel *SimWindow::plot() const
{
    return find<PlotPanel>(QStringLiteral("PlotPanel"));
}

CapControl *SimWindow::cap() const
{
    return find<CapControl>(QStringLiteral("CapControl"));
}

GaugePanel *SimWindow::gauges() const
{
    return find<GaugePanel>(QStringLiteral("GaugePanel"));
}

LogModel *SimWindow::log() const
{
    return find<LogModel>(QStringLiteral("LogModel"));
}

ScpiConsole *SimWindow::console() const
{
    return find<ScpiConsole>(QStringLiteral("ScpiConsole"));
}

InterruptedRunsBanner *SimWindow::interruptedBanner() const
{
    return find<InterruptedRunsBanner>(QStringLiteral("InterruptedRunsBanner"));
}

RunController *SimWindow::runController() const
{
    return find<RunController>(QStringLiteral("RunController"));
}

RunActions *SimWindow::runActions() const
{
    return find<RunActions>(QStringLiteral("RunActions"));
}

SafeStateActions *SimWindow::safeState() const
{
    return find<SafeStateActions>(QStringLiteral("SafeStateActions"));
}

BenchDocument *SimWindow::document() const
{
    return find<BenchDocument>(QStringLiteral("BenchDocument"));
}

ReadingsExport *SimWindow::readingsExport() const
{
    return find<ReadingsExport>(QStringLiteral("ReadingsExport"));
}

LabLink *SimWindow::labLink() const
{
    return find<LabLink>(QStringLiteral("LabLink"));
}

QModelIndex SimWindow::cell(const QString &name, int column) const
{
    InstrumentTableModel *m = model();
    return m->index(m->rowOf(name), column);
}

InstrumentState SimWindow::state(const QString &name) const
{
    return InstrumentState(cell(name, 0).data(InstrumentTableModel::StateRole).toInt());
}

bool SimWindow::run(const QStringList &names, const QString &operation, int repeat, int intervalMs,
                    const QVariantMap &parameters)
{
    window->selectInstruments(names);
    OperationsPanel *panel = operations();
    if (!panel->selectOperation(operation))
        return false;
    for (auto it = parameters.cbegin(); it != parameters.cend(); ++it)
        if (!panel->setParameter(it.key(), it.value()))
            return false;
    if (intervalMs > 0)
        panel->setInterval(intervalMs, 0);
    else
        panel->setRepeat(repeat);
    if (!panel->runButton()->isEnabled()) {
        qWarning("cannot run: %s", qPrintable(panel->problem()));
        return false;
    }
    QTest::mouseClick(panel->runButton(), Qt::LeftButton);
    return true;
}

bool SimWindow::logHas(const QString &text) const
{
    LogModel *events = log();
    for (int row = 0; row < events->rowCount(); ++row)
        if (events->event(row).text.contains(text))
            return true;
    return false;
}

} // namespace ld::test
