// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The run panel on its own: repetition that follows the operation's kind, parameters that show
// their range, refuse what is out of it and keep what the user typed, and the runs going on.
#include "operationspanel.h"

#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>

using namespace ld;

namespace {
DriverProfile::Operation operation(const QString &id, DriverProfile::OperationKind kind)
{
    DriverProfile::Operation op;
    op.id = id;
    op.name = id;
    op.kind = kind;
    op.repeatSafe = true;
    return op;
}

QList<DriverProfile::Operation> psuOperations()
{
    auto measure =
        operation(QStringLiteral("measure_voltage"), DriverProfile::OperationKind::Measure);
    auto query = operation(QStringLiteral("query_output"), DriverProfile::OperationKind::Query);
    auto set = operation(QStringLiteral("set_voltage"), DriverProfile::OperationKind::Set);
    DriverProfile::Parameter value;
    value.name = QStringLiteral("value");
    value.label = QStringLiteral("voltage");
    value.type = DriverProfile::ParameterType::Double;
    value.unit = QStringLiteral("V");
    value.min = 0;
    value.max = 30;
    value.defaultValue = 0.0;
    set.parameters = {value};
    return {measure, query, set};
}

QDoubleSpinBox *valueEditor(const OperationsPanel &panel)
{
    return panel.findChild<QDoubleSpinBox *>(QStringLiteral("value"));
}

void typeInto(QDoubleSpinBox *spin, const QString &text)
{
    spin->setFocus();
    QLineEdit *line = spin->findChild<QLineEdit *>();
    QVERIFY(line);
    line->selectAll();
    QTest::keyClicks(line, text);
}
} // namespace

class TestOperationsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void repetitionFollowsTheOperationsKind_data()
    {
        QTest::addColumn<QString>("other");
        QTest::addColumn<bool>("otherRepeats");
        QTest::newRow("a setting runs once after a periodic measurement")
            << QStringLiteral("set_voltage") << false;
        QTest::newRow("a query has its own choice, once by default")
            << QStringLiteral("query_output") << false;
    }
    void repetitionFollowsTheOperationsKind()
    {
        QFETCH(QString, other);
        QFETCH(bool, otherRepeats);
        OperationsPanel panel;
        panel.setOperations(psuOperations(), 1);
        QVERIFY(panel.selectOperation(QStringLiteral("measure_voltage")));
        panel.setInterval(100, 60'000);
        QCOMPARE(panel.request()->intervalMs, 100);

        QVERIFY(panel.selectOperation(other));
        auto r = panel.request();
        QVERIFY2(r, qPrintable(panel.problem()));
        QCOMPARE(r->intervalMs > 0, otherRepeats);
        QCOMPARE(r->repeat, 1);

        // Back to the measurement: the user's periodic choice is still there.
        QVERIFY(panel.selectOperation(QStringLiteral("measure_voltage")));
        r = panel.request();
        QCOMPARE(r->intervalMs, 100);
        QCOMPARE(r->durationMs, 60'000);
    }

    void aSettingRepeatsOnlyWhenTheUserAskedForItOnASetting()
    {
        OperationsPanel panel;
        panel.setOperations(psuOperations(), 1);
        QVERIFY(panel.selectOperation(QStringLiteral("set_voltage")));
        panel.setRepeat(3);
        QVERIFY(panel.selectOperation(QStringLiteral("measure_voltage")));
        QCOMPARE(panel.request()->repeat, 1);
        QVERIFY(panel.selectOperation(QStringLiteral("set_voltage")));
        QCOMPARE(panel.request()->repeat, 3);
    }

    void aValueOutOfRangeIsRefusedWithItsRangeAndKept_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<double>("kept");
        QTest::addColumn<bool>("refused");
        QTest::newRow("above the maximum") << QStringLiteral("100") << 100.0 << true;
        QTest::newRow("below the minimum") << QStringLiteral("-5") << -5.0 << true;
        QTest::newRow("within the range") << QStringLiteral("12.5") << 12.5 << false;
    }
    void aValueOutOfRangeIsRefusedWithItsRangeAndKept()
    {
        QFETCH(QString, typed);
        QFETCH(double, kept);
        QFETCH(bool, refused);
        OperationsPanel panel;
        panel.show();
        panel.setOperations(psuOperations(), 1);
        QVERIFY(panel.selectOperation(QStringLiteral("set_voltage")));
        // The range is in sight, not only in a tooltip.
        const QString range = panel.rangeText(QStringLiteral("value"));
        QVERIFY2(range.contains(QStringLiteral("30")) && range.contains(QStringLiteral("V")),
                 qPrintable(range));
        auto *label = panel.findChild<QLabel *>(QStringLiteral("valueRange"));
        QVERIFY(label && label->isVisible());

        typeInto(valueEditor(panel), typed);
        QCOMPARE(valueEditor(panel)->value(), kept); // never clamped
        QCOMPARE(panel.runButton()->isEnabled(), !refused);
        if (refused) {
            const QString why = panel.problem();
            QVERIFY2(why.contains(QStringLiteral("limit")), qPrintable(why));
        }

        // A new selection keeps what the user typed; so does another operation and back.
        panel.setOperations(psuOperations(), 2);
        QCOMPARE(valueEditor(panel)->value(), kept);
        QVERIFY(panel.selectOperation(QStringLiteral("measure_voltage")));
        QVERIFY(panel.selectOperation(QStringLiteral("set_voltage")));
        QCOMPARE(valueEditor(panel)->value(), kept);
    }

    void activeRunsSayWhichRunHowLongItRanAndWhatIsLeft()
    {
        OperationsPanel panel;
        panel.setActiveRuns({});
        QVERIFY(!panel.activeRunsLabel()->text().contains(QStringLiteral("Run ")));
        OperationsPanel::ActiveRun timed;
        timed.id = 6;
        timed.operation = QStringLiteral("measure_voltage");
        timed.instruments = 2;
        timed.intervalMs = 100;
        timed.durationMs = 60'000;
        timed.elapsedMs = 12'000;
        OperationsPanel::ActiveRun open = timed;
        open.id = 7;
        open.durationMs = 0;
        panel.setActiveRuns({timed, open});
        const QString text = panel.activeRunsLabel()->text();
        QVERIFY2(text.contains(QStringLiteral("Run 6")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("12 s")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("48 s left")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("until stopped")), qPrintable(text));
        QVERIFY(!panel.runProgress()->isHidden());
        QCOMPARE(panel.runProgress()->value(), 200);
        panel.setActiveRuns({});
        QVERIFY(panel.runProgress()->isHidden());
    }
};

QTEST_MAIN(TestOperationsPanel)
#include "tst_operationspanel.moc"
