// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "scpiconsole.h"

#include "instrumenttablemodel.h"

#include "io/devicetext.h"
#include "scheduler/jobspec.h"

#include <QDateTime>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace ld {

namespace {
const QString kQuery = QStringLiteral("query");
const QString kWrite = QStringLiteral("write");
const QString kCommand = QStringLiteral("command");
} // namespace

ScpiConsole::ScpiConsole(QWidget *parent)
    : QWidget(parent)
    , m_target(new QLabel(this))
    , m_line(new QLineEdit(this))
    , m_query(new QPushButton(this))
    , m_write(new QPushButton(this))
    , m_transcript(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("ScpiConsole"));
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_line->setFont(fixed);
    m_line->setClearButtonEnabled(true);
    m_line->installEventFilter(this);
    m_transcript->setReadOnly(true);
    m_transcript->setFont(fixed);
    m_transcript->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_transcript->setMaximumBlockCount(kTranscriptLines);
    m_transcript->setFocusPolicy(Qt::ClickFocus);

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_target);
    row->addWidget(m_line, 1);
    row->addWidget(m_query);
    row->addWidget(m_write);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(row);
    layout->addWidget(m_transcript, 1);

    connect(m_query, &QPushButton::clicked, this, [this] { send(kQuery); });
    connect(m_write, &QPushButton::clicked, this, [this] { send(kWrite); });
    // Enter asks: a command that ends in '?' wants an answer, anything else is written.
    connect(m_line, &QLineEdit::returnPressed, this, [this] {
        const bool asks = m_line->text().trimmed().endsWith(QLatin1Char('?'));
        send((asks && m_canQuery) || !m_canWrite ? kQuery : kWrite);
    });
    connect(m_line, &QLineEdit::textChanged, this, &ScpiConsole::updateButtons);
    retranslate();
    updateButtons();
}

void ScpiConsole::setInstrument(const QString &name, bool canQuery, bool canWrite)
{
    m_instrument = name;
    m_canQuery = !name.isEmpty() && canQuery;
    m_canWrite = !name.isEmpty() && canWrite;
    retranslate();
    updateButtons();
}

void ScpiConsole::updateButtons()
{
    const bool typed = !m_line->text().trimmed().isEmpty();
    m_query->setEnabled(m_canQuery && typed);
    m_write->setEnabled(m_canWrite && typed);
    m_line->setEnabled(m_canQuery || m_canWrite);
}

void ScpiConsole::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ScpiConsole::retranslate()
{
    m_query->setText(tr("&Query"));
    m_query->setToolTip(tr("Send the command and show the instrument's reply"));
    m_write->setText(tr("&Write"));
    m_write->setToolTip(tr("Send the command; no reply is read"));
    m_line->setAccessibleName(tr("SCPI command"));
    m_transcript->setAccessibleName(tr("SCPI transcript"));
    if (m_instrument.isEmpty()) {
        m_target->setText(tr("No instrument"));
        m_line->setPlaceholderText(tr("Select one instrument to send it SCPI commands"));
    } else if (!m_canQuery && !m_canWrite) {
        m_target->setText(m_instrument);
        m_line->setPlaceholderText(tr("Its profile allows no free-form commands"));
    } else {
        m_target->setText(m_instrument);
        m_line->setPlaceholderText(tr("A SCPI command, e.g. *IDN? (Up and Down: history)"));
    }
}

void ScpiConsole::send(const QString &operation)
{
    const QString command = m_line->text().trimmed();
    const bool allowed = operation == kQuery ? m_canQuery : m_canWrite;
    if (command.isEmpty() || !allowed)
        return;
    if (m_history.isEmpty() || m_history.constLast() != command)
        m_history.append(command);
    while (m_history.size() > kHistorySize)
        m_history.removeFirst();
    m_historyAt = int(m_history.size());
    m_typed.clear();
    m_line->clear();

    RunRequest request;
    request.instruments = {m_instrument};
    request.operation = operation;
    request.parameters = {{kCommand, command}};
    request.repeat = 1;
    append(wallNowNs(), m_instrument,
           operation == kQuery ? QStringLiteral(">") : QStringLiteral("»"),
           DeviceText::printable(command));
    m_asking = Pending{m_instrument, operation, command};
    Q_EMIT runRequested(request);
}

void ScpiConsole::runStarted(bool started, const QString &why)
{
    if (!m_asking)
        return;
    if (started)
        m_pending.append(*m_asking);
    else
        append(wallNowNs(), m_asking->instrument, QStringLiteral("!"), tr("not sent: %1").arg(why));
    m_asking.reset();
}

void ScpiConsole::addReading(const Reading &reading)
{
    if (m_pending.isEmpty() || reading.isNull())
        return;
    const Reading::Fields &f = reading.fields();
    QString command;
    for (const Reading::Parameter &p : f.parameters)
        if (p.first == kCommand)
            command = p.second;
    const auto it = std::find_if(m_pending.begin(), m_pending.end(), [&](const Pending &p) {
        return p.instrument == f.instrument && p.operation == f.operation && p.command == command;
    });
    if (it == m_pending.end())
        return;
    const Pending sent = *it;
    m_pending.erase(it);

    const bool ok = f.status == JobStatus::Succeeded;
    QString reply;
    if (!ok)
        reply = tr("%1: %2").arg(jobStatusName(f.status), DeviceText::printable(f.error));
    else if (const QString *s = std::get_if<QString>(&f.value))
        reply = DeviceText::printable(*s); // whole, never elided
    else if (std::holds_alternative<std::monostate>(f.value))
        reply = tr("(sent, no reply read)");
    else
        reply = InstrumentTableModel::readingText(reading, 15);
    append(f.completedWallNs, sent.instrument, ok ? QStringLiteral("<") : QStringLiteral("!"),
           reply);

    BenchEvent event;
    event.wallNs = f.completedWallNs;
    event.severity = ok ? BenchEvent::Severity::Info : BenchEvent::Severity::Warning;
    event.instrument = sent.instrument;
    event.text = tr("SCPI %1 → %2").arg(DeviceText::printable(sent.command), reply);
    Q_EMIT logged(event);
}

void ScpiConsole::append(qint64 wallNs, const QString &instrument, const QString &marker,
                         const QString &text)
{
    const QString time =
        QDateTime::fromMSecsSinceEpoch(wallNs / 1'000'000).toString(QStringLiteral("HH:mm:ss.zzz"));
    m_transcript->appendPlainText(
        QStringLiteral("%1 %2 %3 %4").arg(time, instrument, marker, text));
}

bool ScpiConsole::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_line && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Up || key == Qt::Key_Down) {
            recall(key == Qt::Key_Up ? -1 : 1);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ScpiConsole::recall(int step)
{
    const int size = int(m_history.size());
    if (m_historyAt == size)
        m_typed = m_line->text();
    m_historyAt = std::clamp(m_historyAt + step, 0, size);
    m_line->setText(m_historyAt == size ? m_typed : m_history.at(m_historyAt));
}

} // namespace ld
