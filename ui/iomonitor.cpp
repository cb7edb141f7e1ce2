// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "iomonitor.h"

#include "instruments/bench.h"
#include "io/transcript.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QEvent>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QTimer>
#include <QVBoxLayout>

namespace ld {

IoMonitor::IoMonitor(Bench *bench, QWidget *parent)
    : QWidget(parent)
    , m_bench(bench)
    , m_tick(new QTimer(this))
    , m_watching(new QLabel(this))
    , m_record(new QCheckBox(this))
    , m_hex(new QCheckBox(this))
    , m_pause(new QCheckBox(this))
    , m_filter(new QLineEdit(this))
    , m_copy(new QPushButton(this))
    , m_save(new QPushButton(this))
    , m_view(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("IoMonitor"));
    m_watching->setObjectName(QStringLiteral("Watching"));
    m_view->setReadOnly(true);
    m_view->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_view->setMaximumBlockCount(int(kHistory));
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_filter->setClearButtonEnabled(true);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_watching, 1);
    bar->addWidget(m_record);
    bar->addWidget(m_filter);
    bar->addWidget(m_hex);
    bar->addWidget(m_pause);
    bar->addWidget(m_copy);
    bar->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    m_tick->setInterval(kTickMs);
    connect(m_tick, &QTimer::timeout, this, &IoMonitor::onTick);
    connect(m_bench, &Bench::traceFetched, this, &IoMonitor::onFetched);
    connect(m_record, &QCheckBox::clicked, this, &IoMonitor::setRecording);
    connect(m_hex, &QCheckBox::toggled, this, &IoMonitor::redraw);
    connect(m_filter, &QLineEdit::textChanged, this, &IoMonitor::redraw);
    connect(m_copy, &QPushButton::clicked, this, &IoMonitor::copy);
    connect(m_save, &QPushButton::clicked, this, &IoMonitor::saveAs);
    connect(m_bench, &Bench::instrumentRemoved, this, [this](const QString &name) {
        QStringList names = m_names;
        names.removeAll(name);
        setInstruments(names);
    });
    retranslate();
}

void IoMonitor::setInstruments(const QStringList &names)
{
    m_names = names;
    for (const QString &name : names) {
        if (!m_cursors.contains(name))
            m_cursors.insert(name, 0); // from what the ring still holds
    }
    // A few names and a count: a thousand names made one line as wide as the screen many times,
    // and the window that holds the dock as wide as that line.
    const QStringList first = names.mid(0, kNamesShown);
    if (names.isEmpty())
        m_watching->setText(tr("Select instruments to watch their traffic."));
    else if (names.size() <= kNamesShown)
        m_watching->setText(tr("Watching: %1").arg(first.join(QLatin1String(", "))));
    else
        m_watching->setText(tr("Watching: %1 and %n more", nullptr, int(names.size() - kNamesShown))
                                .arg(first.join(QLatin1String(", "))));
    m_watching->setToolTip(names.size() > kNamesShown ? names.join(QLatin1Char('\n')) : QString());
    updateRecordBox();
}

void IoMonitor::updateRecordBox()
{
    bool all = !m_names.isEmpty();
    for (const QString &name : std::as_const(m_names))
        all = all && m_bench->isTracing(name);
    m_record->setEnabled(!m_names.isEmpty());
    m_record->setChecked(all);
}

void IoMonitor::setRecording(bool on)
{
    for (const QString &name : std::as_const(m_names))
        m_bench->setTracing(name, on);
    updateRecordBox();
}

void IoMonitor::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_tick->start();
}

void IoMonitor::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_tick->stop(); // a hidden monitor fetches and draws nothing; the rings keep recording
}

void IoMonitor::onTick()
{
    if (m_pause->isChecked())
        return; // the rings keep recording; resuming catches up with what they still hold
    for (const QString &name : std::as_const(m_names)) {
        if (m_bench->isTracing(name) && !m_fetching.value(name)) {
            m_fetching.insert(name, true);
            m_bench->fetchTrace(name, m_cursors.value(name));
        }
    }
    // Within the tick's budget: a burst is drawn over several ticks, never once per event.
    if (m_pending.empty())
        return;
    QStringList lines;
    while (!m_pending.empty() && lines.size() < kLinesPerTick) {
        lines.append(std::move(m_pending.front()));
        m_pending.pop_front();
    }
    m_view->appendPlainText(lines.join(QLatin1Char('\n')));
}

void IoMonitor::onFetched(const QString &name, const QList<TraceEvent> &events, qint64 next)
{
    if (!m_cursors.contains(name))
        return;
    m_fetching.insert(name, false);
    m_cursors.insert(name, next);
    if (!m_names.contains(name))
        return;
    for (const TraceEvent &e : events) {
        if (m_originNs < 0)
            m_originNs = e.monoNs;
        m_history.push_back(e);
        if (qsizetype(m_history.size()) > kHistory)
            m_history.pop_front();
        const QString line = render(e);
        if (accepts(line))
            m_pending.push_back(line);
    }
    while (qsizetype(m_pending.size()) > kHistory)
        m_pending.pop_front();
}

QString IoMonitor::render(const TraceEvent &event) const
{
    return QString::fromLatin1(
        Transcript::line(event, std::max<qint64>(0, m_originNs),
                         m_hex->isChecked() ? Transcript::Bytes::Hex : Transcript::Bytes::Escaped));
}

bool IoMonitor::accepts(const QString &line) const
{
    const QString filter = m_filter->text();
    return filter.isEmpty() || line.contains(filter, Qt::CaseInsensitive);
}

void IoMonitor::redraw()
{
    m_pending.clear();
    m_view->clear();
    for (const TraceEvent &e : m_history) {
        const QString line = render(e);
        if (accepts(line))
            m_pending.push_back(line);
    }
}

QList<TraceEvent> IoMonitor::history() const
{
    return QList<TraceEvent>(m_history.begin(), m_history.end());
}

bool IoMonitor::save(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(Transcript::write(history())) < 0 ||
        !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

void IoMonitor::copy()
{
    QString selected = m_view->textCursor().selectedText();
    QApplication::clipboard()->setText(
        selected.isEmpty() ? m_view->toPlainText()
                           : selected.replace(QChar::ParagraphSeparator, QLatin1Char('\n')));
}

void IoMonitor::saveAs()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Transcript"), QString(),
                                                      tr("Transcripts (*.trace);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!save(path, &error))
        QMessageBox::warning(this, tr("Save Transcript"),
                             tr("Could not write %1: %2").arg(path, error));
}

void IoMonitor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void IoMonitor::retranslate()
{
    setWindowTitle(tr("I/O Monitor"));
    m_record->setText(tr("Record"));
    m_record->setToolTip(tr("Record the traffic of the instruments watched here"));
    m_hex->setText(tr("Hex"));
    m_pause->setText(tr("Pause"));
    m_filter->setPlaceholderText(tr("Filter"));
    m_copy->setText(tr("Copy"));
    m_save->setText(tr("Save…"));
    setInstruments(m_names);
}

} // namespace ld
