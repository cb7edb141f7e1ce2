// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

class QSettings;
class QWidget;

namespace ld {

class Bench;
class ProfileRegistry;
class SimBench;

/**
 * The bench as a document of the window: which file it came from (or the simulated demo), its
 * unsaved changes, the window's title, Open, Open Simulated, Save and Save As with their
 * dialogs, and the last bench remembered in the settings for the next start.
 */
class BenchDocument : public QObject
{
    Q_OBJECT
public:
    struct Context
    {
        Bench *bench = nullptr;
        const ProfileRegistry *profiles = nullptr;
        SimBench *sim = nullptr;       ///< serves the simulated bench; null: not offered
        QSettings *settings = nullptr; ///< null: remember nothing
        QString path;                  ///< the file the bench came from, if any
        bool simulated = false;        ///< the bench is the built-in simulated one
    };

    /** `window` shows the title and the unsaved mark, and is the dialogs' parent. */
    BenchDocument(const Context &context, QWidget *window);

    QString path() const { return m_path; }
    bool isSimulated() const { return m_simulated; }
    /** The bench as the runs' journals name it, as the command line names it. */
    QString benchLabel() const;

    bool openBench(const QString &path, QString *error = nullptr);
    bool saveBench(const QString &path, QString *error = nullptr);
    /** Replaces the bench by the simulated demo bench; the next start opens it too. */
    bool openSimulatedBench(QString *error = nullptr);

    void openDialog();
    /** Saves to the bench's file, asking for one when `askPath` or when it has none. */
    bool saveDialog(bool askPath);
    /**
     * Before the window closes: asks whether to save a changed bench (a simulated one is not
     * asked about). False when the user cancelled or the save failed.
     */
    bool maybeSave();

    void setModified(bool modified);
    /** Writes the title in the current language; benchLabelChanged() follows. */
    void updateTitle();

Q_SIGNALS:
    /** Another bench replaced the shown one: its rows, banner and plot are new. */
    void replaced();
    void saved(const QString &path);
    /** benchLabel() may have changed (another bench, a new file). */
    void benchLabelChanged(const QString &label);

private:
    void opened();

    Bench *m_bench;
    const ProfileRegistry *m_profiles;
    SimBench *m_sim;
    QSettings *m_settings;
    QWidget *m_window;
    QString m_path;
    bool m_simulated;
};

} // namespace ld
