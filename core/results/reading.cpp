// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reading.h"

namespace ld {

bool Reading::Fields::operator==(const Fields &o) const
{
    return runId == o.runId && jobId == o.jobId && instrument == o.instrument &&
           resource == o.resource && identity == o.identity && operation == o.operation &&
           parameters == o.parameters && value == o.value && unit == o.unit &&
           quantity == o.quantity && status == o.status && error == o.error &&
           failure == o.failure && submittedWallNs == o.submittedWallNs &&
           startedWallNs == o.startedWallNs && completedWallNs == o.completedWallNs &&
           submittedMonoNs == o.submittedMonoNs && startedMonoNs == o.startedMonoNs &&
           completedMonoNs == o.completedMonoNs && step == o.step && variables == o.variables;
}

Reading::Reading() = default;

Reading::Reading(Fields fields)
    : d(std::make_shared<const Fields>(std::move(fields)))
{}

QString Reading::quantityOrOperation() const
{
    if (!d)
        return {};
    return d->quantity.isEmpty() ? d->operation : d->quantity;
}

Reading::Fields Reading::fieldsFromJob(const JobResult &result)
{
    Fields f;
    f.jobId = result.id;
    f.status = result.status;
    f.error = result.error;
    f.failure = result.failure;
    f.submittedMonoNs = result.submittedNs;
    f.startedMonoNs = result.startedNs;
    f.completedMonoNs = result.finishedNs;
    f.completedWallNs = result.finishedWallNs;
    f.submittedWallNs = result.finishedWallNs - (result.finishedNs - result.submittedNs);
    f.startedWallNs =
        result.startedNs == 0 ? 0 : result.finishedWallNs - (result.finishedNs - result.startedNs);

    const QVariant &v = result.value;
    switch (v.typeId()) {
    case QMetaType::UnknownType:
        break;
    case QMetaType::Double:
    case QMetaType::Float:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        f.value = v.toDouble();
        break;
    case QMetaType::QString:
    case QMetaType::QByteArray:
        f.value = v.toString();
        break;
    case QMetaType::QVariantList: {
        QList<double> numbers;
        for (const QVariant &item : v.toList())
            numbers.append(item.toDouble());
        f.value = numbers;
        break;
    }
    default:
        if (v.typeId() == qMetaTypeId<QList<double>>())
            f.value = v.value<QList<double>>();
        else
            f.value = v.toString();
    }
    return f;
}

bool Reading::operator==(const Reading &o) const
{
    if (d == o.d)
        return true;
    if (!d || !o.d)
        return false;
    return *d == *o.d;
}

} // namespace ld
