// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "instruments/instrumentconfig.h"

#include "io/devicetext.h"
#include "io/visaresource.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <limits>

namespace ld {

namespace {
constexpr int kMinTimeoutMs = 10;
constexpr int kMaxTimeoutMs = 600000;
} // namespace

QString instrumentStateName(InstrumentState state)
{
    switch (state) {
    case InstrumentState::Disabled:
        return QStringLiteral("disabled");
    case InstrumentState::Offline:
        return QStringLiteral("offline");
    case InstrumentState::Connecting:
        return QStringLiteral("connecting");
    case InstrumentState::Idle:
        return QStringLiteral("idle");
    case InstrumentState::Busy:
        return QStringLiteral("busy");
    case InstrumentState::Error:
        return QStringLiteral("error");
    case InstrumentState::Reconnecting:
        return QStringLiteral("reconnecting");
    }
    return QStringLiteral("unknown");
}

QString instrumentStateText(InstrumentState state)
{
    switch (state) {
    case InstrumentState::Disabled:
        return QCoreApplication::translate("ld::InstrumentState", "Disabled");
    case InstrumentState::Offline:
        return QCoreApplication::translate("ld::InstrumentState", "Offline");
    case InstrumentState::Connecting:
        return QCoreApplication::translate("ld::InstrumentState", "Connecting");
    case InstrumentState::Idle:
        return QCoreApplication::translate("ld::InstrumentState", "Idle");
    case InstrumentState::Busy:
        return QCoreApplication::translate("ld::InstrumentState", "Busy");
    case InstrumentState::Error:
        return QCoreApplication::translate("ld::InstrumentState", "Error");
    case InstrumentState::Reconnecting:
        return QCoreApplication::translate("ld::InstrumentState", "Reconnecting");
    }
    return {};
}

bool InstrumentConfig::Expected::matches(const Reading::Identity &found) const
{
    return (vendor.isEmpty() || vendor == found.vendor) &&
           (model.isEmpty() || model == found.model) &&
           (serial.isEmpty() || serial == found.serial);
}

QString InstrumentConfig::Expected::toString() const
{
    QStringList parts;
    if (!vendor.isEmpty())
        parts.append(tr("vendor %1").arg(vendor));
    if (!model.isEmpty())
        parts.append(tr("model %1").arg(model));
    if (!serial.isEmpty())
        parts.append(tr("serial %1").arg(serial));
    return parts.join(QStringLiteral(", "));
}

bool InstrumentConfig::validate(QString *error) const
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    static const QRegularExpression namePattern(
        QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9_.\\- ]{0,63}$"));
    if (name.trimmed().isEmpty())
        return fail(tr("The instrument needs a name."));
    if (!namePattern.match(name).hasMatch() || name != name.trimmed())
        return fail(tr("The name '%1' may use letters, digits, spaces, '.', '-' and '_' (at most "
                       "64, not starting with a space).")
                        .arg(name));
    QString why;
    const VisaResource r = VisaResource::parse(resource, &why);
    if (!r.isValid())
        return fail(tr("%1: %2").arg(name, why));
    if (!line.validate(&why))
        return fail(tr("%1: %2").arg(name, why));
    for (const QString &pin : {expect.vendor, expect.model, expect.serial}) {
        // *IDN? fields are trimmed and free of control characters: such a pin never matches.
        if (pin != pin.trimmed() || DeviceText::printable(pin) != pin || pin.contains(u','))
            return fail(tr("%1: expect: '%2' cannot be an *IDN? field (no commas, control "
                           "characters or surrounding spaces)")
                            .arg(name, DeviceText::printable(pin)));
    }
    if (timeoutMs < kMinTimeoutMs || timeoutMs > kMaxTimeoutMs)
        return fail(tr("%1: the timeout must be between %2 and %3 ms, not %4 ms.")
                        .arg(name)
                        .arg(kMinTimeoutMs)
                        .arg(kMaxTimeoutMs)
                        .arg(timeoutMs));
    return true;
}

QVariantMap InstrumentConfig::toVariantMap() const
{
    QVariantMap m;
    m.insert(QStringLiteral("name"), name);
    m.insert(QStringLiteral("resource"), resource);
    if (!profileId.isEmpty())
        m.insert(QStringLiteral("profile"), profileId);
    m.insert(QStringLiteral("enabled"), enabled);
    m.insert(QStringLiteral("timeoutMs"), timeoutMs);
    if (simulated)
        m.insert(QStringLiteral("simulated"), true);
    if (!expect.isEmpty()) {
        QVariantMap pins;
        for (const auto &[key, value] : {std::pair{QStringLiteral("vendor"), expect.vendor},
                                         std::pair{QStringLiteral("model"), expect.model},
                                         std::pair{QStringLiteral("serial"), expect.serial}})
            if (!value.isEmpty())
                pins.insert(key, value);
        m.insert(QStringLiteral("expect"), pins);
    }
    m.insert(QStringLiteral("line"), line.toVariantMap());
    return m;
}

std::optional<InstrumentConfig> InstrumentConfig::fromVariantMap(const QVariantMap &map,
                                                                 QString *error)
{
    static const QStringList known{QStringLiteral("name"),      QStringLiteral("resource"),
                                   QStringLiteral("profile"),   QStringLiteral("enabled"),
                                   QStringLiteral("timeoutMs"), QStringLiteral("simulated"),
                                   QStringLiteral("line"),      QStringLiteral("expect")};
    auto fail = [error](const QString &message) -> std::optional<InstrumentConfig> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        if (!known.contains(it.key()))
            return fail(tr("unknown field '%1'").arg(it.key()));
    InstrumentConfig c;
    auto stringField = [&](const QString &key, QString *out, bool required) {
        const QVariant v = map.value(key);
        if (!v.isValid())
            return !required;
        if (v.typeId() != QMetaType::QString)
            return false;
        *out = v.toString();
        return true;
    };
    if (!stringField(QStringLiteral("name"), &c.name, true))
        return fail(tr("name: a text is required"));
    if (!stringField(QStringLiteral("resource"), &c.resource, true))
        return fail(tr("%1: resource: a VISA resource string is required").arg(c.name));
    if (!stringField(QStringLiteral("profile"), &c.profileId, false))
        return fail(tr("%1: profile: must be a profile id").arg(c.name));
    if (map.contains(QStringLiteral("enabled"))) {
        const QVariant v = map.value(QStringLiteral("enabled"));
        if (v.typeId() != QMetaType::Bool)
            return fail(tr("%1: enabled: must be true or false").arg(c.name));
        c.enabled = v.toBool();
    }
    if (map.contains(QStringLiteral("simulated"))) {
        const QVariant v = map.value(QStringLiteral("simulated"));
        if (v.typeId() != QMetaType::Bool)
            return fail(tr("%1: simulated: must be true or false").arg(c.name));
        c.simulated = v.toBool();
    }
    if (map.contains(QStringLiteral("timeoutMs"))) {
        bool ok = false;
        const double t = map.value(QStringLiteral("timeoutMs")).toDouble(&ok);
        // Range first: converting a double outside int to an integer is undefined.
        if (!ok || !(std::abs(t) <= std::numeric_limits<int>::max()) || t != std::trunc(t))
            return fail(tr("%1: timeoutMs: must be a whole number of milliseconds").arg(c.name));
        c.timeoutMs = int(t);
    }
    if (map.contains(QStringLiteral("expect"))) {
        const QVariant v = map.value(QStringLiteral("expect"));
        if (v.typeId() != QMetaType::QVariantMap)
            return fail(
                tr("%1: expect: must be an object with vendor, model and/or serial").arg(c.name));
        const QVariantMap pins = v.toMap();
        const std::pair<QString, QString *> fields[] = {
            {QStringLiteral("vendor"), &c.expect.vendor},
            {QStringLiteral("model"), &c.expect.model},
            {QStringLiteral("serial"), &c.expect.serial}};
        for (auto it = pins.cbegin(); it != pins.cend(); ++it) {
            const auto field = std::find_if(std::begin(fields), std::end(fields),
                                            [&](const auto &f) { return f.first == it.key(); });
            if (field == std::end(fields))
                return fail(tr("%1: expect: unknown field '%2' (vendor, model, serial)")
                                .arg(c.name, it.key()));
            if (it.value().typeId() != QMetaType::QString)
                return fail(tr("%1: expect.%2: must be a text").arg(c.name, it.key()));
            *field->second = it.value().toString();
        }
    }
    if (map.contains(QStringLiteral("line"))) {
        const QVariant v = map.value(QStringLiteral("line"));
        if (v.typeId() != QMetaType::QVariantMap)
            return fail(tr("%1: line: must be an object of serial settings such as "
                           "{\"baud\": 9600}, not '%2'")
                            .arg(c.name, v.toString()));
        QString why;
        auto line = SerialSettings::fromVariantMap(v.toMap(), &why);
        if (!line)
            return fail(tr("%1: line: %2").arg(c.name, why));
        c.line = *line;
    }
    QString why;
    if (!c.validate(&why))
        return fail(why);
    return c;
}

} // namespace ld
