// SPDX-FileCopyrightText: 2026 LabDispatch contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "instruments/benchfile.h"

#include "instruments/bench.h"
#include "io/visaresource.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace ld {

namespace {
constexpr int kBenchSchema = 1;
} // namespace

std::optional<BenchFile> BenchFile::parse(const QByteArray &json, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<BenchFile> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError)
        return fail(tr("not a bench file: %1 at byte %2").arg(pe.errorString()).arg(pe.offset));
    if (!doc.isObject())
        return fail(tr("not a bench file: the top level must be an object"));
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("schema")).toInt(-1) != kBenchSchema)
        return fail(
            tr("schema: this LabDispatch reads bench files of schema %1").arg(kBenchSchema));
    BenchFile file;
    QSet<int> boardNumbers;
    QSet<QString> resources;
    const QJsonValue gpib = root.value(QStringLiteral("gpib"));
    if (!gpib.isUndefined() && !gpib.isArray())
        return fail(tr("gpib: must be a list of boards and their controllers"));
    const QJsonArray gpibArray = gpib.toArray();
    for (qsizetype i = 0; i < gpibArray.size(); ++i) {
        if (!gpibArray.at(i).isObject())
            return fail(tr("gpib[%1]: must be an object").arg(i));
        QString why;
        const auto b =
            GpibBoardConfig::fromVariantMap(gpibArray.at(i).toObject().toVariantMap(), &why);
        if (!b)
            return fail(tr("gpib[%1]: %2").arg(i).arg(why));
        if (boardNumbers.contains(b->board))
            return fail(tr("gpib[%1]: board %2 is bound twice").arg(i).arg(b->board));
        const QString device = VisaResource::parse(b->controller).deviceKey();
        if (resources.contains(device))
            return fail(tr("gpib[%1]: the controller '%2' serves two boards")
                            .arg(QString::number(i), b->controller));
        boardNumbers.insert(b->board);
        resources.insert(device);
        file.boards.append(*b);
    }
    const QJsonValue list = root.value(QStringLiteral("instruments"));
    if (!list.isArray())
        return fail(tr("instruments: must be a list"));
    QSet<QString> names;
    const QJsonArray array = list.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject())
            return fail(tr("instruments[%1]: must be an object").arg(i));
        QString why;
        const auto c =
            InstrumentConfig::fromVariantMap(array.at(i).toObject().toVariantMap(), &why);
        if (!c)
            return fail(tr("instruments[%1]: %2").arg(i).arg(why));
        if (names.contains(c->name))
            return fail(tr("instruments[%1]: the name '%2' is used twice").arg(i).arg(c->name));
        // By device, as Bench::addInstrument() does, so two spellings of one device are
        // caught here too.
        const QString device = VisaResource::parse(c->resource).deviceKey();
        if (resources.contains(device))
            return fail(
                tr("instruments[%1]: the resource '%2' is used twice").arg(i).arg(c->resource));
        names.insert(c->name);
        resources.insert(device);
        file.instruments.append(*c);
    }
    file.name = root.value(QStringLiteral("name")).toString();
    return file;
}

QByteArray BenchFile::toJson() const
{
    QJsonObject root;
    root.insert(QStringLiteral("schema"), kBenchSchema);
    if (!name.isEmpty())
        root.insert(QStringLiteral("name"), name);
    QJsonArray gpib;
    for (const GpibBoardConfig &board : boards)
        gpib.append(QJsonObject::fromVariantMap(board.toVariantMap()));
    if (!gpib.isEmpty())
        root.insert(QStringLiteral("gpib"), gpib);
    QJsonArray list;
    for (const InstrumentConfig &config : instruments)
        list.append(QJsonObject::fromVariantMap(config.toVariantMap()));
    root.insert(QStringLiteral("instruments"), list);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool BenchFile::load(Bench *bench, const QByteArray &json, QString *error)
{
    const std::optional<BenchFile> file = parse(json, error);
    return file && bench->load(*file, error);
}

} // namespace ld
