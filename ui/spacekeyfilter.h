// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QWidget;

namespace ld {

/**
 * Keeps plain Space for the focused widget of a window when that widget uses Space itself (a
 * combo box opens, a button clicks, a table selects, a spin box steps): no shortcut of the
 * window takes it from them. Installed on the application, since shortcut overrides go to the
 * focused widget.
 */
class SpaceKeyFilter : public QObject
{
    Q_OBJECT
public:
    explicit SpaceKeyFilter(QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_window;
};

} // namespace ld
