// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "spacekeyfilter.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QKeyEvent>

namespace ld {

SpaceKeyFilter::SpaceKeyFilter(QWidget *window)
    : QObject(window)
    , m_window(window)
{}

bool SpaceKeyFilter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ShortcutOverride)
        return false;
    const auto *key = static_cast<QKeyEvent *>(event);
    auto *widget = qobject_cast<QWidget *>(watched);
    const bool plainSpace =
        key->key() == Qt::Key_Space && (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
    if (plainSpace && widget && widget->window() == m_window &&
        (qobject_cast<QComboBox *>(widget) || qobject_cast<QAbstractButton *>(widget) ||
         qobject_cast<QAbstractItemView *>(widget) || qobject_cast<QAbstractSpinBox *>(widget))) {
        event->accept();
        return true;
    }
    return false;
}

} // namespace ld
