// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QSlider;
class QSpinBox;

namespace ld {

class Dispatcher;

/**
 * The concurrency cap as a slider and a spin box. Every change goes to Dispatcher::setCap at
 * once (it is thread-safe and never blocks on running jobs), so the cap moves while jobs run.
 */
class CapControl : public QWidget
{
    Q_OBJECT
public:
    /** The slider covers the everyday range; the spin box reaches the dispatcher's maximum. */
    static constexpr int kSliderMax = 256;

    explicit CapControl(Dispatcher *dispatcher, QWidget *parent = nullptr);

    int cap() const;
    void setCap(int cap);
    QSlider *slider() const { return m_slider; }
    QSpinBox *spinBox() const { return m_spin; }

Q_SIGNALS:
    void capChanged(int cap);

protected:
    void changeEvent(QEvent *event) override;

private:
    void apply(int cap);
    void retranslate();

    Dispatcher *m_dispatcher;
    QSlider *m_slider;
    QSpinBox *m_spin;
    QLabel *m_label;
};

} // namespace ld
